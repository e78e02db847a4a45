/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation RequestPasswordReset($email: String!, $from: AccountSurface) {\n    requestPasswordReset(email: $email, from: $from) {\n      ok\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      email\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      email\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ResendEmailVerification($from: AccountSurface) {\n    resendEmailVerification(from: $from) {\n      sent\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ResendEmailVerificationDocument,
    "\n  query EmailVerified {\n    me {\n      id\n      emailVerified\n    }\n  }\n": typeof types.EmailVerifiedDocument,
    "\n  mutation AdminBeginTwoFactor {\n    beginTwoFactorEnrollment {\n      secret\n      otpauthUrl\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminBeginTwoFactorDocument,
    "\n  mutation AdminConfirmTwoFactor($code: String!) {\n    confirmTwoFactorEnrollment(code: $code) {\n      backupCodes\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminConfirmTwoFactorDocument,
    "\n  mutation AdminBeginTwoFactorReset($password: String!, $code: String!) {\n    beginTwoFactorReset(password: $password, code: $code) {\n      secret\n      otpauthUrl\n      resetToken\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminBeginTwoFactorResetDocument,
    "\n  mutation AdminConfirmTwoFactorReset($resetToken: String!, $code: String!) {\n    confirmTwoFactorReset(resetToken: $resetToken, code: $code) {\n      backupCodes\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminConfirmTwoFactorResetDocument,
    "\n  mutation AdminLogoutEverywhere {\n    logoutEverywhere {\n      sessionsEnded\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminLogoutEverywhereDocument,
    "\n  mutation AdminDisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code) {\n      ok\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminDisableTwoFactorDocument,
    "\n  query AdminMySessions {\n    mySessions {\n      id\n      current\n      startedAt\n      lastActiveAt\n      twoFactorVerified\n      tenant {\n        name\n      }\n    }\n  }\n": typeof types.AdminMySessionsDocument,
    "\n  mutation AdminEndMySession($sessionId: ID!) {\n    endMySession(sessionId: $sessionId) {\n      ok\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminEndMySessionDocument,
    "\n  mutation AdminChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      sessionsEnded\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminChangePasswordDocument,
    "\n  mutation AdminRequestAccountDeletion($password: String!) {\n    requestAccountDeletion(password: $password) {\n      purgeAfter\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminRequestAccountDeletionDocument,
    "\n  query AdminApiKeys($after: String) {\n    apiKeys(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          lastUsedAt\n          revokedAt\n        }\n      }\n    }\n  }\n": typeof types.AdminApiKeysDocument,
    "\n  mutation AdminCreateApiKey($name: String!, $scopes: [String!]!) {\n    createApiKey(name: $name, scopes: $scopes) {\n      key\n      apiKey {\n        id\n        name\n        prefix\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminCreateApiKeyDocument,
    "\n  mutation AdminRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        id\n        revokedAt\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminRevokeApiKeyDocument,
    "\n  query AdminAuditEvents($type: String, $after: String) {\n    auditEvents(first: 25, type: $type, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          type\n          actorUserId\n          subjectId\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.AdminAuditEventsDocument,
    "\n  query AdminAuditEvent($id: ID!) {\n    auditEvent(id: $id) {\n      id\n      type\n      actorUserId\n      subjectId\n      data\n      ip\n      requestId\n      createdAt\n    }\n  }\n": typeof types.AdminAuditEventDocument,
    "\n  query AdminBulkPricePlan($filters: ProductSearchFilters, $after: String) {\n    searchProducts(filters: $filters, sort: NEWEST, after: $after, first: 20) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminBulkPriceProduct\n        }\n      }\n    }\n  }\n": typeof types.AdminBulkPricePlanDocument,
    "\n  fragment AdminBulkPriceProduct on Product {\n    id\n    title\n    variants {\n      id\n      sku\n      prices {\n        priceListId\n        minQuantity\n        startsAt\n        endsAt\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": typeof types.AdminBulkPriceProductFragmentDoc,
    "\n  query AdminBulkPriceProductById($id: ID!) {\n    productById(id: $id) {\n      ...AdminBulkPriceProduct\n    }\n  }\n": typeof types.AdminBulkPriceProductByIdDocument,
    "\n  query AdminRunsTrips {\n    transportRoutes {\n      id\n    }\n    categories {\n      id\n    }\n    searchProducts(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.AdminRunsTripsDocument,
    "\n  fragment AdminCashPositionFields on AgentCashPosition {\n    operatorTenantId\n    agentUserId\n    currency\n    taken {\n      amount\n      currency\n    }\n    handedIn {\n      amount\n      currency\n    }\n    outstanding {\n      amount\n      currency\n    }\n    lastHandInAt\n    recentHandIns(first: 5) {\n      id\n      amount {\n        amount\n        currency\n      }\n      note\n      createdAt\n    }\n  }\n": typeof types.AdminCashPositionFieldsFragmentDoc,
    "\n  query AdminAgentCashPositions {\n    agentCashPositions {\n      ...AdminCashPositionFields\n    }\n  }\n": typeof types.AdminAgentCashPositionsDocument,
    "\n  query AdminMyCashPosition {\n    myCashPosition {\n      ...AdminCashPositionFields\n    }\n  }\n": typeof types.AdminMyCashPositionDocument,
    "\n  mutation AdminRecordCashHandIn($input: RecordCashHandInInput!) {\n    recordCashHandIn(input: $input) {\n      handIn {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminRecordCashHandInDocument,
    "\n  query AdminCashHandIns($agentUserId: ID, $after: String) {\n    cashHandIns(agentUserId: $agentUserId, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          agentUserId\n          amount {\n            amount\n            currency\n          }\n          note\n          receivedByUserId\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminCashHandInsDocument,
    "\n  query AdminCatalogSettings {\n    catalogSettings {\n      taxRateBps\n      pricesIncludeTax\n      defaultCommissionBps\n    }\n  }\n": typeof types.AdminCatalogSettingsDocument,
    "\n  mutation AdminUpdateCatalogSettings($input: UpdateCatalogSettingsInput!) {\n    updateCatalogSettings(input: $input) {\n      settings {\n        taxRateBps\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminUpdateCatalogSettingsDocument,
    "\n  query AdminCollections {\n    collections(first: 100) {\n      edges {\n        node {\n          id\n          title\n          slug\n        }\n      }\n    }\n  }\n": typeof types.AdminCollectionsDocument,
    "\n  query AdminCollection($slug: String!) {\n    collection(slug: $slug) {\n      id\n      title\n      slug\n      description\n      entries(first: 100) {\n        edges {\n          node {\n            position\n            product {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminCollectionDocument,
    "\n  mutation AdminCreateCollection($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      collection {\n        slug\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminCreateCollectionDocument,
    "\n  mutation AdminAddToCollection($input: AddToCollectionInput!) {\n    addToCollection(input: $input) {\n      collection {\n        slug\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminAddToCollectionDocument,
    "\n  query AdminMarketplaceListings($after: String) {\n    marketplaceListings(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          commissionBps\n          active\n          createdAt\n          product {\n            id\n            title\n          }\n          vendor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminMarketplaceListingsDocument,
    "\n  mutation AdminListProduct($productId: ID!, $commissionBps: Int) {\n    listProductInMarketplace(productId: $productId, commissionBps: $commissionBps) {\n      listing {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminListProductDocument,
    "\n  mutation AdminRemoveFromCollection($collectionId: ID!, $productId: ID!) {\n    removeFromCollection(collectionId: $collectionId, productId: $productId) {\n      collection {\n        slug\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminRemoveFromCollectionDocument,
    "\n  fragment AdminCategoryFields on Category {\n    id\n    name\n    slug\n    position\n  }\n": typeof types.AdminCategoryFieldsFragmentDoc,
    "\n  query AdminCategoryTree {\n    categories {\n      ...AdminCategoryFields\n      children {\n        ...AdminCategoryFields\n        children {\n          ...AdminCategoryFields\n        }\n      }\n    }\n  }\n": typeof types.AdminCategoryTreeDocument,
    "\n  query AdminCategorySiblings($parentId: ID) {\n    categories(parentId: $parentId) {\n      id\n      position\n    }\n  }\n": typeof types.AdminCategorySiblingsDocument,
    "\n  mutation AdminCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      category {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminCreateCategoryDocument,
    "\n  mutation AdminUpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      category {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminUpdateCategoryDocument,
    "\n  mutation AdminMoveCategory($input: MoveCategoryInput!) {\n    moveCategory(input: $input) {\n      category {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminMoveCategoryDocument,
    "\n  mutation AdminDeleteCategory($id: ID!) {\n    deleteCategory(id: $id) {\n      category {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminDeleteCategoryDocument,
    "\n  query AdminProductCount($vendorId: ID) {\n    searchProducts(first: 1, filters: { vendorId: $vendorId }) {\n      totalCount\n    }\n  }\n": typeof types.AdminProductCountDocument,
    "\n  query AdminProductIds($status: ProductStatus, $vendorId: ID, $after: String) {\n    products(status: $status, vendorId: $vendorId, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n      }\n    }\n  }\n": typeof types.AdminProductIdsDocument,
    "\n  query AdminStockOverview($alerts: Int!, $movements: Int!) {\n    stockAlerts(acknowledged: false, first: $alerts) {\n      edges {\n        node {\n          ...AdminStockAlert\n        }\n      }\n    }\n    stockMovements(first: $movements) {\n      edges {\n        node {\n          ...AdminStockMovement\n        }\n      }\n    }\n  }\n": typeof types.AdminStockOverviewDocument,
    "\n  query AdminCommerceTiles {\n    orders(first: 100) {\n      edges {\n        node {\n          id\n          status\n          paidAt\n          total {\n            ...MoneyFields\n          }\n          vendorOrders {\n            subtotal {\n              ...MoneyFields\n            }\n            shipping {\n              ...MoneyFields\n            }\n            tax {\n              ...MoneyFields\n            }\n          }\n          lines {\n            productId\n            title\n            quantity\n            refundedQuantity\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AdminCommerceTilesDocument,
    "\n  query AdminPayoutsDue {\n    ledgerAccounts(filter: { purpose: VENDOR_PAYABLE }, first: 100) {\n      edges {\n        node {\n          id\n          ownerId\n          balance {\n            ...MoneyFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": typeof types.AdminPayoutsDueDocument,
    "\n  query AdminReadiness($withShipping: Boolean!) {\n    locations(active: true, first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    shippingZones @include(if: $withShipping) {\n      id\n      rates {\n        id\n      }\n    }\n  }\n": typeof types.AdminReadinessDocument,
    "\n  fragment AdminTenantDomainFields on TenantDomain {\n    id\n    domain\n    verified\n    verifiedAt\n    token\n    txtRecordName\n    httpUrl\n    lastCheckedAt\n    lastError\n  }\n": typeof types.AdminTenantDomainFieldsFragmentDoc,
    "\n  query AdminTenantDomains {\n    tenantDomains {\n      ...AdminTenantDomainFields\n    }\n  }\n": typeof types.AdminTenantDomainsDocument,
    "\n  mutation AdminAddTenantDomain($domain: String!) {\n    addTenantDomain(domain: $domain) {\n      domain {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminAddTenantDomainDocument,
    "\n  mutation AdminVerifyTenantDomain($id: ID!) {\n    verifyTenantDomain(id: $id) {\n      domain {\n        id\n        verified\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminVerifyTenantDomainDocument,
    "\n  mutation AdminRemoveTenantDomain($id: ID!) {\n    removeTenantDomain(id: $id) {\n      domain {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminRemoveTenantDomainDocument,
    "\n  query AdminMyTenants {\n    myTenants {\n      roles\n      tenant {\n        id\n        slug\n        name\n        kind\n      }\n    }\n  }\n": typeof types.AdminMyTenantsDocument,
    "\n  mutation AdminSwitchTenant($tenantSlug: String!) {\n    switchTenant(tenantSlug: $tenantSlug) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSwitchTenantDocument,
    "\n  fragment AdminStockAlert on StockAlert {\n    id\n    kind\n    sku\n    available\n    threshold\n    message\n    createdAt\n    acknowledgedAt\n    location {\n      id\n      name\n    }\n  }\n": typeof types.AdminStockAlertFragmentDoc,
    "\n  fragment AdminStockMovement on StockMovement {\n    id\n    sku\n    quantity\n    reason\n    reference\n    occurredAt\n    location {\n      id\n      name\n    }\n    variant {\n      id\n      title\n      product {\n        id\n        title\n      }\n    }\n  }\n": typeof types.AdminStockMovementFragmentDoc,
    "\n  query AdminLocations {\n    locations(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n          kind\n          active\n        }\n      }\n    }\n  }\n": typeof types.AdminLocationsDocument,
    "\n  query AdminStockLevels($locationId: ID, $sku: String, $after: String, $first: Int!) {\n    stockLevels(locationId: $locationId, sku: $sku, after: $after, first: $first) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          sku\n          onHand\n          reserved\n          available\n          lowStockThreshold\n          location {\n            id\n            name\n            active\n          }\n          variant {\n            id\n            title\n            product {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminStockLevelsDocument,
    "\n  query AdminStockMovements($locationId: ID, $sku: String, $reason: MovementReason, $after: String, $first: Int!) {\n    stockMovements(locationId: $locationId, sku: $sku, reason: $reason, after: $after, first: $first) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminStockMovement\n        }\n      }\n    }\n  }\n": typeof types.AdminStockMovementsDocument,
    "\n  query AdminStockIssues($acknowledged: Boolean, $conflictStatus: StockConflictStatus) {\n    stockAlerts(acknowledged: $acknowledged, first: 50) {\n      edges {\n        node {\n          ...AdminStockAlert\n        }\n      }\n    }\n    stockConflicts(status: $conflictStatus, first: 50) {\n      edges {\n        node {\n          id\n          sku\n          clientId\n          requested\n          applied\n          shortfall\n          status\n          note\n          createdAt\n          resolvedAt\n          location {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminStockIssuesDocument,
    "\n  mutation AdminAdjustStock($input: AdjustStockInput!) {\n    adjustStock(input: $input) {\n      movement {\n        id\n        quantity\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminAdjustStockDocument,
    "\n  mutation AdminReceiveStock($input: ReceiveStockInput!) {\n    receiveStock(input: $input) {\n      movement {\n        id\n        quantity\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminReceiveStockDocument,
    "\n  mutation AdminTransferStock($input: TransferStockInput!) {\n    transferStock(input: $input) {\n      transfer {\n        id\n        quantity\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminTransferStockDocument,
    "\n  mutation AdminAcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      alert {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminAcknowledgeAlertDocument,
    "\n  mutation AdminResolveConflict($id: ID!, $note: String) {\n    resolveStockConflict(id: $id, note: $note) {\n      conflict {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminResolveConflictDocument,
    "\n  query AdminInvitations {\n    invitations(first: 50) {\n      edges {\n        node {\n          id\n          email\n          role\n          state\n          createdAt\n          expiresAt\n        }\n      }\n    }\n  }\n": typeof types.AdminInvitationsDocument,
    "\n  mutation AdminInviteMember($email: String!, $role: Role!) {\n    inviteMember(email: $email, role: $role) {\n      token\n      invitation {\n        id\n        email\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminInviteMemberDocument,
    "\n  mutation AdminRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      invitation {\n        id\n        state\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminRevokeInvitationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      role\n      expiresAt\n      hasAccount\n      tenant {\n        slug\n        name\n      }\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      email\n      tenant {\n        slug\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment AdminJournalEntryFields on JournalEntry {\n    id\n    kind\n    memo\n    referenceType\n    referenceId\n    occurredAt\n    postedAt\n    reversesEntryId\n  }\n": typeof types.AdminJournalEntryFieldsFragmentDoc,
    "\n  query AdminJournal($kind: JournalKind, $after: String, $withRejected: Boolean!) {\n    journalEntries(filter: { kind: $kind }, after: $after, first: 25) {\n      edges {\n        node {\n          ...AdminJournalEntryFields\n          lines {\n            id\n            side\n            amount {\n              ...MoneyFields\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    rejectedPostings(first: 10) @include(if: $withRejected) {\n      edges {\n        node {\n          id\n          idempotencyKey\n          reason\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.AdminJournalDocument,
    "\n  query AdminAdjustmentAccounts {\n    ledgerAccounts(first: 100) {\n      edges {\n        node {\n          ...AdminLedgerAccountFields\n        }\n      }\n    }\n  }\n": typeof types.AdminAdjustmentAccountsDocument,
    "\n  query AdminJournalEntry($id: ID!, $reference: String!) {\n    journalEntry(id: $id) {\n      ...AdminJournalEntryFields\n      createdByUserId\n      lines {\n        id\n        position\n        side\n        memo\n        amount {\n          ...MoneyFields\n        }\n        account {\n          ...AdminLedgerAccountFields\n        }\n      }\n    }\n    reversals: journalEntries(filter: { referenceType: \"JournalEntry\", referenceId: $reference }, first: 5) {\n      edges {\n        node {\n          id\n          kind\n          postedAt\n        }\n      }\n    }\n  }\n": typeof types.AdminJournalEntryDocument,
    "\n  mutation AdminPostAdjustment($input: PostAdjustmentInput!) {\n    postAdjustment(input: $input) {\n      entry {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminPostAdjustmentDocument,
    "\n  mutation AdminReverseJournalEntry($id: ID!, $reason: String!) {\n    reverseJournalEntry(id: $id, reason: $reason) {\n      entry {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminReverseJournalEntryDocument,
    "\n  query AdminTrialBalance($currency: String!) {\n    trialBalance(currency: $currency) {\n      currency\n      balanced\n      rows {\n        purpose\n        normalSide\n        debits {\n          ...MoneyFields\n        }\n        credits {\n          ...MoneyFields\n        }\n        balance {\n          ...MoneyFields\n        }\n      }\n      otherBooksDebits {\n        ...MoneyFields\n      }\n      otherBooksCredits {\n        ...MoneyFields\n      }\n      totalDebits {\n        ...MoneyFields\n      }\n      totalCredits {\n        ...MoneyFields\n      }\n    }\n  }\n": typeof types.AdminTrialBalanceDocument,
    "\n  query AdminPayoutSettings {\n    payoutSettings {\n      schedule\n      nextRunAt\n      thresholds {\n        currency\n        minimum {\n          ...MoneyFields\n        }\n      }\n    }\n    payoutItems(first: 25) {\n      edges {\n        node {\n          id\n          batchId\n          status\n          createdAt\n          amount {\n            ...MoneyFields\n          }\n          account {\n            ...AdminLedgerAccountFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminPayoutSettingsDocument,
    "\n  mutation AdminSetPayoutSettings($input: SetPayoutSettingsInput!) {\n    setPayoutSettings(input: $input) {\n      settings {\n        schedule\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSetPayoutSettingsDocument,
    "\n  query AdminMembers($role: Role, $after: String) {\n    members(first: 50, role: $role, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          role\n          createdAt\n          user {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminMembersDocument,
    "\n  mutation AdminGrantRole($email: String!, $role: Role!) {\n    grantRole(email: $email, role: $role) {\n      membership {\n        id\n        role\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminGrantRoleDocument,
    "\n  mutation AdminRevokeRole($membershipId: ID!) {\n    revokeRole(membershipId: $membershipId) {\n      membership {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminRevokeRoleDocument,
    "\n  fragment AdminAgentFields on AgentProfile {\n    id\n    email\n    code\n    status\n    createdAt\n    upline {\n      id\n      code\n      email\n    }\n    downline {\n      id\n      code\n      email\n      status\n    }\n  }\n": typeof types.AdminAgentFieldsFragmentDoc,
    "\n  query AdminAgents {\n    agents(first: 100) {\n      edges {\n        node {\n          ...AdminAgentFields\n        }\n      }\n    }\n  }\n": typeof types.AdminAgentsDocument,
    "\n  query AdminAgentProfile($id: ID!) {\n    agentProfile(id: $id) {\n      ...AdminAgentFields\n    }\n    agents(first: 100) {\n      edges {\n        node {\n          id\n          code\n          email\n        }\n      }\n    }\n  }\n": typeof types.AdminAgentProfileDocument,
    "\n  query AdminMyAgentProfile {\n    myReferral {\n      code\n      link\n      agent {\n        ...AdminAgentFields\n      }\n    }\n  }\n": typeof types.AdminMyAgentProfileDocument,
    "\n  mutation AdminCreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      agent {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminCreateAgentDocument,
    "\n  mutation AdminSetAgentUpline($agentId: ID!, $uplineId: ID) {\n    setAgentUpline(agentId: $agentId, uplineId: $uplineId) {\n      agent {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSetAgentUplineDocument,
    "\n  mutation AdminSetAgentStatus($agentId: ID!, $status: AgentStatus!) {\n    setAgentStatus(agentId: $agentId, status: $status) {\n      agent {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSetAgentStatusDocument,
    "\n  fragment AdminRevenueModelFields on RevenueModel {\n    id\n    name\n    preset\n    residual\n    assigned\n    shares {\n      beneficiary\n      level\n      bps\n    }\n  }\n": typeof types.AdminRevenueModelFieldsFragmentDoc,
    "\n  query AdminRevenueModels {\n    revenueModels {\n      ...AdminRevenueModelFields\n    }\n    revenueModel {\n      id\n    }\n  }\n": typeof types.AdminRevenueModelsDocument,
    "\n  mutation AdminCreateRevenueModel($input: CreateRevenueModelInput!) {\n    createRevenueModel(input: $input) {\n      revenueModel {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminCreateRevenueModelDocument,
    "\n  mutation AdminUpdateRevenueModel($input: UpdateRevenueModelInput!) {\n    updateRevenueModel(input: $input) {\n      revenueModel {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminUpdateRevenueModelDocument,
    "\n  mutation AdminAssignRevenueModel($id: ID!) {\n    assignRevenueModel(id: $id) {\n      revenueModel {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminAssignRevenueModelDocument,
    "\n  query AdminAttributionSettings {\n    attributionSettings {\n      attribution\n      windowDays\n      ticketCommissionBps\n      revenueModel {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminAttributionSettingsDocument,
    "\n  mutation AdminSetAttributionSettings($input: SetAttributionSettingsInput!) {\n    setAttributionSettings(input: $input) {\n      settings {\n        windowDays\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSetAttributionSettingsDocument,
    "\n  fragment AdminLedgerAccountFields on LedgerAccount {\n    id\n    ownerType\n    ownerId\n    purpose\n    currency\n    lineCount\n    balance {\n      ...MoneyFields\n    }\n  }\n": typeof types.AdminLedgerAccountFieldsFragmentDoc,
    "\n  query AdminPayableAccounts($purpose: LedgerPurpose!) {\n    ledgerAccounts(filter: { purpose: $purpose }, first: 100) {\n      edges {\n        node {\n          ...AdminLedgerAccountFields\n        }\n      }\n    }\n  }\n": typeof types.AdminPayableAccountsDocument,
    "\n  query AdminMyLedgerAccounts {\n    myLedgerAccounts(first: 100) {\n      edges {\n        node {\n          ...AdminLedgerAccountFields\n        }\n      }\n    }\n  }\n": typeof types.AdminMyLedgerAccountsDocument,
    "\n  query AdminLedgerStatement($accountId: ID!, $after: String) {\n    ledgerAccount(id: $accountId) {\n      ...AdminLedgerAccountFields\n    }\n    ledgerStatement(accountId: $accountId, after: $after, first: 25) {\n      edges {\n        node {\n          id\n          sequence\n          side\n          memo\n          createdAt\n          amount {\n            ...MoneyFields\n          }\n          balanceAfter {\n            ...MoneyFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminLedgerStatementDocument,
    "\n  query AdminPayoutBatches($after: String) {\n    payoutBatches(after: $after, first: 25) {\n      edges {\n        node {\n          id\n          status\n          currency\n          createdAt\n          scheduledFor\n          total {\n            ...MoneyFields\n          }\n          items {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminPayoutBatchesDocument,
    "\n  query AdminPayoutBatch($id: ID!) {\n    payoutBatch(id: $id) {\n      id\n      status\n      currency\n      createdAt\n      submittedAt\n      completedAt\n      total {\n        ...MoneyFields\n      }\n      items {\n        id\n        status\n        paidReference\n        failureReason\n        resolvedAt\n        amount {\n          ...MoneyFields\n        }\n        heldAmount {\n          ...MoneyFields\n        }\n        bankName\n        accountNumberLast4\n        account {\n          ...AdminLedgerAccountFields\n        }\n      }\n      heldBack {\n        accountId\n        ownerType\n        ownerId\n        purpose\n        balance {\n          ...MoneyFields\n        }\n        held {\n          ...MoneyFields\n        }\n        reason\n      }\n    }\n    vendors(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    agents(first: 100) {\n      edges {\n        node {\n          userId\n          email\n          code\n        }\n      }\n    }\n  }\n": typeof types.AdminPayoutBatchDocument,
    "\n  mutation AdminCreatePayoutBatch($currency: String!) {\n    createPayoutBatch(currency: $currency) {\n      batch {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminCreatePayoutBatchDocument,
    "\n  mutation AdminSubmitPayoutBatch($id: ID!) {\n    submitPayoutBatch(id: $id) {\n      batch {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSubmitPayoutBatchDocument,
    "\n  mutation AdminMarkPayoutItemPaid($id: ID!, $reference: String) {\n    markPayoutItemPaid(id: $id, reference: $reference) {\n      item {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminMarkPayoutItemPaidDocument,
    "\n  mutation AdminMarkPayoutItemFailed($id: ID!, $reason: String!) {\n    markPayoutItemFailed(id: $id, reason: $reason) {\n      item {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminMarkPayoutItemFailedDocument,
    "\n  fragment AdminCommissionFields on Commission {\n    id\n    source\n    orderId\n    orderNumber\n    ticketId\n    beneficiary\n    beneficiaryId\n    level\n    status\n    flagReason\n    createdAt\n    amount {\n      ...MoneyFields\n    }\n    net {\n      ...MoneyFields\n    }\n  }\n": typeof types.AdminCommissionFieldsFragmentDoc,
    "\n  query AdminCommissions($status: CommissionStatus, $after: String) {\n    commissions(filter: { status: $status }, after: $after, first: 25) {\n      edges {\n        node {\n          ...AdminCommissionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminCommissionsDocument,
    "\n  query AdminMyCommissions($status: CommissionStatus, $after: String) {\n    myReferral {\n      code\n      link\n    }\n    myCommissions(status: $status, after: $after, first: 25) {\n      edges {\n        node {\n          ...AdminCommissionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminMyCommissionsDocument,
    "\n  query AdminOwnerDirectory($withAgents: Boolean!) {\n    vendors(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    agents(first: 100) @include(if: $withAgents) {\n      edges {\n        node {\n          userId\n          email\n          code\n        }\n      }\n    }\n  }\n": typeof types.AdminOwnerDirectoryDocument,
    "\n  fragment AdminNotificationMessageFields on NotificationMessage {\n    id\n    template\n    channel\n    recipient\n    locale\n    status\n    lastError\n    attempts\n    createdAt\n  }\n": typeof types.AdminNotificationMessageFieldsFragmentDoc,
    "\n  query AdminNotificationMessages($status: NotificationStatus, $channel: NotificationChannel, $recipient: String, $after: String) {\n    notificationMessages(status: $status, channel: $channel, recipient: $recipient, first: 30, after: $after) {\n      edges {\n        node {\n          ...AdminNotificationMessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminNotificationMessagesDocument,
    "\n  query AdminNotificationMessage($id: ID!) {\n    notificationMessage(id: $id) {\n      ...AdminNotificationMessageFields\n      subject\n      body\n      lastError\n      provider\n      providerMessageId\n      sentAt\n      deliveredAt\n      nextAttemptAt\n    }\n  }\n": typeof types.AdminNotificationMessageDocument,
    "\n  mutation AdminRetryNotification($id: ID!) {\n    retryNotification(id: $id) {\n      message {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminRetryNotificationDocument,
    "\n  fragment AdminNotificationTemplateFields on NotificationTemplate {\n    key\n    channel\n    locale\n    subject\n    body\n    customised\n    variables\n  }\n": typeof types.AdminNotificationTemplateFieldsFragmentDoc,
    "\n  query AdminNotificationTemplates($locale: String) {\n    notificationTemplates(locale: $locale) {\n      ...AdminNotificationTemplateFields\n    }\n  }\n": typeof types.AdminNotificationTemplatesDocument,
    "\n  query AdminPreviewNotificationTemplate($input: NotificationTemplateInput!) {\n    previewNotificationTemplate(input: $input) {\n      subject\n      text\n      html\n    }\n  }\n": typeof types.AdminPreviewNotificationTemplateDocument,
    "\n  mutation AdminSaveNotificationTemplate($input: NotificationTemplateInput!) {\n    saveNotificationTemplate(input: $input) {\n      template {\n        ...AdminNotificationTemplateFields\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSaveNotificationTemplateDocument,
    "\n  mutation AdminResetNotificationTemplate($key: String!, $channel: NotificationChannel!, $locale: String!) {\n    resetNotificationTemplate(key: $key, channel: $channel, locale: $locale) {\n      template {\n        ...AdminNotificationTemplateFields\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminResetNotificationTemplateDocument,
    "\n  query AdminNotificationProviders {\n    notificationProviders {\n      channel\n      provider\n      senderId\n      baseUrl\n      configured\n      sandbox\n      deliveryReportUrl\n    }\n  }\n": typeof types.AdminNotificationProvidersDocument,
    "\n  mutation AdminSaveNotificationProvider($input: SaveNotificationProviderInput!) {\n    saveNotificationProvider(input: $input) {\n      provider {\n        channel\n        provider\n        configured\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSaveNotificationProviderDocument,
    "\n  query AdminSandboxMessages($channel: NotificationChannel, $to: String) {\n    sandboxMessages(channel: $channel, to: $to, first: 100) {\n      id\n      channel\n      provider\n      from\n      to\n      subject\n      text\n      html\n      receivedAt\n    }\n  }\n": typeof types.AdminSandboxMessagesDocument,
    "\n  query AdminOrderList($status: OrderStatus, $after: String) {\n    orders(status: $status, after: $after, first: 25) {\n      edges {\n        node {\n          id\n          number\n          status\n          createdAt\n          email\n          disputed\n          total {\n            ...MoneyFields\n          }\n          vendorOrders {\n            vendorName\n            subtotal {\n              ...MoneyFields\n            }\n            shipping {\n              ...MoneyFields\n            }\n            tax {\n              ...MoneyFields\n            }\n          }\n          lines {\n            quantity\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminOrderListDocument,
    "\n  query AdminOrderDetail($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      status\n      fulfilmentStage\n      channel\n      email\n      customerUserId\n      referralCode\n      currency\n      subtotal {\n        ...MoneyFields\n      }\n      discount {\n        ...MoneyFields\n      }\n      shipping {\n        ...MoneyFields\n      }\n      tax {\n        ...MoneyFields\n      }\n      total {\n        ...MoneyFields\n      }\n      refundedTotal {\n        ...MoneyFields\n      }\n      prepaid {\n        ...MoneyFields\n      }\n      amountDue {\n        ...MoneyFields\n      }\n      tenders {\n        kind\n        points\n        status\n        amount {\n          ...MoneyFields\n        }\n        refunded {\n          ...MoneyFields\n        }\n      }\n      taxInclusive\n      shippingMethod\n      shippingAddress {\n        name\n        line1\n        line2\n        city\n        region\n        country\n        postalCode\n        phone\n      }\n      disputed\n      expiresAt\n      paidAt\n      cancelledAt\n      cancelReason\n      createdAt\n      vendorOrders {\n        id\n        vendorId\n        vendorName\n        fulfilmentStage\n        subtotal {\n          ...MoneyFields\n        }\n        shipping {\n          ...MoneyFields\n        }\n        tax {\n          ...MoneyFields\n        }\n        commissionBps\n        commission {\n          ...MoneyFields\n        }\n        lines {\n          id\n          sku\n          title\n          quantity\n          refundedQuantity\n          stockStatus\n          unitPrice {\n            ...MoneyFields\n          }\n          subtotal {\n            ...MoneyFields\n          }\n          tax {\n            ...MoneyFields\n          }\n        }\n      }\n      timeline {\n        id\n        fromStatus\n        toStatus\n        actorType\n        vendorName\n        reason\n        at\n      }\n      payments {\n        id\n        provider\n        reference\n        status\n        amount {\n          ...MoneyFields\n        }\n        method\n        bankAccountNumber\n        bankName\n        ussdBank\n        ussdCode\n        mobileMoneyNetwork\n        mobileMoneyPhone\n        received {\n          ...MoneyFields\n        }\n        stillToPay {\n          ...MoneyFields\n        }\n        collectedVia\n        collectedAt\n        handedIn\n        failureReason\n        createdAt\n        succeededAt\n      }\n      refunds {\n        id\n        status\n        reason\n        restock\n        automatic\n        failureReason\n        createdAt\n        amount {\n          ...MoneyFields\n        }\n        lines {\n          orderLineId\n          quantity\n          subtotal {\n            ...MoneyFields\n          }\n          tax {\n            ...MoneyFields\n          }\n        }\n      }\n      disputes {\n        id\n        status\n        reason\n        resolution\n        openedAt\n        closedAt\n      }\n    }\n  }\n": typeof types.AdminOrderDetailDocument,
    "\n  fragment AdminOrderResult on OrderPayload {\n    order {\n      id\n      status\n    }\n    userErrors {\n      ...AdminUserError\n    }\n  }\n": typeof types.AdminOrderResultFragmentDoc,
    "\n  mutation AdminFulfilOrder($orderId: ID!, $note: String) {\n    fulfilOrder(orderId: $orderId, note: $note) {\n      ...AdminOrderResult\n    }\n  }\n": typeof types.AdminFulfilOrderDocument,
    "\n  mutation AdminShipOrder($orderId: ID!, $note: String) {\n    shipOrder(orderId: $orderId, note: $note) {\n      ...AdminOrderResult\n    }\n  }\n": typeof types.AdminShipOrderDocument,
    "\n  mutation AdminDeliverOrder($orderId: ID!, $note: String) {\n    deliverOrder(orderId: $orderId, note: $note) {\n      ...AdminOrderResult\n    }\n  }\n": typeof types.AdminDeliverOrderDocument,
    "\n  mutation AdminCompleteOrder($orderId: ID!, $note: String) {\n    completeOrder(orderId: $orderId, note: $note) {\n      ...AdminOrderResult\n    }\n  }\n": typeof types.AdminCompleteOrderDocument,
    "\n  mutation AdminCancelOrder($orderId: ID!, $reason: String) {\n    cancelOrder(orderId: $orderId, reason: $reason) {\n      ...AdminOrderResult\n    }\n  }\n": typeof types.AdminCancelOrderDocument,
    "\n  fragment AdminVendorOrderResult on VendorOrderPayload {\n    vendorOrder {\n      id\n      fulfilmentStage\n    }\n    userErrors {\n      ...AdminUserError\n    }\n  }\n": typeof types.AdminVendorOrderResultFragmentDoc,
    "\n  mutation AdminFulfilVendorOrder($vendorOrderId: ID!, $note: String) {\n    fulfilVendorOrder(vendorOrderId: $vendorOrderId, note: $note) {\n      ...AdminVendorOrderResult\n    }\n  }\n": typeof types.AdminFulfilVendorOrderDocument,
    "\n  mutation AdminShipVendorOrder($vendorOrderId: ID!, $note: String) {\n    shipVendorOrder(vendorOrderId: $vendorOrderId, note: $note) {\n      ...AdminVendorOrderResult\n    }\n  }\n": typeof types.AdminShipVendorOrderDocument,
    "\n  mutation AdminDeliverVendorOrder($vendorOrderId: ID!, $note: String) {\n    deliverVendorOrder(vendorOrderId: $vendorOrderId, note: $note) {\n      ...AdminVendorOrderResult\n    }\n  }\n": typeof types.AdminDeliverVendorOrderDocument,
    "\n  mutation AdminRefundOrder($input: RefundOrderInput!) {\n    refundOrder(input: $input) {\n      refund {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminRefundOrderDocument,
    "\n  query AdminRefundPreview($input: RefundOrderInput!) {\n    refundPreview(input: $input) {\n      amount {\n        ...MoneyFields\n      }\n      shipping {\n        ...MoneyFields\n      }\n      lines {\n        orderLineId\n        title\n        sku\n        quantity\n        amount {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n": typeof types.AdminRefundPreviewDocument,
    "\n  mutation AdminOpenDispute($orderId: ID!, $reason: String!) {\n    openDispute(orderId: $orderId, reason: $reason) {\n      dispute {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminOpenDisputeDocument,
    "\n  mutation AdminCloseDispute($orderId: ID!, $resolution: String!) {\n    closeDispute(orderId: $orderId, resolution: $resolution) {\n      dispute {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminCloseDisputeDocument,
    "\n  query AdminOrdersToCollect {\n    payOnDeliveryOrders(first: 100) {\n      id\n      number\n      email\n      createdAt\n      shippingAddress {\n        name\n        line1\n        city\n        phone\n      }\n      payments {\n        method\n        status\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": typeof types.AdminOrdersToCollectDocument,
    "\n  mutation AdminCollectOnDelivery($input: CollectOnDeliveryInput!) {\n    collectOnDelivery(input: $input) {\n      order {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminCollectOnDeliveryDocument,
    "\n  query AdminCollectorCash {\n    cashHeldByCollectors {\n      collectorUserId\n      openCollections\n      held {\n        amount\n        currency\n      }\n      oldestCollectedAt\n    }\n    collectorHandIns(first: 20) {\n      id\n      collectorUserId\n      expected {\n        amount\n        currency\n      }\n      amount {\n        amount\n        currency\n      }\n      overShort {\n        amount\n        currency\n      }\n      note\n      createdAt\n    }\n  }\n": typeof types.AdminCollectorCashDocument,
    "\n  mutation AdminHandInCollectedCash($input: HandInCollectedCashInput!) {\n    handInCollectedCash(input: $input) {\n      handIn {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminHandInCollectedCashDocument,
    "\n  query AdminVendorPayoutBank($id: ID!) {\n    vendor(id: $id) {\n      id\n      name\n      status\n      payoutBank {\n        bankName\n        accountName\n        accountNumberMasked\n      }\n    }\n  }\n": typeof types.AdminVendorPayoutBankDocument,
    "\n  query AdminMyVendorPayoutBank {\n    myVendor {\n      id\n      name\n      status\n      payoutBank {\n        bankName\n        accountName\n        accountNumberMasked\n      }\n    }\n  }\n": typeof types.AdminMyVendorPayoutBankDocument,
    "\n  mutation AdminSetVendorPayoutBank($vendorId: ID!, $input: VendorPayoutBankInput!) {\n    setVendorPayoutBank(vendorId: $vendorId, input: $input) {\n      vendor {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSetVendorPayoutBankDocument,
    "\n  query AdminPayoutPlan($currency: String!) {\n    payoutPlan(currency: $currency) {\n      accountId\n      ownerType\n      ownerId\n      purpose\n      balance {\n        ...MoneyFields\n      }\n      held {\n        ...MoneyFields\n      }\n      payable {\n        ...MoneyFields\n      }\n      bankName\n      accountNumberLast4\n      reason\n    }\n  }\n": typeof types.AdminPayoutPlanDocument,
    "\n  fragment AdminPosDeviceFields on PosDevice {\n    id\n    name\n    number\n    receiptPrefix\n    locationId\n    status\n    pairingExpiresAt\n    lastSeenAt\n    backlog\n    salesCount\n    openConflicts\n  }\n": typeof types.AdminPosDeviceFieldsFragmentDoc,
    "\n  query AdminPosDevices {\n    posDevices {\n      ...AdminPosDeviceFields\n    }\n    locations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          active\n        }\n      }\n    }\n  }\n": typeof types.AdminPosDevicesDocument,
    "\n  fragment AdminPosPairingFields on PosPairingPayload {\n    device {\n      ...AdminPosDeviceFields\n    }\n    pairingCode\n    userErrors {\n      ...AdminUserError\n    }\n  }\n": typeof types.AdminPosPairingFieldsFragmentDoc,
    "\n  mutation AdminRegisterPosDevice($input: RegisterPosDeviceInput!) {\n    registerPosDevice(input: $input) {\n      ...AdminPosPairingFields\n    }\n  }\n": typeof types.AdminRegisterPosDeviceDocument,
    "\n  mutation AdminRenewPosPairingCode($id: ID!) {\n    renewPosPairingCode(id: $id) {\n      ...AdminPosPairingFields\n    }\n  }\n": typeof types.AdminRenewPosPairingCodeDocument,
    "\n  mutation AdminRevokePosDevice($id: ID!) {\n    revokePosDevice(id: $id) {\n      device {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminRevokePosDeviceDocument,
    "\n  query AdminPosCashiers {\n    posCashiers {\n      id\n      name\n      role\n      discountLimitBps\n      active\n      createdAt\n    }\n  }\n": typeof types.AdminPosCashiersDocument,
    "\n  mutation AdminSavePosCashier($input: SavePosCashierInput!) {\n    savePosCashier(input: $input) {\n      cashier {\n        id\n        name\n        active\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSavePosCashierDocument,
    "\n  query AdminPosSettings {\n    posSettings {\n      receiptHeader\n      receiptFooter\n      vatNumber\n    }\n  }\n": typeof types.AdminPosSettingsDocument,
    "\n  mutation AdminUpdatePosSettings($input: UpdatePosSettingsInput!) {\n    updatePosSettings(input: $input) {\n      settings {\n        receiptHeader\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminUpdatePosSettingsDocument,
    "\n  query AdminTillSessions($after: String) {\n    tillSessions(first: 30, after: $after) {\n      edges {\n        node {\n          id\n          deviceId\n          number\n          status\n          openedAt\n          closedAt\n          openingFloat {\n            amount\n            currency\n          }\n          report {\n            salesCount\n            netSales {\n              amount\n              currency\n            }\n            overShort {\n              amount\n              currency\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    posDevices {\n      id\n      name\n      receiptPrefix\n    }\n  }\n": typeof types.AdminTillSessionsDocument,
    "\n  query AdminTillSession($id: ID!) {\n    tillSession(id: $id) {\n      id\n      deviceId\n      number\n      status\n      openedAt\n      closedAt\n      openedById\n      closedById\n      report {\n        salesCount\n        returnsCount\n        sales {\n          amount\n          currency\n        }\n        discounts {\n          amount\n          currency\n        }\n        tax {\n          amount\n          currency\n        }\n        refunds {\n          amount\n          currency\n        }\n        netSales {\n          amount\n          currency\n        }\n        byTender {\n          tender\n          count\n          amount {\n            amount\n            currency\n          }\n        }\n        payIns {\n          amount\n          currency\n        }\n        payOuts {\n          amount\n          currency\n        }\n        openingFloat {\n          amount\n          currency\n        }\n        expectedCash {\n          amount\n          currency\n        }\n        countedCash {\n          amount\n          currency\n        }\n        overShort {\n          amount\n          currency\n        }\n      }\n    }\n    posSales(sessionId: $id, first: 100) {\n      edges {\n        node {\n          id\n          kind\n          receiptNumber\n          receiptCode\n          cashierId\n          occurredAt\n          total {\n            amount\n            currency\n          }\n          tenders {\n            tender\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    posCashiers {\n      id\n      name\n    }\n  }\n": typeof types.AdminTillSessionDocument,
    "\n  query AdminPosDevice($id: ID!) {\n    posDevice(id: $id) {\n      id\n      name\n      receiptPrefix\n    }\n  }\n": typeof types.AdminPosDeviceDocument,
    "\n  query AdminPosConflicts($open: Boolean) {\n    posConflicts(open: $open) {\n      id\n      deviceId\n      saleId\n      kind\n      message\n      createdAt\n      resolvedAt\n      resolution\n    }\n    posDevices {\n      id\n      name\n      receiptPrefix\n    }\n    posSales(first: 100) {\n      edges {\n        node {\n          id\n          receiptNumber\n        }\n      }\n    }\n  }\n": typeof types.AdminPosConflictsDocument,
    "\n  mutation AdminResolvePosConflict($id: ID!, $note: String!) {\n    resolvePosConflict(id: $id, note: $note) {\n      conflict {\n        id\n        resolvedAt\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminResolvePosConflictDocument,
    "\n  fragment AdminPriceListFields on PriceList {\n    id\n    name\n    channel\n    customerGroup\n    currency\n    priority\n    startsAt\n    endsAt\n  }\n": typeof types.AdminPriceListFieldsFragmentDoc,
    "\n  query AdminPriceLists {\n    priceLists(first: 100) {\n      edges {\n        node {\n          ...AdminPriceListFields\n        }\n      }\n    }\n  }\n": typeof types.AdminPriceListsDocument,
    "\n  query AdminPricingProduct($id: ID!) {\n    productById(id: $id) {\n      id\n      title\n      vendor {\n        id\n        name\n      }\n      variants {\n        id\n        sku\n        title\n        prices {\n          id\n          priceListId\n          minQuantity\n          startsAt\n          endsAt\n          amount {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminPricingProductDocument,
    "\n  mutation AdminCreatePriceList($input: CreatePriceListInput!) {\n    createPriceList(input: $input) {\n      priceList {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminCreatePriceListDocument,
    "\n  mutation AdminRemovePriceList($id: ID!) {\n    removePriceList(id: $id) {\n      priceList {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminRemovePriceListDocument,
    "\n  mutation AdminSetSalePrice($input: SetSalePriceInput!) {\n    setSalePrice(input: $input) {\n      price {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSetSalePriceDocument,
    "\n  mutation AdminSetTierPrice($input: SetTierPriceInput!) {\n    setTierPrice(input: $input) {\n      price {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSetTierPriceDocument,
    "\n  mutation AdminSetListPrice($input: SetListPriceInput!) {\n    setListPrice(input: $input) {\n      price {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSetListPriceDocument,
    "\n  mutation AdminRemovePrice($id: ID!) {\n    removePrice(id: $id) {\n      price {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminRemovePriceDocument,
    "\n  query AdminImportCategories {\n    categories {\n      id\n      slug\n      name\n      children {\n        id\n        slug\n        name\n        children {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminImportCategoriesDocument,
    "\n  query AdminImportSkus($after: String) {\n    products(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          variants {\n            sku\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminImportSkusDocument,
    "\n  mutation AdminImportCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product {\n        id\n        slug\n        variants {\n          id\n          sku\n        }\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminImportCreateProductDocument,
    "\n  fragment AdminProductRow on Product {\n    id\n    slug\n    title\n    status\n    updatedAt\n    vendor {\n      id\n      name\n    }\n    variants {\n      id\n      price(context: { currency: \"NGN\", channel: SVM }) {\n        unit {\n          amount\n          currency\n        }\n      }\n      inventory {\n        available\n      }\n    }\n  }\n": typeof types.AdminProductRowFragmentDoc,
    "\n  query AdminProductList($status: ProductStatus, $vendorId: ID, $after: String, $first: Int!) {\n    products(status: $status, vendorId: $vendorId, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AdminProductRow\n        }\n      }\n    }\n  }\n": typeof types.AdminProductListDocument,
    "\n  query AdminProductSearch($query: String, $filters: ProductSearchFilters, $after: String, $first: Int!) {\n    searchProducts(query: $query, filters: $filters, sort: NEWEST, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AdminProductRow\n        }\n      }\n    }\n  }\n": typeof types.AdminProductSearchDocument,
    "\n  query AdminProductFormOptions($withVendors: Boolean!) {\n    categories {\n      id\n      name\n      children {\n        id\n        name\n        children {\n          id\n          name\n        }\n      }\n    }\n    vendors(first: 100) @include(if: $withVendors) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AdminProductFormOptionsDocument,
    "\n  query AdminProduct($id: ID!) {\n    productById(id: $id) {\n      id\n      slug\n      title\n      description\n      status\n      listing {\n        active\n        commissionBps\n      }\n      seoTitle\n      seoDescription\n      updatedAt\n      vendor {\n        id\n        name\n        status\n      }\n      category {\n        id\n        name\n      }\n      media {\n        id\n        url\n        alt\n        position\n      }\n      variants {\n        id\n        sku\n        title\n        options\n        position\n        weightGrams\n        lengthMm\n        widthMm\n        heightMm\n        prices {\n          id\n          priceListId\n          minQuantity\n          startsAt\n          endsAt\n          amount {\n            amount\n            currency\n          }\n        }\n        inventory {\n          onHand\n          reserved\n          available\n          levels {\n            id\n            onHand\n            available\n            location {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminProductDocument,
    "\n  mutation AdminCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminCreateProductDocument,
    "\n  mutation AdminUpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      product {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminUpdateProductDocument,
    "\n  mutation AdminSetProductStatus($id: ID!, $status: ProductStatus!) {\n    setProductStatus(id: $id, status: $status) {\n      product {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSetProductStatusDocument,
    "\n  mutation AdminAddVariant($productId: ID!, $input: ProductVariantInput!) {\n    addVariant(productId: $productId, input: $input) {\n      variant {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminAddVariantDocument,
    "\n  mutation AdminUpdateVariant($id: ID!, $input: UpdateProductVariantInput!) {\n    updateVariant(id: $id, input: $input) {\n      variant {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminUpdateVariantDocument,
    "\n  mutation AdminSetBasePrice($input: SetBasePriceInput!) {\n    setBasePrice(input: $input) {\n      price {\n        id\n        amount {\n          amount\n          currency\n        }\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSetBasePriceDocument,
    "\n  mutation AdminAddMedia($productId: ID!, $input: ProductMediaInput!) {\n    addProductMedia(productId: $productId, input: $input) {\n      media {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminAddMediaDocument,
    "\n  query AdminSalesTiles($from: DateTime!, $to: DateTime!, $timeZone: String) {\n    salesSummary(from: $from, to: $to) {\n      orders\n      revenue {\n        ...MoneyFields\n      }\n      refunded {\n        ...MoneyFields\n      }\n      averageOrderValue {\n        ...MoneyFields\n      }\n    }\n    salesReport(from: $from, to: $to, groupBy: PRODUCT, timeZone: $timeZone) {\n      key\n      label\n      units\n    }\n  }\n": typeof types.AdminSalesTilesDocument,
    "\n  query AdminSalesReport($from: DateTime!, $to: DateTime!, $groupBy: SalesGrouping!, $timeZone: String) {\n    salesSummary(from: $from, to: $to) {\n      orders\n      revenue {\n        ...MoneyFields\n      }\n      tax {\n        ...MoneyFields\n      }\n      refunded {\n        ...MoneyFields\n      }\n      averageOrderValue {\n        ...MoneyFields\n      }\n    }\n    salesReport(from: $from, to: $to, groupBy: $groupBy, timeZone: $timeZone) {\n      key\n      label\n      orders\n      units\n      revenue {\n        ...MoneyFields\n      }\n      tax {\n        ...MoneyFields\n      }\n      refunded {\n        ...MoneyFields\n      }\n      commission {\n        ...MoneyFields\n      }\n    }\n  }\n": typeof types.AdminSalesReportDocument,
    "\n  query AdminStockReport($groupBy: StockGrouping!) {\n    stockReport(groupBy: $groupBy) {\n      key\n      label\n      product {\n        id\n        title\n      }\n      variants\n      onHand\n      reserved\n      available\n    }\n  }\n": typeof types.AdminStockReportDocument,
    "\n  query AdminTicketSalesReport($from: DateTime!, $to: DateTime!) {\n    ticketSalesReport(from: $from, to: $to) {\n      tripId\n      routeCode\n      origin\n      destination\n      departureAt\n      seats\n      seatsSold\n      seatsBoarded\n      revenue {\n        ...MoneyFields\n      }\n    }\n  }\n": typeof types.AdminTicketSalesReportDocument,
    "\n  query AdminCommissionReport($from: DateTime!, $to: DateTime!) {\n    commissionReport(from: $from, to: $to) {\n      beneficiary\n      level\n      beneficiaryId\n      agentCode\n      lines\n      amount {\n        ...MoneyFields\n      }\n      clawedBack {\n        ...MoneyFields\n      }\n      held {\n        ...MoneyFields\n      }\n      posted {\n        ...MoneyFields\n      }\n      flagged {\n        ...MoneyFields\n      }\n    }\n  }\n": typeof types.AdminCommissionReportDocument,
    "\n  query AdminPayoutReport($from: DateTime!, $to: DateTime!) {\n    payoutReport(from: $from, to: $to) {\n      accountId\n      ownerType\n      ownerId\n      purpose\n      items\n      amount {\n        ...MoneyFields\n      }\n      paid {\n        ...MoneyFields\n      }\n      pending {\n        ...MoneyFields\n      }\n      failed {\n        ...MoneyFields\n      }\n      bankName\n      accountLast4\n      lastPaidAt\n    }\n  }\n": typeof types.AdminPayoutReportDocument,
    "\n  query AdminReturnList($status: ReturnStatus, $after: String) {\n    returnRequests(first: 25, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          reference\n          orderId\n          orderNumber\n          vendorName\n          status\n          reason\n          createdAt\n          lines {\n            id\n            quantity\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminReturnListDocument,
    "\n  query AdminReturnDetail($id: ID!) {\n    returnRequest(id: $id) {\n      id\n      reference\n      orderId\n      orderNumber\n      vendorName\n      status\n      reason\n      details\n      instructions\n      refusalReason\n      exchangeNote\n      refundAmount {\n        ...MoneyFields\n      }\n      shippingWay\n      shippingPaidBy\n      shippingCharge {\n        ...MoneyFields\n      }\n      customerCarrier\n      customerTrackingNumber\n      customerSentAt\n      returnShipment {\n        id\n        carrier\n        trackingNumber\n        status\n        riderUserId\n        events {\n          id\n          status\n          note\n          location\n          at\n        }\n      }\n      canRefund\n      createdAt\n      lines {\n        id\n        orderLineId\n        title\n        sku\n        quantity\n      }\n      photos {\n        id\n        width\n        height\n      }\n      timeline {\n        id\n        fromStatus\n        toStatus\n        actorType\n        note\n        at\n      }\n    }\n  }\n": typeof types.AdminReturnDetailDocument,
    "\n  query AdminReturnSettings {\n    returnSettings {\n      windowDays\n    }\n  }\n": typeof types.AdminReturnSettingsDocument,
    "\n  mutation AdminUpdateReturnSettings($windowDays: Int!) {\n    updateReturnSettings(windowDays: $windowDays) {\n      settings {\n        windowDays\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminUpdateReturnSettingsDocument,
    "\n  mutation AdminApproveReturn($id: ID!, $instructions: String!) {\n    approveReturn(id: $id, instructions: $instructions) {\n      returnRequest {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminApproveReturnDocument,
    "\n  mutation AdminRefuseReturn($id: ID!, $reason: String!) {\n    refuseReturn(id: $id, reason: $reason) {\n      returnRequest {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminRefuseReturnDocument,
    "\n  mutation AdminReceiveReturn($id: ID!, $note: String) {\n    receiveReturn(id: $id, note: $note) {\n      returnRequest {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminReceiveReturnDocument,
    "\n  mutation AdminExchangeReturn($id: ID!, $note: String!, $restock: Boolean) {\n    exchangeReturn(id: $id, note: $note, restock: $restock) {\n      returnRequest {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminExchangeReturnDocument,
    "\n  mutation AdminRefundReturn($id: ID!, $restock: Boolean) {\n    refundReturn(id: $id, restock: $restock) {\n      returnRequest {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminRefundReturnDocument,
    "\n  mutation AdminArrangeReturnShipping($input: ArrangeReturnShippingInput!) {\n    arrangeReturnShipping(input: $input) {\n      returnRequest {\n        id\n        shippingWay\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminArrangeReturnShippingDocument,
    "\n  mutation AdminReceiveReturnShipment($id: ID!, $note: String) {\n    receiveReturnShipment(id: $id, note: $note) {\n      returnRequest {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminReceiveReturnShipmentDocument,
    "\n  query AdminViewer {\n    me {\n      id\n      name\n      email\n      twoFactorEnabled\n      memberships {\n        role\n      }\n    }\n    currentTenant {\n      id\n      slug\n      name\n      kind\n      currency\n      primaryColor\n      logoUrl\n    }\n  }\n": typeof types.AdminViewerDocument,
    "\n  query AdminMyVendor {\n    myVendor {\n      id\n      name\n      status\n    }\n  }\n": typeof types.AdminMyVendorDocument,
    "\n  fragment AdminUserError on UserError {\n    code\n    message\n    field\n  }\n": typeof types.AdminUserErrorFragmentDoc,
    "\n  query AdminCommerceSettings {\n    commerceSettings {\n      taxShipping\n      paymentProvider\n      paymentWindowMinutes\n    }\n  }\n": typeof types.AdminCommerceSettingsDocument,
    "\n  mutation AdminUpdateCommerceSettings($input: UpdateCommerceSettingsInput!) {\n    updateCommerceSettings(input: $input) {\n      settings {\n        taxShipping\n        paymentProvider\n        paymentWindowMinutes\n        paymentMethods\n        checkoutCarrier\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminUpdateCommerceSettingsDocument,
    "\n  query AdminShippingZones {\n    commerceSettings {\n      checkoutCarrier\n    }\n    shippingZones {\n      id\n      name\n      country\n      regions\n      rates {\n        id\n        method\n        name\n        active\n        amount {\n          ...MoneyFields\n        }\n        freeOver {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n": typeof types.AdminShippingZonesDocument,
    "\n  mutation AdminSetShippingZone($input: ShippingZoneInput!) {\n    setShippingZone(input: $input) {\n      zone {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSetShippingZoneDocument,
    "\n  mutation AdminRemoveShippingZone($id: ID!) {\n    removeShippingZone(id: $id) {\n      zone {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminRemoveShippingZoneDocument,
    "\n  mutation AdminSetShippingRate($input: ShippingRateInput!) {\n    setShippingRate(input: $input) {\n      rate {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSetShippingRateDocument,
    "\n  mutation AdminRemoveShippingRate($id: ID!) {\n    removeShippingRate(id: $id) {\n      rate {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminRemoveShippingRateDocument,
    "\n  query AdminPaymentSettings {\n    commerceSettings {\n      paymentProvider\n      paymentMethods\n      payOnDeliveryMaxTotal\n    }\n    paymentProviderAccounts {\n      provider\n      publicKey\n      hasWebhookSecret\n      updatedAt\n    }\n  }\n": typeof types.AdminPaymentSettingsDocument,
    "\n  mutation AdminSetPaymentProviderCredentials($input: PaymentProviderCredentialsInput!) {\n    setPaymentProviderCredentials(input: $input) {\n      account {\n        provider\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSetPaymentProviderCredentialsDocument,
    "\n  query AdminLocationList {\n    locations(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n          kind\n          active\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.AdminLocationListDocument,
    "\n  mutation AdminCreateLocation($input: CreateLocationInput!) {\n    createLocation(input: $input) {\n      location {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminCreateLocationDocument,
    "\n  mutation AdminUpdateLocation($input: UpdateLocationInput!) {\n    updateLocation(input: $input) {\n      location {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminUpdateLocationDocument,
    "\n  mutation AdminDeactivateLocation($id: ID!) {\n    deactivateLocation(id: $id) {\n      location {\n        id\n        active\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminDeactivateLocationDocument,
    "\n  query AdminReorderSuggestions($locationId: ID, $after: String, $first: Int!) {\n    reorderSuggestions(locationId: $locationId, after: $after, first: $first) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          available\n          reorderPoint\n          suggestedQuantity\n          stockLevel {\n            id\n            sku\n            onHand\n            location {\n              id\n              name\n            }\n            variant {\n              id\n              title\n              product {\n                id\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminReorderSuggestionsDocument,
    "\n  query AdminStockThresholds($sku: String!, $locationId: ID) {\n    stockLevels(sku: $sku, locationId: $locationId, first: 10) {\n      edges {\n        node {\n          id\n          sku\n          available\n          lowStockThreshold\n          reorderPoint\n          reorderQuantity\n          location {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminStockThresholdsDocument,
    "\n  mutation AdminSetStockThresholds($input: SetStockThresholdsInput!) {\n    setStockThresholds(input: $input) {\n      stockLevel {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSetStockThresholdsDocument,
    "\n  query AdminChannels($channel: StockChannel, $after: String) {\n    channelPolicies {\n      channel\n      mode\n      updatedAt\n    }\n    channelAllocations(channel: $channel, after: $after, first: 50) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          sku\n          channel\n          quantity\n          reserved\n          available\n          updatedAt\n          location {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminChannelsDocument,
    "\n  mutation AdminSetChannelPolicy($channel: StockChannel!, $mode: ChannelMode!) {\n    setChannelPolicy(channel: $channel, mode: $mode) {\n      policy {\n        channel\n        mode\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSetChannelPolicyDocument,
    "\n  mutation AdminAllocateStock($input: AllocateStockInput!) {\n    allocateStock(input: $input) {\n      allocation {\n        id\n        quantity\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminAllocateStockDocument,
    "\n  mutation AdminDeallocateStock($input: AllocateStockInput!) {\n    deallocateStock(input: $input) {\n      allocation {\n        id\n        quantity\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminDeallocateStockDocument,
    "\n  query AdminChildTenants($under: ID, $after: String) {\n    childTenants(first: 50, under: $under, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          slug\n          name\n          primaryColor\n          createdAt\n          suspendedAt\n        }\n      }\n    }\n    myTenants {\n      tenant {\n        id\n      }\n      roles\n    }\n  }\n": typeof types.AdminChildTenantsDocument,
    "\n  mutation AdminCreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant {\n        id\n        slug\n        name\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminCreateTenantDocument,
    "\n  query AdminBranding {\n    currentTenant {\n      id\n      name\n      logoUrl\n      primaryColor\n    }\n  }\n": typeof types.AdminBrandingDocument,
    "\n  mutation AdminUpdateTenant($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant {\n        id\n        name\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminUpdateTenantDocument,
    "\n  query AdminTenantBySlug($slug: String!) {\n    tenantBySlug(slug: $slug) {\n      id\n      kind\n      slug\n      name\n    }\n  }\n": typeof types.AdminTenantBySlugDocument,
    "\n  mutation AdminSuspendTenant($tenantId: ID!, $reason: String!) {\n    suspendTenant(tenantId: $tenantId, reason: $reason) {\n      tenant {\n        id\n        suspendedAt\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSuspendTenantDocument,
    "\n  mutation AdminReinstateTenant($tenantId: ID!) {\n    reinstateTenant(tenantId: $tenantId) {\n      tenant {\n        id\n        suspendedAt\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminReinstateTenantDocument,
    "\n  query AdminTransportNetwork {\n    parks {\n      id\n      name\n      city\n      state\n    }\n    transportRoutes {\n      id\n      code\n      origin {\n        id\n        name\n        city\n      }\n      destination {\n        id\n        name\n        city\n      }\n      stops\n      fares {\n        seatClass\n        price {\n          amount\n          currency\n        }\n      }\n    }\n    vehicles {\n      id\n      registration\n      layout {\n        seats {\n          seatClass\n        }\n      }\n    }\n  }\n": typeof types.AdminTransportNetworkDocument,
    "\n  mutation AdminCreatePark($input: CreateParkInput!) {\n    createPark(input: $input) {\n      park {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminCreateParkDocument,
    "\n  mutation AdminCreateRoute($input: CreateRouteInput!) {\n    createRoute(input: $input) {\n      route {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminCreateRouteDocument,
    "\n  mutation AdminUpdateRoute($input: UpdateRouteInput!) {\n    updateRoute(input: $input) {\n      route {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminUpdateRouteDocument,
    "\n  mutation AdminSetRouteFares($input: SetRouteFaresInput!) {\n    setRouteFares(input: $input) {\n      route {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSetRouteFaresDocument,
    "\n  query AdminVehicles {\n    vehicles {\n      id\n      registration\n      name\n      seatCount\n      layout {\n        rows\n        columns\n        aisleAfterColumn\n        seats {\n          label\n          row\n          column\n          seatClass\n        }\n      }\n    }\n  }\n": typeof types.AdminVehiclesDocument,
    "\n  mutation AdminCreateVehicle($input: CreateVehicleInput!) {\n    createVehicle(input: $input) {\n      vehicle {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminCreateVehicleDocument,
    "\n  query AdminUpcomingTrips {\n    upcomingTrips(first: 50) {\n      id\n      operatorId\n      departureAt\n      route {\n        code\n        origin {\n          name\n        }\n        destination {\n          name\n        }\n      }\n      vehicle {\n        registration\n        seatCount\n      }\n      availableSeats\n      fares {\n        seatClass\n        price {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": typeof types.AdminUpcomingTripsDocument,
    "\n  mutation AdminScheduleTrip($input: ScheduleTripInput!) {\n    scheduleTrip(input: $input) {\n      trip {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminScheduleTripDocument,
    "\n  query AdminTripManifest($id: ID!, $after: String) {\n    trip(id: $id) {\n      id\n      operatorId\n      departureAt\n      route {\n        code\n        stops\n        origin {\n          name\n        }\n        destination {\n          name\n        }\n      }\n      vehicle {\n        registration\n        name\n      }\n      seatMap {\n        seats {\n          label\n          seatClass\n          state\n        }\n      }\n    }\n    bookings(tripId: $id, first: 100, after: $after) {\n      edges {\n        node {\n          reference\n          contactPhone\n          channel\n          tickets {\n            seatLabel\n            passengerName\n            boardedAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminTripManifestDocument,
    "\n  mutation AdminScheduleRecurringTrips($input: ScheduleRecurringTripsInput!) {\n    scheduleRecurringTrips(input: $input) {\n      trips {\n        id\n      }\n      skippedDays\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminScheduleRecurringTripsDocument,
    "\n  query AdminTripAllotments($tripId: ID!) {\n    agentAllotments(tripId: $tripId) {\n      id\n      agentUserId\n      createdAt\n      seatLabels\n      soldSeatLabels\n    }\n    agents(first: 100, status: ACTIVE) {\n      edges {\n        node {\n          userId\n          email\n          code\n        }\n      }\n    }\n  }\n": typeof types.AdminTripAllotmentsDocument,
    "\n  mutation AdminAllotSeats($input: AllotSeatsInput!) {\n    allotSeats(input: $input) {\n      allotment {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminAllotSeatsDocument,
    "\n  mutation AdminReleaseAllotment($id: ID!) {\n    releaseAllotment(id: $id) {\n      allotment {\n        id\n        releasedAt\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminReleaseAllotmentDocument,
    "\n  query AdminParkListings($after: String) {\n    parkListings(first: 50, after: $after) {\n      edges {\n        node {\n          id\n          parkTenantId\n          operatorId\n          operatorName\n          status\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    myTenants {\n      tenant {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AdminParkListingsDocument,
    "\n  query AdminMotorPark($slug: String!) {\n    tenantBySlug(slug: $slug) {\n      id\n      kind\n      name\n    }\n  }\n": typeof types.AdminMotorParkDocument,
    "\n  mutation AdminRequestParkListing($parkTenantId: ID!) {\n    requestParkListing(parkTenantId: $parkTenantId) {\n      listing {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminRequestParkListingDocument,
    "\n  mutation AdminSetParkListingStatus($id: ID!, $status: ParkListingDecision!) {\n    setParkListingStatus(id: $id, status: $status) {\n      listing {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSetParkListingStatusDocument,
    "\n  query AdminVendorApplications($status: VendorStatus, $after: String) {\n    vendorApplications(status: $status, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          status\n          createdAt\n          legalName\n          tin\n          email\n          phone\n          address\n          documentUrls\n          statusHistory {\n            id\n            fromStatus\n            toStatus\n            reason\n            actorUserId\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminVendorApplicationsDocument,
    "\n  mutation AdminApproveVendor($id: ID!, $reason: String) {\n    approveVendor(id: $id, reason: $reason) {\n      vendor {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminApproveVendorDocument,
    "\n  mutation AdminRejectVendor($id: ID!, $reason: String!) {\n    rejectVendor(id: $id, reason: $reason) {\n      vendor {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminRejectVendorDocument,
    "\n  mutation AdminSuspendVendor($id: ID!, $reason: String!) {\n    suspendVendor(id: $id, reason: $reason) {\n      vendor {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSuspendVendorDocument,
    "\n  mutation AdminReinstateVendor($id: ID!, $reason: String) {\n    reinstateVendor(id: $id, reason: $reason) {\n      vendor {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminReinstateVendorDocument,
    "\n  query AdminMyVendorProfile {\n    myVendor {\n      id\n      name\n      slug\n      legalName\n      tin\n      email\n      phone\n      address\n    }\n  }\n": typeof types.AdminMyVendorProfileDocument,
    "\n  mutation AdminUpdateMyVendorProfile($input: VendorProfileInput!) {\n    updateMyVendorProfile(input: $input) {\n      vendor {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminUpdateMyVendorProfileDocument,
    "\n  query AdminConversations($handler: ConversationHandler) {\n    conversations(handler: $handler) {\n      id\n      customerPhone\n      customerName\n      handler\n      updatedAt\n    }\n    whatsappSimulatorAvailable\n  }\n": typeof types.AdminConversationsDocument,
    "\n  query AdminConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      customerPhone\n      customerName\n      handler\n      language\n      windowOpen\n      approvedTemplates\n      templates {\n        name\n        language\n        bodyVariables\n      }\n      messages {\n        id\n        direction\n        text\n        status\n        error\n        fromStaff\n        sentAt\n      }\n      orders {\n        id\n        number\n        status\n        total {\n          amount\n          currency\n        }\n        createdAt\n      }\n    }\n  }\n": typeof types.AdminConversationDocument,
    "\n  query AdminWhatsappConnection {\n    whatsappConnection {\n      phoneNumberId\n      displayPhoneNumber\n      baseUrl\n      verifyToken\n      webhookUrl\n      approvedTemplates\n      templateLanguage\n      templates {\n        name\n        language\n        bodyVariables\n      }\n    }\n    whatsappSimulatorAvailable\n  }\n": typeof types.AdminWhatsappConnectionDocument,
    "\n  mutation AdminSaveWhatsappConnection($input: WhatsappConnectionInput!) {\n    saveWhatsappConnection(input: $input) {\n      connection {\n        phoneNumberId\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSaveWhatsappConnectionDocument,
    "\n  mutation AdminRemoveWhatsappConnection {\n    removeWhatsappConnection {\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminRemoveWhatsappConnectionDocument,
    "\n  mutation AdminReplyToConversation($id: ID!, $text: String, $template: String, $templateParameters: [String!], $clientId: String!) {\n    replyToConversation(conversationId: $id, text: $text, template: $template, templateParameters: $templateParameters, clientId: $clientId) {\n      conversation {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminReplyToConversationDocument,
    "\n  query AdminWhatsappConversationExport($phone: String!) {\n    whatsappConversationExport(phone: $phone)\n  }\n": typeof types.AdminWhatsappConversationExportDocument,
    "\n  mutation AdminEraseWhatsappConversation($phone: String!) {\n    eraseWhatsappConversation(phone: $phone) {\n      erased\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminEraseWhatsappConversationDocument,
    "\n  mutation AdminSetConversationHandler($id: ID!, $handler: ConversationHandler!) {\n    setConversationHandler(conversationId: $id, handler: $handler) {\n      conversation {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSetConversationHandlerDocument,
    "\n  fragment AdminCouponFields on Coupon {\n    id\n    code\n    description\n    kind\n    percentBps\n    amount {\n      ...MoneyFields\n    }\n    minimumSpend {\n      ...MoneyFields\n    }\n    usageLimit\n    perCustomerLimit\n    used\n    posUses\n    overLimitUses\n    discountGiven {\n      ...MoneyFields\n    }\n    startsAt\n    endsAt\n    active\n    productIds\n    categoryIds\n    vendorIds\n    fundedBy\n  }\n": typeof types.AdminCouponFieldsFragmentDoc,
    "\n  query AdminCoupons {\n    coupons {\n      ...AdminCouponFields\n    }\n  }\n": typeof types.AdminCouponsDocument,
    "\n  mutation AdminCreateCoupon($input: CouponInput!) {\n    createCoupon(input: $input) {\n      coupon {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminCreateCouponDocument,
    "\n  mutation AdminUpdateCoupon($id: ID!, $input: CouponInput!) {\n    updateCoupon(id: $id, input: $input) {\n      coupon {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminUpdateCouponDocument,
    "\n  mutation AdminDeactivateCoupon($id: ID!) {\n    deactivateCoupon(id: $id) {\n      coupon {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminDeactivateCouponDocument,
    "\n  mutation ShopApplyCoupon($input: CartCouponInput!) {\n    applyCouponToCart(input: $input) {\n      cart {\n        id\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": typeof types.ShopApplyCouponDocument,
    "\n  mutation ShopRemoveCoupon($cartToken: String) {\n    removeCouponFromCart(cartToken: $cartToken) {\n      cart {\n        id\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": typeof types.ShopRemoveCouponDocument,
    "\n  fragment AdminExpenseFields on Expense {\n    id\n    category\n    supplier\n    spentOn\n    amount {\n      ...MoneyFields\n    }\n    vatPaid {\n      ...MoneyFields\n    }\n    total {\n      ...MoneyFields\n    }\n    note\n    receiptId\n    status\n    createdByUserId\n    submittedAt\n    decidedAt\n    rejectionReason\n    journalEntryId\n    payment {\n      paidFrom\n      paidOn\n      reference\n      journalEntryId\n    }\n    createdAt\n  }\n": typeof types.AdminExpenseFieldsFragmentDoc,
    "\n  query AdminExpenses($status: ExpenseStatus, $paid: Boolean, $after: ID) {\n    expenses(status: $status, paid: $paid, first: 50, after: $after) {\n      ...AdminExpenseFields\n    }\n  }\n": typeof types.AdminExpensesDocument,
    "\n  query AdminExpense($id: ID!) {\n    expense(id: $id) {\n      ...AdminExpenseFields\n    }\n  }\n": typeof types.AdminExpenseDocument,
    "\n  mutation AdminCreateExpense($input: ExpenseInput!, $submit: Boolean) {\n    createExpense(input: $input, submit: $submit) {\n      expense {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminCreateExpenseDocument,
    "\n  mutation AdminUpdateExpense($id: ID!, $input: ExpenseInput!) {\n    updateExpense(id: $id, input: $input) {\n      expense {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminUpdateExpenseDocument,
    "\n  mutation AdminSubmitExpense($id: ID!) {\n    submitExpense(id: $id) {\n      expense {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSubmitExpenseDocument,
    "\n  mutation AdminDeleteExpense($id: ID!) {\n    deleteExpense(id: $id) {\n      deleted\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminDeleteExpenseDocument,
    "\n  mutation AdminPayExpense($id: ID!, $paidFrom: ExpensePaidFrom!, $paidOn: DateTime!, $reference: String!) {\n    payExpense(id: $id, paidFrom: $paidFrom, paidOn: $paidOn, reference: $reference) {\n      expense {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminPayExpenseDocument,
    "\n  mutation AdminApproveExpense($id: ID!) {\n    approveExpense(id: $id) {\n      expense {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminApproveExpenseDocument,
    "\n  mutation AdminRejectExpense($id: ID!, $reason: String!) {\n    rejectExpense(id: $id, reason: $reason) {\n      expense {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminRejectExpenseDocument,
    "\n  query AdminVatReturnTotals($from: DateTime!, $to: DateTime!, $timeZone: String) {\n    vatReturnTotals(from: $from, to: $to, timeZone: $timeZone) {\n      currency\n      expenses\n      outputVat {\n        ...MoneyFields\n      }\n      inputVat {\n        ...MoneyFields\n      }\n      vatPayable {\n        ...MoneyFields\n      }\n    }\n  }\n": typeof types.AdminVatReturnTotalsDocument,
    "\n  query AdminProfitAndLoss($from: DateTime!, $to: DateTime!, $currency: String!) {\n    profitAndLoss(from: $from, to: $to, currency: $currency) {\n      currency\n      sales {\n        ...MoneyFields\n      }\n      commission {\n        ...MoneyFields\n      }\n      revenue {\n        ...MoneyFields\n      }\n      discounts {\n        ...MoneyFields\n      }\n      cashOverShort {\n        ...MoneyFields\n      }\n      expenses {\n        category\n        amount {\n          ...MoneyFields\n        }\n      }\n      totalExpenses {\n        ...MoneyFields\n      }\n      netProfit {\n        ...MoneyFields\n      }\n    }\n  }\n": typeof types.AdminProfitAndLossDocument,
    "\n  query AdminVendorStatement($vendorId: ID!, $currency: String!, $from: DateTime!, $to: DateTime!) {\n    vendorStatement(vendorId: $vendorId, currency: $currency, from: $from, to: $to) {\n      vendorId\n      opening {\n        ...MoneyFields\n      }\n      sales {\n        ...MoneyFields\n      }\n      refunds {\n        ...MoneyFields\n      }\n      commission {\n        ...MoneyFields\n      }\n      payouts {\n        ...MoneyFields\n      }\n      adjustments {\n        ...MoneyFields\n      }\n      closing {\n        ...MoneyFields\n      }\n    }\n  }\n": typeof types.AdminVendorStatementDocument,
    "\n  query AdminReportCurrencies($vendorId: ID) {\n    ledgerReportCurrencies(vendorId: $vendorId)\n  }\n": typeof types.AdminReportCurrenciesDocument,
    "\n  query AdminLedgerReportPdf($report: LedgerReportPdf!, $from: DateTime, $to: DateTime, $currency: String, $timeZone: String) {\n    ledgerReportPdf(report: $report, from: $from, to: $to, currency: $currency, timeZone: $timeZone) {\n      filename\n      contentBase64\n    }\n  }\n": typeof types.AdminLedgerReportPdfDocument,
    "\n  query AdminVendorStatementPdf($vendorId: ID!, $from: DateTime!, $to: DateTime!, $currency: String, $timeZone: String) {\n    vendorStatementPdf(vendorId: $vendorId, from: $from, to: $to, currency: $currency, timeZone: $timeZone) {\n      filename\n      contentBase64\n    }\n  }\n": typeof types.AdminVendorStatementPdfDocument,
    "\n  query GiftCardProducts($ids: [ID!]!) {\n    giftCardProducts(productIds: $ids)\n  }\n": typeof types.GiftCardProductsDocument,
    "\n  mutation AdminSetGiftCardProduct($productId: ID!, $giftCard: Boolean!) {\n    setGiftCardProduct(productId: $productId, giftCard: $giftCard) {\n      giftCard\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.AdminSetGiftCardProductDocument,
    "\n  fragment InvoiceSummary on Invoice {\n    id\n    kind\n    number\n    vendorName\n    issuedAt\n    total {\n      ...MoneyFields\n    }\n  }\n": typeof types.InvoiceSummaryFragmentDoc,
    "\n  query OrderInvoices($orderId: ID!) {\n    orderInvoices(orderId: $orderId) {\n      ...InvoiceSummary\n    }\n  }\n": typeof types.OrderInvoicesDocument,
    "\n  query InvoicePdf($id: ID!) {\n    invoice(id: $id) {\n      id\n      number\n      pdfBase64\n    }\n  }\n": typeof types.InvoicePdfDocument,
    "\n  query GuestOrderInvoices($orderId: ID!, $cartToken: String!) {\n    guestOrderInvoices(orderId: $orderId, cartToken: $cartToken) {\n      ...InvoiceSummary\n    }\n  }\n": typeof types.GuestOrderInvoicesDocument,
    "\n  query GuestInvoicePdf($id: ID!, $cartToken: String!) {\n    guestInvoice(id: $id, cartToken: $cartToken) {\n      id\n      number\n      pdfBase64\n    }\n  }\n": typeof types.GuestInvoicePdfDocument,
    "\n  query AdminInvoices($kind: InvoiceKind, $first: Int, $after: ID) {\n    invoices(kind: $kind, first: $first, after: $after) {\n      id\n      kind\n      number\n      orderId\n      orderNumber\n      vendorName\n      customerName\n      customerEmail\n      issuedAt\n      tax {\n        ...MoneyFields\n      }\n      total {\n        ...MoneyFields\n      }\n    }\n  }\n": typeof types.AdminInvoicesDocument,
    "\n  query AdminInvoiceSettings {\n    invoiceSettings {\n      legalName\n      address\n      taxId\n      vatNumber\n      updatedAt\n    }\n  }\n": typeof types.AdminInvoiceSettingsDocument,
    "\n  mutation AdminUpdateInvoiceSettings($input: UpdateInvoiceSettingsInput!) {\n    updateInvoiceSettings(input: $input) {\n      settings {\n        legalName\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminUpdateInvoiceSettingsDocument,
    "\n  query AdminVatReturn($from: DateTime!, $to: DateTime!) {\n    vatReturn(from: $from, to: $to) {\n      currency\n      taxRateBps\n      invoices\n      creditNotes\n      salesNet {\n        ...MoneyFields\n      }\n      salesVat {\n        ...MoneyFields\n      }\n      creditedNet {\n        ...MoneyFields\n      }\n      creditedVat {\n        ...MoneyFields\n      }\n      netSales {\n        ...MoneyFields\n      }\n      outputVat {\n        ...MoneyFields\n      }\n    }\n  }\n": typeof types.AdminVatReturnDocument,
    "\n  query TenantBySlug($slug: String!) {\n    tenantBySlug(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      logoUrl\n      primaryColor\n      currency\n      customDomain\n    }\n  }\n": typeof types.TenantBySlugDocument,
    "\n  query TenantByDomain($domain: String!) {\n    tenantByDomain(domain: $domain) {\n      slug\n      kind\n    }\n  }\n": typeof types.TenantByDomainDocument,
    "\n  fragment SessionFields on Session {\n    accessToken\n    refreshToken\n    accessTokenExpiresAt\n    refreshTokenExpiresAt\n    user {\n      id\n      name\n      email\n    }\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken) {\n      ok\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      phone\n    }\n  }\n": typeof types.MeDocument,
    "\n  query CategoryTree {\n    categories {\n      id\n      name\n      slug\n      children {\n        id\n        name\n        slug\n        children {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n": typeof types.CategoryTreeDocument,
    "\n  fragment MoneyFields on Money {\n    amount\n    currency\n  }\n": typeof types.MoneyFieldsFragmentDoc,
    "\n  fragment ProductCard on Product {\n    id\n    slug\n    title\n    availableForSale\n    vendor {\n      id\n      name\n    }\n    media {\n      url\n      alt\n      position\n    }\n    variants {\n      id\n      price(context: $priceContext) {\n        unit {\n          ...MoneyFields\n        }\n        compareAt {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n": typeof types.ProductCardFragmentDoc,
    "\n  query StoreHome($priceContext: PriceContextInput!, $first: Int!, $marketplace: Boolean!) {\n    featured: collection(slug: \"featured\") {\n      title\n      description\n      entries(first: $first) {\n        edges {\n          node {\n            product {\n              ...ProductCard\n            }\n          }\n        }\n      }\n    }\n    newest: searchProducts(sort: NEWEST, first: $first) {\n      edges {\n        node {\n          ...ProductCard\n        }\n      }\n    }\n    vendors(first: 12) @include(if: $marketplace) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.StoreHomeDocument,
    "\n  query ProductSearch(\n    $query: String\n    $filters: ProductSearchFilters\n    $sort: ProductSort\n    $currency: String\n    $after: String\n    $first: Int!\n    $priceContext: PriceContextInput!\n  ) {\n    searchProducts(query: $query, filters: $filters, sort: $sort, currency: $currency, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProductCard\n        }\n      }\n      facets {\n        categories {\n          id\n          name\n          count\n        }\n        vendors {\n          id\n          name\n          count\n        }\n        attributes {\n          name\n          values {\n            value\n            count\n          }\n        }\n        priceRange {\n          min {\n            ...MoneyFields\n          }\n          max {\n            ...MoneyFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProductSearchDocument,
    "\n  query ProductPage($slug: String!, $priceContext: PriceContextInput!) {\n    product(slug: $slug) {\n      id\n      slug\n      title\n      description\n      status\n      attributes\n      seoTitle\n      seoDescription\n      updatedAt\n      availableForSale\n      vendor {\n        id\n        name\n      }\n      category {\n        id\n        name\n        slug\n        parent {\n          id\n          name\n          slug\n        }\n      }\n      media {\n        id\n        url\n        alt\n        position\n      }\n      variants {\n        id\n        sku\n        title\n        options\n        position\n        availableForSale\n        price(context: $priceContext) {\n          unit {\n            ...MoneyFields\n          }\n          compareAt {\n            ...MoneyFields\n          }\n          taxInclusive\n        }\n      }\n    }\n  }\n": typeof types.ProductPageDocument,
    "\n  query VendorProfile($id: ID!) {\n    vendor(id: $id) {\n      id\n      slug\n      name\n      status\n      createdAt\n    }\n  }\n": typeof types.VendorProfileDocument,
    "\n  query VendorList($first: Int!, $after: String) {\n    vendors(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.VendorListDocument,
    "\n  query SitemapProducts($first: Int!, $after: String) {\n    products(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          slug\n          updatedAt\n        }\n      }\n    }\n  }\n": typeof types.SitemapProductsDocument,
    "\n  query MyVendor {\n    myVendor {\n      id\n      name\n      status\n    }\n  }\n": typeof types.MyVendorDocument,
    "\n  mutation ApplyAsVendor($input: VendorApplicationInput!) {\n    applyAsVendor(input: $input) {\n      vendor {\n        id\n        name\n        status\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ApplyAsVendorDocument,
    "\n  query PosCatalogue($after: String, $priceContext: PriceContextInput!) {\n    products(status: ACTIVE, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          category {\n            id\n          }\n          vendor {\n            id\n          }\n          variants {\n            id\n            sku\n            barcode\n            title\n            price(context: $priceContext) {\n              unit {\n                amount\n              }\n              taxInclusive\n              taxRateBps\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PosCatalogueDocument,
    "\n  query PosCoupons {\n    posCoupons {\n      id\n      codeHash\n      kind\n      percentBps\n      amount\n      currency\n      minimumSpend\n      productIds\n      categoryIds\n      vendorIds\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.PosCouponsDocument,
    "\n  query PosStock($locationId: ID!, $after: String) {\n    stockLevels(locationId: $locationId, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          variantId\n          onHand\n        }\n      }\n    }\n  }\n": typeof types.PosStockDocument,
    "\n  query PosTill {\n    posTill {\n      device {\n        id\n        name\n        locationId\n      }\n      receiptPrefix\n      cashiers {\n        id\n        name\n        role\n        discountLimitBps\n        pinSalt\n        pinHash\n      }\n      settings {\n        receiptHeader\n        receiptFooter\n        vatNumber\n      }\n      openSession {\n        id\n        openedAt\n        openingFloat {\n          amount\n        }\n      }\n      nextSequence\n    }\n    currentTenant {\n      currency\n    }\n  }\n": typeof types.PosTillDocument,
    "\n  query PosLocations {\n    locations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PosLocationsDocument,
    "\n  mutation PosPair($code: String!) {\n    pairPosDevice(code: $code) {\n      deviceKey\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PosPairDocument,
    "\n  mutation PosSync($events: [PosEventInput!]!) {\n    syncPosBatch(events: $events) {\n      results {\n        clientId\n        status\n      }\n      lastSequence\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.PosSyncDocument,
    "\n  query PosReceipt($code: String!) {\n    posReceipt(code: $code) {\n      sale {\n        receiptNumber\n        occurredAt\n        lines {\n          variantId\n          title\n          quantity\n          unitPrice {\n            formatted\n          }\n          discount {\n            amount\n            formatted\n          }\n          total {\n            formatted\n          }\n        }\n        tax {\n          formatted\n        }\n        total {\n          formatted\n        }\n        change {\n          amount\n          formatted\n        }\n        tenders {\n          tender\n          reference\n          amount {\n            formatted\n          }\n        }\n      }\n      settings {\n        receiptHeader\n        receiptFooter\n        vatNumber\n      }\n    }\n  }\n": typeof types.PosReceiptDocument,
    "\n  query PosCustomer($email: String, $phone: String) {\n    posCustomer(email: $email, phone: $phone) {\n      id\n      name\n      points\n      pointsValue\n      pointsCurrency\n    }\n  }\n": typeof types.PosCustomerDocument,
    "\n  mutation TakePosHold($input: TakePosHoldInput!) {\n    takePosHold(input: $input) {\n      hold {\n        id\n        kind\n        amount\n        points\n        status\n        expiresAt\n        remainingPoints\n        remainingGiftCard\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.TakePosHoldDocument,
    "\n  mutation SendPosPointsCode($customerUserId: ID!, $points: Int!) {\n    sendPosPointsCode(customerUserId: $customerUserId, points: $points) {\n      sent {\n        sentTo\n        channel\n        maxPoints\n        expiresAt\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.SendPosPointsCodeDocument,
    "\n  mutation ReleasePosHold($holdId: ID!) {\n    releasePosHold(holdId: $holdId) {\n      hold {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ReleasePosHoldDocument,
    "\n  fragment AdminPromotionFields on Promotion {\n    id\n    vendorId\n    name\n    kind\n    buyQuantity\n    getQuantity\n    getPercentBps\n    threshold {\n      ...MoneyFields\n    }\n    amount {\n      ...MoneyFields\n    }\n    bundlePrice {\n      ...MoneyFields\n    }\n    productIds\n    variantIds\n    discountGiven {\n      ...MoneyFields\n    }\n    startsAt\n    endsAt\n    active\n  }\n": typeof types.AdminPromotionFieldsFragmentDoc,
    "\n  query AdminPromotions {\n    promotions {\n      ...AdminPromotionFields\n    }\n  }\n": typeof types.AdminPromotionsDocument,
    "\n  mutation AdminCreatePromotion($input: PromotionInput!) {\n    createPromotion(input: $input) {\n      promotion {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminCreatePromotionDocument,
    "\n  mutation AdminUpdatePromotion($id: ID!, $input: PromotionInput!) {\n    updatePromotion(id: $id, input: $input) {\n      promotion {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminUpdatePromotionDocument,
    "\n  mutation AdminDeactivatePromotion($id: ID!) {\n    deactivatePromotion(id: $id) {\n      promotion {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminDeactivatePromotionDocument,
    "\n  query AdminRewards($after: String) {\n    giftCards(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          last4\n          initialValue {\n            ...MoneyFields\n          }\n          balance {\n            ...MoneyFields\n          }\n          status\n          source\n          expiresAt\n          recipientEmail\n          note\n          createdAt\n        }\n      }\n    }\n    loyaltyProgramme {\n      ...LoyaltyProgrammeFields\n    }\n  }\n": typeof types.AdminRewardsDocument,
    "\n  fragment LoyaltyProgrammeFields on LoyaltyProgramme {\n    enabled\n    currency\n    spendPerPoint {\n      ...MoneyFields\n    }\n    pointValue {\n      ...MoneyFields\n    }\n    expiryDays\n    maxRedeemBps\n    tiers {\n      name\n      minPoints\n      multiplierBps\n    }\n  }\n": typeof types.LoyaltyProgrammeFieldsFragmentDoc,
    "\n  fragment CustomerRewardsFields on CustomerRewards {\n    userId\n    points\n    pointsValue {\n      ...MoneyFields\n    }\n    tier\n    pointsEarnedLastYear\n    storeCredit {\n      ...MoneyFields\n    }\n    history {\n      id\n      kind\n      points\n      amount {\n        ...MoneyFields\n      }\n      reason\n      note\n      createdAt\n    }\n  }\n": typeof types.CustomerRewardsFieldsFragmentDoc,
    "\n  query AdminCustomerRewards($userId: ID!) {\n    customerRewards(userId: $userId) {\n      ...CustomerRewardsFields\n    }\n  }\n": typeof types.AdminCustomerRewardsDocument,
    "\n  query AdminCustomerSearch($text: String!, $after: String) {\n    customerSearch(text: $text, first: 20, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          phone\n        }\n      }\n    }\n  }\n": typeof types.AdminCustomerSearchDocument,
    "\n  mutation AdminIssueGiftCard($input: IssueGiftCardInput!) {\n    issueGiftCard(input: $input) {\n      code\n      giftCard {\n        id\n        last4\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminIssueGiftCardDocument,
    "\n  mutation AdminSetGiftCardStatus($id: ID!, $status: GiftCardStatus!) {\n    setGiftCardStatus(id: $id, status: $status) {\n      giftCard {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSetGiftCardStatusDocument,
    "\n  mutation AdminSaveLoyaltyProgramme($input: SaveLoyaltyProgrammeInput!) {\n    saveLoyaltyProgramme(input: $input) {\n      programme {\n        enabled\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSaveLoyaltyProgrammeDocument,
    "\n  mutation AdminAdjustPoints($input: AdjustPointsInput!) {\n    adjustPoints(input: $input) {\n      rewards {\n        userId\n        points\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminAdjustPointsDocument,
    "\n  mutation AdminAdjustStoreCredit($input: AdjustStoreCreditInput!) {\n    adjustStoreCredit(input: $input) {\n      rewards {\n        userId\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminAdjustStoreCreditDocument,
    "\n  query ShopGiftCardBalance($code: String!) {\n    giftCardBalance(code: $code) {\n      last4\n      balance {\n        ...MoneyFields\n      }\n      status\n      expiresAt\n    }\n  }\n": typeof types.ShopGiftCardBalanceDocument,
    "\n  query ShopMyRewards {\n    myRewards {\n      ...CustomerRewardsFields\n    }\n    loyaltyProgramme {\n      ...LoyaltyProgrammeFields\n    }\n  }\n": typeof types.ShopMyRewardsDocument,
    "\n  query ShopPayWith {\n    myRewards {\n      points\n      storeCredit {\n        ...MoneyFields\n      }\n    }\n    loyaltyProgramme {\n      ...LoyaltyProgrammeFields\n    }\n  }\n": typeof types.ShopPayWithDocument,
    "\n  query ShopLoyaltyProgramme {\n    loyaltyProgramme {\n      ...LoyaltyProgrammeFields\n    }\n  }\n": typeof types.ShopLoyaltyProgrammeDocument,
    "\n  mutation RiderReportLocation($shipmentId: ID!, $latitude: Float!, $longitude: Float!, $accuracyMeters: Float!) {\n    reportRiderLocation(shipmentId: $shipmentId, latitude: $latitude, longitude: $longitude, accuracyMeters: $accuracyMeters) {\n      accepted\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.RiderReportLocationDocument,
    "\n  fragment RiderTrackingFields on RiderTracking {\n    orderId\n    shipments {\n      shipmentId\n      status\n      positions {\n        latitude\n        longitude\n        accuracyMeters\n        at\n      }\n    }\n  }\n": typeof types.RiderTrackingFieldsFragmentDoc,
    "\n  query ShopRiderTracking($orderId: ID!, $cartToken: String) {\n    riderTracking(orderId: $orderId, cartToken: $cartToken) {\n      trackingKey\n      ...RiderTrackingFields\n    }\n  }\n": typeof types.ShopRiderTrackingDocument,
    "\n  query RiderTrackingByKey($orderId: ID!, $trackingKey: String!) {\n    riderTracking(orderId: $orderId, trackingKey: $trackingKey) {\n      ...RiderTrackingFields\n    }\n  }\n": typeof types.RiderTrackingByKeyDocument,
    "\n  subscription RiderTrackingLive($orderId: ID!, $trackingKey: String!) {\n    riderTracking(orderId: $orderId, trackingKey: $trackingKey) {\n      ...RiderTrackingFields\n    }\n  }\n": typeof types.RiderTrackingLiveDocument,
    "\n  fragment AdminShipmentFields on Shipment {\n    id\n    orderId\n    orderNumber\n    carrier\n    trackingNumber\n    status\n    riderUserId\n    codeTriesLeft\n    codeLocked\n    failureReason\n    overrideReason\n    createdAt\n    deliveredAt\n    quotedPrice {\n      amount\n      currency\n    }\n    amountToCollect {\n      amount\n      currency\n    }\n    address {\n      name\n      phone\n      line1\n      line2\n      city\n      region\n      country\n      latitude\n      longitude\n    }\n    items {\n      id\n      title\n      sku\n      quantity\n    }\n    returnRequestId\n    returnItems {\n      id\n      title\n      quantity\n    }\n  }\n": typeof types.AdminShipmentFieldsFragmentDoc,
    "\n  query AdminShipments($status: ShipmentStatus, $orderId: ID) {\n    shipments(status: $status, orderId: $orderId, first: 100) {\n      ...AdminShipmentFields\n    }\n  }\n": typeof types.AdminShipmentsDocument,
    "\n  query AdminShipment($id: ID!) {\n    shipment(id: $id) {\n      ...AdminShipmentFields\n      vendorOrderId\n      pickedUpAt\n      packages {\n        id\n        weightGrams\n        lengthMm\n        widthMm\n        heightMm\n      }\n      events {\n        id\n        status\n        note\n        location\n        fromCarrier\n        at\n      }\n    }\n  }\n": typeof types.AdminShipmentDocument,
    "\n  query AdminShipmentOrder($id: ID!) {\n    shippingCarriers\n    order(id: $id) {\n      id\n      number\n      status\n      shippingAddress {\n        latitude\n        longitude\n      }\n      vendorOrders {\n        id\n        vendorName\n        lines {\n          id\n          title\n          sku\n          quantity\n          source\n        }\n      }\n    }\n    shipments(orderId: $id, first: 100) {\n      id\n      status\n      trackingNumber\n      items {\n        id\n        quantity\n        orderLineId\n      }\n    }\n  }\n": typeof types.AdminShipmentOrderDocument,
    "\n  query AdminShipmentQuote($orderId: ID!, $carrier: CarrierName!, $packages: [ShipmentPackageInput!]!, $latitude: Float, $longitude: Float) {\n    shipmentQuote(orderId: $orderId, carrier: $carrier, packages: $packages, latitude: $latitude, longitude: $longitude) {\n      price {\n        amount\n        currency\n      }\n      etaHours\n    }\n  }\n": typeof types.AdminShipmentQuoteDocument,
    "\n  query RiderDeliveries {\n    myDeliveries {\n      ...AdminShipmentFields\n    }\n  }\n": typeof types.RiderDeliveriesDocument,
    "\n  mutation AdminCreateShipment($input: CreateShipmentInput!) {\n    createShipment(input: $input) {\n      shipment {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminCreateShipmentDocument,
    "\n  mutation RiderStepShipment($shipmentId: ID!, $status: ShipmentRiderStep!, $note: String) {\n    stepShipment(shipmentId: $shipmentId, status: $status, note: $note) {\n      shipment {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.RiderStepShipmentDocument,
    "\n  mutation RiderDeliverShipment($shipmentId: ID!, $code: String!, $collection: ShipmentCollectionInput) {\n    deliverShipment(shipmentId: $shipmentId, code: $code, collection: $collection) {\n      shipment {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.RiderDeliverShipmentDocument,
    "\n  mutation AdminOverrideShipmentDelivery($shipmentId: ID!, $reason: String!, $collection: ShipmentCollectionInput) {\n    overrideShipmentDelivery(shipmentId: $shipmentId, reason: $reason, collection: $collection) {\n      shipment {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminOverrideShipmentDeliveryDocument,
    "\n  mutation AdminCloseShipment($shipmentId: ID!, $status: ShipmentClose!, $note: String!) {\n    closeShipment(shipmentId: $shipmentId, status: $status, note: $note) {\n      shipment {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminCloseShipmentDocument,
    "\n  mutation AdminSimulateCarrierEvent($shipmentId: ID!, $status: ShipmentStatus!) {\n    simulateCarrierEvent(shipmentId: $shipmentId, status: $status) {\n      shipment {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminSimulateCarrierEventDocument,
    "\n  query ShopOrderShipments($orderId: ID!, $cartToken: String) {\n    orderShipments(orderId: $orderId, cartToken: $cartToken) {\n      deliveryCode\n      shipment {\n        id\n        carrier\n        trackingNumber\n        status\n        items {\n          id\n          title\n          quantity\n        }\n        events {\n          id\n          status\n          note\n          location\n          at\n        }\n      }\n    }\n  }\n": typeof types.ShopOrderShipmentsDocument,
    "\n  query AdminKwikAccount {\n    kwikAccount {\n      connected\n      emailMasked\n      domainName\n      baseUrl\n      callbackUrl\n      updatedAt\n      pickup {\n        name\n        phone\n        address\n        latitude\n        longitude\n      }\n    }\n  }\n": typeof types.AdminKwikAccountDocument,
    "\n  mutation AdminConnectKwik($input: KwikAccountInput!) {\n    connectKwik(input: $input) {\n      account {\n        connected\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminConnectKwikDocument,
    "\n  mutation AdminDisconnectKwik {\n    disconnectKwik {\n      account {\n        connected\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": typeof types.AdminDisconnectKwikDocument,
    "\n  query AdminDeliveryPeople {\n    deliveryPeople {\n      userId\n      name\n      roles\n    }\n  }\n": typeof types.AdminDeliveryPeopleDocument,
    "\n  fragment ShopAddressFields on CustomerAddress {\n    id\n    label\n    name\n    line1\n    line2\n    city\n    region\n    country\n    postalCode\n    phone\n    latitude\n    longitude\n    isDefault\n  }\n": typeof types.ShopAddressFieldsFragmentDoc,
    "\n  query ShopMyAddresses {\n    myAddresses {\n      ...ShopAddressFields\n    }\n  }\n": typeof types.ShopMyAddressesDocument,
    "\n  mutation ShopAddAddress($input: CustomerAddressInput!) {\n    addAddress(input: $input) {\n      address {\n        id\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": typeof types.ShopAddAddressDocument,
    "\n  mutation ShopUpdateAddress($id: ID!, $input: CustomerAddressInput!) {\n    updateAddress(id: $id, input: $input) {\n      address {\n        id\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": typeof types.ShopUpdateAddressDocument,
    "\n  mutation ShopSetDefaultAddress($id: ID!) {\n    setDefaultAddress(id: $id) {\n      address {\n        id\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": typeof types.ShopSetDefaultAddressDocument,
    "\n  mutation ShopRemoveAddress($id: ID!) {\n    removeAddress(id: $id) {\n      removedAddressId\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": typeof types.ShopRemoveAddressDocument,
    "\n  query ShopMyNotificationPreferences {\n    myNotificationPreferences {\n      marketingEmail\n      marketingSms\n      orderUpdatesSms\n      orderUpdatesWhatsapp\n    }\n  }\n": typeof types.ShopMyNotificationPreferencesDocument,
    "\n  mutation ShopSetMyNotificationPreferences($input: NotificationPreferencesInput!) {\n    setMyNotificationPreferences(input: $input) {\n      preferences {\n        marketingEmail\n        marketingSms\n        orderUpdatesSms\n        orderUpdatesWhatsapp\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.ShopSetMyNotificationPreferencesDocument,
    "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      ok\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.UnsubscribeDocument,
    "\n  fragment ShopUserError on UserError {\n    code\n    message\n    field\n  }\n": typeof types.ShopUserErrorFragmentDoc,
    "\n  fragment ShopQuoteLine on CartQuoteLine {\n    variantId\n    productId\n    quantity\n    sellable\n    reason\n    sku\n    title\n    vendorId\n    vendorName\n    unitPrice {\n      ...MoneyFields\n    }\n    total {\n      ...MoneyFields\n    }\n    tax {\n      ...MoneyFields\n    }\n  }\n": typeof types.ShopQuoteLineFragmentDoc,
    "\n  fragment ShopCart on Cart {\n    id\n    token\n    status\n    channel\n    currency\n    lines {\n      id\n      variantId\n      quantity\n      variant {\n        id\n        title\n        options\n        product {\n          id\n          slug\n          title\n          media {\n            url\n            alt\n            position\n          }\n        }\n      }\n    }\n    quote {\n      lines {\n        ...ShopQuoteLine\n      }\n      vendors {\n        vendorId\n        vendorName\n        lines {\n          variantId\n        }\n        total {\n          ...MoneyFields\n        }\n      }\n      subtotal {\n        ...MoneyFields\n      }\n      tax {\n        ...MoneyFields\n      }\n      total {\n        ...MoneyFields\n      }\n    }\n    promotions {\n      name\n      discount {\n        ...MoneyFields\n      }\n    }\n    couponsAccepted\n    coupon {\n      code\n      freeShipping\n      discount {\n        ...MoneyFields\n      }\n      problem {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ShopCartFragmentDoc,
    "\n  query ShopCart($cartToken: String) {\n    cart(cartToken: $cartToken) {\n      ...ShopCart\n    }\n  }\n": typeof types.ShopCartDocument,
    "\n  mutation ShopAddCartLine($input: AddCartLineInput!) {\n    addCartLine(input: $input) {\n      cart {\n        id\n        token\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": typeof types.ShopAddCartLineDocument,
    "\n  mutation ShopUpdateCartLine($input: CartLineInput!) {\n    updateCartLine(input: $input) {\n      cart {\n        id\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": typeof types.ShopUpdateCartLineDocument,
    "\n  mutation ShopMergeGuestCart($cartToken: String!) {\n    mergeGuestCart(cartToken: $cartToken) {\n      cart {\n        id\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": typeof types.ShopMergeGuestCartDocument,
    "\n  query ShopShippingOptions($destination: ShippingDestinationInput!) {\n    checkoutPaymentMethods\n    checkoutUssdBanks {\n      code\n      name\n    }\n    checkoutMobileMoneyNetworks {\n      code\n      name\n    }\n    shippingOptions(destination: $destination) {\n      id\n      method\n      name\n      amount {\n        ...MoneyFields\n      }\n      freeOver {\n        ...MoneyFields\n      }\n    }\n  }\n": typeof types.ShopShippingOptionsDocument,
    "\n  mutation ShopCheckout($input: CheckoutInput!) {\n    checkout(input: $input) {\n      order {\n        id\n        number\n      }\n      payment {\n        reference\n        status\n        authorizationUrl\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": typeof types.ShopCheckoutDocument,
    "\n  mutation ShopRetryPayment($orderId: ID!, $cartToken: String, $returnUrl: String) {\n    retryPayment(orderId: $orderId, cartToken: $cartToken, returnUrl: $returnUrl) {\n      payment {\n        authorizationUrl\n        status\n        chargeInstruction\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": typeof types.ShopRetryPaymentDocument,
    "\n  mutation ShopRefreshPayment($reference: String!) {\n    refreshPayment(reference: $reference) {\n      payment {\n        status\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": typeof types.ShopRefreshPaymentDocument,
    "\n  fragment ShopOrderSummary on Order {\n    id\n    number\n    status\n    createdAt\n    total {\n      ...MoneyFields\n    }\n  }\n": typeof types.ShopOrderSummaryFragmentDoc,
    "\n  query ShopOrder($id: ID!, $cartToken: String) {\n    order(id: $id, cartToken: $cartToken) {\n      ...ShopOrderSummary\n      fulfilmentStage\n      email\n      currency\n      subtotal {\n        ...MoneyFields\n      }\n      discount {\n        ...MoneyFields\n      }\n      shipping {\n        ...MoneyFields\n      }\n      tax {\n        ...MoneyFields\n      }\n      refundedTotal {\n        ...MoneyFields\n      }\n      prepaid {\n        ...MoneyFields\n      }\n      taxInclusive\n      shippingMethod\n      shippingAddress {\n        name\n        line1\n        line2\n        city\n        region\n        country\n        postalCode\n        phone\n      }\n      expiresAt\n      paidAt\n      cancelledAt\n      cancelReason\n      vendorOrders {\n        id\n        vendorName\n        lines {\n          id\n        }\n      }\n      lines {\n        id\n        sku\n        title\n        quantity\n        refundedQuantity\n        unitPrice {\n          ...MoneyFields\n        }\n        subtotal {\n          ...MoneyFields\n        }\n        tax {\n          ...MoneyFields\n        }\n      }\n      timeline {\n        id\n        toStatus\n        reason\n        at\n      }\n      payments {\n        reference\n        status\n        authorizationUrl\n        provider\n        method\n        bankAccountNumber\n        bankName\n        bankAccountName\n        ussdCode\n        chargeInstruction\n        mobileMoneyPhone\n        amount {\n          ...MoneyFields\n        }\n        received {\n          ...MoneyFields\n        }\n        stillToPay {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n": typeof types.ShopOrderDocument,
    "\n  query ShopMyOrders($after: String) {\n    orders(first: 20, after: $after) {\n      edges {\n        node {\n          ...ShopOrderSummary\n          customerUserId\n          lines {\n            id\n            quantity\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ShopMyOrdersDocument,
    "\n  query ShopExportMyData {\n    exportMyData\n  }\n": typeof types.ShopExportMyDataDocument,
    "\n  mutation ShopSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": typeof types.ShopSignUpDocument,
    "\n  mutation ShopRecordReferralTouch($code: String!, $visitorId: String!) {\n    recordReferralTouch(code: $code, visitorId: $visitorId) {\n      recorded\n    }\n  }\n": typeof types.ShopRecordReferralTouchDocument,
    "\n  mutation ShopQuoteCheckoutShipping($cartToken: String, $destination: ShippingQuoteDestinationInput!) {\n    quoteCheckoutShipping(cartToken: $cartToken, destination: $destination) {\n      quote {\n        id\n        method\n        carrierName\n        etaDays\n        amount {\n          amount\n          currency\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ShopQuoteCheckoutShippingDocument,
    "\n  mutation RequestSignInCode($tenantSlug: String!, $phone: String!) {\n    requestSignInCode(tenantSlug: $tenantSlug, phone: $phone) {\n      phone\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.RequestSignInCodeDocument,
    "\n  mutation SignInWithCode($input: SignInWithCodeInput!) {\n    signInWithCode(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.SignInWithCodeDocument,
    "\n  mutation RequestAccountCode {\n    requestAccountCode {\n      sentTo\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.RequestAccountCodeDocument,
    "\n  mutation CloseMyAccount($password: String, $code: String) {\n    requestAccountDeletion(password: $password, code: $code) {\n      purgeAfter\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CloseMyAccountDocument,
    "\n  query ShopWebPushPublicKey {\n    webPushPublicKey\n  }\n": typeof types.ShopWebPushPublicKeyDocument,
    "\n  mutation ShopRegisterPushSubscription($input: RegisterPushSubscriptionInput!) {\n    registerPushSubscription(input: $input) {\n      subscription {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.ShopRegisterPushSubscriptionDocument,
    "\n  mutation ShopRemovePushSubscription($endpoint: String!) {\n    removePushSubscription(endpoint: $endpoint) {\n      removed\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ShopRemovePushSubscriptionDocument,
    "\n  fragment ShopReturnRequestFields on ReturnRequest {\n    id\n    reference\n    orderId\n    orderNumber\n    vendorName\n    status\n    reason\n    details\n    instructions\n    refusalReason\n    exchangeNote\n    refundAmount {\n      amount\n      currency\n    }\n    createdAt\n    lines {\n      id\n      title\n      quantity\n    }\n    shippingWay\n    shippingPaidBy\n    shippingCharge {\n      amount\n      currency\n    }\n    customerCarrier\n    customerTrackingNumber\n    returnShipment {\n      id\n      carrier\n      trackingNumber\n      status\n      events {\n        id\n        status\n        note\n        location\n        at\n      }\n    }\n  }\n": typeof types.ShopReturnRequestFieldsFragmentDoc,
    "\n  fragment ShopReturnableLineFields on ReturnableLine {\n    orderLineId\n    title\n    sku\n    quantity\n    returnable\n    closesAt\n    problem\n  }\n": typeof types.ShopReturnableLineFieldsFragmentDoc,
    "\n  query ShopReturnableLines($orderId: ID!) {\n    returnableLines(orderId: $orderId) {\n      ...ShopReturnableLineFields\n    }\n  }\n": typeof types.ShopReturnableLinesDocument,
    "\n  query ShopMyReturns($orderId: ID) {\n    returnRequests(first: 50, mine: true, orderId: $orderId) {\n      edges {\n        node {\n          ...ShopReturnRequestFields\n        }\n      }\n    }\n  }\n": typeof types.ShopMyReturnsDocument,
    "\n  mutation ShopRequestReturn($input: RequestReturnInput!) {\n    requestReturn(input: $input) {\n      returnRequests {\n        id\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ShopRequestReturnDocument,
    "\n  query ShopGuestReturnableLines($orderId: ID!, $cartToken: String!) {\n    guestReturnableLines(orderId: $orderId, cartToken: $cartToken) {\n      ...ShopReturnableLineFields\n    }\n  }\n": typeof types.ShopGuestReturnableLinesDocument,
    "\n  query ShopGuestReturns($orderId: ID!, $cartToken: String!) {\n    guestReturnRequests(orderId: $orderId, cartToken: $cartToken) {\n      ...ShopReturnRequestFields\n    }\n  }\n": typeof types.ShopGuestReturnsDocument,
    "\n  mutation ShopGuestRequestReturn($cartToken: String!, $input: RequestReturnInput!) {\n    guestRequestReturn(cartToken: $cartToken, input: $input) {\n      returnRequests {\n        id\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ShopGuestRequestReturnDocument,
    "\n  mutation ShopLookUpGuestOrder($orderNumber: String!, $email: String!) {\n    lookUpGuestOrder(orderNumber: $orderNumber, email: $email) {\n      orderId\n      cartToken\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.ShopLookUpGuestOrderDocument,
    "\n  mutation ShopSendReturnMyself($id: ID!, $carrier: String!, $trackingNumber: String!, $cartToken: String) {\n    sendReturnMyself(id: $id, carrier: $carrier, trackingNumber: $trackingNumber, cartToken: $cartToken) {\n      returnRequest {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ShopSendReturnMyselfDocument,
    "\n  query ShopMySubscriptions {\n    mySubscriptions {\n      id\n      title\n      quantity\n      interval\n      status\n      nextChargeAt\n      lastTotal {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.ShopMySubscriptionsDocument,
    "\n  mutation ShopPauseSubscription($id: ID!) {\n    pauseSubscription(id: $id) {\n      subscription {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ShopPauseSubscriptionDocument,
    "\n  mutation ShopResumeSubscription($id: ID!) {\n    resumeSubscription(id: $id) {\n      subscription {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ShopResumeSubscriptionDocument,
    "\n  mutation ShopSkipSubscriptionCharge($id: ID!) {\n    skipSubscriptionCharge(id: $id) {\n      subscription {\n        id\n        nextChargeAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ShopSkipSubscriptionChargeDocument,
    "\n  mutation ShopCancelSubscription($id: ID!) {\n    cancelSubscription(id: $id) {\n      subscription {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ShopCancelSubscriptionDocument,
    "\n  mutation ShopUpdateSubscription($id: ID!, $quantity: Int, $interval: SubscriptionInterval) {\n    updateSubscription(id: $id, quantity: $quantity, interval: $interval) {\n      subscription {\n        id\n        quantity\n        interval\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ShopUpdateSubscriptionDocument,
    "\n  query AdminSubscriptionList($status: SubscriptionStatus, $after: String) {\n    subscriptions(first: 25, status: $status, after: $after) {\n      edges {\n        node {\n          id\n          title\n          quantity\n          interval\n          status\n          email\n          nextChargeAt\n          failureCount\n          createdAt\n          lastTotal {\n            amount\n            currency\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    subscriptionSettings {\n      enabled\n    }\n  }\n": typeof types.AdminSubscriptionListDocument,
    "\n  mutation AdminCancelCustomerSubscription($id: ID!) {\n    cancelCustomerSubscription(id: $id) {\n      subscription {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AdminCancelCustomerSubscriptionDocument,
    "\n  mutation AdminUpdateSubscriptionSettings($enabled: Boolean!) {\n    updateSubscriptionSettings(enabled: $enabled) {\n      settings {\n        enabled\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AdminUpdateSubscriptionSettingsDocument,
    "\n  query ShopSubscriptionSettings {\n    subscriptionSettings {\n      enabled\n    }\n  }\n": typeof types.ShopSubscriptionSettingsDocument,
    "\n  mutation ShopSubscribe($input: SubscribeInput!) {\n    subscribe(input: $input) {\n      subscription {\n        id\n      }\n      order {\n        id\n      }\n      payment {\n        authorizationUrl\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.ShopSubscribeDocument,
    "\n  fragment TransportSeatFields on Seat {\n    label\n    row\n    column\n    seatClass\n    state\n    price {\n      amount\n      currency\n    }\n  }\n": typeof types.TransportSeatFieldsFragmentDoc,
    "\n  fragment TransportSeatMapFields on SeatMap {\n    tripId\n    rows\n    columns\n    aisleAfterColumn\n    available\n    lastEventId\n    seats {\n      ...TransportSeatFields\n    }\n  }\n": typeof types.TransportSeatMapFieldsFragmentDoc,
    "\n  fragment TransportTripFields on Trip {\n    id\n    operatorId\n    operator {\n      name\n    }\n    departureAt\n    currency\n    availableSeats\n    route {\n      id\n      code\n      stops\n      origin {\n        name\n        city\n      }\n      destination {\n        name\n        city\n      }\n    }\n    vehicle {\n      name\n      seatCount\n    }\n    fares {\n      seatClass\n      price {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.TransportTripFieldsFragmentDoc,
    "\n  fragment TransportHoldFields on SeatHold {\n    id\n    tripId\n    seatLabels\n    status\n    expiresAt\n    canExtend\n    total {\n      amount\n      currency\n    }\n  }\n": typeof types.TransportHoldFieldsFragmentDoc,
    "\n  query TransportSearchTrips($origin: String!, $destination: String!, $date: String!) {\n    searchTrips(origin: $origin, destination: $destination, date: $date) {\n      ...TransportTripFields\n    }\n  }\n": typeof types.TransportSearchTripsDocument,
    "\n  query TransportUpcomingTrips($first: Int) {\n    upcomingTrips(first: $first) {\n      ...TransportTripFields\n    }\n  }\n": typeof types.TransportUpcomingTripsDocument,
    "\n  query TransportParks {\n    transportRoutes {\n      origin {\n        city\n      }\n      destination {\n        city\n      }\n    }\n  }\n": typeof types.TransportParksDocument,
    "\n  query TransportTrip($id: ID!) {\n    trip(id: $id) {\n      ...TransportTripFields\n      seatMap {\n        ...TransportSeatMapFields\n      }\n    }\n    tripPresence(tripId: $id) {\n      viewers\n    }\n  }\n": typeof types.TransportTripDocument,
    "\n  query TransportSeatMap($tripId: ID!) {\n    seatMap(tripId: $tripId) {\n      ...TransportSeatMapFields\n    }\n  }\n": typeof types.TransportSeatMapDocument,
    "\n  subscription TransportSeatMapLive($tripId: ID!) {\n    seatMap(tripId: $tripId) {\n      id\n      kind\n      seats {\n        ...TransportSeatFields\n      }\n    }\n  }\n": typeof types.TransportSeatMapLiveDocument,
    "\n  subscription TransportPresenceLive($tripId: ID!) {\n    tripPresence(tripId: $tripId) {\n      viewers\n    }\n  }\n": typeof types.TransportPresenceLiveDocument,
    "\n  mutation TransportHeartbeat($tripId: ID!, $viewerId: String!, $leaving: Boolean) {\n    tripHeartbeat(tripId: $tripId, viewerId: $viewerId, leaving: $leaving) {\n      presence {\n        viewers\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.TransportHeartbeatDocument,
    "\n  query TransportSeatHold($token: String!) {\n    seatHold(token: $token) {\n      ...TransportHoldFields\n    }\n  }\n": typeof types.TransportSeatHoldDocument,
    "\n  mutation TransportHoldSeats($tripId: ID!, $seatLabels: [String!]!) {\n    holdSeats(tripId: $tripId, seatLabels: $seatLabels) {\n      holdToken\n      hold {\n        ...TransportHoldFields\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.TransportHoldSeatsDocument,
    "\n  mutation TransportExtendHold($holdToken: String!) {\n    extendSeatHold(holdToken: $holdToken) {\n      hold {\n        ...TransportHoldFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.TransportExtendHoldDocument,
    "\n  mutation TransportReleaseHold($holdToken: String!) {\n    releaseSeatHold(holdToken: $holdToken) {\n      hold {\n        ...TransportHoldFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.TransportReleaseHoldDocument,
    "\n  query TransportViewer {\n    me {\n      id\n      name\n      memberships {\n        role\n      }\n    }\n  }\n": typeof types.TransportViewerDocument,
    "\n  fragment TransportBookingFields on Booking {\n    id\n    reference\n    tripId\n    channel\n    paymentReference\n    createdAt\n    total {\n      amount\n      currency\n    }\n    tickets {\n      id\n      seatLabel\n      seatClass\n      passengerName\n      qr\n      boardedAt\n      fare {\n        amount\n        currency\n      }\n    }\n  }\n": typeof types.TransportBookingFieldsFragmentDoc,
    "\n  mutation TransportConfirmBooking($input: ConfirmBookingInput!) {\n    confirmBooking(input: $input) {\n      booking {\n        id\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.TransportConfirmBookingDocument,
    "\n  query TransportBooking($id: ID!) {\n    booking(id: $id) {\n      ...TransportBookingFields\n    }\n  }\n": typeof types.TransportBookingDocument,
    "\n  query TransportVerificationKey {\n    ticketVerificationKey {\n      operatorId\n      keyId\n      algorithm\n      publicKey\n    }\n  }\n": typeof types.TransportVerificationKeyDocument,
    "\n  query TransportAgentSales($first: Int) {\n    agentSales(first: $first) {\n      edges {\n        node {\n          id\n          seatLabel\n          passengerName\n          soldAt\n          status\n          conflictReason\n          amountPaid {\n            amount\n            currency\n          }\n          ticket {\n            id\n            qr\n            bookingReference\n          }\n        }\n      }\n    }\n  }\n": typeof types.TransportAgentSalesDocument,
    "\n  query TransportTicketStatus($id: ID!) {\n    ticket(id: $id) {\n      id\n      boardedAt\n    }\n  }\n": typeof types.TransportTicketStatusDocument,
    "\n  mutation TransportBoardTicket($qr: String!, $scannedAt: DateTime) {\n    boardTicket(qr: $qr, scannedAt: $scannedAt) {\n      ticket {\n        id\n        seatLabel\n        passengerName\n        boardedAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.TransportBoardTicketDocument,
    "\n  query TransportAgentAllotments {\n    agentAllotments {\n      id\n      tripId\n      seatLabels\n      soldSeatLabels\n    }\n  }\n": typeof types.TransportAgentAllotmentsDocument,
    "\n  query TransportAgentTrip($id: ID!) {\n    trip(id: $id) {\n      ...TransportTripFields\n      seatMap {\n        seats {\n          label\n          seatClass\n          price {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n": typeof types.TransportAgentTripDocument,
    "\n  mutation TransportSyncAgentSales($sales: [AgentSaleInput!]!) {\n    syncAgentSales(sales: $sales) {\n      results {\n        clientSaleId\n        status\n        sale {\n          tripId\n          seatLabel\n          conflictReason\n          ticket {\n            id\n          }\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.TransportSyncAgentSalesDocument,
    "\n  mutation TransportBuySeats($input: BuySeatsInput!) {\n    buySeats(input: $input) {\n      orderId\n      accessToken\n      payBefore\n      paymentUrl\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.TransportBuySeatsDocument,
    "\n  query TransportTripOrder($id: ID!, $accessToken: String) {\n    order(id: $id, cartToken: $accessToken) {\n      id\n      number\n      status\n      expiresAt\n      paidAt\n      cancelReason\n      total {\n        amount\n        currency\n      }\n      refundedTotal {\n        amount\n        currency\n      }\n    }\n    bookingForOrder(orderId: $id, accessToken: $accessToken) {\n      ...TransportBookingFields\n    }\n  }\n": typeof types.TransportTripOrderDocument,
    "\n  mutation TransportRefreshPayment($reference: String!) {\n    refreshPayment(reference: $reference) {\n      payment {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.TransportRefreshPaymentDocument,
};
const documents: Documents = {
    "\n  mutation RequestPasswordReset($email: String!, $from: AccountSurface) {\n    requestPasswordReset(email: $email, from: $from) {\n      ok\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      email\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      email\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ResendEmailVerification($from: AccountSurface) {\n    resendEmailVerification(from: $from) {\n      sent\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ResendEmailVerificationDocument,
    "\n  query EmailVerified {\n    me {\n      id\n      emailVerified\n    }\n  }\n": types.EmailVerifiedDocument,
    "\n  mutation AdminBeginTwoFactor {\n    beginTwoFactorEnrollment {\n      secret\n      otpauthUrl\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminBeginTwoFactorDocument,
    "\n  mutation AdminConfirmTwoFactor($code: String!) {\n    confirmTwoFactorEnrollment(code: $code) {\n      backupCodes\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminConfirmTwoFactorDocument,
    "\n  mutation AdminBeginTwoFactorReset($password: String!, $code: String!) {\n    beginTwoFactorReset(password: $password, code: $code) {\n      secret\n      otpauthUrl\n      resetToken\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminBeginTwoFactorResetDocument,
    "\n  mutation AdminConfirmTwoFactorReset($resetToken: String!, $code: String!) {\n    confirmTwoFactorReset(resetToken: $resetToken, code: $code) {\n      backupCodes\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminConfirmTwoFactorResetDocument,
    "\n  mutation AdminLogoutEverywhere {\n    logoutEverywhere {\n      sessionsEnded\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminLogoutEverywhereDocument,
    "\n  mutation AdminDisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code) {\n      ok\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminDisableTwoFactorDocument,
    "\n  query AdminMySessions {\n    mySessions {\n      id\n      current\n      startedAt\n      lastActiveAt\n      twoFactorVerified\n      tenant {\n        name\n      }\n    }\n  }\n": types.AdminMySessionsDocument,
    "\n  mutation AdminEndMySession($sessionId: ID!) {\n    endMySession(sessionId: $sessionId) {\n      ok\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminEndMySessionDocument,
    "\n  mutation AdminChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      sessionsEnded\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminChangePasswordDocument,
    "\n  mutation AdminRequestAccountDeletion($password: String!) {\n    requestAccountDeletion(password: $password) {\n      purgeAfter\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminRequestAccountDeletionDocument,
    "\n  query AdminApiKeys($after: String) {\n    apiKeys(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          lastUsedAt\n          revokedAt\n        }\n      }\n    }\n  }\n": types.AdminApiKeysDocument,
    "\n  mutation AdminCreateApiKey($name: String!, $scopes: [String!]!) {\n    createApiKey(name: $name, scopes: $scopes) {\n      key\n      apiKey {\n        id\n        name\n        prefix\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminCreateApiKeyDocument,
    "\n  mutation AdminRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        id\n        revokedAt\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminRevokeApiKeyDocument,
    "\n  query AdminAuditEvents($type: String, $after: String) {\n    auditEvents(first: 25, type: $type, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          type\n          actorUserId\n          subjectId\n          createdAt\n        }\n      }\n    }\n  }\n": types.AdminAuditEventsDocument,
    "\n  query AdminAuditEvent($id: ID!) {\n    auditEvent(id: $id) {\n      id\n      type\n      actorUserId\n      subjectId\n      data\n      ip\n      requestId\n      createdAt\n    }\n  }\n": types.AdminAuditEventDocument,
    "\n  query AdminBulkPricePlan($filters: ProductSearchFilters, $after: String) {\n    searchProducts(filters: $filters, sort: NEWEST, after: $after, first: 20) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminBulkPriceProduct\n        }\n      }\n    }\n  }\n": types.AdminBulkPricePlanDocument,
    "\n  fragment AdminBulkPriceProduct on Product {\n    id\n    title\n    variants {\n      id\n      sku\n      prices {\n        priceListId\n        minQuantity\n        startsAt\n        endsAt\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": types.AdminBulkPriceProductFragmentDoc,
    "\n  query AdminBulkPriceProductById($id: ID!) {\n    productById(id: $id) {\n      ...AdminBulkPriceProduct\n    }\n  }\n": types.AdminBulkPriceProductByIdDocument,
    "\n  query AdminRunsTrips {\n    transportRoutes {\n      id\n    }\n    categories {\n      id\n    }\n    searchProducts(first: 1) {\n      totalCount\n    }\n  }\n": types.AdminRunsTripsDocument,
    "\n  fragment AdminCashPositionFields on AgentCashPosition {\n    operatorTenantId\n    agentUserId\n    currency\n    taken {\n      amount\n      currency\n    }\n    handedIn {\n      amount\n      currency\n    }\n    outstanding {\n      amount\n      currency\n    }\n    lastHandInAt\n    recentHandIns(first: 5) {\n      id\n      amount {\n        amount\n        currency\n      }\n      note\n      createdAt\n    }\n  }\n": types.AdminCashPositionFieldsFragmentDoc,
    "\n  query AdminAgentCashPositions {\n    agentCashPositions {\n      ...AdminCashPositionFields\n    }\n  }\n": types.AdminAgentCashPositionsDocument,
    "\n  query AdminMyCashPosition {\n    myCashPosition {\n      ...AdminCashPositionFields\n    }\n  }\n": types.AdminMyCashPositionDocument,
    "\n  mutation AdminRecordCashHandIn($input: RecordCashHandInInput!) {\n    recordCashHandIn(input: $input) {\n      handIn {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminRecordCashHandInDocument,
    "\n  query AdminCashHandIns($agentUserId: ID, $after: String) {\n    cashHandIns(agentUserId: $agentUserId, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          agentUserId\n          amount {\n            amount\n            currency\n          }\n          note\n          receivedByUserId\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminCashHandInsDocument,
    "\n  query AdminCatalogSettings {\n    catalogSettings {\n      taxRateBps\n      pricesIncludeTax\n      defaultCommissionBps\n    }\n  }\n": types.AdminCatalogSettingsDocument,
    "\n  mutation AdminUpdateCatalogSettings($input: UpdateCatalogSettingsInput!) {\n    updateCatalogSettings(input: $input) {\n      settings {\n        taxRateBps\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminUpdateCatalogSettingsDocument,
    "\n  query AdminCollections {\n    collections(first: 100) {\n      edges {\n        node {\n          id\n          title\n          slug\n        }\n      }\n    }\n  }\n": types.AdminCollectionsDocument,
    "\n  query AdminCollection($slug: String!) {\n    collection(slug: $slug) {\n      id\n      title\n      slug\n      description\n      entries(first: 100) {\n        edges {\n          node {\n            position\n            product {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AdminCollectionDocument,
    "\n  mutation AdminCreateCollection($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      collection {\n        slug\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminCreateCollectionDocument,
    "\n  mutation AdminAddToCollection($input: AddToCollectionInput!) {\n    addToCollection(input: $input) {\n      collection {\n        slug\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminAddToCollectionDocument,
    "\n  query AdminMarketplaceListings($after: String) {\n    marketplaceListings(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          commissionBps\n          active\n          createdAt\n          product {\n            id\n            title\n          }\n          vendor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AdminMarketplaceListingsDocument,
    "\n  mutation AdminListProduct($productId: ID!, $commissionBps: Int) {\n    listProductInMarketplace(productId: $productId, commissionBps: $commissionBps) {\n      listing {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminListProductDocument,
    "\n  mutation AdminRemoveFromCollection($collectionId: ID!, $productId: ID!) {\n    removeFromCollection(collectionId: $collectionId, productId: $productId) {\n      collection {\n        slug\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminRemoveFromCollectionDocument,
    "\n  fragment AdminCategoryFields on Category {\n    id\n    name\n    slug\n    position\n  }\n": types.AdminCategoryFieldsFragmentDoc,
    "\n  query AdminCategoryTree {\n    categories {\n      ...AdminCategoryFields\n      children {\n        ...AdminCategoryFields\n        children {\n          ...AdminCategoryFields\n        }\n      }\n    }\n  }\n": types.AdminCategoryTreeDocument,
    "\n  query AdminCategorySiblings($parentId: ID) {\n    categories(parentId: $parentId) {\n      id\n      position\n    }\n  }\n": types.AdminCategorySiblingsDocument,
    "\n  mutation AdminCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      category {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminCreateCategoryDocument,
    "\n  mutation AdminUpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      category {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminUpdateCategoryDocument,
    "\n  mutation AdminMoveCategory($input: MoveCategoryInput!) {\n    moveCategory(input: $input) {\n      category {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminMoveCategoryDocument,
    "\n  mutation AdminDeleteCategory($id: ID!) {\n    deleteCategory(id: $id) {\n      category {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminDeleteCategoryDocument,
    "\n  query AdminProductCount($vendorId: ID) {\n    searchProducts(first: 1, filters: { vendorId: $vendorId }) {\n      totalCount\n    }\n  }\n": types.AdminProductCountDocument,
    "\n  query AdminProductIds($status: ProductStatus, $vendorId: ID, $after: String) {\n    products(status: $status, vendorId: $vendorId, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n      }\n    }\n  }\n": types.AdminProductIdsDocument,
    "\n  query AdminStockOverview($alerts: Int!, $movements: Int!) {\n    stockAlerts(acknowledged: false, first: $alerts) {\n      edges {\n        node {\n          ...AdminStockAlert\n        }\n      }\n    }\n    stockMovements(first: $movements) {\n      edges {\n        node {\n          ...AdminStockMovement\n        }\n      }\n    }\n  }\n": types.AdminStockOverviewDocument,
    "\n  query AdminCommerceTiles {\n    orders(first: 100) {\n      edges {\n        node {\n          id\n          status\n          paidAt\n          total {\n            ...MoneyFields\n          }\n          vendorOrders {\n            subtotal {\n              ...MoneyFields\n            }\n            shipping {\n              ...MoneyFields\n            }\n            tax {\n              ...MoneyFields\n            }\n          }\n          lines {\n            productId\n            title\n            quantity\n            refundedQuantity\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.AdminCommerceTilesDocument,
    "\n  query AdminPayoutsDue {\n    ledgerAccounts(filter: { purpose: VENDOR_PAYABLE }, first: 100) {\n      edges {\n        node {\n          id\n          ownerId\n          balance {\n            ...MoneyFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n": types.AdminPayoutsDueDocument,
    "\n  query AdminReadiness($withShipping: Boolean!) {\n    locations(active: true, first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    shippingZones @include(if: $withShipping) {\n      id\n      rates {\n        id\n      }\n    }\n  }\n": types.AdminReadinessDocument,
    "\n  fragment AdminTenantDomainFields on TenantDomain {\n    id\n    domain\n    verified\n    verifiedAt\n    token\n    txtRecordName\n    httpUrl\n    lastCheckedAt\n    lastError\n  }\n": types.AdminTenantDomainFieldsFragmentDoc,
    "\n  query AdminTenantDomains {\n    tenantDomains {\n      ...AdminTenantDomainFields\n    }\n  }\n": types.AdminTenantDomainsDocument,
    "\n  mutation AdminAddTenantDomain($domain: String!) {\n    addTenantDomain(domain: $domain) {\n      domain {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminAddTenantDomainDocument,
    "\n  mutation AdminVerifyTenantDomain($id: ID!) {\n    verifyTenantDomain(id: $id) {\n      domain {\n        id\n        verified\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminVerifyTenantDomainDocument,
    "\n  mutation AdminRemoveTenantDomain($id: ID!) {\n    removeTenantDomain(id: $id) {\n      domain {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminRemoveTenantDomainDocument,
    "\n  query AdminMyTenants {\n    myTenants {\n      roles\n      tenant {\n        id\n        slug\n        name\n        kind\n      }\n    }\n  }\n": types.AdminMyTenantsDocument,
    "\n  mutation AdminSwitchTenant($tenantSlug: String!) {\n    switchTenant(tenantSlug: $tenantSlug) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSwitchTenantDocument,
    "\n  fragment AdminStockAlert on StockAlert {\n    id\n    kind\n    sku\n    available\n    threshold\n    message\n    createdAt\n    acknowledgedAt\n    location {\n      id\n      name\n    }\n  }\n": types.AdminStockAlertFragmentDoc,
    "\n  fragment AdminStockMovement on StockMovement {\n    id\n    sku\n    quantity\n    reason\n    reference\n    occurredAt\n    location {\n      id\n      name\n    }\n    variant {\n      id\n      title\n      product {\n        id\n        title\n      }\n    }\n  }\n": types.AdminStockMovementFragmentDoc,
    "\n  query AdminLocations {\n    locations(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n          kind\n          active\n        }\n      }\n    }\n  }\n": types.AdminLocationsDocument,
    "\n  query AdminStockLevels($locationId: ID, $sku: String, $after: String, $first: Int!) {\n    stockLevels(locationId: $locationId, sku: $sku, after: $after, first: $first) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          sku\n          onHand\n          reserved\n          available\n          lowStockThreshold\n          location {\n            id\n            name\n            active\n          }\n          variant {\n            id\n            title\n            product {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AdminStockLevelsDocument,
    "\n  query AdminStockMovements($locationId: ID, $sku: String, $reason: MovementReason, $after: String, $first: Int!) {\n    stockMovements(locationId: $locationId, sku: $sku, reason: $reason, after: $after, first: $first) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminStockMovement\n        }\n      }\n    }\n  }\n": types.AdminStockMovementsDocument,
    "\n  query AdminStockIssues($acknowledged: Boolean, $conflictStatus: StockConflictStatus) {\n    stockAlerts(acknowledged: $acknowledged, first: 50) {\n      edges {\n        node {\n          ...AdminStockAlert\n        }\n      }\n    }\n    stockConflicts(status: $conflictStatus, first: 50) {\n      edges {\n        node {\n          id\n          sku\n          clientId\n          requested\n          applied\n          shortfall\n          status\n          note\n          createdAt\n          resolvedAt\n          location {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AdminStockIssuesDocument,
    "\n  mutation AdminAdjustStock($input: AdjustStockInput!) {\n    adjustStock(input: $input) {\n      movement {\n        id\n        quantity\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminAdjustStockDocument,
    "\n  mutation AdminReceiveStock($input: ReceiveStockInput!) {\n    receiveStock(input: $input) {\n      movement {\n        id\n        quantity\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminReceiveStockDocument,
    "\n  mutation AdminTransferStock($input: TransferStockInput!) {\n    transferStock(input: $input) {\n      transfer {\n        id\n        quantity\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminTransferStockDocument,
    "\n  mutation AdminAcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      alert {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminAcknowledgeAlertDocument,
    "\n  mutation AdminResolveConflict($id: ID!, $note: String) {\n    resolveStockConflict(id: $id, note: $note) {\n      conflict {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminResolveConflictDocument,
    "\n  query AdminInvitations {\n    invitations(first: 50) {\n      edges {\n        node {\n          id\n          email\n          role\n          state\n          createdAt\n          expiresAt\n        }\n      }\n    }\n  }\n": types.AdminInvitationsDocument,
    "\n  mutation AdminInviteMember($email: String!, $role: Role!) {\n    inviteMember(email: $email, role: $role) {\n      token\n      invitation {\n        id\n        email\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminInviteMemberDocument,
    "\n  mutation AdminRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      invitation {\n        id\n        state\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminRevokeInvitationDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      role\n      expiresAt\n      hasAccount\n      tenant {\n        slug\n        name\n      }\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      email\n      tenant {\n        slug\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment AdminJournalEntryFields on JournalEntry {\n    id\n    kind\n    memo\n    referenceType\n    referenceId\n    occurredAt\n    postedAt\n    reversesEntryId\n  }\n": types.AdminJournalEntryFieldsFragmentDoc,
    "\n  query AdminJournal($kind: JournalKind, $after: String, $withRejected: Boolean!) {\n    journalEntries(filter: { kind: $kind }, after: $after, first: 25) {\n      edges {\n        node {\n          ...AdminJournalEntryFields\n          lines {\n            id\n            side\n            amount {\n              ...MoneyFields\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    rejectedPostings(first: 10) @include(if: $withRejected) {\n      edges {\n        node {\n          id\n          idempotencyKey\n          reason\n          createdAt\n        }\n      }\n    }\n  }\n": types.AdminJournalDocument,
    "\n  query AdminAdjustmentAccounts {\n    ledgerAccounts(first: 100) {\n      edges {\n        node {\n          ...AdminLedgerAccountFields\n        }\n      }\n    }\n  }\n": types.AdminAdjustmentAccountsDocument,
    "\n  query AdminJournalEntry($id: ID!, $reference: String!) {\n    journalEntry(id: $id) {\n      ...AdminJournalEntryFields\n      createdByUserId\n      lines {\n        id\n        position\n        side\n        memo\n        amount {\n          ...MoneyFields\n        }\n        account {\n          ...AdminLedgerAccountFields\n        }\n      }\n    }\n    reversals: journalEntries(filter: { referenceType: \"JournalEntry\", referenceId: $reference }, first: 5) {\n      edges {\n        node {\n          id\n          kind\n          postedAt\n        }\n      }\n    }\n  }\n": types.AdminJournalEntryDocument,
    "\n  mutation AdminPostAdjustment($input: PostAdjustmentInput!) {\n    postAdjustment(input: $input) {\n      entry {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminPostAdjustmentDocument,
    "\n  mutation AdminReverseJournalEntry($id: ID!, $reason: String!) {\n    reverseJournalEntry(id: $id, reason: $reason) {\n      entry {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminReverseJournalEntryDocument,
    "\n  query AdminTrialBalance($currency: String!) {\n    trialBalance(currency: $currency) {\n      currency\n      balanced\n      rows {\n        purpose\n        normalSide\n        debits {\n          ...MoneyFields\n        }\n        credits {\n          ...MoneyFields\n        }\n        balance {\n          ...MoneyFields\n        }\n      }\n      otherBooksDebits {\n        ...MoneyFields\n      }\n      otherBooksCredits {\n        ...MoneyFields\n      }\n      totalDebits {\n        ...MoneyFields\n      }\n      totalCredits {\n        ...MoneyFields\n      }\n    }\n  }\n": types.AdminTrialBalanceDocument,
    "\n  query AdminPayoutSettings {\n    payoutSettings {\n      schedule\n      nextRunAt\n      thresholds {\n        currency\n        minimum {\n          ...MoneyFields\n        }\n      }\n    }\n    payoutItems(first: 25) {\n      edges {\n        node {\n          id\n          batchId\n          status\n          createdAt\n          amount {\n            ...MoneyFields\n          }\n          account {\n            ...AdminLedgerAccountFields\n          }\n        }\n      }\n    }\n  }\n": types.AdminPayoutSettingsDocument,
    "\n  mutation AdminSetPayoutSettings($input: SetPayoutSettingsInput!) {\n    setPayoutSettings(input: $input) {\n      settings {\n        schedule\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSetPayoutSettingsDocument,
    "\n  query AdminMembers($role: Role, $after: String) {\n    members(first: 50, role: $role, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          role\n          createdAt\n          user {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n": types.AdminMembersDocument,
    "\n  mutation AdminGrantRole($email: String!, $role: Role!) {\n    grantRole(email: $email, role: $role) {\n      membership {\n        id\n        role\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminGrantRoleDocument,
    "\n  mutation AdminRevokeRole($membershipId: ID!) {\n    revokeRole(membershipId: $membershipId) {\n      membership {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminRevokeRoleDocument,
    "\n  fragment AdminAgentFields on AgentProfile {\n    id\n    email\n    code\n    status\n    createdAt\n    upline {\n      id\n      code\n      email\n    }\n    downline {\n      id\n      code\n      email\n      status\n    }\n  }\n": types.AdminAgentFieldsFragmentDoc,
    "\n  query AdminAgents {\n    agents(first: 100) {\n      edges {\n        node {\n          ...AdminAgentFields\n        }\n      }\n    }\n  }\n": types.AdminAgentsDocument,
    "\n  query AdminAgentProfile($id: ID!) {\n    agentProfile(id: $id) {\n      ...AdminAgentFields\n    }\n    agents(first: 100) {\n      edges {\n        node {\n          id\n          code\n          email\n        }\n      }\n    }\n  }\n": types.AdminAgentProfileDocument,
    "\n  query AdminMyAgentProfile {\n    myReferral {\n      code\n      link\n      agent {\n        ...AdminAgentFields\n      }\n    }\n  }\n": types.AdminMyAgentProfileDocument,
    "\n  mutation AdminCreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      agent {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminCreateAgentDocument,
    "\n  mutation AdminSetAgentUpline($agentId: ID!, $uplineId: ID) {\n    setAgentUpline(agentId: $agentId, uplineId: $uplineId) {\n      agent {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSetAgentUplineDocument,
    "\n  mutation AdminSetAgentStatus($agentId: ID!, $status: AgentStatus!) {\n    setAgentStatus(agentId: $agentId, status: $status) {\n      agent {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSetAgentStatusDocument,
    "\n  fragment AdminRevenueModelFields on RevenueModel {\n    id\n    name\n    preset\n    residual\n    assigned\n    shares {\n      beneficiary\n      level\n      bps\n    }\n  }\n": types.AdminRevenueModelFieldsFragmentDoc,
    "\n  query AdminRevenueModels {\n    revenueModels {\n      ...AdminRevenueModelFields\n    }\n    revenueModel {\n      id\n    }\n  }\n": types.AdminRevenueModelsDocument,
    "\n  mutation AdminCreateRevenueModel($input: CreateRevenueModelInput!) {\n    createRevenueModel(input: $input) {\n      revenueModel {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminCreateRevenueModelDocument,
    "\n  mutation AdminUpdateRevenueModel($input: UpdateRevenueModelInput!) {\n    updateRevenueModel(input: $input) {\n      revenueModel {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminUpdateRevenueModelDocument,
    "\n  mutation AdminAssignRevenueModel($id: ID!) {\n    assignRevenueModel(id: $id) {\n      revenueModel {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminAssignRevenueModelDocument,
    "\n  query AdminAttributionSettings {\n    attributionSettings {\n      attribution\n      windowDays\n      ticketCommissionBps\n      revenueModel {\n        id\n        name\n      }\n    }\n  }\n": types.AdminAttributionSettingsDocument,
    "\n  mutation AdminSetAttributionSettings($input: SetAttributionSettingsInput!) {\n    setAttributionSettings(input: $input) {\n      settings {\n        windowDays\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSetAttributionSettingsDocument,
    "\n  fragment AdminLedgerAccountFields on LedgerAccount {\n    id\n    ownerType\n    ownerId\n    purpose\n    currency\n    lineCount\n    balance {\n      ...MoneyFields\n    }\n  }\n": types.AdminLedgerAccountFieldsFragmentDoc,
    "\n  query AdminPayableAccounts($purpose: LedgerPurpose!) {\n    ledgerAccounts(filter: { purpose: $purpose }, first: 100) {\n      edges {\n        node {\n          ...AdminLedgerAccountFields\n        }\n      }\n    }\n  }\n": types.AdminPayableAccountsDocument,
    "\n  query AdminMyLedgerAccounts {\n    myLedgerAccounts(first: 100) {\n      edges {\n        node {\n          ...AdminLedgerAccountFields\n        }\n      }\n    }\n  }\n": types.AdminMyLedgerAccountsDocument,
    "\n  query AdminLedgerStatement($accountId: ID!, $after: String) {\n    ledgerAccount(id: $accountId) {\n      ...AdminLedgerAccountFields\n    }\n    ledgerStatement(accountId: $accountId, after: $after, first: 25) {\n      edges {\n        node {\n          id\n          sequence\n          side\n          memo\n          createdAt\n          amount {\n            ...MoneyFields\n          }\n          balanceAfter {\n            ...MoneyFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminLedgerStatementDocument,
    "\n  query AdminPayoutBatches($after: String) {\n    payoutBatches(after: $after, first: 25) {\n      edges {\n        node {\n          id\n          status\n          currency\n          createdAt\n          scheduledFor\n          total {\n            ...MoneyFields\n          }\n          items {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminPayoutBatchesDocument,
    "\n  query AdminPayoutBatch($id: ID!) {\n    payoutBatch(id: $id) {\n      id\n      status\n      currency\n      createdAt\n      submittedAt\n      completedAt\n      total {\n        ...MoneyFields\n      }\n      items {\n        id\n        status\n        paidReference\n        failureReason\n        resolvedAt\n        amount {\n          ...MoneyFields\n        }\n        heldAmount {\n          ...MoneyFields\n        }\n        bankName\n        accountNumberLast4\n        account {\n          ...AdminLedgerAccountFields\n        }\n      }\n      heldBack {\n        accountId\n        ownerType\n        ownerId\n        purpose\n        balance {\n          ...MoneyFields\n        }\n        held {\n          ...MoneyFields\n        }\n        reason\n      }\n    }\n    vendors(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    agents(first: 100) {\n      edges {\n        node {\n          userId\n          email\n          code\n        }\n      }\n    }\n  }\n": types.AdminPayoutBatchDocument,
    "\n  mutation AdminCreatePayoutBatch($currency: String!) {\n    createPayoutBatch(currency: $currency) {\n      batch {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminCreatePayoutBatchDocument,
    "\n  mutation AdminSubmitPayoutBatch($id: ID!) {\n    submitPayoutBatch(id: $id) {\n      batch {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSubmitPayoutBatchDocument,
    "\n  mutation AdminMarkPayoutItemPaid($id: ID!, $reference: String) {\n    markPayoutItemPaid(id: $id, reference: $reference) {\n      item {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminMarkPayoutItemPaidDocument,
    "\n  mutation AdminMarkPayoutItemFailed($id: ID!, $reason: String!) {\n    markPayoutItemFailed(id: $id, reason: $reason) {\n      item {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminMarkPayoutItemFailedDocument,
    "\n  fragment AdminCommissionFields on Commission {\n    id\n    source\n    orderId\n    orderNumber\n    ticketId\n    beneficiary\n    beneficiaryId\n    level\n    status\n    flagReason\n    createdAt\n    amount {\n      ...MoneyFields\n    }\n    net {\n      ...MoneyFields\n    }\n  }\n": types.AdminCommissionFieldsFragmentDoc,
    "\n  query AdminCommissions($status: CommissionStatus, $after: String) {\n    commissions(filter: { status: $status }, after: $after, first: 25) {\n      edges {\n        node {\n          ...AdminCommissionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminCommissionsDocument,
    "\n  query AdminMyCommissions($status: CommissionStatus, $after: String) {\n    myReferral {\n      code\n      link\n    }\n    myCommissions(status: $status, after: $after, first: 25) {\n      edges {\n        node {\n          ...AdminCommissionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminMyCommissionsDocument,
    "\n  query AdminOwnerDirectory($withAgents: Boolean!) {\n    vendors(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    agents(first: 100) @include(if: $withAgents) {\n      edges {\n        node {\n          userId\n          email\n          code\n        }\n      }\n    }\n  }\n": types.AdminOwnerDirectoryDocument,
    "\n  fragment AdminNotificationMessageFields on NotificationMessage {\n    id\n    template\n    channel\n    recipient\n    locale\n    status\n    lastError\n    attempts\n    createdAt\n  }\n": types.AdminNotificationMessageFieldsFragmentDoc,
    "\n  query AdminNotificationMessages($status: NotificationStatus, $channel: NotificationChannel, $recipient: String, $after: String) {\n    notificationMessages(status: $status, channel: $channel, recipient: $recipient, first: 30, after: $after) {\n      edges {\n        node {\n          ...AdminNotificationMessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminNotificationMessagesDocument,
    "\n  query AdminNotificationMessage($id: ID!) {\n    notificationMessage(id: $id) {\n      ...AdminNotificationMessageFields\n      subject\n      body\n      lastError\n      provider\n      providerMessageId\n      sentAt\n      deliveredAt\n      nextAttemptAt\n    }\n  }\n": types.AdminNotificationMessageDocument,
    "\n  mutation AdminRetryNotification($id: ID!) {\n    retryNotification(id: $id) {\n      message {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminRetryNotificationDocument,
    "\n  fragment AdminNotificationTemplateFields on NotificationTemplate {\n    key\n    channel\n    locale\n    subject\n    body\n    customised\n    variables\n  }\n": types.AdminNotificationTemplateFieldsFragmentDoc,
    "\n  query AdminNotificationTemplates($locale: String) {\n    notificationTemplates(locale: $locale) {\n      ...AdminNotificationTemplateFields\n    }\n  }\n": types.AdminNotificationTemplatesDocument,
    "\n  query AdminPreviewNotificationTemplate($input: NotificationTemplateInput!) {\n    previewNotificationTemplate(input: $input) {\n      subject\n      text\n      html\n    }\n  }\n": types.AdminPreviewNotificationTemplateDocument,
    "\n  mutation AdminSaveNotificationTemplate($input: NotificationTemplateInput!) {\n    saveNotificationTemplate(input: $input) {\n      template {\n        ...AdminNotificationTemplateFields\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSaveNotificationTemplateDocument,
    "\n  mutation AdminResetNotificationTemplate($key: String!, $channel: NotificationChannel!, $locale: String!) {\n    resetNotificationTemplate(key: $key, channel: $channel, locale: $locale) {\n      template {\n        ...AdminNotificationTemplateFields\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminResetNotificationTemplateDocument,
    "\n  query AdminNotificationProviders {\n    notificationProviders {\n      channel\n      provider\n      senderId\n      baseUrl\n      configured\n      sandbox\n      deliveryReportUrl\n    }\n  }\n": types.AdminNotificationProvidersDocument,
    "\n  mutation AdminSaveNotificationProvider($input: SaveNotificationProviderInput!) {\n    saveNotificationProvider(input: $input) {\n      provider {\n        channel\n        provider\n        configured\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSaveNotificationProviderDocument,
    "\n  query AdminSandboxMessages($channel: NotificationChannel, $to: String) {\n    sandboxMessages(channel: $channel, to: $to, first: 100) {\n      id\n      channel\n      provider\n      from\n      to\n      subject\n      text\n      html\n      receivedAt\n    }\n  }\n": types.AdminSandboxMessagesDocument,
    "\n  query AdminOrderList($status: OrderStatus, $after: String) {\n    orders(status: $status, after: $after, first: 25) {\n      edges {\n        node {\n          id\n          number\n          status\n          createdAt\n          email\n          disputed\n          total {\n            ...MoneyFields\n          }\n          vendorOrders {\n            vendorName\n            subtotal {\n              ...MoneyFields\n            }\n            shipping {\n              ...MoneyFields\n            }\n            tax {\n              ...MoneyFields\n            }\n          }\n          lines {\n            quantity\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminOrderListDocument,
    "\n  query AdminOrderDetail($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      status\n      fulfilmentStage\n      channel\n      email\n      customerUserId\n      referralCode\n      currency\n      subtotal {\n        ...MoneyFields\n      }\n      discount {\n        ...MoneyFields\n      }\n      shipping {\n        ...MoneyFields\n      }\n      tax {\n        ...MoneyFields\n      }\n      total {\n        ...MoneyFields\n      }\n      refundedTotal {\n        ...MoneyFields\n      }\n      prepaid {\n        ...MoneyFields\n      }\n      amountDue {\n        ...MoneyFields\n      }\n      tenders {\n        kind\n        points\n        status\n        amount {\n          ...MoneyFields\n        }\n        refunded {\n          ...MoneyFields\n        }\n      }\n      taxInclusive\n      shippingMethod\n      shippingAddress {\n        name\n        line1\n        line2\n        city\n        region\n        country\n        postalCode\n        phone\n      }\n      disputed\n      expiresAt\n      paidAt\n      cancelledAt\n      cancelReason\n      createdAt\n      vendorOrders {\n        id\n        vendorId\n        vendorName\n        fulfilmentStage\n        subtotal {\n          ...MoneyFields\n        }\n        shipping {\n          ...MoneyFields\n        }\n        tax {\n          ...MoneyFields\n        }\n        commissionBps\n        commission {\n          ...MoneyFields\n        }\n        lines {\n          id\n          sku\n          title\n          quantity\n          refundedQuantity\n          stockStatus\n          unitPrice {\n            ...MoneyFields\n          }\n          subtotal {\n            ...MoneyFields\n          }\n          tax {\n            ...MoneyFields\n          }\n        }\n      }\n      timeline {\n        id\n        fromStatus\n        toStatus\n        actorType\n        vendorName\n        reason\n        at\n      }\n      payments {\n        id\n        provider\n        reference\n        status\n        amount {\n          ...MoneyFields\n        }\n        method\n        bankAccountNumber\n        bankName\n        ussdBank\n        ussdCode\n        mobileMoneyNetwork\n        mobileMoneyPhone\n        received {\n          ...MoneyFields\n        }\n        stillToPay {\n          ...MoneyFields\n        }\n        collectedVia\n        collectedAt\n        handedIn\n        failureReason\n        createdAt\n        succeededAt\n      }\n      refunds {\n        id\n        status\n        reason\n        restock\n        automatic\n        failureReason\n        createdAt\n        amount {\n          ...MoneyFields\n        }\n        lines {\n          orderLineId\n          quantity\n          subtotal {\n            ...MoneyFields\n          }\n          tax {\n            ...MoneyFields\n          }\n        }\n      }\n      disputes {\n        id\n        status\n        reason\n        resolution\n        openedAt\n        closedAt\n      }\n    }\n  }\n": types.AdminOrderDetailDocument,
    "\n  fragment AdminOrderResult on OrderPayload {\n    order {\n      id\n      status\n    }\n    userErrors {\n      ...AdminUserError\n    }\n  }\n": types.AdminOrderResultFragmentDoc,
    "\n  mutation AdminFulfilOrder($orderId: ID!, $note: String) {\n    fulfilOrder(orderId: $orderId, note: $note) {\n      ...AdminOrderResult\n    }\n  }\n": types.AdminFulfilOrderDocument,
    "\n  mutation AdminShipOrder($orderId: ID!, $note: String) {\n    shipOrder(orderId: $orderId, note: $note) {\n      ...AdminOrderResult\n    }\n  }\n": types.AdminShipOrderDocument,
    "\n  mutation AdminDeliverOrder($orderId: ID!, $note: String) {\n    deliverOrder(orderId: $orderId, note: $note) {\n      ...AdminOrderResult\n    }\n  }\n": types.AdminDeliverOrderDocument,
    "\n  mutation AdminCompleteOrder($orderId: ID!, $note: String) {\n    completeOrder(orderId: $orderId, note: $note) {\n      ...AdminOrderResult\n    }\n  }\n": types.AdminCompleteOrderDocument,
    "\n  mutation AdminCancelOrder($orderId: ID!, $reason: String) {\n    cancelOrder(orderId: $orderId, reason: $reason) {\n      ...AdminOrderResult\n    }\n  }\n": types.AdminCancelOrderDocument,
    "\n  fragment AdminVendorOrderResult on VendorOrderPayload {\n    vendorOrder {\n      id\n      fulfilmentStage\n    }\n    userErrors {\n      ...AdminUserError\n    }\n  }\n": types.AdminVendorOrderResultFragmentDoc,
    "\n  mutation AdminFulfilVendorOrder($vendorOrderId: ID!, $note: String) {\n    fulfilVendorOrder(vendorOrderId: $vendorOrderId, note: $note) {\n      ...AdminVendorOrderResult\n    }\n  }\n": types.AdminFulfilVendorOrderDocument,
    "\n  mutation AdminShipVendorOrder($vendorOrderId: ID!, $note: String) {\n    shipVendorOrder(vendorOrderId: $vendorOrderId, note: $note) {\n      ...AdminVendorOrderResult\n    }\n  }\n": types.AdminShipVendorOrderDocument,
    "\n  mutation AdminDeliverVendorOrder($vendorOrderId: ID!, $note: String) {\n    deliverVendorOrder(vendorOrderId: $vendorOrderId, note: $note) {\n      ...AdminVendorOrderResult\n    }\n  }\n": types.AdminDeliverVendorOrderDocument,
    "\n  mutation AdminRefundOrder($input: RefundOrderInput!) {\n    refundOrder(input: $input) {\n      refund {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminRefundOrderDocument,
    "\n  query AdminRefundPreview($input: RefundOrderInput!) {\n    refundPreview(input: $input) {\n      amount {\n        ...MoneyFields\n      }\n      shipping {\n        ...MoneyFields\n      }\n      lines {\n        orderLineId\n        title\n        sku\n        quantity\n        amount {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n": types.AdminRefundPreviewDocument,
    "\n  mutation AdminOpenDispute($orderId: ID!, $reason: String!) {\n    openDispute(orderId: $orderId, reason: $reason) {\n      dispute {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminOpenDisputeDocument,
    "\n  mutation AdminCloseDispute($orderId: ID!, $resolution: String!) {\n    closeDispute(orderId: $orderId, resolution: $resolution) {\n      dispute {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminCloseDisputeDocument,
    "\n  query AdminOrdersToCollect {\n    payOnDeliveryOrders(first: 100) {\n      id\n      number\n      email\n      createdAt\n      shippingAddress {\n        name\n        line1\n        city\n        phone\n      }\n      payments {\n        method\n        status\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": types.AdminOrdersToCollectDocument,
    "\n  mutation AdminCollectOnDelivery($input: CollectOnDeliveryInput!) {\n    collectOnDelivery(input: $input) {\n      order {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminCollectOnDeliveryDocument,
    "\n  query AdminCollectorCash {\n    cashHeldByCollectors {\n      collectorUserId\n      openCollections\n      held {\n        amount\n        currency\n      }\n      oldestCollectedAt\n    }\n    collectorHandIns(first: 20) {\n      id\n      collectorUserId\n      expected {\n        amount\n        currency\n      }\n      amount {\n        amount\n        currency\n      }\n      overShort {\n        amount\n        currency\n      }\n      note\n      createdAt\n    }\n  }\n": types.AdminCollectorCashDocument,
    "\n  mutation AdminHandInCollectedCash($input: HandInCollectedCashInput!) {\n    handInCollectedCash(input: $input) {\n      handIn {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminHandInCollectedCashDocument,
    "\n  query AdminVendorPayoutBank($id: ID!) {\n    vendor(id: $id) {\n      id\n      name\n      status\n      payoutBank {\n        bankName\n        accountName\n        accountNumberMasked\n      }\n    }\n  }\n": types.AdminVendorPayoutBankDocument,
    "\n  query AdminMyVendorPayoutBank {\n    myVendor {\n      id\n      name\n      status\n      payoutBank {\n        bankName\n        accountName\n        accountNumberMasked\n      }\n    }\n  }\n": types.AdminMyVendorPayoutBankDocument,
    "\n  mutation AdminSetVendorPayoutBank($vendorId: ID!, $input: VendorPayoutBankInput!) {\n    setVendorPayoutBank(vendorId: $vendorId, input: $input) {\n      vendor {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSetVendorPayoutBankDocument,
    "\n  query AdminPayoutPlan($currency: String!) {\n    payoutPlan(currency: $currency) {\n      accountId\n      ownerType\n      ownerId\n      purpose\n      balance {\n        ...MoneyFields\n      }\n      held {\n        ...MoneyFields\n      }\n      payable {\n        ...MoneyFields\n      }\n      bankName\n      accountNumberLast4\n      reason\n    }\n  }\n": types.AdminPayoutPlanDocument,
    "\n  fragment AdminPosDeviceFields on PosDevice {\n    id\n    name\n    number\n    receiptPrefix\n    locationId\n    status\n    pairingExpiresAt\n    lastSeenAt\n    backlog\n    salesCount\n    openConflicts\n  }\n": types.AdminPosDeviceFieldsFragmentDoc,
    "\n  query AdminPosDevices {\n    posDevices {\n      ...AdminPosDeviceFields\n    }\n    locations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          active\n        }\n      }\n    }\n  }\n": types.AdminPosDevicesDocument,
    "\n  fragment AdminPosPairingFields on PosPairingPayload {\n    device {\n      ...AdminPosDeviceFields\n    }\n    pairingCode\n    userErrors {\n      ...AdminUserError\n    }\n  }\n": types.AdminPosPairingFieldsFragmentDoc,
    "\n  mutation AdminRegisterPosDevice($input: RegisterPosDeviceInput!) {\n    registerPosDevice(input: $input) {\n      ...AdminPosPairingFields\n    }\n  }\n": types.AdminRegisterPosDeviceDocument,
    "\n  mutation AdminRenewPosPairingCode($id: ID!) {\n    renewPosPairingCode(id: $id) {\n      ...AdminPosPairingFields\n    }\n  }\n": types.AdminRenewPosPairingCodeDocument,
    "\n  mutation AdminRevokePosDevice($id: ID!) {\n    revokePosDevice(id: $id) {\n      device {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminRevokePosDeviceDocument,
    "\n  query AdminPosCashiers {\n    posCashiers {\n      id\n      name\n      role\n      discountLimitBps\n      active\n      createdAt\n    }\n  }\n": types.AdminPosCashiersDocument,
    "\n  mutation AdminSavePosCashier($input: SavePosCashierInput!) {\n    savePosCashier(input: $input) {\n      cashier {\n        id\n        name\n        active\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSavePosCashierDocument,
    "\n  query AdminPosSettings {\n    posSettings {\n      receiptHeader\n      receiptFooter\n      vatNumber\n    }\n  }\n": types.AdminPosSettingsDocument,
    "\n  mutation AdminUpdatePosSettings($input: UpdatePosSettingsInput!) {\n    updatePosSettings(input: $input) {\n      settings {\n        receiptHeader\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminUpdatePosSettingsDocument,
    "\n  query AdminTillSessions($after: String) {\n    tillSessions(first: 30, after: $after) {\n      edges {\n        node {\n          id\n          deviceId\n          number\n          status\n          openedAt\n          closedAt\n          openingFloat {\n            amount\n            currency\n          }\n          report {\n            salesCount\n            netSales {\n              amount\n              currency\n            }\n            overShort {\n              amount\n              currency\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    posDevices {\n      id\n      name\n      receiptPrefix\n    }\n  }\n": types.AdminTillSessionsDocument,
    "\n  query AdminTillSession($id: ID!) {\n    tillSession(id: $id) {\n      id\n      deviceId\n      number\n      status\n      openedAt\n      closedAt\n      openedById\n      closedById\n      report {\n        salesCount\n        returnsCount\n        sales {\n          amount\n          currency\n        }\n        discounts {\n          amount\n          currency\n        }\n        tax {\n          amount\n          currency\n        }\n        refunds {\n          amount\n          currency\n        }\n        netSales {\n          amount\n          currency\n        }\n        byTender {\n          tender\n          count\n          amount {\n            amount\n            currency\n          }\n        }\n        payIns {\n          amount\n          currency\n        }\n        payOuts {\n          amount\n          currency\n        }\n        openingFloat {\n          amount\n          currency\n        }\n        expectedCash {\n          amount\n          currency\n        }\n        countedCash {\n          amount\n          currency\n        }\n        overShort {\n          amount\n          currency\n        }\n      }\n    }\n    posSales(sessionId: $id, first: 100) {\n      edges {\n        node {\n          id\n          kind\n          receiptNumber\n          receiptCode\n          cashierId\n          occurredAt\n          total {\n            amount\n            currency\n          }\n          tenders {\n            tender\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    posCashiers {\n      id\n      name\n    }\n  }\n": types.AdminTillSessionDocument,
    "\n  query AdminPosDevice($id: ID!) {\n    posDevice(id: $id) {\n      id\n      name\n      receiptPrefix\n    }\n  }\n": types.AdminPosDeviceDocument,
    "\n  query AdminPosConflicts($open: Boolean) {\n    posConflicts(open: $open) {\n      id\n      deviceId\n      saleId\n      kind\n      message\n      createdAt\n      resolvedAt\n      resolution\n    }\n    posDevices {\n      id\n      name\n      receiptPrefix\n    }\n    posSales(first: 100) {\n      edges {\n        node {\n          id\n          receiptNumber\n        }\n      }\n    }\n  }\n": types.AdminPosConflictsDocument,
    "\n  mutation AdminResolvePosConflict($id: ID!, $note: String!) {\n    resolvePosConflict(id: $id, note: $note) {\n      conflict {\n        id\n        resolvedAt\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminResolvePosConflictDocument,
    "\n  fragment AdminPriceListFields on PriceList {\n    id\n    name\n    channel\n    customerGroup\n    currency\n    priority\n    startsAt\n    endsAt\n  }\n": types.AdminPriceListFieldsFragmentDoc,
    "\n  query AdminPriceLists {\n    priceLists(first: 100) {\n      edges {\n        node {\n          ...AdminPriceListFields\n        }\n      }\n    }\n  }\n": types.AdminPriceListsDocument,
    "\n  query AdminPricingProduct($id: ID!) {\n    productById(id: $id) {\n      id\n      title\n      vendor {\n        id\n        name\n      }\n      variants {\n        id\n        sku\n        title\n        prices {\n          id\n          priceListId\n          minQuantity\n          startsAt\n          endsAt\n          amount {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n": types.AdminPricingProductDocument,
    "\n  mutation AdminCreatePriceList($input: CreatePriceListInput!) {\n    createPriceList(input: $input) {\n      priceList {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminCreatePriceListDocument,
    "\n  mutation AdminRemovePriceList($id: ID!) {\n    removePriceList(id: $id) {\n      priceList {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminRemovePriceListDocument,
    "\n  mutation AdminSetSalePrice($input: SetSalePriceInput!) {\n    setSalePrice(input: $input) {\n      price {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSetSalePriceDocument,
    "\n  mutation AdminSetTierPrice($input: SetTierPriceInput!) {\n    setTierPrice(input: $input) {\n      price {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSetTierPriceDocument,
    "\n  mutation AdminSetListPrice($input: SetListPriceInput!) {\n    setListPrice(input: $input) {\n      price {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSetListPriceDocument,
    "\n  mutation AdminRemovePrice($id: ID!) {\n    removePrice(id: $id) {\n      price {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminRemovePriceDocument,
    "\n  query AdminImportCategories {\n    categories {\n      id\n      slug\n      name\n      children {\n        id\n        slug\n        name\n        children {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.AdminImportCategoriesDocument,
    "\n  query AdminImportSkus($after: String) {\n    products(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          variants {\n            sku\n          }\n        }\n      }\n    }\n  }\n": types.AdminImportSkusDocument,
    "\n  mutation AdminImportCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product {\n        id\n        slug\n        variants {\n          id\n          sku\n        }\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminImportCreateProductDocument,
    "\n  fragment AdminProductRow on Product {\n    id\n    slug\n    title\n    status\n    updatedAt\n    vendor {\n      id\n      name\n    }\n    variants {\n      id\n      price(context: { currency: \"NGN\", channel: SVM }) {\n        unit {\n          amount\n          currency\n        }\n      }\n      inventory {\n        available\n      }\n    }\n  }\n": types.AdminProductRowFragmentDoc,
    "\n  query AdminProductList($status: ProductStatus, $vendorId: ID, $after: String, $first: Int!) {\n    products(status: $status, vendorId: $vendorId, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AdminProductRow\n        }\n      }\n    }\n  }\n": types.AdminProductListDocument,
    "\n  query AdminProductSearch($query: String, $filters: ProductSearchFilters, $after: String, $first: Int!) {\n    searchProducts(query: $query, filters: $filters, sort: NEWEST, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AdminProductRow\n        }\n      }\n    }\n  }\n": types.AdminProductSearchDocument,
    "\n  query AdminProductFormOptions($withVendors: Boolean!) {\n    categories {\n      id\n      name\n      children {\n        id\n        name\n        children {\n          id\n          name\n        }\n      }\n    }\n    vendors(first: 100) @include(if: $withVendors) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AdminProductFormOptionsDocument,
    "\n  query AdminProduct($id: ID!) {\n    productById(id: $id) {\n      id\n      slug\n      title\n      description\n      status\n      listing {\n        active\n        commissionBps\n      }\n      seoTitle\n      seoDescription\n      updatedAt\n      vendor {\n        id\n        name\n        status\n      }\n      category {\n        id\n        name\n      }\n      media {\n        id\n        url\n        alt\n        position\n      }\n      variants {\n        id\n        sku\n        title\n        options\n        position\n        weightGrams\n        lengthMm\n        widthMm\n        heightMm\n        prices {\n          id\n          priceListId\n          minQuantity\n          startsAt\n          endsAt\n          amount {\n            amount\n            currency\n          }\n        }\n        inventory {\n          onHand\n          reserved\n          available\n          levels {\n            id\n            onHand\n            available\n            location {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AdminProductDocument,
    "\n  mutation AdminCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminCreateProductDocument,
    "\n  mutation AdminUpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      product {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminUpdateProductDocument,
    "\n  mutation AdminSetProductStatus($id: ID!, $status: ProductStatus!) {\n    setProductStatus(id: $id, status: $status) {\n      product {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSetProductStatusDocument,
    "\n  mutation AdminAddVariant($productId: ID!, $input: ProductVariantInput!) {\n    addVariant(productId: $productId, input: $input) {\n      variant {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminAddVariantDocument,
    "\n  mutation AdminUpdateVariant($id: ID!, $input: UpdateProductVariantInput!) {\n    updateVariant(id: $id, input: $input) {\n      variant {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminUpdateVariantDocument,
    "\n  mutation AdminSetBasePrice($input: SetBasePriceInput!) {\n    setBasePrice(input: $input) {\n      price {\n        id\n        amount {\n          amount\n          currency\n        }\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSetBasePriceDocument,
    "\n  mutation AdminAddMedia($productId: ID!, $input: ProductMediaInput!) {\n    addProductMedia(productId: $productId, input: $input) {\n      media {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminAddMediaDocument,
    "\n  query AdminSalesTiles($from: DateTime!, $to: DateTime!, $timeZone: String) {\n    salesSummary(from: $from, to: $to) {\n      orders\n      revenue {\n        ...MoneyFields\n      }\n      refunded {\n        ...MoneyFields\n      }\n      averageOrderValue {\n        ...MoneyFields\n      }\n    }\n    salesReport(from: $from, to: $to, groupBy: PRODUCT, timeZone: $timeZone) {\n      key\n      label\n      units\n    }\n  }\n": types.AdminSalesTilesDocument,
    "\n  query AdminSalesReport($from: DateTime!, $to: DateTime!, $groupBy: SalesGrouping!, $timeZone: String) {\n    salesSummary(from: $from, to: $to) {\n      orders\n      revenue {\n        ...MoneyFields\n      }\n      tax {\n        ...MoneyFields\n      }\n      refunded {\n        ...MoneyFields\n      }\n      averageOrderValue {\n        ...MoneyFields\n      }\n    }\n    salesReport(from: $from, to: $to, groupBy: $groupBy, timeZone: $timeZone) {\n      key\n      label\n      orders\n      units\n      revenue {\n        ...MoneyFields\n      }\n      tax {\n        ...MoneyFields\n      }\n      refunded {\n        ...MoneyFields\n      }\n      commission {\n        ...MoneyFields\n      }\n    }\n  }\n": types.AdminSalesReportDocument,
    "\n  query AdminStockReport($groupBy: StockGrouping!) {\n    stockReport(groupBy: $groupBy) {\n      key\n      label\n      product {\n        id\n        title\n      }\n      variants\n      onHand\n      reserved\n      available\n    }\n  }\n": types.AdminStockReportDocument,
    "\n  query AdminTicketSalesReport($from: DateTime!, $to: DateTime!) {\n    ticketSalesReport(from: $from, to: $to) {\n      tripId\n      routeCode\n      origin\n      destination\n      departureAt\n      seats\n      seatsSold\n      seatsBoarded\n      revenue {\n        ...MoneyFields\n      }\n    }\n  }\n": types.AdminTicketSalesReportDocument,
    "\n  query AdminCommissionReport($from: DateTime!, $to: DateTime!) {\n    commissionReport(from: $from, to: $to) {\n      beneficiary\n      level\n      beneficiaryId\n      agentCode\n      lines\n      amount {\n        ...MoneyFields\n      }\n      clawedBack {\n        ...MoneyFields\n      }\n      held {\n        ...MoneyFields\n      }\n      posted {\n        ...MoneyFields\n      }\n      flagged {\n        ...MoneyFields\n      }\n    }\n  }\n": types.AdminCommissionReportDocument,
    "\n  query AdminPayoutReport($from: DateTime!, $to: DateTime!) {\n    payoutReport(from: $from, to: $to) {\n      accountId\n      ownerType\n      ownerId\n      purpose\n      items\n      amount {\n        ...MoneyFields\n      }\n      paid {\n        ...MoneyFields\n      }\n      pending {\n        ...MoneyFields\n      }\n      failed {\n        ...MoneyFields\n      }\n      bankName\n      accountLast4\n      lastPaidAt\n    }\n  }\n": types.AdminPayoutReportDocument,
    "\n  query AdminReturnList($status: ReturnStatus, $after: String) {\n    returnRequests(first: 25, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          reference\n          orderId\n          orderNumber\n          vendorName\n          status\n          reason\n          createdAt\n          lines {\n            id\n            quantity\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminReturnListDocument,
    "\n  query AdminReturnDetail($id: ID!) {\n    returnRequest(id: $id) {\n      id\n      reference\n      orderId\n      orderNumber\n      vendorName\n      status\n      reason\n      details\n      instructions\n      refusalReason\n      exchangeNote\n      refundAmount {\n        ...MoneyFields\n      }\n      shippingWay\n      shippingPaidBy\n      shippingCharge {\n        ...MoneyFields\n      }\n      customerCarrier\n      customerTrackingNumber\n      customerSentAt\n      returnShipment {\n        id\n        carrier\n        trackingNumber\n        status\n        riderUserId\n        events {\n          id\n          status\n          note\n          location\n          at\n        }\n      }\n      canRefund\n      createdAt\n      lines {\n        id\n        orderLineId\n        title\n        sku\n        quantity\n      }\n      photos {\n        id\n        width\n        height\n      }\n      timeline {\n        id\n        fromStatus\n        toStatus\n        actorType\n        note\n        at\n      }\n    }\n  }\n": types.AdminReturnDetailDocument,
    "\n  query AdminReturnSettings {\n    returnSettings {\n      windowDays\n    }\n  }\n": types.AdminReturnSettingsDocument,
    "\n  mutation AdminUpdateReturnSettings($windowDays: Int!) {\n    updateReturnSettings(windowDays: $windowDays) {\n      settings {\n        windowDays\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminUpdateReturnSettingsDocument,
    "\n  mutation AdminApproveReturn($id: ID!, $instructions: String!) {\n    approveReturn(id: $id, instructions: $instructions) {\n      returnRequest {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminApproveReturnDocument,
    "\n  mutation AdminRefuseReturn($id: ID!, $reason: String!) {\n    refuseReturn(id: $id, reason: $reason) {\n      returnRequest {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminRefuseReturnDocument,
    "\n  mutation AdminReceiveReturn($id: ID!, $note: String) {\n    receiveReturn(id: $id, note: $note) {\n      returnRequest {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminReceiveReturnDocument,
    "\n  mutation AdminExchangeReturn($id: ID!, $note: String!, $restock: Boolean) {\n    exchangeReturn(id: $id, note: $note, restock: $restock) {\n      returnRequest {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminExchangeReturnDocument,
    "\n  mutation AdminRefundReturn($id: ID!, $restock: Boolean) {\n    refundReturn(id: $id, restock: $restock) {\n      returnRequest {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminRefundReturnDocument,
    "\n  mutation AdminArrangeReturnShipping($input: ArrangeReturnShippingInput!) {\n    arrangeReturnShipping(input: $input) {\n      returnRequest {\n        id\n        shippingWay\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminArrangeReturnShippingDocument,
    "\n  mutation AdminReceiveReturnShipment($id: ID!, $note: String) {\n    receiveReturnShipment(id: $id, note: $note) {\n      returnRequest {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminReceiveReturnShipmentDocument,
    "\n  query AdminViewer {\n    me {\n      id\n      name\n      email\n      twoFactorEnabled\n      memberships {\n        role\n      }\n    }\n    currentTenant {\n      id\n      slug\n      name\n      kind\n      currency\n      primaryColor\n      logoUrl\n    }\n  }\n": types.AdminViewerDocument,
    "\n  query AdminMyVendor {\n    myVendor {\n      id\n      name\n      status\n    }\n  }\n": types.AdminMyVendorDocument,
    "\n  fragment AdminUserError on UserError {\n    code\n    message\n    field\n  }\n": types.AdminUserErrorFragmentDoc,
    "\n  query AdminCommerceSettings {\n    commerceSettings {\n      taxShipping\n      paymentProvider\n      paymentWindowMinutes\n    }\n  }\n": types.AdminCommerceSettingsDocument,
    "\n  mutation AdminUpdateCommerceSettings($input: UpdateCommerceSettingsInput!) {\n    updateCommerceSettings(input: $input) {\n      settings {\n        taxShipping\n        paymentProvider\n        paymentWindowMinutes\n        paymentMethods\n        checkoutCarrier\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminUpdateCommerceSettingsDocument,
    "\n  query AdminShippingZones {\n    commerceSettings {\n      checkoutCarrier\n    }\n    shippingZones {\n      id\n      name\n      country\n      regions\n      rates {\n        id\n        method\n        name\n        active\n        amount {\n          ...MoneyFields\n        }\n        freeOver {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n": types.AdminShippingZonesDocument,
    "\n  mutation AdminSetShippingZone($input: ShippingZoneInput!) {\n    setShippingZone(input: $input) {\n      zone {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSetShippingZoneDocument,
    "\n  mutation AdminRemoveShippingZone($id: ID!) {\n    removeShippingZone(id: $id) {\n      zone {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminRemoveShippingZoneDocument,
    "\n  mutation AdminSetShippingRate($input: ShippingRateInput!) {\n    setShippingRate(input: $input) {\n      rate {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSetShippingRateDocument,
    "\n  mutation AdminRemoveShippingRate($id: ID!) {\n    removeShippingRate(id: $id) {\n      rate {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminRemoveShippingRateDocument,
    "\n  query AdminPaymentSettings {\n    commerceSettings {\n      paymentProvider\n      paymentMethods\n      payOnDeliveryMaxTotal\n    }\n    paymentProviderAccounts {\n      provider\n      publicKey\n      hasWebhookSecret\n      updatedAt\n    }\n  }\n": types.AdminPaymentSettingsDocument,
    "\n  mutation AdminSetPaymentProviderCredentials($input: PaymentProviderCredentialsInput!) {\n    setPaymentProviderCredentials(input: $input) {\n      account {\n        provider\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSetPaymentProviderCredentialsDocument,
    "\n  query AdminLocationList {\n    locations(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n          kind\n          active\n          createdAt\n        }\n      }\n    }\n  }\n": types.AdminLocationListDocument,
    "\n  mutation AdminCreateLocation($input: CreateLocationInput!) {\n    createLocation(input: $input) {\n      location {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminCreateLocationDocument,
    "\n  mutation AdminUpdateLocation($input: UpdateLocationInput!) {\n    updateLocation(input: $input) {\n      location {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminUpdateLocationDocument,
    "\n  mutation AdminDeactivateLocation($id: ID!) {\n    deactivateLocation(id: $id) {\n      location {\n        id\n        active\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminDeactivateLocationDocument,
    "\n  query AdminReorderSuggestions($locationId: ID, $after: String, $first: Int!) {\n    reorderSuggestions(locationId: $locationId, after: $after, first: $first) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          available\n          reorderPoint\n          suggestedQuantity\n          stockLevel {\n            id\n            sku\n            onHand\n            location {\n              id\n              name\n            }\n            variant {\n              id\n              title\n              product {\n                id\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AdminReorderSuggestionsDocument,
    "\n  query AdminStockThresholds($sku: String!, $locationId: ID) {\n    stockLevels(sku: $sku, locationId: $locationId, first: 10) {\n      edges {\n        node {\n          id\n          sku\n          available\n          lowStockThreshold\n          reorderPoint\n          reorderQuantity\n          location {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.AdminStockThresholdsDocument,
    "\n  mutation AdminSetStockThresholds($input: SetStockThresholdsInput!) {\n    setStockThresholds(input: $input) {\n      stockLevel {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSetStockThresholdsDocument,
    "\n  query AdminChannels($channel: StockChannel, $after: String) {\n    channelPolicies {\n      channel\n      mode\n      updatedAt\n    }\n    channelAllocations(channel: $channel, after: $after, first: 50) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          sku\n          channel\n          quantity\n          reserved\n          available\n          updatedAt\n          location {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AdminChannelsDocument,
    "\n  mutation AdminSetChannelPolicy($channel: StockChannel!, $mode: ChannelMode!) {\n    setChannelPolicy(channel: $channel, mode: $mode) {\n      policy {\n        channel\n        mode\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSetChannelPolicyDocument,
    "\n  mutation AdminAllocateStock($input: AllocateStockInput!) {\n    allocateStock(input: $input) {\n      allocation {\n        id\n        quantity\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminAllocateStockDocument,
    "\n  mutation AdminDeallocateStock($input: AllocateStockInput!) {\n    deallocateStock(input: $input) {\n      allocation {\n        id\n        quantity\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminDeallocateStockDocument,
    "\n  query AdminChildTenants($under: ID, $after: String) {\n    childTenants(first: 50, under: $under, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          slug\n          name\n          primaryColor\n          createdAt\n          suspendedAt\n        }\n      }\n    }\n    myTenants {\n      tenant {\n        id\n      }\n      roles\n    }\n  }\n": types.AdminChildTenantsDocument,
    "\n  mutation AdminCreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant {\n        id\n        slug\n        name\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminCreateTenantDocument,
    "\n  query AdminBranding {\n    currentTenant {\n      id\n      name\n      logoUrl\n      primaryColor\n    }\n  }\n": types.AdminBrandingDocument,
    "\n  mutation AdminUpdateTenant($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant {\n        id\n        name\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminUpdateTenantDocument,
    "\n  query AdminTenantBySlug($slug: String!) {\n    tenantBySlug(slug: $slug) {\n      id\n      kind\n      slug\n      name\n    }\n  }\n": types.AdminTenantBySlugDocument,
    "\n  mutation AdminSuspendTenant($tenantId: ID!, $reason: String!) {\n    suspendTenant(tenantId: $tenantId, reason: $reason) {\n      tenant {\n        id\n        suspendedAt\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSuspendTenantDocument,
    "\n  mutation AdminReinstateTenant($tenantId: ID!) {\n    reinstateTenant(tenantId: $tenantId) {\n      tenant {\n        id\n        suspendedAt\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminReinstateTenantDocument,
    "\n  query AdminTransportNetwork {\n    parks {\n      id\n      name\n      city\n      state\n    }\n    transportRoutes {\n      id\n      code\n      origin {\n        id\n        name\n        city\n      }\n      destination {\n        id\n        name\n        city\n      }\n      stops\n      fares {\n        seatClass\n        price {\n          amount\n          currency\n        }\n      }\n    }\n    vehicles {\n      id\n      registration\n      layout {\n        seats {\n          seatClass\n        }\n      }\n    }\n  }\n": types.AdminTransportNetworkDocument,
    "\n  mutation AdminCreatePark($input: CreateParkInput!) {\n    createPark(input: $input) {\n      park {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminCreateParkDocument,
    "\n  mutation AdminCreateRoute($input: CreateRouteInput!) {\n    createRoute(input: $input) {\n      route {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminCreateRouteDocument,
    "\n  mutation AdminUpdateRoute($input: UpdateRouteInput!) {\n    updateRoute(input: $input) {\n      route {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminUpdateRouteDocument,
    "\n  mutation AdminSetRouteFares($input: SetRouteFaresInput!) {\n    setRouteFares(input: $input) {\n      route {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSetRouteFaresDocument,
    "\n  query AdminVehicles {\n    vehicles {\n      id\n      registration\n      name\n      seatCount\n      layout {\n        rows\n        columns\n        aisleAfterColumn\n        seats {\n          label\n          row\n          column\n          seatClass\n        }\n      }\n    }\n  }\n": types.AdminVehiclesDocument,
    "\n  mutation AdminCreateVehicle($input: CreateVehicleInput!) {\n    createVehicle(input: $input) {\n      vehicle {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminCreateVehicleDocument,
    "\n  query AdminUpcomingTrips {\n    upcomingTrips(first: 50) {\n      id\n      operatorId\n      departureAt\n      route {\n        code\n        origin {\n          name\n        }\n        destination {\n          name\n        }\n      }\n      vehicle {\n        registration\n        seatCount\n      }\n      availableSeats\n      fares {\n        seatClass\n        price {\n          amount\n          currency\n        }\n      }\n    }\n  }\n": types.AdminUpcomingTripsDocument,
    "\n  mutation AdminScheduleTrip($input: ScheduleTripInput!) {\n    scheduleTrip(input: $input) {\n      trip {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminScheduleTripDocument,
    "\n  query AdminTripManifest($id: ID!, $after: String) {\n    trip(id: $id) {\n      id\n      operatorId\n      departureAt\n      route {\n        code\n        stops\n        origin {\n          name\n        }\n        destination {\n          name\n        }\n      }\n      vehicle {\n        registration\n        name\n      }\n      seatMap {\n        seats {\n          label\n          seatClass\n          state\n        }\n      }\n    }\n    bookings(tripId: $id, first: 100, after: $after) {\n      edges {\n        node {\n          reference\n          contactPhone\n          channel\n          tickets {\n            seatLabel\n            passengerName\n            boardedAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminTripManifestDocument,
    "\n  mutation AdminScheduleRecurringTrips($input: ScheduleRecurringTripsInput!) {\n    scheduleRecurringTrips(input: $input) {\n      trips {\n        id\n      }\n      skippedDays\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminScheduleRecurringTripsDocument,
    "\n  query AdminTripAllotments($tripId: ID!) {\n    agentAllotments(tripId: $tripId) {\n      id\n      agentUserId\n      createdAt\n      seatLabels\n      soldSeatLabels\n    }\n    agents(first: 100, status: ACTIVE) {\n      edges {\n        node {\n          userId\n          email\n          code\n        }\n      }\n    }\n  }\n": types.AdminTripAllotmentsDocument,
    "\n  mutation AdminAllotSeats($input: AllotSeatsInput!) {\n    allotSeats(input: $input) {\n      allotment {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminAllotSeatsDocument,
    "\n  mutation AdminReleaseAllotment($id: ID!) {\n    releaseAllotment(id: $id) {\n      allotment {\n        id\n        releasedAt\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminReleaseAllotmentDocument,
    "\n  query AdminParkListings($after: String) {\n    parkListings(first: 50, after: $after) {\n      edges {\n        node {\n          id\n          parkTenantId\n          operatorId\n          operatorName\n          status\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    myTenants {\n      tenant {\n        id\n        name\n      }\n    }\n  }\n": types.AdminParkListingsDocument,
    "\n  query AdminMotorPark($slug: String!) {\n    tenantBySlug(slug: $slug) {\n      id\n      kind\n      name\n    }\n  }\n": types.AdminMotorParkDocument,
    "\n  mutation AdminRequestParkListing($parkTenantId: ID!) {\n    requestParkListing(parkTenantId: $parkTenantId) {\n      listing {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminRequestParkListingDocument,
    "\n  mutation AdminSetParkListingStatus($id: ID!, $status: ParkListingDecision!) {\n    setParkListingStatus(id: $id, status: $status) {\n      listing {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSetParkListingStatusDocument,
    "\n  query AdminVendorApplications($status: VendorStatus, $after: String) {\n    vendorApplications(status: $status, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          status\n          createdAt\n          legalName\n          tin\n          email\n          phone\n          address\n          documentUrls\n          statusHistory {\n            id\n            fromStatus\n            toStatus\n            reason\n            actorUserId\n            createdAt\n          }\n        }\n      }\n    }\n  }\n": types.AdminVendorApplicationsDocument,
    "\n  mutation AdminApproveVendor($id: ID!, $reason: String) {\n    approveVendor(id: $id, reason: $reason) {\n      vendor {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminApproveVendorDocument,
    "\n  mutation AdminRejectVendor($id: ID!, $reason: String!) {\n    rejectVendor(id: $id, reason: $reason) {\n      vendor {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminRejectVendorDocument,
    "\n  mutation AdminSuspendVendor($id: ID!, $reason: String!) {\n    suspendVendor(id: $id, reason: $reason) {\n      vendor {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSuspendVendorDocument,
    "\n  mutation AdminReinstateVendor($id: ID!, $reason: String) {\n    reinstateVendor(id: $id, reason: $reason) {\n      vendor {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminReinstateVendorDocument,
    "\n  query AdminMyVendorProfile {\n    myVendor {\n      id\n      name\n      slug\n      legalName\n      tin\n      email\n      phone\n      address\n    }\n  }\n": types.AdminMyVendorProfileDocument,
    "\n  mutation AdminUpdateMyVendorProfile($input: VendorProfileInput!) {\n    updateMyVendorProfile(input: $input) {\n      vendor {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminUpdateMyVendorProfileDocument,
    "\n  query AdminConversations($handler: ConversationHandler) {\n    conversations(handler: $handler) {\n      id\n      customerPhone\n      customerName\n      handler\n      updatedAt\n    }\n    whatsappSimulatorAvailable\n  }\n": types.AdminConversationsDocument,
    "\n  query AdminConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      customerPhone\n      customerName\n      handler\n      language\n      windowOpen\n      approvedTemplates\n      templates {\n        name\n        language\n        bodyVariables\n      }\n      messages {\n        id\n        direction\n        text\n        status\n        error\n        fromStaff\n        sentAt\n      }\n      orders {\n        id\n        number\n        status\n        total {\n          amount\n          currency\n        }\n        createdAt\n      }\n    }\n  }\n": types.AdminConversationDocument,
    "\n  query AdminWhatsappConnection {\n    whatsappConnection {\n      phoneNumberId\n      displayPhoneNumber\n      baseUrl\n      verifyToken\n      webhookUrl\n      approvedTemplates\n      templateLanguage\n      templates {\n        name\n        language\n        bodyVariables\n      }\n    }\n    whatsappSimulatorAvailable\n  }\n": types.AdminWhatsappConnectionDocument,
    "\n  mutation AdminSaveWhatsappConnection($input: WhatsappConnectionInput!) {\n    saveWhatsappConnection(input: $input) {\n      connection {\n        phoneNumberId\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSaveWhatsappConnectionDocument,
    "\n  mutation AdminRemoveWhatsappConnection {\n    removeWhatsappConnection {\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminRemoveWhatsappConnectionDocument,
    "\n  mutation AdminReplyToConversation($id: ID!, $text: String, $template: String, $templateParameters: [String!], $clientId: String!) {\n    replyToConversation(conversationId: $id, text: $text, template: $template, templateParameters: $templateParameters, clientId: $clientId) {\n      conversation {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminReplyToConversationDocument,
    "\n  query AdminWhatsappConversationExport($phone: String!) {\n    whatsappConversationExport(phone: $phone)\n  }\n": types.AdminWhatsappConversationExportDocument,
    "\n  mutation AdminEraseWhatsappConversation($phone: String!) {\n    eraseWhatsappConversation(phone: $phone) {\n      erased\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminEraseWhatsappConversationDocument,
    "\n  mutation AdminSetConversationHandler($id: ID!, $handler: ConversationHandler!) {\n    setConversationHandler(conversationId: $id, handler: $handler) {\n      conversation {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSetConversationHandlerDocument,
    "\n  fragment AdminCouponFields on Coupon {\n    id\n    code\n    description\n    kind\n    percentBps\n    amount {\n      ...MoneyFields\n    }\n    minimumSpend {\n      ...MoneyFields\n    }\n    usageLimit\n    perCustomerLimit\n    used\n    posUses\n    overLimitUses\n    discountGiven {\n      ...MoneyFields\n    }\n    startsAt\n    endsAt\n    active\n    productIds\n    categoryIds\n    vendorIds\n    fundedBy\n  }\n": types.AdminCouponFieldsFragmentDoc,
    "\n  query AdminCoupons {\n    coupons {\n      ...AdminCouponFields\n    }\n  }\n": types.AdminCouponsDocument,
    "\n  mutation AdminCreateCoupon($input: CouponInput!) {\n    createCoupon(input: $input) {\n      coupon {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminCreateCouponDocument,
    "\n  mutation AdminUpdateCoupon($id: ID!, $input: CouponInput!) {\n    updateCoupon(id: $id, input: $input) {\n      coupon {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminUpdateCouponDocument,
    "\n  mutation AdminDeactivateCoupon($id: ID!) {\n    deactivateCoupon(id: $id) {\n      coupon {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminDeactivateCouponDocument,
    "\n  mutation ShopApplyCoupon($input: CartCouponInput!) {\n    applyCouponToCart(input: $input) {\n      cart {\n        id\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": types.ShopApplyCouponDocument,
    "\n  mutation ShopRemoveCoupon($cartToken: String) {\n    removeCouponFromCart(cartToken: $cartToken) {\n      cart {\n        id\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": types.ShopRemoveCouponDocument,
    "\n  fragment AdminExpenseFields on Expense {\n    id\n    category\n    supplier\n    spentOn\n    amount {\n      ...MoneyFields\n    }\n    vatPaid {\n      ...MoneyFields\n    }\n    total {\n      ...MoneyFields\n    }\n    note\n    receiptId\n    status\n    createdByUserId\n    submittedAt\n    decidedAt\n    rejectionReason\n    journalEntryId\n    payment {\n      paidFrom\n      paidOn\n      reference\n      journalEntryId\n    }\n    createdAt\n  }\n": types.AdminExpenseFieldsFragmentDoc,
    "\n  query AdminExpenses($status: ExpenseStatus, $paid: Boolean, $after: ID) {\n    expenses(status: $status, paid: $paid, first: 50, after: $after) {\n      ...AdminExpenseFields\n    }\n  }\n": types.AdminExpensesDocument,
    "\n  query AdminExpense($id: ID!) {\n    expense(id: $id) {\n      ...AdminExpenseFields\n    }\n  }\n": types.AdminExpenseDocument,
    "\n  mutation AdminCreateExpense($input: ExpenseInput!, $submit: Boolean) {\n    createExpense(input: $input, submit: $submit) {\n      expense {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminCreateExpenseDocument,
    "\n  mutation AdminUpdateExpense($id: ID!, $input: ExpenseInput!) {\n    updateExpense(id: $id, input: $input) {\n      expense {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminUpdateExpenseDocument,
    "\n  mutation AdminSubmitExpense($id: ID!) {\n    submitExpense(id: $id) {\n      expense {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSubmitExpenseDocument,
    "\n  mutation AdminDeleteExpense($id: ID!) {\n    deleteExpense(id: $id) {\n      deleted\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminDeleteExpenseDocument,
    "\n  mutation AdminPayExpense($id: ID!, $paidFrom: ExpensePaidFrom!, $paidOn: DateTime!, $reference: String!) {\n    payExpense(id: $id, paidFrom: $paidFrom, paidOn: $paidOn, reference: $reference) {\n      expense {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminPayExpenseDocument,
    "\n  mutation AdminApproveExpense($id: ID!) {\n    approveExpense(id: $id) {\n      expense {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminApproveExpenseDocument,
    "\n  mutation AdminRejectExpense($id: ID!, $reason: String!) {\n    rejectExpense(id: $id, reason: $reason) {\n      expense {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminRejectExpenseDocument,
    "\n  query AdminVatReturnTotals($from: DateTime!, $to: DateTime!, $timeZone: String) {\n    vatReturnTotals(from: $from, to: $to, timeZone: $timeZone) {\n      currency\n      expenses\n      outputVat {\n        ...MoneyFields\n      }\n      inputVat {\n        ...MoneyFields\n      }\n      vatPayable {\n        ...MoneyFields\n      }\n    }\n  }\n": types.AdminVatReturnTotalsDocument,
    "\n  query AdminProfitAndLoss($from: DateTime!, $to: DateTime!, $currency: String!) {\n    profitAndLoss(from: $from, to: $to, currency: $currency) {\n      currency\n      sales {\n        ...MoneyFields\n      }\n      commission {\n        ...MoneyFields\n      }\n      revenue {\n        ...MoneyFields\n      }\n      discounts {\n        ...MoneyFields\n      }\n      cashOverShort {\n        ...MoneyFields\n      }\n      expenses {\n        category\n        amount {\n          ...MoneyFields\n        }\n      }\n      totalExpenses {\n        ...MoneyFields\n      }\n      netProfit {\n        ...MoneyFields\n      }\n    }\n  }\n": types.AdminProfitAndLossDocument,
    "\n  query AdminVendorStatement($vendorId: ID!, $currency: String!, $from: DateTime!, $to: DateTime!) {\n    vendorStatement(vendorId: $vendorId, currency: $currency, from: $from, to: $to) {\n      vendorId\n      opening {\n        ...MoneyFields\n      }\n      sales {\n        ...MoneyFields\n      }\n      refunds {\n        ...MoneyFields\n      }\n      commission {\n        ...MoneyFields\n      }\n      payouts {\n        ...MoneyFields\n      }\n      adjustments {\n        ...MoneyFields\n      }\n      closing {\n        ...MoneyFields\n      }\n    }\n  }\n": types.AdminVendorStatementDocument,
    "\n  query AdminReportCurrencies($vendorId: ID) {\n    ledgerReportCurrencies(vendorId: $vendorId)\n  }\n": types.AdminReportCurrenciesDocument,
    "\n  query AdminLedgerReportPdf($report: LedgerReportPdf!, $from: DateTime, $to: DateTime, $currency: String, $timeZone: String) {\n    ledgerReportPdf(report: $report, from: $from, to: $to, currency: $currency, timeZone: $timeZone) {\n      filename\n      contentBase64\n    }\n  }\n": types.AdminLedgerReportPdfDocument,
    "\n  query AdminVendorStatementPdf($vendorId: ID!, $from: DateTime!, $to: DateTime!, $currency: String, $timeZone: String) {\n    vendorStatementPdf(vendorId: $vendorId, from: $from, to: $to, currency: $currency, timeZone: $timeZone) {\n      filename\n      contentBase64\n    }\n  }\n": types.AdminVendorStatementPdfDocument,
    "\n  query GiftCardProducts($ids: [ID!]!) {\n    giftCardProducts(productIds: $ids)\n  }\n": types.GiftCardProductsDocument,
    "\n  mutation AdminSetGiftCardProduct($productId: ID!, $giftCard: Boolean!) {\n    setGiftCardProduct(productId: $productId, giftCard: $giftCard) {\n      giftCard\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.AdminSetGiftCardProductDocument,
    "\n  fragment InvoiceSummary on Invoice {\n    id\n    kind\n    number\n    vendorName\n    issuedAt\n    total {\n      ...MoneyFields\n    }\n  }\n": types.InvoiceSummaryFragmentDoc,
    "\n  query OrderInvoices($orderId: ID!) {\n    orderInvoices(orderId: $orderId) {\n      ...InvoiceSummary\n    }\n  }\n": types.OrderInvoicesDocument,
    "\n  query InvoicePdf($id: ID!) {\n    invoice(id: $id) {\n      id\n      number\n      pdfBase64\n    }\n  }\n": types.InvoicePdfDocument,
    "\n  query GuestOrderInvoices($orderId: ID!, $cartToken: String!) {\n    guestOrderInvoices(orderId: $orderId, cartToken: $cartToken) {\n      ...InvoiceSummary\n    }\n  }\n": types.GuestOrderInvoicesDocument,
    "\n  query GuestInvoicePdf($id: ID!, $cartToken: String!) {\n    guestInvoice(id: $id, cartToken: $cartToken) {\n      id\n      number\n      pdfBase64\n    }\n  }\n": types.GuestInvoicePdfDocument,
    "\n  query AdminInvoices($kind: InvoiceKind, $first: Int, $after: ID) {\n    invoices(kind: $kind, first: $first, after: $after) {\n      id\n      kind\n      number\n      orderId\n      orderNumber\n      vendorName\n      customerName\n      customerEmail\n      issuedAt\n      tax {\n        ...MoneyFields\n      }\n      total {\n        ...MoneyFields\n      }\n    }\n  }\n": types.AdminInvoicesDocument,
    "\n  query AdminInvoiceSettings {\n    invoiceSettings {\n      legalName\n      address\n      taxId\n      vatNumber\n      updatedAt\n    }\n  }\n": types.AdminInvoiceSettingsDocument,
    "\n  mutation AdminUpdateInvoiceSettings($input: UpdateInvoiceSettingsInput!) {\n    updateInvoiceSettings(input: $input) {\n      settings {\n        legalName\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminUpdateInvoiceSettingsDocument,
    "\n  query AdminVatReturn($from: DateTime!, $to: DateTime!) {\n    vatReturn(from: $from, to: $to) {\n      currency\n      taxRateBps\n      invoices\n      creditNotes\n      salesNet {\n        ...MoneyFields\n      }\n      salesVat {\n        ...MoneyFields\n      }\n      creditedNet {\n        ...MoneyFields\n      }\n      creditedVat {\n        ...MoneyFields\n      }\n      netSales {\n        ...MoneyFields\n      }\n      outputVat {\n        ...MoneyFields\n      }\n    }\n  }\n": types.AdminVatReturnDocument,
    "\n  query TenantBySlug($slug: String!) {\n    tenantBySlug(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      logoUrl\n      primaryColor\n      currency\n      customDomain\n    }\n  }\n": types.TenantBySlugDocument,
    "\n  query TenantByDomain($domain: String!) {\n    tenantByDomain(domain: $domain) {\n      slug\n      kind\n    }\n  }\n": types.TenantByDomainDocument,
    "\n  fragment SessionFields on Session {\n    accessToken\n    refreshToken\n    accessTokenExpiresAt\n    refreshTokenExpiresAt\n    user {\n      id\n      name\n      email\n    }\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken) {\n      ok\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      phone\n    }\n  }\n": types.MeDocument,
    "\n  query CategoryTree {\n    categories {\n      id\n      name\n      slug\n      children {\n        id\n        name\n        slug\n        children {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n": types.CategoryTreeDocument,
    "\n  fragment MoneyFields on Money {\n    amount\n    currency\n  }\n": types.MoneyFieldsFragmentDoc,
    "\n  fragment ProductCard on Product {\n    id\n    slug\n    title\n    availableForSale\n    vendor {\n      id\n      name\n    }\n    media {\n      url\n      alt\n      position\n    }\n    variants {\n      id\n      price(context: $priceContext) {\n        unit {\n          ...MoneyFields\n        }\n        compareAt {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n": types.ProductCardFragmentDoc,
    "\n  query StoreHome($priceContext: PriceContextInput!, $first: Int!, $marketplace: Boolean!) {\n    featured: collection(slug: \"featured\") {\n      title\n      description\n      entries(first: $first) {\n        edges {\n          node {\n            product {\n              ...ProductCard\n            }\n          }\n        }\n      }\n    }\n    newest: searchProducts(sort: NEWEST, first: $first) {\n      edges {\n        node {\n          ...ProductCard\n        }\n      }\n    }\n    vendors(first: 12) @include(if: $marketplace) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.StoreHomeDocument,
    "\n  query ProductSearch(\n    $query: String\n    $filters: ProductSearchFilters\n    $sort: ProductSort\n    $currency: String\n    $after: String\n    $first: Int!\n    $priceContext: PriceContextInput!\n  ) {\n    searchProducts(query: $query, filters: $filters, sort: $sort, currency: $currency, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProductCard\n        }\n      }\n      facets {\n        categories {\n          id\n          name\n          count\n        }\n        vendors {\n          id\n          name\n          count\n        }\n        attributes {\n          name\n          values {\n            value\n            count\n          }\n        }\n        priceRange {\n          min {\n            ...MoneyFields\n          }\n          max {\n            ...MoneyFields\n          }\n        }\n      }\n    }\n  }\n": types.ProductSearchDocument,
    "\n  query ProductPage($slug: String!, $priceContext: PriceContextInput!) {\n    product(slug: $slug) {\n      id\n      slug\n      title\n      description\n      status\n      attributes\n      seoTitle\n      seoDescription\n      updatedAt\n      availableForSale\n      vendor {\n        id\n        name\n      }\n      category {\n        id\n        name\n        slug\n        parent {\n          id\n          name\n          slug\n        }\n      }\n      media {\n        id\n        url\n        alt\n        position\n      }\n      variants {\n        id\n        sku\n        title\n        options\n        position\n        availableForSale\n        price(context: $priceContext) {\n          unit {\n            ...MoneyFields\n          }\n          compareAt {\n            ...MoneyFields\n          }\n          taxInclusive\n        }\n      }\n    }\n  }\n": types.ProductPageDocument,
    "\n  query VendorProfile($id: ID!) {\n    vendor(id: $id) {\n      id\n      slug\n      name\n      status\n      createdAt\n    }\n  }\n": types.VendorProfileDocument,
    "\n  query VendorList($first: Int!, $after: String) {\n    vendors(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          createdAt\n        }\n      }\n    }\n  }\n": types.VendorListDocument,
    "\n  query SitemapProducts($first: Int!, $after: String) {\n    products(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          slug\n          updatedAt\n        }\n      }\n    }\n  }\n": types.SitemapProductsDocument,
    "\n  query MyVendor {\n    myVendor {\n      id\n      name\n      status\n    }\n  }\n": types.MyVendorDocument,
    "\n  mutation ApplyAsVendor($input: VendorApplicationInput!) {\n    applyAsVendor(input: $input) {\n      vendor {\n        id\n        name\n        status\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ApplyAsVendorDocument,
    "\n  query PosCatalogue($after: String, $priceContext: PriceContextInput!) {\n    products(status: ACTIVE, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          category {\n            id\n          }\n          vendor {\n            id\n          }\n          variants {\n            id\n            sku\n            barcode\n            title\n            price(context: $priceContext) {\n              unit {\n                amount\n              }\n              taxInclusive\n              taxRateBps\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PosCatalogueDocument,
    "\n  query PosCoupons {\n    posCoupons {\n      id\n      codeHash\n      kind\n      percentBps\n      amount\n      currency\n      minimumSpend\n      productIds\n      categoryIds\n      vendorIds\n      startsAt\n      endsAt\n    }\n  }\n": types.PosCouponsDocument,
    "\n  query PosStock($locationId: ID!, $after: String) {\n    stockLevels(locationId: $locationId, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          variantId\n          onHand\n        }\n      }\n    }\n  }\n": types.PosStockDocument,
    "\n  query PosTill {\n    posTill {\n      device {\n        id\n        name\n        locationId\n      }\n      receiptPrefix\n      cashiers {\n        id\n        name\n        role\n        discountLimitBps\n        pinSalt\n        pinHash\n      }\n      settings {\n        receiptHeader\n        receiptFooter\n        vatNumber\n      }\n      openSession {\n        id\n        openedAt\n        openingFloat {\n          amount\n        }\n      }\n      nextSequence\n    }\n    currentTenant {\n      currency\n    }\n  }\n": types.PosTillDocument,
    "\n  query PosLocations {\n    locations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PosLocationsDocument,
    "\n  mutation PosPair($code: String!) {\n    pairPosDevice(code: $code) {\n      deviceKey\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.PosPairDocument,
    "\n  mutation PosSync($events: [PosEventInput!]!) {\n    syncPosBatch(events: $events) {\n      results {\n        clientId\n        status\n      }\n      lastSequence\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.PosSyncDocument,
    "\n  query PosReceipt($code: String!) {\n    posReceipt(code: $code) {\n      sale {\n        receiptNumber\n        occurredAt\n        lines {\n          variantId\n          title\n          quantity\n          unitPrice {\n            formatted\n          }\n          discount {\n            amount\n            formatted\n          }\n          total {\n            formatted\n          }\n        }\n        tax {\n          formatted\n        }\n        total {\n          formatted\n        }\n        change {\n          amount\n          formatted\n        }\n        tenders {\n          tender\n          reference\n          amount {\n            formatted\n          }\n        }\n      }\n      settings {\n        receiptHeader\n        receiptFooter\n        vatNumber\n      }\n    }\n  }\n": types.PosReceiptDocument,
    "\n  query PosCustomer($email: String, $phone: String) {\n    posCustomer(email: $email, phone: $phone) {\n      id\n      name\n      points\n      pointsValue\n      pointsCurrency\n    }\n  }\n": types.PosCustomerDocument,
    "\n  mutation TakePosHold($input: TakePosHoldInput!) {\n    takePosHold(input: $input) {\n      hold {\n        id\n        kind\n        amount\n        points\n        status\n        expiresAt\n        remainingPoints\n        remainingGiftCard\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.TakePosHoldDocument,
    "\n  mutation SendPosPointsCode($customerUserId: ID!, $points: Int!) {\n    sendPosPointsCode(customerUserId: $customerUserId, points: $points) {\n      sent {\n        sentTo\n        channel\n        maxPoints\n        expiresAt\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.SendPosPointsCodeDocument,
    "\n  mutation ReleasePosHold($holdId: ID!) {\n    releasePosHold(holdId: $holdId) {\n      hold {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ReleasePosHoldDocument,
    "\n  fragment AdminPromotionFields on Promotion {\n    id\n    vendorId\n    name\n    kind\n    buyQuantity\n    getQuantity\n    getPercentBps\n    threshold {\n      ...MoneyFields\n    }\n    amount {\n      ...MoneyFields\n    }\n    bundlePrice {\n      ...MoneyFields\n    }\n    productIds\n    variantIds\n    discountGiven {\n      ...MoneyFields\n    }\n    startsAt\n    endsAt\n    active\n  }\n": types.AdminPromotionFieldsFragmentDoc,
    "\n  query AdminPromotions {\n    promotions {\n      ...AdminPromotionFields\n    }\n  }\n": types.AdminPromotionsDocument,
    "\n  mutation AdminCreatePromotion($input: PromotionInput!) {\n    createPromotion(input: $input) {\n      promotion {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminCreatePromotionDocument,
    "\n  mutation AdminUpdatePromotion($id: ID!, $input: PromotionInput!) {\n    updatePromotion(id: $id, input: $input) {\n      promotion {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminUpdatePromotionDocument,
    "\n  mutation AdminDeactivatePromotion($id: ID!) {\n    deactivatePromotion(id: $id) {\n      promotion {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminDeactivatePromotionDocument,
    "\n  query AdminRewards($after: String) {\n    giftCards(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          last4\n          initialValue {\n            ...MoneyFields\n          }\n          balance {\n            ...MoneyFields\n          }\n          status\n          source\n          expiresAt\n          recipientEmail\n          note\n          createdAt\n        }\n      }\n    }\n    loyaltyProgramme {\n      ...LoyaltyProgrammeFields\n    }\n  }\n": types.AdminRewardsDocument,
    "\n  fragment LoyaltyProgrammeFields on LoyaltyProgramme {\n    enabled\n    currency\n    spendPerPoint {\n      ...MoneyFields\n    }\n    pointValue {\n      ...MoneyFields\n    }\n    expiryDays\n    maxRedeemBps\n    tiers {\n      name\n      minPoints\n      multiplierBps\n    }\n  }\n": types.LoyaltyProgrammeFieldsFragmentDoc,
    "\n  fragment CustomerRewardsFields on CustomerRewards {\n    userId\n    points\n    pointsValue {\n      ...MoneyFields\n    }\n    tier\n    pointsEarnedLastYear\n    storeCredit {\n      ...MoneyFields\n    }\n    history {\n      id\n      kind\n      points\n      amount {\n        ...MoneyFields\n      }\n      reason\n      note\n      createdAt\n    }\n  }\n": types.CustomerRewardsFieldsFragmentDoc,
    "\n  query AdminCustomerRewards($userId: ID!) {\n    customerRewards(userId: $userId) {\n      ...CustomerRewardsFields\n    }\n  }\n": types.AdminCustomerRewardsDocument,
    "\n  query AdminCustomerSearch($text: String!, $after: String) {\n    customerSearch(text: $text, first: 20, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          phone\n        }\n      }\n    }\n  }\n": types.AdminCustomerSearchDocument,
    "\n  mutation AdminIssueGiftCard($input: IssueGiftCardInput!) {\n    issueGiftCard(input: $input) {\n      code\n      giftCard {\n        id\n        last4\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminIssueGiftCardDocument,
    "\n  mutation AdminSetGiftCardStatus($id: ID!, $status: GiftCardStatus!) {\n    setGiftCardStatus(id: $id, status: $status) {\n      giftCard {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSetGiftCardStatusDocument,
    "\n  mutation AdminSaveLoyaltyProgramme($input: SaveLoyaltyProgrammeInput!) {\n    saveLoyaltyProgramme(input: $input) {\n      programme {\n        enabled\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSaveLoyaltyProgrammeDocument,
    "\n  mutation AdminAdjustPoints($input: AdjustPointsInput!) {\n    adjustPoints(input: $input) {\n      rewards {\n        userId\n        points\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminAdjustPointsDocument,
    "\n  mutation AdminAdjustStoreCredit($input: AdjustStoreCreditInput!) {\n    adjustStoreCredit(input: $input) {\n      rewards {\n        userId\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminAdjustStoreCreditDocument,
    "\n  query ShopGiftCardBalance($code: String!) {\n    giftCardBalance(code: $code) {\n      last4\n      balance {\n        ...MoneyFields\n      }\n      status\n      expiresAt\n    }\n  }\n": types.ShopGiftCardBalanceDocument,
    "\n  query ShopMyRewards {\n    myRewards {\n      ...CustomerRewardsFields\n    }\n    loyaltyProgramme {\n      ...LoyaltyProgrammeFields\n    }\n  }\n": types.ShopMyRewardsDocument,
    "\n  query ShopPayWith {\n    myRewards {\n      points\n      storeCredit {\n        ...MoneyFields\n      }\n    }\n    loyaltyProgramme {\n      ...LoyaltyProgrammeFields\n    }\n  }\n": types.ShopPayWithDocument,
    "\n  query ShopLoyaltyProgramme {\n    loyaltyProgramme {\n      ...LoyaltyProgrammeFields\n    }\n  }\n": types.ShopLoyaltyProgrammeDocument,
    "\n  mutation RiderReportLocation($shipmentId: ID!, $latitude: Float!, $longitude: Float!, $accuracyMeters: Float!) {\n    reportRiderLocation(shipmentId: $shipmentId, latitude: $latitude, longitude: $longitude, accuracyMeters: $accuracyMeters) {\n      accepted\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.RiderReportLocationDocument,
    "\n  fragment RiderTrackingFields on RiderTracking {\n    orderId\n    shipments {\n      shipmentId\n      status\n      positions {\n        latitude\n        longitude\n        accuracyMeters\n        at\n      }\n    }\n  }\n": types.RiderTrackingFieldsFragmentDoc,
    "\n  query ShopRiderTracking($orderId: ID!, $cartToken: String) {\n    riderTracking(orderId: $orderId, cartToken: $cartToken) {\n      trackingKey\n      ...RiderTrackingFields\n    }\n  }\n": types.ShopRiderTrackingDocument,
    "\n  query RiderTrackingByKey($orderId: ID!, $trackingKey: String!) {\n    riderTracking(orderId: $orderId, trackingKey: $trackingKey) {\n      ...RiderTrackingFields\n    }\n  }\n": types.RiderTrackingByKeyDocument,
    "\n  subscription RiderTrackingLive($orderId: ID!, $trackingKey: String!) {\n    riderTracking(orderId: $orderId, trackingKey: $trackingKey) {\n      ...RiderTrackingFields\n    }\n  }\n": types.RiderTrackingLiveDocument,
    "\n  fragment AdminShipmentFields on Shipment {\n    id\n    orderId\n    orderNumber\n    carrier\n    trackingNumber\n    status\n    riderUserId\n    codeTriesLeft\n    codeLocked\n    failureReason\n    overrideReason\n    createdAt\n    deliveredAt\n    quotedPrice {\n      amount\n      currency\n    }\n    amountToCollect {\n      amount\n      currency\n    }\n    address {\n      name\n      phone\n      line1\n      line2\n      city\n      region\n      country\n      latitude\n      longitude\n    }\n    items {\n      id\n      title\n      sku\n      quantity\n    }\n    returnRequestId\n    returnItems {\n      id\n      title\n      quantity\n    }\n  }\n": types.AdminShipmentFieldsFragmentDoc,
    "\n  query AdminShipments($status: ShipmentStatus, $orderId: ID) {\n    shipments(status: $status, orderId: $orderId, first: 100) {\n      ...AdminShipmentFields\n    }\n  }\n": types.AdminShipmentsDocument,
    "\n  query AdminShipment($id: ID!) {\n    shipment(id: $id) {\n      ...AdminShipmentFields\n      vendorOrderId\n      pickedUpAt\n      packages {\n        id\n        weightGrams\n        lengthMm\n        widthMm\n        heightMm\n      }\n      events {\n        id\n        status\n        note\n        location\n        fromCarrier\n        at\n      }\n    }\n  }\n": types.AdminShipmentDocument,
    "\n  query AdminShipmentOrder($id: ID!) {\n    shippingCarriers\n    order(id: $id) {\n      id\n      number\n      status\n      shippingAddress {\n        latitude\n        longitude\n      }\n      vendorOrders {\n        id\n        vendorName\n        lines {\n          id\n          title\n          sku\n          quantity\n          source\n        }\n      }\n    }\n    shipments(orderId: $id, first: 100) {\n      id\n      status\n      trackingNumber\n      items {\n        id\n        quantity\n        orderLineId\n      }\n    }\n  }\n": types.AdminShipmentOrderDocument,
    "\n  query AdminShipmentQuote($orderId: ID!, $carrier: CarrierName!, $packages: [ShipmentPackageInput!]!, $latitude: Float, $longitude: Float) {\n    shipmentQuote(orderId: $orderId, carrier: $carrier, packages: $packages, latitude: $latitude, longitude: $longitude) {\n      price {\n        amount\n        currency\n      }\n      etaHours\n    }\n  }\n": types.AdminShipmentQuoteDocument,
    "\n  query RiderDeliveries {\n    myDeliveries {\n      ...AdminShipmentFields\n    }\n  }\n": types.RiderDeliveriesDocument,
    "\n  mutation AdminCreateShipment($input: CreateShipmentInput!) {\n    createShipment(input: $input) {\n      shipment {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminCreateShipmentDocument,
    "\n  mutation RiderStepShipment($shipmentId: ID!, $status: ShipmentRiderStep!, $note: String) {\n    stepShipment(shipmentId: $shipmentId, status: $status, note: $note) {\n      shipment {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.RiderStepShipmentDocument,
    "\n  mutation RiderDeliverShipment($shipmentId: ID!, $code: String!, $collection: ShipmentCollectionInput) {\n    deliverShipment(shipmentId: $shipmentId, code: $code, collection: $collection) {\n      shipment {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.RiderDeliverShipmentDocument,
    "\n  mutation AdminOverrideShipmentDelivery($shipmentId: ID!, $reason: String!, $collection: ShipmentCollectionInput) {\n    overrideShipmentDelivery(shipmentId: $shipmentId, reason: $reason, collection: $collection) {\n      shipment {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminOverrideShipmentDeliveryDocument,
    "\n  mutation AdminCloseShipment($shipmentId: ID!, $status: ShipmentClose!, $note: String!) {\n    closeShipment(shipmentId: $shipmentId, status: $status, note: $note) {\n      shipment {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminCloseShipmentDocument,
    "\n  mutation AdminSimulateCarrierEvent($shipmentId: ID!, $status: ShipmentStatus!) {\n    simulateCarrierEvent(shipmentId: $shipmentId, status: $status) {\n      shipment {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminSimulateCarrierEventDocument,
    "\n  query ShopOrderShipments($orderId: ID!, $cartToken: String) {\n    orderShipments(orderId: $orderId, cartToken: $cartToken) {\n      deliveryCode\n      shipment {\n        id\n        carrier\n        trackingNumber\n        status\n        items {\n          id\n          title\n          quantity\n        }\n        events {\n          id\n          status\n          note\n          location\n          at\n        }\n      }\n    }\n  }\n": types.ShopOrderShipmentsDocument,
    "\n  query AdminKwikAccount {\n    kwikAccount {\n      connected\n      emailMasked\n      domainName\n      baseUrl\n      callbackUrl\n      updatedAt\n      pickup {\n        name\n        phone\n        address\n        latitude\n        longitude\n      }\n    }\n  }\n": types.AdminKwikAccountDocument,
    "\n  mutation AdminConnectKwik($input: KwikAccountInput!) {\n    connectKwik(input: $input) {\n      account {\n        connected\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminConnectKwikDocument,
    "\n  mutation AdminDisconnectKwik {\n    disconnectKwik {\n      account {\n        connected\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n": types.AdminDisconnectKwikDocument,
    "\n  query AdminDeliveryPeople {\n    deliveryPeople {\n      userId\n      name\n      roles\n    }\n  }\n": types.AdminDeliveryPeopleDocument,
    "\n  fragment ShopAddressFields on CustomerAddress {\n    id\n    label\n    name\n    line1\n    line2\n    city\n    region\n    country\n    postalCode\n    phone\n    latitude\n    longitude\n    isDefault\n  }\n": types.ShopAddressFieldsFragmentDoc,
    "\n  query ShopMyAddresses {\n    myAddresses {\n      ...ShopAddressFields\n    }\n  }\n": types.ShopMyAddressesDocument,
    "\n  mutation ShopAddAddress($input: CustomerAddressInput!) {\n    addAddress(input: $input) {\n      address {\n        id\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": types.ShopAddAddressDocument,
    "\n  mutation ShopUpdateAddress($id: ID!, $input: CustomerAddressInput!) {\n    updateAddress(id: $id, input: $input) {\n      address {\n        id\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": types.ShopUpdateAddressDocument,
    "\n  mutation ShopSetDefaultAddress($id: ID!) {\n    setDefaultAddress(id: $id) {\n      address {\n        id\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": types.ShopSetDefaultAddressDocument,
    "\n  mutation ShopRemoveAddress($id: ID!) {\n    removeAddress(id: $id) {\n      removedAddressId\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": types.ShopRemoveAddressDocument,
    "\n  query ShopMyNotificationPreferences {\n    myNotificationPreferences {\n      marketingEmail\n      marketingSms\n      orderUpdatesSms\n      orderUpdatesWhatsapp\n    }\n  }\n": types.ShopMyNotificationPreferencesDocument,
    "\n  mutation ShopSetMyNotificationPreferences($input: NotificationPreferencesInput!) {\n    setMyNotificationPreferences(input: $input) {\n      preferences {\n        marketingEmail\n        marketingSms\n        orderUpdatesSms\n        orderUpdatesWhatsapp\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.ShopSetMyNotificationPreferencesDocument,
    "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      ok\n      userErrors {\n        code\n      }\n    }\n  }\n": types.UnsubscribeDocument,
    "\n  fragment ShopUserError on UserError {\n    code\n    message\n    field\n  }\n": types.ShopUserErrorFragmentDoc,
    "\n  fragment ShopQuoteLine on CartQuoteLine {\n    variantId\n    productId\n    quantity\n    sellable\n    reason\n    sku\n    title\n    vendorId\n    vendorName\n    unitPrice {\n      ...MoneyFields\n    }\n    total {\n      ...MoneyFields\n    }\n    tax {\n      ...MoneyFields\n    }\n  }\n": types.ShopQuoteLineFragmentDoc,
    "\n  fragment ShopCart on Cart {\n    id\n    token\n    status\n    channel\n    currency\n    lines {\n      id\n      variantId\n      quantity\n      variant {\n        id\n        title\n        options\n        product {\n          id\n          slug\n          title\n          media {\n            url\n            alt\n            position\n          }\n        }\n      }\n    }\n    quote {\n      lines {\n        ...ShopQuoteLine\n      }\n      vendors {\n        vendorId\n        vendorName\n        lines {\n          variantId\n        }\n        total {\n          ...MoneyFields\n        }\n      }\n      subtotal {\n        ...MoneyFields\n      }\n      tax {\n        ...MoneyFields\n      }\n      total {\n        ...MoneyFields\n      }\n    }\n    promotions {\n      name\n      discount {\n        ...MoneyFields\n      }\n    }\n    couponsAccepted\n    coupon {\n      code\n      freeShipping\n      discount {\n        ...MoneyFields\n      }\n      problem {\n        code\n        message\n      }\n    }\n  }\n": types.ShopCartFragmentDoc,
    "\n  query ShopCart($cartToken: String) {\n    cart(cartToken: $cartToken) {\n      ...ShopCart\n    }\n  }\n": types.ShopCartDocument,
    "\n  mutation ShopAddCartLine($input: AddCartLineInput!) {\n    addCartLine(input: $input) {\n      cart {\n        id\n        token\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": types.ShopAddCartLineDocument,
    "\n  mutation ShopUpdateCartLine($input: CartLineInput!) {\n    updateCartLine(input: $input) {\n      cart {\n        id\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": types.ShopUpdateCartLineDocument,
    "\n  mutation ShopMergeGuestCart($cartToken: String!) {\n    mergeGuestCart(cartToken: $cartToken) {\n      cart {\n        id\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": types.ShopMergeGuestCartDocument,
    "\n  query ShopShippingOptions($destination: ShippingDestinationInput!) {\n    checkoutPaymentMethods\n    checkoutUssdBanks {\n      code\n      name\n    }\n    checkoutMobileMoneyNetworks {\n      code\n      name\n    }\n    shippingOptions(destination: $destination) {\n      id\n      method\n      name\n      amount {\n        ...MoneyFields\n      }\n      freeOver {\n        ...MoneyFields\n      }\n    }\n  }\n": types.ShopShippingOptionsDocument,
    "\n  mutation ShopCheckout($input: CheckoutInput!) {\n    checkout(input: $input) {\n      order {\n        id\n        number\n      }\n      payment {\n        reference\n        status\n        authorizationUrl\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": types.ShopCheckoutDocument,
    "\n  mutation ShopRetryPayment($orderId: ID!, $cartToken: String, $returnUrl: String) {\n    retryPayment(orderId: $orderId, cartToken: $cartToken, returnUrl: $returnUrl) {\n      payment {\n        authorizationUrl\n        status\n        chargeInstruction\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": types.ShopRetryPaymentDocument,
    "\n  mutation ShopRefreshPayment($reference: String!) {\n    refreshPayment(reference: $reference) {\n      payment {\n        status\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": types.ShopRefreshPaymentDocument,
    "\n  fragment ShopOrderSummary on Order {\n    id\n    number\n    status\n    createdAt\n    total {\n      ...MoneyFields\n    }\n  }\n": types.ShopOrderSummaryFragmentDoc,
    "\n  query ShopOrder($id: ID!, $cartToken: String) {\n    order(id: $id, cartToken: $cartToken) {\n      ...ShopOrderSummary\n      fulfilmentStage\n      email\n      currency\n      subtotal {\n        ...MoneyFields\n      }\n      discount {\n        ...MoneyFields\n      }\n      shipping {\n        ...MoneyFields\n      }\n      tax {\n        ...MoneyFields\n      }\n      refundedTotal {\n        ...MoneyFields\n      }\n      prepaid {\n        ...MoneyFields\n      }\n      taxInclusive\n      shippingMethod\n      shippingAddress {\n        name\n        line1\n        line2\n        city\n        region\n        country\n        postalCode\n        phone\n      }\n      expiresAt\n      paidAt\n      cancelledAt\n      cancelReason\n      vendorOrders {\n        id\n        vendorName\n        lines {\n          id\n        }\n      }\n      lines {\n        id\n        sku\n        title\n        quantity\n        refundedQuantity\n        unitPrice {\n          ...MoneyFields\n        }\n        subtotal {\n          ...MoneyFields\n        }\n        tax {\n          ...MoneyFields\n        }\n      }\n      timeline {\n        id\n        toStatus\n        reason\n        at\n      }\n      payments {\n        reference\n        status\n        authorizationUrl\n        provider\n        method\n        bankAccountNumber\n        bankName\n        bankAccountName\n        ussdCode\n        chargeInstruction\n        mobileMoneyPhone\n        amount {\n          ...MoneyFields\n        }\n        received {\n          ...MoneyFields\n        }\n        stillToPay {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n": types.ShopOrderDocument,
    "\n  query ShopMyOrders($after: String) {\n    orders(first: 20, after: $after) {\n      edges {\n        node {\n          ...ShopOrderSummary\n          customerUserId\n          lines {\n            id\n            quantity\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ShopMyOrdersDocument,
    "\n  query ShopExportMyData {\n    exportMyData\n  }\n": types.ShopExportMyDataDocument,
    "\n  mutation ShopSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n": types.ShopSignUpDocument,
    "\n  mutation ShopRecordReferralTouch($code: String!, $visitorId: String!) {\n    recordReferralTouch(code: $code, visitorId: $visitorId) {\n      recorded\n    }\n  }\n": types.ShopRecordReferralTouchDocument,
    "\n  mutation ShopQuoteCheckoutShipping($cartToken: String, $destination: ShippingQuoteDestinationInput!) {\n    quoteCheckoutShipping(cartToken: $cartToken, destination: $destination) {\n      quote {\n        id\n        method\n        carrierName\n        etaDays\n        amount {\n          amount\n          currency\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ShopQuoteCheckoutShippingDocument,
    "\n  mutation RequestSignInCode($tenantSlug: String!, $phone: String!) {\n    requestSignInCode(tenantSlug: $tenantSlug, phone: $phone) {\n      phone\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.RequestSignInCodeDocument,
    "\n  mutation SignInWithCode($input: SignInWithCodeInput!) {\n    signInWithCode(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.SignInWithCodeDocument,
    "\n  mutation RequestAccountCode {\n    requestAccountCode {\n      sentTo\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.RequestAccountCodeDocument,
    "\n  mutation CloseMyAccount($password: String, $code: String) {\n    requestAccountDeletion(password: $password, code: $code) {\n      purgeAfter\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CloseMyAccountDocument,
    "\n  query ShopWebPushPublicKey {\n    webPushPublicKey\n  }\n": types.ShopWebPushPublicKeyDocument,
    "\n  mutation ShopRegisterPushSubscription($input: RegisterPushSubscriptionInput!) {\n    registerPushSubscription(input: $input) {\n      subscription {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.ShopRegisterPushSubscriptionDocument,
    "\n  mutation ShopRemovePushSubscription($endpoint: String!) {\n    removePushSubscription(endpoint: $endpoint) {\n      removed\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ShopRemovePushSubscriptionDocument,
    "\n  fragment ShopReturnRequestFields on ReturnRequest {\n    id\n    reference\n    orderId\n    orderNumber\n    vendorName\n    status\n    reason\n    details\n    instructions\n    refusalReason\n    exchangeNote\n    refundAmount {\n      amount\n      currency\n    }\n    createdAt\n    lines {\n      id\n      title\n      quantity\n    }\n    shippingWay\n    shippingPaidBy\n    shippingCharge {\n      amount\n      currency\n    }\n    customerCarrier\n    customerTrackingNumber\n    returnShipment {\n      id\n      carrier\n      trackingNumber\n      status\n      events {\n        id\n        status\n        note\n        location\n        at\n      }\n    }\n  }\n": types.ShopReturnRequestFieldsFragmentDoc,
    "\n  fragment ShopReturnableLineFields on ReturnableLine {\n    orderLineId\n    title\n    sku\n    quantity\n    returnable\n    closesAt\n    problem\n  }\n": types.ShopReturnableLineFieldsFragmentDoc,
    "\n  query ShopReturnableLines($orderId: ID!) {\n    returnableLines(orderId: $orderId) {\n      ...ShopReturnableLineFields\n    }\n  }\n": types.ShopReturnableLinesDocument,
    "\n  query ShopMyReturns($orderId: ID) {\n    returnRequests(first: 50, mine: true, orderId: $orderId) {\n      edges {\n        node {\n          ...ShopReturnRequestFields\n        }\n      }\n    }\n  }\n": types.ShopMyReturnsDocument,
    "\n  mutation ShopRequestReturn($input: RequestReturnInput!) {\n    requestReturn(input: $input) {\n      returnRequests {\n        id\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ShopRequestReturnDocument,
    "\n  query ShopGuestReturnableLines($orderId: ID!, $cartToken: String!) {\n    guestReturnableLines(orderId: $orderId, cartToken: $cartToken) {\n      ...ShopReturnableLineFields\n    }\n  }\n": types.ShopGuestReturnableLinesDocument,
    "\n  query ShopGuestReturns($orderId: ID!, $cartToken: String!) {\n    guestReturnRequests(orderId: $orderId, cartToken: $cartToken) {\n      ...ShopReturnRequestFields\n    }\n  }\n": types.ShopGuestReturnsDocument,
    "\n  mutation ShopGuestRequestReturn($cartToken: String!, $input: RequestReturnInput!) {\n    guestRequestReturn(cartToken: $cartToken, input: $input) {\n      returnRequests {\n        id\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ShopGuestRequestReturnDocument,
    "\n  mutation ShopLookUpGuestOrder($orderNumber: String!, $email: String!) {\n    lookUpGuestOrder(orderNumber: $orderNumber, email: $email) {\n      orderId\n      cartToken\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.ShopLookUpGuestOrderDocument,
    "\n  mutation ShopSendReturnMyself($id: ID!, $carrier: String!, $trackingNumber: String!, $cartToken: String) {\n    sendReturnMyself(id: $id, carrier: $carrier, trackingNumber: $trackingNumber, cartToken: $cartToken) {\n      returnRequest {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ShopSendReturnMyselfDocument,
    "\n  query ShopMySubscriptions {\n    mySubscriptions {\n      id\n      title\n      quantity\n      interval\n      status\n      nextChargeAt\n      lastTotal {\n        amount\n        currency\n      }\n    }\n  }\n": types.ShopMySubscriptionsDocument,
    "\n  mutation ShopPauseSubscription($id: ID!) {\n    pauseSubscription(id: $id) {\n      subscription {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ShopPauseSubscriptionDocument,
    "\n  mutation ShopResumeSubscription($id: ID!) {\n    resumeSubscription(id: $id) {\n      subscription {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ShopResumeSubscriptionDocument,
    "\n  mutation ShopSkipSubscriptionCharge($id: ID!) {\n    skipSubscriptionCharge(id: $id) {\n      subscription {\n        id\n        nextChargeAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ShopSkipSubscriptionChargeDocument,
    "\n  mutation ShopCancelSubscription($id: ID!) {\n    cancelSubscription(id: $id) {\n      subscription {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ShopCancelSubscriptionDocument,
    "\n  mutation ShopUpdateSubscription($id: ID!, $quantity: Int, $interval: SubscriptionInterval) {\n    updateSubscription(id: $id, quantity: $quantity, interval: $interval) {\n      subscription {\n        id\n        quantity\n        interval\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ShopUpdateSubscriptionDocument,
    "\n  query AdminSubscriptionList($status: SubscriptionStatus, $after: String) {\n    subscriptions(first: 25, status: $status, after: $after) {\n      edges {\n        node {\n          id\n          title\n          quantity\n          interval\n          status\n          email\n          nextChargeAt\n          failureCount\n          createdAt\n          lastTotal {\n            amount\n            currency\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    subscriptionSettings {\n      enabled\n    }\n  }\n": types.AdminSubscriptionListDocument,
    "\n  mutation AdminCancelCustomerSubscription($id: ID!) {\n    cancelCustomerSubscription(id: $id) {\n      subscription {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AdminCancelCustomerSubscriptionDocument,
    "\n  mutation AdminUpdateSubscriptionSettings($enabled: Boolean!) {\n    updateSubscriptionSettings(enabled: $enabled) {\n      settings {\n        enabled\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AdminUpdateSubscriptionSettingsDocument,
    "\n  query ShopSubscriptionSettings {\n    subscriptionSettings {\n      enabled\n    }\n  }\n": types.ShopSubscriptionSettingsDocument,
    "\n  mutation ShopSubscribe($input: SubscribeInput!) {\n    subscribe(input: $input) {\n      subscription {\n        id\n      }\n      order {\n        id\n      }\n      payment {\n        authorizationUrl\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.ShopSubscribeDocument,
    "\n  fragment TransportSeatFields on Seat {\n    label\n    row\n    column\n    seatClass\n    state\n    price {\n      amount\n      currency\n    }\n  }\n": types.TransportSeatFieldsFragmentDoc,
    "\n  fragment TransportSeatMapFields on SeatMap {\n    tripId\n    rows\n    columns\n    aisleAfterColumn\n    available\n    lastEventId\n    seats {\n      ...TransportSeatFields\n    }\n  }\n": types.TransportSeatMapFieldsFragmentDoc,
    "\n  fragment TransportTripFields on Trip {\n    id\n    operatorId\n    operator {\n      name\n    }\n    departureAt\n    currency\n    availableSeats\n    route {\n      id\n      code\n      stops\n      origin {\n        name\n        city\n      }\n      destination {\n        name\n        city\n      }\n    }\n    vehicle {\n      name\n      seatCount\n    }\n    fares {\n      seatClass\n      price {\n        amount\n        currency\n      }\n    }\n  }\n": types.TransportTripFieldsFragmentDoc,
    "\n  fragment TransportHoldFields on SeatHold {\n    id\n    tripId\n    seatLabels\n    status\n    expiresAt\n    canExtend\n    total {\n      amount\n      currency\n    }\n  }\n": types.TransportHoldFieldsFragmentDoc,
    "\n  query TransportSearchTrips($origin: String!, $destination: String!, $date: String!) {\n    searchTrips(origin: $origin, destination: $destination, date: $date) {\n      ...TransportTripFields\n    }\n  }\n": types.TransportSearchTripsDocument,
    "\n  query TransportUpcomingTrips($first: Int) {\n    upcomingTrips(first: $first) {\n      ...TransportTripFields\n    }\n  }\n": types.TransportUpcomingTripsDocument,
    "\n  query TransportParks {\n    transportRoutes {\n      origin {\n        city\n      }\n      destination {\n        city\n      }\n    }\n  }\n": types.TransportParksDocument,
    "\n  query TransportTrip($id: ID!) {\n    trip(id: $id) {\n      ...TransportTripFields\n      seatMap {\n        ...TransportSeatMapFields\n      }\n    }\n    tripPresence(tripId: $id) {\n      viewers\n    }\n  }\n": types.TransportTripDocument,
    "\n  query TransportSeatMap($tripId: ID!) {\n    seatMap(tripId: $tripId) {\n      ...TransportSeatMapFields\n    }\n  }\n": types.TransportSeatMapDocument,
    "\n  subscription TransportSeatMapLive($tripId: ID!) {\n    seatMap(tripId: $tripId) {\n      id\n      kind\n      seats {\n        ...TransportSeatFields\n      }\n    }\n  }\n": types.TransportSeatMapLiveDocument,
    "\n  subscription TransportPresenceLive($tripId: ID!) {\n    tripPresence(tripId: $tripId) {\n      viewers\n    }\n  }\n": types.TransportPresenceLiveDocument,
    "\n  mutation TransportHeartbeat($tripId: ID!, $viewerId: String!, $leaving: Boolean) {\n    tripHeartbeat(tripId: $tripId, viewerId: $viewerId, leaving: $leaving) {\n      presence {\n        viewers\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.TransportHeartbeatDocument,
    "\n  query TransportSeatHold($token: String!) {\n    seatHold(token: $token) {\n      ...TransportHoldFields\n    }\n  }\n": types.TransportSeatHoldDocument,
    "\n  mutation TransportHoldSeats($tripId: ID!, $seatLabels: [String!]!) {\n    holdSeats(tripId: $tripId, seatLabels: $seatLabels) {\n      holdToken\n      hold {\n        ...TransportHoldFields\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.TransportHoldSeatsDocument,
    "\n  mutation TransportExtendHold($holdToken: String!) {\n    extendSeatHold(holdToken: $holdToken) {\n      hold {\n        ...TransportHoldFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.TransportExtendHoldDocument,
    "\n  mutation TransportReleaseHold($holdToken: String!) {\n    releaseSeatHold(holdToken: $holdToken) {\n      hold {\n        ...TransportHoldFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.TransportReleaseHoldDocument,
    "\n  query TransportViewer {\n    me {\n      id\n      name\n      memberships {\n        role\n      }\n    }\n  }\n": types.TransportViewerDocument,
    "\n  fragment TransportBookingFields on Booking {\n    id\n    reference\n    tripId\n    channel\n    paymentReference\n    createdAt\n    total {\n      amount\n      currency\n    }\n    tickets {\n      id\n      seatLabel\n      seatClass\n      passengerName\n      qr\n      boardedAt\n      fare {\n        amount\n        currency\n      }\n    }\n  }\n": types.TransportBookingFieldsFragmentDoc,
    "\n  mutation TransportConfirmBooking($input: ConfirmBookingInput!) {\n    confirmBooking(input: $input) {\n      booking {\n        id\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.TransportConfirmBookingDocument,
    "\n  query TransportBooking($id: ID!) {\n    booking(id: $id) {\n      ...TransportBookingFields\n    }\n  }\n": types.TransportBookingDocument,
    "\n  query TransportVerificationKey {\n    ticketVerificationKey {\n      operatorId\n      keyId\n      algorithm\n      publicKey\n    }\n  }\n": types.TransportVerificationKeyDocument,
    "\n  query TransportAgentSales($first: Int) {\n    agentSales(first: $first) {\n      edges {\n        node {\n          id\n          seatLabel\n          passengerName\n          soldAt\n          status\n          conflictReason\n          amountPaid {\n            amount\n            currency\n          }\n          ticket {\n            id\n            qr\n            bookingReference\n          }\n        }\n      }\n    }\n  }\n": types.TransportAgentSalesDocument,
    "\n  query TransportTicketStatus($id: ID!) {\n    ticket(id: $id) {\n      id\n      boardedAt\n    }\n  }\n": types.TransportTicketStatusDocument,
    "\n  mutation TransportBoardTicket($qr: String!, $scannedAt: DateTime) {\n    boardTicket(qr: $qr, scannedAt: $scannedAt) {\n      ticket {\n        id\n        seatLabel\n        passengerName\n        boardedAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.TransportBoardTicketDocument,
    "\n  query TransportAgentAllotments {\n    agentAllotments {\n      id\n      tripId\n      seatLabels\n      soldSeatLabels\n    }\n  }\n": types.TransportAgentAllotmentsDocument,
    "\n  query TransportAgentTrip($id: ID!) {\n    trip(id: $id) {\n      ...TransportTripFields\n      seatMap {\n        seats {\n          label\n          seatClass\n          price {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n": types.TransportAgentTripDocument,
    "\n  mutation TransportSyncAgentSales($sales: [AgentSaleInput!]!) {\n    syncAgentSales(sales: $sales) {\n      results {\n        clientSaleId\n        status\n        sale {\n          tripId\n          seatLabel\n          conflictReason\n          ticket {\n            id\n          }\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.TransportSyncAgentSalesDocument,
    "\n  mutation TransportBuySeats($input: BuySeatsInput!) {\n    buySeats(input: $input) {\n      orderId\n      accessToken\n      payBefore\n      paymentUrl\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.TransportBuySeatsDocument,
    "\n  query TransportTripOrder($id: ID!, $accessToken: String) {\n    order(id: $id, cartToken: $accessToken) {\n      id\n      number\n      status\n      expiresAt\n      paidAt\n      cancelReason\n      total {\n        amount\n        currency\n      }\n      refundedTotal {\n        amount\n        currency\n      }\n    }\n    bookingForOrder(orderId: $id, accessToken: $accessToken) {\n      ...TransportBookingFields\n    }\n  }\n": types.TransportTripOrderDocument,
    "\n  mutation TransportRefreshPayment($reference: String!) {\n    refreshPayment(reference: $reference) {\n      payment {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.TransportRefreshPaymentDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!, $from: AccountSurface) {\n    requestPasswordReset(email: $email, from: $from) {\n      ok\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      email\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      email\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').VerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendEmailVerification($from: AccountSurface) {\n    resendEmailVerification(from: $from) {\n      sent\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').ResendEmailVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailVerified {\n    me {\n      id\n      emailVerified\n    }\n  }\n"): typeof import('./graphql').EmailVerifiedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminBeginTwoFactor {\n    beginTwoFactorEnrollment {\n      secret\n      otpauthUrl\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminBeginTwoFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminConfirmTwoFactor($code: String!) {\n    confirmTwoFactorEnrollment(code: $code) {\n      backupCodes\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminConfirmTwoFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminBeginTwoFactorReset($password: String!, $code: String!) {\n    beginTwoFactorReset(password: $password, code: $code) {\n      secret\n      otpauthUrl\n      resetToken\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminBeginTwoFactorResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminConfirmTwoFactorReset($resetToken: String!, $code: String!) {\n    confirmTwoFactorReset(resetToken: $resetToken, code: $code) {\n      backupCodes\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminConfirmTwoFactorResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminLogoutEverywhere {\n    logoutEverywhere {\n      sessionsEnded\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminLogoutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDisableTwoFactor($code: String!) {\n    disableTwoFactor(code: $code) {\n      ok\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminDisableTwoFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMySessions {\n    mySessions {\n      id\n      current\n      startedAt\n      lastActiveAt\n      twoFactorVerified\n      tenant {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AdminMySessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminEndMySession($sessionId: ID!) {\n    endMySession(sessionId: $sessionId) {\n      ok\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminEndMySessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      sessionsEnded\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRequestAccountDeletion($password: String!) {\n    requestAccountDeletion(password: $password) {\n      purgeAfter\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRequestAccountDeletionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminApiKeys($after: String) {\n    apiKeys(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          lastUsedAt\n          revokedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateApiKey($name: String!, $scopes: [String!]!) {\n    createApiKey(name: $name, scopes: $scopes) {\n      key\n      apiKey {\n        id\n        name\n        prefix\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      apiKey {\n        id\n        revokedAt\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditEvents($type: String, $after: String) {\n    auditEvents(first: 25, type: $type, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          type\n          actorUserId\n          subjectId\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAuditEvent($id: ID!) {\n    auditEvent(id: $id) {\n      id\n      type\n      actorUserId\n      subjectId\n      data\n      ip\n      requestId\n      createdAt\n    }\n  }\n"): typeof import('./graphql').AdminAuditEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminBulkPricePlan($filters: ProductSearchFilters, $after: String) {\n    searchProducts(filters: $filters, sort: NEWEST, after: $after, first: 20) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminBulkPriceProduct\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminBulkPricePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminBulkPriceProduct on Product {\n    id\n    title\n    variants {\n      id\n      sku\n      prices {\n        priceListId\n        minQuantity\n        startsAt\n        endsAt\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminBulkPriceProductFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminBulkPriceProductById($id: ID!) {\n    productById(id: $id) {\n      ...AdminBulkPriceProduct\n    }\n  }\n"): typeof import('./graphql').AdminBulkPriceProductByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRunsTrips {\n    transportRoutes {\n      id\n    }\n    categories {\n      id\n    }\n    searchProducts(first: 1) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').AdminRunsTripsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminCashPositionFields on AgentCashPosition {\n    operatorTenantId\n    agentUserId\n    currency\n    taken {\n      amount\n      currency\n    }\n    handedIn {\n      amount\n      currency\n    }\n    outstanding {\n      amount\n      currency\n    }\n    lastHandInAt\n    recentHandIns(first: 5) {\n      id\n      amount {\n        amount\n        currency\n      }\n      note\n      createdAt\n    }\n  }\n"): typeof import('./graphql').AdminCashPositionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAgentCashPositions {\n    agentCashPositions {\n      ...AdminCashPositionFields\n    }\n  }\n"): typeof import('./graphql').AdminAgentCashPositionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMyCashPosition {\n    myCashPosition {\n      ...AdminCashPositionFields\n    }\n  }\n"): typeof import('./graphql').AdminMyCashPositionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRecordCashHandIn($input: RecordCashHandInInput!) {\n    recordCashHandIn(input: $input) {\n      handIn {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRecordCashHandInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCashHandIns($agentUserId: ID, $after: String) {\n    cashHandIns(agentUserId: $agentUserId, first: 20, after: $after) {\n      edges {\n        node {\n          id\n          agentUserId\n          amount {\n            amount\n            currency\n          }\n          note\n          receivedByUserId\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCashHandInsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCatalogSettings {\n    catalogSettings {\n      taxRateBps\n      pricesIncludeTax\n      defaultCommissionBps\n    }\n  }\n"): typeof import('./graphql').AdminCatalogSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateCatalogSettings($input: UpdateCatalogSettingsInput!) {\n    updateCatalogSettings(input: $input) {\n      settings {\n        taxRateBps\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUpdateCatalogSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCollections {\n    collections(first: 100) {\n      edges {\n        node {\n          id\n          title\n          slug\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCollectionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCollection($slug: String!) {\n    collection(slug: $slug) {\n      id\n      title\n      slug\n      description\n      entries(first: 100) {\n        edges {\n          node {\n            position\n            product {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateCollection($input: CreateCollectionInput!) {\n    createCollection(input: $input) {\n      collection {\n        slug\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreateCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAddToCollection($input: AddToCollectionInput!) {\n    addToCollection(input: $input) {\n      collection {\n        slug\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAddToCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMarketplaceListings($after: String) {\n    marketplaceListings(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          commissionBps\n          active\n          createdAt\n          product {\n            id\n            title\n          }\n          vendor {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminMarketplaceListingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminListProduct($productId: ID!, $commissionBps: Int) {\n    listProductInMarketplace(productId: $productId, commissionBps: $commissionBps) {\n      listing {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminListProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveFromCollection($collectionId: ID!, $productId: ID!) {\n    removeFromCollection(collectionId: $collectionId, productId: $productId) {\n      collection {\n        slug\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRemoveFromCollectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminCategoryFields on Category {\n    id\n    name\n    slug\n    position\n  }\n"): typeof import('./graphql').AdminCategoryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCategoryTree {\n    categories {\n      ...AdminCategoryFields\n      children {\n        ...AdminCategoryFields\n        children {\n          ...AdminCategoryFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCategoryTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCategorySiblings($parentId: ID) {\n    categories(parentId: $parentId) {\n      id\n      position\n    }\n  }\n"): typeof import('./graphql').AdminCategorySiblingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      category {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreateCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateCategory($input: UpdateCategoryInput!) {\n    updateCategory(input: $input) {\n      category {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUpdateCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMoveCategory($input: MoveCategoryInput!) {\n    moveCategory(input: $input) {\n      category {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminMoveCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteCategory($id: ID!) {\n    deleteCategory(id: $id) {\n      category {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminDeleteCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProductCount($vendorId: ID) {\n    searchProducts(first: 1, filters: { vendorId: $vendorId }) {\n      totalCount\n    }\n  }\n"): typeof import('./graphql').AdminProductCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProductIds($status: ProductStatus, $vendorId: ID, $after: String) {\n    products(status: $status, vendorId: $vendorId, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n      }\n    }\n  }\n"): typeof import('./graphql').AdminProductIdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStockOverview($alerts: Int!, $movements: Int!) {\n    stockAlerts(acknowledged: false, first: $alerts) {\n      edges {\n        node {\n          ...AdminStockAlert\n        }\n      }\n    }\n    stockMovements(first: $movements) {\n      edges {\n        node {\n          ...AdminStockMovement\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminStockOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCommerceTiles {\n    orders(first: 100) {\n      edges {\n        node {\n          id\n          status\n          paidAt\n          total {\n            ...MoneyFields\n          }\n          vendorOrders {\n            subtotal {\n              ...MoneyFields\n            }\n            shipping {\n              ...MoneyFields\n            }\n            tax {\n              ...MoneyFields\n            }\n          }\n          lines {\n            productId\n            title\n            quantity\n            refundedQuantity\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCommerceTilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPayoutsDue {\n    ledgerAccounts(filter: { purpose: VENDOR_PAYABLE }, first: 100) {\n      edges {\n        node {\n          id\n          ownerId\n          balance {\n            ...MoneyFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPayoutsDueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminReadiness($withShipping: Boolean!) {\n    locations(active: true, first: 1) {\n      edges {\n        node {\n          id\n        }\n      }\n    }\n    shippingZones @include(if: $withShipping) {\n      id\n      rates {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').AdminReadinessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminTenantDomainFields on TenantDomain {\n    id\n    domain\n    verified\n    verifiedAt\n    token\n    txtRecordName\n    httpUrl\n    lastCheckedAt\n    lastError\n  }\n"): typeof import('./graphql').AdminTenantDomainFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTenantDomains {\n    tenantDomains {\n      ...AdminTenantDomainFields\n    }\n  }\n"): typeof import('./graphql').AdminTenantDomainsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAddTenantDomain($domain: String!) {\n    addTenantDomain(domain: $domain) {\n      domain {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAddTenantDomainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminVerifyTenantDomain($id: ID!) {\n    verifyTenantDomain(id: $id) {\n      domain {\n        id\n        verified\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminVerifyTenantDomainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveTenantDomain($id: ID!) {\n    removeTenantDomain(id: $id) {\n      domain {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRemoveTenantDomainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMyTenants {\n    myTenants {\n      roles\n      tenant {\n        id\n        slug\n        name\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').AdminMyTenantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSwitchTenant($tenantSlug: String!) {\n    switchTenant(tenantSlug: $tenantSlug) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSwitchTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminStockAlert on StockAlert {\n    id\n    kind\n    sku\n    available\n    threshold\n    message\n    createdAt\n    acknowledgedAt\n    location {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AdminStockAlertFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminStockMovement on StockMovement {\n    id\n    sku\n    quantity\n    reason\n    reference\n    occurredAt\n    location {\n      id\n      name\n    }\n    variant {\n      id\n      title\n      product {\n        id\n        title\n      }\n    }\n  }\n"): typeof import('./graphql').AdminStockMovementFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminLocations {\n    locations(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n          kind\n          active\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminLocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStockLevels($locationId: ID, $sku: String, $after: String, $first: Int!) {\n    stockLevels(locationId: $locationId, sku: $sku, after: $after, first: $first) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          sku\n          onHand\n          reserved\n          available\n          lowStockThreshold\n          location {\n            id\n            name\n            active\n          }\n          variant {\n            id\n            title\n            product {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminStockLevelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStockMovements($locationId: ID, $sku: String, $reason: MovementReason, $after: String, $first: Int!) {\n    stockMovements(locationId: $locationId, sku: $sku, reason: $reason, after: $after, first: $first) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...AdminStockMovement\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminStockMovementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStockIssues($acknowledged: Boolean, $conflictStatus: StockConflictStatus) {\n    stockAlerts(acknowledged: $acknowledged, first: 50) {\n      edges {\n        node {\n          ...AdminStockAlert\n        }\n      }\n    }\n    stockConflicts(status: $conflictStatus, first: 50) {\n      edges {\n        node {\n          id\n          sku\n          clientId\n          requested\n          applied\n          shortfall\n          status\n          note\n          createdAt\n          resolvedAt\n          location {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminStockIssuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAdjustStock($input: AdjustStockInput!) {\n    adjustStock(input: $input) {\n      movement {\n        id\n        quantity\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAdjustStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReceiveStock($input: ReceiveStockInput!) {\n    receiveStock(input: $input) {\n      movement {\n        id\n        quantity\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminReceiveStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminTransferStock($input: TransferStockInput!) {\n    transferStock(input: $input) {\n      transfer {\n        id\n        quantity\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminTransferStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAcknowledgeAlert($id: ID!) {\n    acknowledgeAlert(id: $id) {\n      alert {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAcknowledgeAlertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResolveConflict($id: ID!, $note: String) {\n    resolveStockConflict(id: $id, note: $note) {\n      conflict {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminResolveConflictDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminInvitations {\n    invitations(first: 50) {\n      edges {\n        node {\n          id\n          email\n          role\n          state\n          createdAt\n          expiresAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminInviteMember($email: String!, $role: Role!) {\n    inviteMember(email: $email, role: $role) {\n      token\n      invitation {\n        id\n        email\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      invitation {\n        id\n        state\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitationPreview(token: $token) {\n      email\n      role\n      expiresAt\n      hasAccount\n      tenant {\n        slug\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').InvitationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      email\n      tenant {\n        slug\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminJournalEntryFields on JournalEntry {\n    id\n    kind\n    memo\n    referenceType\n    referenceId\n    occurredAt\n    postedAt\n    reversesEntryId\n  }\n"): typeof import('./graphql').AdminJournalEntryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminJournal($kind: JournalKind, $after: String, $withRejected: Boolean!) {\n    journalEntries(filter: { kind: $kind }, after: $after, first: 25) {\n      edges {\n        node {\n          ...AdminJournalEntryFields\n          lines {\n            id\n            side\n            amount {\n              ...MoneyFields\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    rejectedPostings(first: 10) @include(if: $withRejected) {\n      edges {\n        node {\n          id\n          idempotencyKey\n          reason\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminJournalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAdjustmentAccounts {\n    ledgerAccounts(first: 100) {\n      edges {\n        node {\n          ...AdminLedgerAccountFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAdjustmentAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminJournalEntry($id: ID!, $reference: String!) {\n    journalEntry(id: $id) {\n      ...AdminJournalEntryFields\n      createdByUserId\n      lines {\n        id\n        position\n        side\n        memo\n        amount {\n          ...MoneyFields\n        }\n        account {\n          ...AdminLedgerAccountFields\n        }\n      }\n    }\n    reversals: journalEntries(filter: { referenceType: \"JournalEntry\", referenceId: $reference }, first: 5) {\n      edges {\n        node {\n          id\n          kind\n          postedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminJournalEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminPostAdjustment($input: PostAdjustmentInput!) {\n    postAdjustment(input: $input) {\n      entry {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPostAdjustmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReverseJournalEntry($id: ID!, $reason: String!) {\n    reverseJournalEntry(id: $id, reason: $reason) {\n      entry {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminReverseJournalEntryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTrialBalance($currency: String!) {\n    trialBalance(currency: $currency) {\n      currency\n      balanced\n      rows {\n        purpose\n        normalSide\n        debits {\n          ...MoneyFields\n        }\n        credits {\n          ...MoneyFields\n        }\n        balance {\n          ...MoneyFields\n        }\n      }\n      otherBooksDebits {\n        ...MoneyFields\n      }\n      otherBooksCredits {\n        ...MoneyFields\n      }\n      totalDebits {\n        ...MoneyFields\n      }\n      totalCredits {\n        ...MoneyFields\n      }\n    }\n  }\n"): typeof import('./graphql').AdminTrialBalanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPayoutSettings {\n    payoutSettings {\n      schedule\n      nextRunAt\n      thresholds {\n        currency\n        minimum {\n          ...MoneyFields\n        }\n      }\n    }\n    payoutItems(first: 25) {\n      edges {\n        node {\n          id\n          batchId\n          status\n          createdAt\n          amount {\n            ...MoneyFields\n          }\n          account {\n            ...AdminLedgerAccountFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPayoutSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetPayoutSettings($input: SetPayoutSettingsInput!) {\n    setPayoutSettings(input: $input) {\n      settings {\n        schedule\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSetPayoutSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMembers($role: Role, $after: String) {\n    members(first: 50, role: $role, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          role\n          createdAt\n          user {\n            id\n            name\n            email\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminGrantRole($email: String!, $role: Role!) {\n    grantRole(email: $email, role: $role) {\n      membership {\n        id\n        role\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminGrantRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeRole($membershipId: ID!) {\n    revokeRole(membershipId: $membershipId) {\n      membership {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRevokeRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminAgentFields on AgentProfile {\n    id\n    email\n    code\n    status\n    createdAt\n    upline {\n      id\n      code\n      email\n    }\n    downline {\n      id\n      code\n      email\n      status\n    }\n  }\n"): typeof import('./graphql').AdminAgentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAgents {\n    agents(first: 100) {\n      edges {\n        node {\n          ...AdminAgentFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAgentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAgentProfile($id: ID!) {\n    agentProfile(id: $id) {\n      ...AdminAgentFields\n    }\n    agents(first: 100) {\n      edges {\n        node {\n          id\n          code\n          email\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAgentProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMyAgentProfile {\n    myReferral {\n      code\n      link\n      agent {\n        ...AdminAgentFields\n      }\n    }\n  }\n"): typeof import('./graphql').AdminMyAgentProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateAgent($input: CreateAgentInput!) {\n    createAgent(input: $input) {\n      agent {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreateAgentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetAgentUpline($agentId: ID!, $uplineId: ID) {\n    setAgentUpline(agentId: $agentId, uplineId: $uplineId) {\n      agent {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSetAgentUplineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetAgentStatus($agentId: ID!, $status: AgentStatus!) {\n    setAgentStatus(agentId: $agentId, status: $status) {\n      agent {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSetAgentStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminRevenueModelFields on RevenueModel {\n    id\n    name\n    preset\n    residual\n    assigned\n    shares {\n      beneficiary\n      level\n      bps\n    }\n  }\n"): typeof import('./graphql').AdminRevenueModelFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRevenueModels {\n    revenueModels {\n      ...AdminRevenueModelFields\n    }\n    revenueModel {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminRevenueModelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateRevenueModel($input: CreateRevenueModelInput!) {\n    createRevenueModel(input: $input) {\n      revenueModel {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreateRevenueModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateRevenueModel($input: UpdateRevenueModelInput!) {\n    updateRevenueModel(input: $input) {\n      revenueModel {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUpdateRevenueModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAssignRevenueModel($id: ID!) {\n    assignRevenueModel(id: $id) {\n      revenueModel {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAssignRevenueModelDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAttributionSettings {\n    attributionSettings {\n      attribution\n      windowDays\n      ticketCommissionBps\n      revenueModel {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAttributionSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetAttributionSettings($input: SetAttributionSettingsInput!) {\n    setAttributionSettings(input: $input) {\n      settings {\n        windowDays\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSetAttributionSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminLedgerAccountFields on LedgerAccount {\n    id\n    ownerType\n    ownerId\n    purpose\n    currency\n    lineCount\n    balance {\n      ...MoneyFields\n    }\n  }\n"): typeof import('./graphql').AdminLedgerAccountFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPayableAccounts($purpose: LedgerPurpose!) {\n    ledgerAccounts(filter: { purpose: $purpose }, first: 100) {\n      edges {\n        node {\n          ...AdminLedgerAccountFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPayableAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMyLedgerAccounts {\n    myLedgerAccounts(first: 100) {\n      edges {\n        node {\n          ...AdminLedgerAccountFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminMyLedgerAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminLedgerStatement($accountId: ID!, $after: String) {\n    ledgerAccount(id: $accountId) {\n      ...AdminLedgerAccountFields\n    }\n    ledgerStatement(accountId: $accountId, after: $after, first: 25) {\n      edges {\n        node {\n          id\n          sequence\n          side\n          memo\n          createdAt\n          amount {\n            ...MoneyFields\n          }\n          balanceAfter {\n            ...MoneyFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AdminLedgerStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPayoutBatches($after: String) {\n    payoutBatches(after: $after, first: 25) {\n      edges {\n        node {\n          id\n          status\n          currency\n          createdAt\n          scheduledFor\n          total {\n            ...MoneyFields\n          }\n          items {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPayoutBatchesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPayoutBatch($id: ID!) {\n    payoutBatch(id: $id) {\n      id\n      status\n      currency\n      createdAt\n      submittedAt\n      completedAt\n      total {\n        ...MoneyFields\n      }\n      items {\n        id\n        status\n        paidReference\n        failureReason\n        resolvedAt\n        amount {\n          ...MoneyFields\n        }\n        heldAmount {\n          ...MoneyFields\n        }\n        bankName\n        accountNumberLast4\n        account {\n          ...AdminLedgerAccountFields\n        }\n      }\n      heldBack {\n        accountId\n        ownerType\n        ownerId\n        purpose\n        balance {\n          ...MoneyFields\n        }\n        held {\n          ...MoneyFields\n        }\n        reason\n      }\n    }\n    vendors(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    agents(first: 100) {\n      edges {\n        node {\n          userId\n          email\n          code\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPayoutBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreatePayoutBatch($currency: String!) {\n    createPayoutBatch(currency: $currency) {\n      batch {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreatePayoutBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSubmitPayoutBatch($id: ID!) {\n    submitPayoutBatch(id: $id) {\n      batch {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSubmitPayoutBatchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMarkPayoutItemPaid($id: ID!, $reference: String) {\n    markPayoutItemPaid(id: $id, reference: $reference) {\n      item {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminMarkPayoutItemPaidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMarkPayoutItemFailed($id: ID!, $reason: String!) {\n    markPayoutItemFailed(id: $id, reason: $reason) {\n      item {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminMarkPayoutItemFailedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminCommissionFields on Commission {\n    id\n    source\n    orderId\n    orderNumber\n    ticketId\n    beneficiary\n    beneficiaryId\n    level\n    status\n    flagReason\n    createdAt\n    amount {\n      ...MoneyFields\n    }\n    net {\n      ...MoneyFields\n    }\n  }\n"): typeof import('./graphql').AdminCommissionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCommissions($status: CommissionStatus, $after: String) {\n    commissions(filter: { status: $status }, after: $after, first: 25) {\n      edges {\n        node {\n          ...AdminCommissionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCommissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMyCommissions($status: CommissionStatus, $after: String) {\n    myReferral {\n      code\n      link\n    }\n    myCommissions(status: $status, after: $after, first: 25) {\n      edges {\n        node {\n          ...AdminCommissionFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AdminMyCommissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOwnerDirectory($withAgents: Boolean!) {\n    vendors(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    agents(first: 100) @include(if: $withAgents) {\n      edges {\n        node {\n          userId\n          email\n          code\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminOwnerDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminNotificationMessageFields on NotificationMessage {\n    id\n    template\n    channel\n    recipient\n    locale\n    status\n    lastError\n    attempts\n    createdAt\n  }\n"): typeof import('./graphql').AdminNotificationMessageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminNotificationMessages($status: NotificationStatus, $channel: NotificationChannel, $recipient: String, $after: String) {\n    notificationMessages(status: $status, channel: $channel, recipient: $recipient, first: 30, after: $after) {\n      edges {\n        node {\n          ...AdminNotificationMessageFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AdminNotificationMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminNotificationMessage($id: ID!) {\n    notificationMessage(id: $id) {\n      ...AdminNotificationMessageFields\n      subject\n      body\n      lastError\n      provider\n      providerMessageId\n      sentAt\n      deliveredAt\n      nextAttemptAt\n    }\n  }\n"): typeof import('./graphql').AdminNotificationMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRetryNotification($id: ID!) {\n    retryNotification(id: $id) {\n      message {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRetryNotificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminNotificationTemplateFields on NotificationTemplate {\n    key\n    channel\n    locale\n    subject\n    body\n    customised\n    variables\n  }\n"): typeof import('./graphql').AdminNotificationTemplateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminNotificationTemplates($locale: String) {\n    notificationTemplates(locale: $locale) {\n      ...AdminNotificationTemplateFields\n    }\n  }\n"): typeof import('./graphql').AdminNotificationTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPreviewNotificationTemplate($input: NotificationTemplateInput!) {\n    previewNotificationTemplate(input: $input) {\n      subject\n      text\n      html\n    }\n  }\n"): typeof import('./graphql').AdminPreviewNotificationTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSaveNotificationTemplate($input: NotificationTemplateInput!) {\n    saveNotificationTemplate(input: $input) {\n      template {\n        ...AdminNotificationTemplateFields\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSaveNotificationTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResetNotificationTemplate($key: String!, $channel: NotificationChannel!, $locale: String!) {\n    resetNotificationTemplate(key: $key, channel: $channel, locale: $locale) {\n      template {\n        ...AdminNotificationTemplateFields\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminResetNotificationTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminNotificationProviders {\n    notificationProviders {\n      channel\n      provider\n      senderId\n      baseUrl\n      configured\n      sandbox\n      deliveryReportUrl\n    }\n  }\n"): typeof import('./graphql').AdminNotificationProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSaveNotificationProvider($input: SaveNotificationProviderInput!) {\n    saveNotificationProvider(input: $input) {\n      provider {\n        channel\n        provider\n        configured\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSaveNotificationProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSandboxMessages($channel: NotificationChannel, $to: String) {\n    sandboxMessages(channel: $channel, to: $to, first: 100) {\n      id\n      channel\n      provider\n      from\n      to\n      subject\n      text\n      html\n      receivedAt\n    }\n  }\n"): typeof import('./graphql').AdminSandboxMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrderList($status: OrderStatus, $after: String) {\n    orders(status: $status, after: $after, first: 25) {\n      edges {\n        node {\n          id\n          number\n          status\n          createdAt\n          email\n          disputed\n          total {\n            ...MoneyFields\n          }\n          vendorOrders {\n            vendorName\n            subtotal {\n              ...MoneyFields\n            }\n            shipping {\n              ...MoneyFields\n            }\n            tax {\n              ...MoneyFields\n            }\n          }\n          lines {\n            quantity\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AdminOrderListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrderDetail($id: ID!) {\n    order(id: $id) {\n      id\n      number\n      status\n      fulfilmentStage\n      channel\n      email\n      customerUserId\n      referralCode\n      currency\n      subtotal {\n        ...MoneyFields\n      }\n      discount {\n        ...MoneyFields\n      }\n      shipping {\n        ...MoneyFields\n      }\n      tax {\n        ...MoneyFields\n      }\n      total {\n        ...MoneyFields\n      }\n      refundedTotal {\n        ...MoneyFields\n      }\n      prepaid {\n        ...MoneyFields\n      }\n      amountDue {\n        ...MoneyFields\n      }\n      tenders {\n        kind\n        points\n        status\n        amount {\n          ...MoneyFields\n        }\n        refunded {\n          ...MoneyFields\n        }\n      }\n      taxInclusive\n      shippingMethod\n      shippingAddress {\n        name\n        line1\n        line2\n        city\n        region\n        country\n        postalCode\n        phone\n      }\n      disputed\n      expiresAt\n      paidAt\n      cancelledAt\n      cancelReason\n      createdAt\n      vendorOrders {\n        id\n        vendorId\n        vendorName\n        fulfilmentStage\n        subtotal {\n          ...MoneyFields\n        }\n        shipping {\n          ...MoneyFields\n        }\n        tax {\n          ...MoneyFields\n        }\n        commissionBps\n        commission {\n          ...MoneyFields\n        }\n        lines {\n          id\n          sku\n          title\n          quantity\n          refundedQuantity\n          stockStatus\n          unitPrice {\n            ...MoneyFields\n          }\n          subtotal {\n            ...MoneyFields\n          }\n          tax {\n            ...MoneyFields\n          }\n        }\n      }\n      timeline {\n        id\n        fromStatus\n        toStatus\n        actorType\n        vendorName\n        reason\n        at\n      }\n      payments {\n        id\n        provider\n        reference\n        status\n        amount {\n          ...MoneyFields\n        }\n        method\n        bankAccountNumber\n        bankName\n        ussdBank\n        ussdCode\n        mobileMoneyNetwork\n        mobileMoneyPhone\n        received {\n          ...MoneyFields\n        }\n        stillToPay {\n          ...MoneyFields\n        }\n        collectedVia\n        collectedAt\n        handedIn\n        failureReason\n        createdAt\n        succeededAt\n      }\n      refunds {\n        id\n        status\n        reason\n        restock\n        automatic\n        failureReason\n        createdAt\n        amount {\n          ...MoneyFields\n        }\n        lines {\n          orderLineId\n          quantity\n          subtotal {\n            ...MoneyFields\n          }\n          tax {\n            ...MoneyFields\n          }\n        }\n      }\n      disputes {\n        id\n        status\n        reason\n        resolution\n        openedAt\n        closedAt\n      }\n    }\n  }\n"): typeof import('./graphql').AdminOrderDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminOrderResult on OrderPayload {\n    order {\n      id\n      status\n    }\n    userErrors {\n      ...AdminUserError\n    }\n  }\n"): typeof import('./graphql').AdminOrderResultFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminFulfilOrder($orderId: ID!, $note: String) {\n    fulfilOrder(orderId: $orderId, note: $note) {\n      ...AdminOrderResult\n    }\n  }\n"): typeof import('./graphql').AdminFulfilOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminShipOrder($orderId: ID!, $note: String) {\n    shipOrder(orderId: $orderId, note: $note) {\n      ...AdminOrderResult\n    }\n  }\n"): typeof import('./graphql').AdminShipOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeliverOrder($orderId: ID!, $note: String) {\n    deliverOrder(orderId: $orderId, note: $note) {\n      ...AdminOrderResult\n    }\n  }\n"): typeof import('./graphql').AdminDeliverOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCompleteOrder($orderId: ID!, $note: String) {\n    completeOrder(orderId: $orderId, note: $note) {\n      ...AdminOrderResult\n    }\n  }\n"): typeof import('./graphql').AdminCompleteOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCancelOrder($orderId: ID!, $reason: String) {\n    cancelOrder(orderId: $orderId, reason: $reason) {\n      ...AdminOrderResult\n    }\n  }\n"): typeof import('./graphql').AdminCancelOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminVendorOrderResult on VendorOrderPayload {\n    vendorOrder {\n      id\n      fulfilmentStage\n    }\n    userErrors {\n      ...AdminUserError\n    }\n  }\n"): typeof import('./graphql').AdminVendorOrderResultFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminFulfilVendorOrder($vendorOrderId: ID!, $note: String) {\n    fulfilVendorOrder(vendorOrderId: $vendorOrderId, note: $note) {\n      ...AdminVendorOrderResult\n    }\n  }\n"): typeof import('./graphql').AdminFulfilVendorOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminShipVendorOrder($vendorOrderId: ID!, $note: String) {\n    shipVendorOrder(vendorOrderId: $vendorOrderId, note: $note) {\n      ...AdminVendorOrderResult\n    }\n  }\n"): typeof import('./graphql').AdminShipVendorOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeliverVendorOrder($vendorOrderId: ID!, $note: String) {\n    deliverVendorOrder(vendorOrderId: $vendorOrderId, note: $note) {\n      ...AdminVendorOrderResult\n    }\n  }\n"): typeof import('./graphql').AdminDeliverVendorOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRefundOrder($input: RefundOrderInput!) {\n    refundOrder(input: $input) {\n      refund {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRefundOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRefundPreview($input: RefundOrderInput!) {\n    refundPreview(input: $input) {\n      amount {\n        ...MoneyFields\n      }\n      shipping {\n        ...MoneyFields\n      }\n      lines {\n        orderLineId\n        title\n        sku\n        quantity\n        amount {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRefundPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOpenDispute($orderId: ID!, $reason: String!) {\n    openDispute(orderId: $orderId, reason: $reason) {\n      dispute {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminOpenDisputeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCloseDispute($orderId: ID!, $resolution: String!) {\n    closeDispute(orderId: $orderId, resolution: $resolution) {\n      dispute {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCloseDisputeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrdersToCollect {\n    payOnDeliveryOrders(first: 100) {\n      id\n      number\n      email\n      createdAt\n      shippingAddress {\n        name\n        line1\n        city\n        phone\n      }\n      payments {\n        method\n        status\n        amount {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminOrdersToCollectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCollectOnDelivery($input: CollectOnDeliveryInput!) {\n    collectOnDelivery(input: $input) {\n      order {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCollectOnDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCollectorCash {\n    cashHeldByCollectors {\n      collectorUserId\n      openCollections\n      held {\n        amount\n        currency\n      }\n      oldestCollectedAt\n    }\n    collectorHandIns(first: 20) {\n      id\n      collectorUserId\n      expected {\n        amount\n        currency\n      }\n      amount {\n        amount\n        currency\n      }\n      overShort {\n        amount\n        currency\n      }\n      note\n      createdAt\n    }\n  }\n"): typeof import('./graphql').AdminCollectorCashDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminHandInCollectedCash($input: HandInCollectedCashInput!) {\n    handInCollectedCash(input: $input) {\n      handIn {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminHandInCollectedCashDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminVendorPayoutBank($id: ID!) {\n    vendor(id: $id) {\n      id\n      name\n      status\n      payoutBank {\n        bankName\n        accountName\n        accountNumberMasked\n      }\n    }\n  }\n"): typeof import('./graphql').AdminVendorPayoutBankDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMyVendorPayoutBank {\n    myVendor {\n      id\n      name\n      status\n      payoutBank {\n        bankName\n        accountName\n        accountNumberMasked\n      }\n    }\n  }\n"): typeof import('./graphql').AdminMyVendorPayoutBankDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetVendorPayoutBank($vendorId: ID!, $input: VendorPayoutBankInput!) {\n    setVendorPayoutBank(vendorId: $vendorId, input: $input) {\n      vendor {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSetVendorPayoutBankDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPayoutPlan($currency: String!) {\n    payoutPlan(currency: $currency) {\n      accountId\n      ownerType\n      ownerId\n      purpose\n      balance {\n        ...MoneyFields\n      }\n      held {\n        ...MoneyFields\n      }\n      payable {\n        ...MoneyFields\n      }\n      bankName\n      accountNumberLast4\n      reason\n    }\n  }\n"): typeof import('./graphql').AdminPayoutPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminPosDeviceFields on PosDevice {\n    id\n    name\n    number\n    receiptPrefix\n    locationId\n    status\n    pairingExpiresAt\n    lastSeenAt\n    backlog\n    salesCount\n    openConflicts\n  }\n"): typeof import('./graphql').AdminPosDeviceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPosDevices {\n    posDevices {\n      ...AdminPosDeviceFields\n    }\n    locations(first: 100) {\n      edges {\n        node {\n          id\n          name\n          active\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPosDevicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminPosPairingFields on PosPairingPayload {\n    device {\n      ...AdminPosDeviceFields\n    }\n    pairingCode\n    userErrors {\n      ...AdminUserError\n    }\n  }\n"): typeof import('./graphql').AdminPosPairingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRegisterPosDevice($input: RegisterPosDeviceInput!) {\n    registerPosDevice(input: $input) {\n      ...AdminPosPairingFields\n    }\n  }\n"): typeof import('./graphql').AdminRegisterPosDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRenewPosPairingCode($id: ID!) {\n    renewPosPairingCode(id: $id) {\n      ...AdminPosPairingFields\n    }\n  }\n"): typeof import('./graphql').AdminRenewPosPairingCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokePosDevice($id: ID!) {\n    revokePosDevice(id: $id) {\n      device {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRevokePosDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPosCashiers {\n    posCashiers {\n      id\n      name\n      role\n      discountLimitBps\n      active\n      createdAt\n    }\n  }\n"): typeof import('./graphql').AdminPosCashiersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSavePosCashier($input: SavePosCashierInput!) {\n    savePosCashier(input: $input) {\n      cashier {\n        id\n        name\n        active\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSavePosCashierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPosSettings {\n    posSettings {\n      receiptHeader\n      receiptFooter\n      vatNumber\n    }\n  }\n"): typeof import('./graphql').AdminPosSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdatePosSettings($input: UpdatePosSettingsInput!) {\n    updatePosSettings(input: $input) {\n      settings {\n        receiptHeader\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUpdatePosSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTillSessions($after: String) {\n    tillSessions(first: 30, after: $after) {\n      edges {\n        node {\n          id\n          deviceId\n          number\n          status\n          openedAt\n          closedAt\n          openingFloat {\n            amount\n            currency\n          }\n          report {\n            salesCount\n            netSales {\n              amount\n              currency\n            }\n            overShort {\n              amount\n              currency\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    posDevices {\n      id\n      name\n      receiptPrefix\n    }\n  }\n"): typeof import('./graphql').AdminTillSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTillSession($id: ID!) {\n    tillSession(id: $id) {\n      id\n      deviceId\n      number\n      status\n      openedAt\n      closedAt\n      openedById\n      closedById\n      report {\n        salesCount\n        returnsCount\n        sales {\n          amount\n          currency\n        }\n        discounts {\n          amount\n          currency\n        }\n        tax {\n          amount\n          currency\n        }\n        refunds {\n          amount\n          currency\n        }\n        netSales {\n          amount\n          currency\n        }\n        byTender {\n          tender\n          count\n          amount {\n            amount\n            currency\n          }\n        }\n        payIns {\n          amount\n          currency\n        }\n        payOuts {\n          amount\n          currency\n        }\n        openingFloat {\n          amount\n          currency\n        }\n        expectedCash {\n          amount\n          currency\n        }\n        countedCash {\n          amount\n          currency\n        }\n        overShort {\n          amount\n          currency\n        }\n      }\n    }\n    posSales(sessionId: $id, first: 100) {\n      edges {\n        node {\n          id\n          kind\n          receiptNumber\n          receiptCode\n          cashierId\n          occurredAt\n          total {\n            amount\n            currency\n          }\n          tenders {\n            tender\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n      }\n    }\n    posCashiers {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AdminTillSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPosDevice($id: ID!) {\n    posDevice(id: $id) {\n      id\n      name\n      receiptPrefix\n    }\n  }\n"): typeof import('./graphql').AdminPosDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPosConflicts($open: Boolean) {\n    posConflicts(open: $open) {\n      id\n      deviceId\n      saleId\n      kind\n      message\n      createdAt\n      resolvedAt\n      resolution\n    }\n    posDevices {\n      id\n      name\n      receiptPrefix\n    }\n    posSales(first: 100) {\n      edges {\n        node {\n          id\n          receiptNumber\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPosConflictsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResolvePosConflict($id: ID!, $note: String!) {\n    resolvePosConflict(id: $id, note: $note) {\n      conflict {\n        id\n        resolvedAt\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminResolvePosConflictDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminPriceListFields on PriceList {\n    id\n    name\n    channel\n    customerGroup\n    currency\n    priority\n    startsAt\n    endsAt\n  }\n"): typeof import('./graphql').AdminPriceListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPriceLists {\n    priceLists(first: 100) {\n      edges {\n        node {\n          ...AdminPriceListFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPriceListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPricingProduct($id: ID!) {\n    productById(id: $id) {\n      id\n      title\n      vendor {\n        id\n        name\n      }\n      variants {\n        id\n        sku\n        title\n        prices {\n          id\n          priceListId\n          minQuantity\n          startsAt\n          endsAt\n          amount {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPricingProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreatePriceList($input: CreatePriceListInput!) {\n    createPriceList(input: $input) {\n      priceList {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreatePriceListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemovePriceList($id: ID!) {\n    removePriceList(id: $id) {\n      priceList {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRemovePriceListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetSalePrice($input: SetSalePriceInput!) {\n    setSalePrice(input: $input) {\n      price {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSetSalePriceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetTierPrice($input: SetTierPriceInput!) {\n    setTierPrice(input: $input) {\n      price {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSetTierPriceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetListPrice($input: SetListPriceInput!) {\n    setListPrice(input: $input) {\n      price {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSetListPriceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemovePrice($id: ID!) {\n    removePrice(id: $id) {\n      price {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRemovePriceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminImportCategories {\n    categories {\n      id\n      slug\n      name\n      children {\n        id\n        slug\n        name\n        children {\n          id\n          slug\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminImportCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminImportSkus($after: String) {\n    products(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          variants {\n            sku\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminImportSkusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminImportCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product {\n        id\n        slug\n        variants {\n          id\n          sku\n        }\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminImportCreateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminProductRow on Product {\n    id\n    slug\n    title\n    status\n    updatedAt\n    vendor {\n      id\n      name\n    }\n    variants {\n      id\n      price(context: { currency: \"NGN\", channel: SVM }) {\n        unit {\n          amount\n          currency\n        }\n      }\n      inventory {\n        available\n      }\n    }\n  }\n"): typeof import('./graphql').AdminProductRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProductList($status: ProductStatus, $vendorId: ID, $after: String, $first: Int!) {\n    products(status: $status, vendorId: $vendorId, first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AdminProductRow\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminProductListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProductSearch($query: String, $filters: ProductSearchFilters, $after: String, $first: Int!) {\n    searchProducts(query: $query, filters: $filters, sort: NEWEST, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AdminProductRow\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminProductSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProductFormOptions($withVendors: Boolean!) {\n    categories {\n      id\n      name\n      children {\n        id\n        name\n        children {\n          id\n          name\n        }\n      }\n    }\n    vendors(first: 100) @include(if: $withVendors) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminProductFormOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProduct($id: ID!) {\n    productById(id: $id) {\n      id\n      slug\n      title\n      description\n      status\n      listing {\n        active\n        commissionBps\n      }\n      seoTitle\n      seoDescription\n      updatedAt\n      vendor {\n        id\n        name\n        status\n      }\n      category {\n        id\n        name\n      }\n      media {\n        id\n        url\n        alt\n        position\n      }\n      variants {\n        id\n        sku\n        title\n        options\n        position\n        weightGrams\n        lengthMm\n        widthMm\n        heightMm\n        prices {\n          id\n          priceListId\n          minQuantity\n          startsAt\n          endsAt\n          amount {\n            amount\n            currency\n          }\n        }\n        inventory {\n          onHand\n          reserved\n          available\n          levels {\n            id\n            onHand\n            available\n            location {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      product {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUpdateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetProductStatus($id: ID!, $status: ProductStatus!) {\n    setProductStatus(id: $id, status: $status) {\n      product {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSetProductStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAddVariant($productId: ID!, $input: ProductVariantInput!) {\n    addVariant(productId: $productId, input: $input) {\n      variant {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAddVariantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateVariant($id: ID!, $input: UpdateProductVariantInput!) {\n    updateVariant(id: $id, input: $input) {\n      variant {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUpdateVariantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetBasePrice($input: SetBasePriceInput!) {\n    setBasePrice(input: $input) {\n      price {\n        id\n        amount {\n          amount\n          currency\n        }\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSetBasePriceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAddMedia($productId: ID!, $input: ProductMediaInput!) {\n    addProductMedia(productId: $productId, input: $input) {\n      media {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAddMediaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSalesTiles($from: DateTime!, $to: DateTime!, $timeZone: String) {\n    salesSummary(from: $from, to: $to) {\n      orders\n      revenue {\n        ...MoneyFields\n      }\n      refunded {\n        ...MoneyFields\n      }\n      averageOrderValue {\n        ...MoneyFields\n      }\n    }\n    salesReport(from: $from, to: $to, groupBy: PRODUCT, timeZone: $timeZone) {\n      key\n      label\n      units\n    }\n  }\n"): typeof import('./graphql').AdminSalesTilesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSalesReport($from: DateTime!, $to: DateTime!, $groupBy: SalesGrouping!, $timeZone: String) {\n    salesSummary(from: $from, to: $to) {\n      orders\n      revenue {\n        ...MoneyFields\n      }\n      tax {\n        ...MoneyFields\n      }\n      refunded {\n        ...MoneyFields\n      }\n      averageOrderValue {\n        ...MoneyFields\n      }\n    }\n    salesReport(from: $from, to: $to, groupBy: $groupBy, timeZone: $timeZone) {\n      key\n      label\n      orders\n      units\n      revenue {\n        ...MoneyFields\n      }\n      tax {\n        ...MoneyFields\n      }\n      refunded {\n        ...MoneyFields\n      }\n      commission {\n        ...MoneyFields\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSalesReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStockReport($groupBy: StockGrouping!) {\n    stockReport(groupBy: $groupBy) {\n      key\n      label\n      product {\n        id\n        title\n      }\n      variants\n      onHand\n      reserved\n      available\n    }\n  }\n"): typeof import('./graphql').AdminStockReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTicketSalesReport($from: DateTime!, $to: DateTime!) {\n    ticketSalesReport(from: $from, to: $to) {\n      tripId\n      routeCode\n      origin\n      destination\n      departureAt\n      seats\n      seatsSold\n      seatsBoarded\n      revenue {\n        ...MoneyFields\n      }\n    }\n  }\n"): typeof import('./graphql').AdminTicketSalesReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCommissionReport($from: DateTime!, $to: DateTime!) {\n    commissionReport(from: $from, to: $to) {\n      beneficiary\n      level\n      beneficiaryId\n      agentCode\n      lines\n      amount {\n        ...MoneyFields\n      }\n      clawedBack {\n        ...MoneyFields\n      }\n      held {\n        ...MoneyFields\n      }\n      posted {\n        ...MoneyFields\n      }\n      flagged {\n        ...MoneyFields\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCommissionReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPayoutReport($from: DateTime!, $to: DateTime!) {\n    payoutReport(from: $from, to: $to) {\n      accountId\n      ownerType\n      ownerId\n      purpose\n      items\n      amount {\n        ...MoneyFields\n      }\n      paid {\n        ...MoneyFields\n      }\n      pending {\n        ...MoneyFields\n      }\n      failed {\n        ...MoneyFields\n      }\n      bankName\n      accountLast4\n      lastPaidAt\n    }\n  }\n"): typeof import('./graphql').AdminPayoutReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminReturnList($status: ReturnStatus, $after: String) {\n    returnRequests(first: 25, after: $after, status: $status) {\n      edges {\n        node {\n          id\n          reference\n          orderId\n          orderNumber\n          vendorName\n          status\n          reason\n          createdAt\n          lines {\n            id\n            quantity\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AdminReturnListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminReturnDetail($id: ID!) {\n    returnRequest(id: $id) {\n      id\n      reference\n      orderId\n      orderNumber\n      vendorName\n      status\n      reason\n      details\n      instructions\n      refusalReason\n      exchangeNote\n      refundAmount {\n        ...MoneyFields\n      }\n      shippingWay\n      shippingPaidBy\n      shippingCharge {\n        ...MoneyFields\n      }\n      customerCarrier\n      customerTrackingNumber\n      customerSentAt\n      returnShipment {\n        id\n        carrier\n        trackingNumber\n        status\n        riderUserId\n        events {\n          id\n          status\n          note\n          location\n          at\n        }\n      }\n      canRefund\n      createdAt\n      lines {\n        id\n        orderLineId\n        title\n        sku\n        quantity\n      }\n      photos {\n        id\n        width\n        height\n      }\n      timeline {\n        id\n        fromStatus\n        toStatus\n        actorType\n        note\n        at\n      }\n    }\n  }\n"): typeof import('./graphql').AdminReturnDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminReturnSettings {\n    returnSettings {\n      windowDays\n    }\n  }\n"): typeof import('./graphql').AdminReturnSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateReturnSettings($windowDays: Int!) {\n    updateReturnSettings(windowDays: $windowDays) {\n      settings {\n        windowDays\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUpdateReturnSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminApproveReturn($id: ID!, $instructions: String!) {\n    approveReturn(id: $id, instructions: $instructions) {\n      returnRequest {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminApproveReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRefuseReturn($id: ID!, $reason: String!) {\n    refuseReturn(id: $id, reason: $reason) {\n      returnRequest {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRefuseReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReceiveReturn($id: ID!, $note: String) {\n    receiveReturn(id: $id, note: $note) {\n      returnRequest {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminReceiveReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminExchangeReturn($id: ID!, $note: String!, $restock: Boolean) {\n    exchangeReturn(id: $id, note: $note, restock: $restock) {\n      returnRequest {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminExchangeReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRefundReturn($id: ID!, $restock: Boolean) {\n    refundReturn(id: $id, restock: $restock) {\n      returnRequest {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRefundReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminArrangeReturnShipping($input: ArrangeReturnShippingInput!) {\n    arrangeReturnShipping(input: $input) {\n      returnRequest {\n        id\n        shippingWay\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminArrangeReturnShippingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReceiveReturnShipment($id: ID!, $note: String) {\n    receiveReturnShipment(id: $id, note: $note) {\n      returnRequest {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminReceiveReturnShipmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminViewer {\n    me {\n      id\n      name\n      email\n      twoFactorEnabled\n      memberships {\n        role\n      }\n    }\n    currentTenant {\n      id\n      slug\n      name\n      kind\n      currency\n      primaryColor\n      logoUrl\n    }\n  }\n"): typeof import('./graphql').AdminViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMyVendor {\n    myVendor {\n      id\n      name\n      status\n    }\n  }\n"): typeof import('./graphql').AdminMyVendorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUserError on UserError {\n    code\n    message\n    field\n  }\n"): typeof import('./graphql').AdminUserErrorFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCommerceSettings {\n    commerceSettings {\n      taxShipping\n      paymentProvider\n      paymentWindowMinutes\n    }\n  }\n"): typeof import('./graphql').AdminCommerceSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateCommerceSettings($input: UpdateCommerceSettingsInput!) {\n    updateCommerceSettings(input: $input) {\n      settings {\n        taxShipping\n        paymentProvider\n        paymentWindowMinutes\n        paymentMethods\n        checkoutCarrier\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUpdateCommerceSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminShippingZones {\n    commerceSettings {\n      checkoutCarrier\n    }\n    shippingZones {\n      id\n      name\n      country\n      regions\n      rates {\n        id\n        method\n        name\n        active\n        amount {\n          ...MoneyFields\n        }\n        freeOver {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminShippingZonesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetShippingZone($input: ShippingZoneInput!) {\n    setShippingZone(input: $input) {\n      zone {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSetShippingZoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveShippingZone($id: ID!) {\n    removeShippingZone(id: $id) {\n      zone {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRemoveShippingZoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetShippingRate($input: ShippingRateInput!) {\n    setShippingRate(input: $input) {\n      rate {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSetShippingRateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveShippingRate($id: ID!) {\n    removeShippingRate(id: $id) {\n      rate {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRemoveShippingRateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPaymentSettings {\n    commerceSettings {\n      paymentProvider\n      paymentMethods\n      payOnDeliveryMaxTotal\n    }\n    paymentProviderAccounts {\n      provider\n      publicKey\n      hasWebhookSecret\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').AdminPaymentSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetPaymentProviderCredentials($input: PaymentProviderCredentialsInput!) {\n    setPaymentProviderCredentials(input: $input) {\n      account {\n        provider\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSetPaymentProviderCredentialsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminLocationList {\n    locations(first: 100) {\n      edges {\n        node {\n          id\n          code\n          name\n          kind\n          active\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminLocationListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateLocation($input: CreateLocationInput!) {\n    createLocation(input: $input) {\n      location {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreateLocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateLocation($input: UpdateLocationInput!) {\n    updateLocation(input: $input) {\n      location {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUpdateLocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeactivateLocation($id: ID!) {\n    deactivateLocation(id: $id) {\n      location {\n        id\n        active\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminDeactivateLocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminReorderSuggestions($locationId: ID, $after: String, $first: Int!) {\n    reorderSuggestions(locationId: $locationId, after: $after, first: $first) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          available\n          reorderPoint\n          suggestedQuantity\n          stockLevel {\n            id\n            sku\n            onHand\n            location {\n              id\n              name\n            }\n            variant {\n              id\n              title\n              product {\n                id\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminReorderSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminStockThresholds($sku: String!, $locationId: ID) {\n    stockLevels(sku: $sku, locationId: $locationId, first: 10) {\n      edges {\n        node {\n          id\n          sku\n          available\n          lowStockThreshold\n          reorderPoint\n          reorderQuantity\n          location {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminStockThresholdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetStockThresholds($input: SetStockThresholdsInput!) {\n    setStockThresholds(input: $input) {\n      stockLevel {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSetStockThresholdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminChannels($channel: StockChannel, $after: String) {\n    channelPolicies {\n      channel\n      mode\n      updatedAt\n    }\n    channelAllocations(channel: $channel, after: $after, first: 50) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          sku\n          channel\n          quantity\n          reserved\n          available\n          updatedAt\n          location {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminChannelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetChannelPolicy($channel: StockChannel!, $mode: ChannelMode!) {\n    setChannelPolicy(channel: $channel, mode: $mode) {\n      policy {\n        channel\n        mode\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSetChannelPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAllocateStock($input: AllocateStockInput!) {\n    allocateStock(input: $input) {\n      allocation {\n        id\n        quantity\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAllocateStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeallocateStock($input: AllocateStockInput!) {\n    deallocateStock(input: $input) {\n      allocation {\n        id\n        quantity\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminDeallocateStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminChildTenants($under: ID, $after: String) {\n    childTenants(first: 50, under: $under, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          slug\n          name\n          primaryColor\n          createdAt\n          suspendedAt\n        }\n      }\n    }\n    myTenants {\n      tenant {\n        id\n      }\n      roles\n    }\n  }\n"): typeof import('./graphql').AdminChildTenantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant {\n        id\n        slug\n        name\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreateTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminBranding {\n    currentTenant {\n      id\n      name\n      logoUrl\n      primaryColor\n    }\n  }\n"): typeof import('./graphql').AdminBrandingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateTenant($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant {\n        id\n        name\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUpdateTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTenantBySlug($slug: String!) {\n    tenantBySlug(slug: $slug) {\n      id\n      kind\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').AdminTenantBySlugDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSuspendTenant($tenantId: ID!, $reason: String!) {\n    suspendTenant(tenantId: $tenantId, reason: $reason) {\n      tenant {\n        id\n        suspendedAt\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSuspendTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReinstateTenant($tenantId: ID!) {\n    reinstateTenant(tenantId: $tenantId) {\n      tenant {\n        id\n        suspendedAt\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminReinstateTenantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTransportNetwork {\n    parks {\n      id\n      name\n      city\n      state\n    }\n    transportRoutes {\n      id\n      code\n      origin {\n        id\n        name\n        city\n      }\n      destination {\n        id\n        name\n        city\n      }\n      stops\n      fares {\n        seatClass\n        price {\n          amount\n          currency\n        }\n      }\n    }\n    vehicles {\n      id\n      registration\n      layout {\n        seats {\n          seatClass\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminTransportNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreatePark($input: CreateParkInput!) {\n    createPark(input: $input) {\n      park {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreateParkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateRoute($input: CreateRouteInput!) {\n    createRoute(input: $input) {\n      route {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreateRouteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateRoute($input: UpdateRouteInput!) {\n    updateRoute(input: $input) {\n      route {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUpdateRouteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetRouteFares($input: SetRouteFaresInput!) {\n    setRouteFares(input: $input) {\n      route {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSetRouteFaresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminVehicles {\n    vehicles {\n      id\n      registration\n      name\n      seatCount\n      layout {\n        rows\n        columns\n        aisleAfterColumn\n        seats {\n          label\n          row\n          column\n          seatClass\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminVehiclesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateVehicle($input: CreateVehicleInput!) {\n    createVehicle(input: $input) {\n      vehicle {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreateVehicleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUpcomingTrips {\n    upcomingTrips(first: 50) {\n      id\n      operatorId\n      departureAt\n      route {\n        code\n        origin {\n          name\n        }\n        destination {\n          name\n        }\n      }\n      vehicle {\n        registration\n        seatCount\n      }\n      availableSeats\n      fares {\n        seatClass\n        price {\n          amount\n          currency\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUpcomingTripsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminScheduleTrip($input: ScheduleTripInput!) {\n    scheduleTrip(input: $input) {\n      trip {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminScheduleTripDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTripManifest($id: ID!, $after: String) {\n    trip(id: $id) {\n      id\n      operatorId\n      departureAt\n      route {\n        code\n        stops\n        origin {\n          name\n        }\n        destination {\n          name\n        }\n      }\n      vehicle {\n        registration\n        name\n      }\n      seatMap {\n        seats {\n          label\n          seatClass\n          state\n        }\n      }\n    }\n    bookings(tripId: $id, first: 100, after: $after) {\n      edges {\n        node {\n          reference\n          contactPhone\n          channel\n          tickets {\n            seatLabel\n            passengerName\n            boardedAt\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AdminTripManifestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminScheduleRecurringTrips($input: ScheduleRecurringTripsInput!) {\n    scheduleRecurringTrips(input: $input) {\n      trips {\n        id\n      }\n      skippedDays\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminScheduleRecurringTripsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTripAllotments($tripId: ID!) {\n    agentAllotments(tripId: $tripId) {\n      id\n      agentUserId\n      createdAt\n      seatLabels\n      soldSeatLabels\n    }\n    agents(first: 100, status: ACTIVE) {\n      edges {\n        node {\n          userId\n          email\n          code\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminTripAllotmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAllotSeats($input: AllotSeatsInput!) {\n    allotSeats(input: $input) {\n      allotment {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAllotSeatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReleaseAllotment($id: ID!) {\n    releaseAllotment(id: $id) {\n      allotment {\n        id\n        releasedAt\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminReleaseAllotmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminParkListings($after: String) {\n    parkListings(first: 50, after: $after) {\n      edges {\n        node {\n          id\n          parkTenantId\n          operatorId\n          operatorName\n          status\n          updatedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    myTenants {\n      tenant {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AdminParkListingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMotorPark($slug: String!) {\n    tenantBySlug(slug: $slug) {\n      id\n      kind\n      name\n    }\n  }\n"): typeof import('./graphql').AdminMotorParkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRequestParkListing($parkTenantId: ID!) {\n    requestParkListing(parkTenantId: $parkTenantId) {\n      listing {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRequestParkListingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetParkListingStatus($id: ID!, $status: ParkListingDecision!) {\n    setParkListingStatus(id: $id, status: $status) {\n      listing {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSetParkListingStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminVendorApplications($status: VendorStatus, $after: String) {\n    vendorApplications(status: $status, first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          status\n          createdAt\n          legalName\n          tin\n          email\n          phone\n          address\n          documentUrls\n          statusHistory {\n            id\n            fromStatus\n            toStatus\n            reason\n            actorUserId\n            createdAt\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminVendorApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminApproveVendor($id: ID!, $reason: String) {\n    approveVendor(id: $id, reason: $reason) {\n      vendor {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminApproveVendorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRejectVendor($id: ID!, $reason: String!) {\n    rejectVendor(id: $id, reason: $reason) {\n      vendor {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRejectVendorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSuspendVendor($id: ID!, $reason: String!) {\n    suspendVendor(id: $id, reason: $reason) {\n      vendor {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSuspendVendorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReinstateVendor($id: ID!, $reason: String) {\n    reinstateVendor(id: $id, reason: $reason) {\n      vendor {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminReinstateVendorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminMyVendorProfile {\n    myVendor {\n      id\n      name\n      slug\n      legalName\n      tin\n      email\n      phone\n      address\n    }\n  }\n"): typeof import('./graphql').AdminMyVendorProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateMyVendorProfile($input: VendorProfileInput!) {\n    updateMyVendorProfile(input: $input) {\n      vendor {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUpdateMyVendorProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminConversations($handler: ConversationHandler) {\n    conversations(handler: $handler) {\n      id\n      customerPhone\n      customerName\n      handler\n      updatedAt\n    }\n    whatsappSimulatorAvailable\n  }\n"): typeof import('./graphql').AdminConversationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      customerPhone\n      customerName\n      handler\n      language\n      windowOpen\n      approvedTemplates\n      templates {\n        name\n        language\n        bodyVariables\n      }\n      messages {\n        id\n        direction\n        text\n        status\n        error\n        fromStaff\n        sentAt\n      }\n      orders {\n        id\n        number\n        status\n        total {\n          amount\n          currency\n        }\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').AdminConversationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminWhatsappConnection {\n    whatsappConnection {\n      phoneNumberId\n      displayPhoneNumber\n      baseUrl\n      verifyToken\n      webhookUrl\n      approvedTemplates\n      templateLanguage\n      templates {\n        name\n        language\n        bodyVariables\n      }\n    }\n    whatsappSimulatorAvailable\n  }\n"): typeof import('./graphql').AdminWhatsappConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSaveWhatsappConnection($input: WhatsappConnectionInput!) {\n    saveWhatsappConnection(input: $input) {\n      connection {\n        phoneNumberId\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSaveWhatsappConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRemoveWhatsappConnection {\n    removeWhatsappConnection {\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRemoveWhatsappConnectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReplyToConversation($id: ID!, $text: String, $template: String, $templateParameters: [String!], $clientId: String!) {\n    replyToConversation(conversationId: $id, text: $text, template: $template, templateParameters: $templateParameters, clientId: $clientId) {\n      conversation {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminReplyToConversationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminWhatsappConversationExport($phone: String!) {\n    whatsappConversationExport(phone: $phone)\n  }\n"): typeof import('./graphql').AdminWhatsappConversationExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminEraseWhatsappConversation($phone: String!) {\n    eraseWhatsappConversation(phone: $phone) {\n      erased\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminEraseWhatsappConversationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetConversationHandler($id: ID!, $handler: ConversationHandler!) {\n    setConversationHandler(conversationId: $id, handler: $handler) {\n      conversation {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSetConversationHandlerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminCouponFields on Coupon {\n    id\n    code\n    description\n    kind\n    percentBps\n    amount {\n      ...MoneyFields\n    }\n    minimumSpend {\n      ...MoneyFields\n    }\n    usageLimit\n    perCustomerLimit\n    used\n    posUses\n    overLimitUses\n    discountGiven {\n      ...MoneyFields\n    }\n    startsAt\n    endsAt\n    active\n    productIds\n    categoryIds\n    vendorIds\n    fundedBy\n  }\n"): typeof import('./graphql').AdminCouponFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCoupons {\n    coupons {\n      ...AdminCouponFields\n    }\n  }\n"): typeof import('./graphql').AdminCouponsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateCoupon($input: CouponInput!) {\n    createCoupon(input: $input) {\n      coupon {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreateCouponDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateCoupon($id: ID!, $input: CouponInput!) {\n    updateCoupon(id: $id, input: $input) {\n      coupon {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUpdateCouponDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeactivateCoupon($id: ID!) {\n    deactivateCoupon(id: $id) {\n      coupon {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminDeactivateCouponDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopApplyCoupon($input: CartCouponInput!) {\n    applyCouponToCart(input: $input) {\n      cart {\n        id\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n"): typeof import('./graphql').ShopApplyCouponDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopRemoveCoupon($cartToken: String) {\n    removeCouponFromCart(cartToken: $cartToken) {\n      cart {\n        id\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n"): typeof import('./graphql').ShopRemoveCouponDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminExpenseFields on Expense {\n    id\n    category\n    supplier\n    spentOn\n    amount {\n      ...MoneyFields\n    }\n    vatPaid {\n      ...MoneyFields\n    }\n    total {\n      ...MoneyFields\n    }\n    note\n    receiptId\n    status\n    createdByUserId\n    submittedAt\n    decidedAt\n    rejectionReason\n    journalEntryId\n    payment {\n      paidFrom\n      paidOn\n      reference\n      journalEntryId\n    }\n    createdAt\n  }\n"): typeof import('./graphql').AdminExpenseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminExpenses($status: ExpenseStatus, $paid: Boolean, $after: ID) {\n    expenses(status: $status, paid: $paid, first: 50, after: $after) {\n      ...AdminExpenseFields\n    }\n  }\n"): typeof import('./graphql').AdminExpensesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminExpense($id: ID!) {\n    expense(id: $id) {\n      ...AdminExpenseFields\n    }\n  }\n"): typeof import('./graphql').AdminExpenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateExpense($input: ExpenseInput!, $submit: Boolean) {\n    createExpense(input: $input, submit: $submit) {\n      expense {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreateExpenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateExpense($id: ID!, $input: ExpenseInput!) {\n    updateExpense(id: $id, input: $input) {\n      expense {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUpdateExpenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSubmitExpense($id: ID!) {\n    submitExpense(id: $id) {\n      expense {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSubmitExpenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteExpense($id: ID!) {\n    deleteExpense(id: $id) {\n      deleted\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminDeleteExpenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminPayExpense($id: ID!, $paidFrom: ExpensePaidFrom!, $paidOn: DateTime!, $reference: String!) {\n    payExpense(id: $id, paidFrom: $paidFrom, paidOn: $paidOn, reference: $reference) {\n      expense {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminPayExpenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminApproveExpense($id: ID!) {\n    approveExpense(id: $id) {\n      expense {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminApproveExpenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRejectExpense($id: ID!, $reason: String!) {\n    rejectExpense(id: $id, reason: $reason) {\n      expense {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminRejectExpenseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminVatReturnTotals($from: DateTime!, $to: DateTime!, $timeZone: String) {\n    vatReturnTotals(from: $from, to: $to, timeZone: $timeZone) {\n      currency\n      expenses\n      outputVat {\n        ...MoneyFields\n      }\n      inputVat {\n        ...MoneyFields\n      }\n      vatPayable {\n        ...MoneyFields\n      }\n    }\n  }\n"): typeof import('./graphql').AdminVatReturnTotalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProfitAndLoss($from: DateTime!, $to: DateTime!, $currency: String!) {\n    profitAndLoss(from: $from, to: $to, currency: $currency) {\n      currency\n      sales {\n        ...MoneyFields\n      }\n      commission {\n        ...MoneyFields\n      }\n      revenue {\n        ...MoneyFields\n      }\n      discounts {\n        ...MoneyFields\n      }\n      cashOverShort {\n        ...MoneyFields\n      }\n      expenses {\n        category\n        amount {\n          ...MoneyFields\n        }\n      }\n      totalExpenses {\n        ...MoneyFields\n      }\n      netProfit {\n        ...MoneyFields\n      }\n    }\n  }\n"): typeof import('./graphql').AdminProfitAndLossDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminVendorStatement($vendorId: ID!, $currency: String!, $from: DateTime!, $to: DateTime!) {\n    vendorStatement(vendorId: $vendorId, currency: $currency, from: $from, to: $to) {\n      vendorId\n      opening {\n        ...MoneyFields\n      }\n      sales {\n        ...MoneyFields\n      }\n      refunds {\n        ...MoneyFields\n      }\n      commission {\n        ...MoneyFields\n      }\n      payouts {\n        ...MoneyFields\n      }\n      adjustments {\n        ...MoneyFields\n      }\n      closing {\n        ...MoneyFields\n      }\n    }\n  }\n"): typeof import('./graphql').AdminVendorStatementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminReportCurrencies($vendorId: ID) {\n    ledgerReportCurrencies(vendorId: $vendorId)\n  }\n"): typeof import('./graphql').AdminReportCurrenciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminLedgerReportPdf($report: LedgerReportPdf!, $from: DateTime, $to: DateTime, $currency: String, $timeZone: String) {\n    ledgerReportPdf(report: $report, from: $from, to: $to, currency: $currency, timeZone: $timeZone) {\n      filename\n      contentBase64\n    }\n  }\n"): typeof import('./graphql').AdminLedgerReportPdfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminVendorStatementPdf($vendorId: ID!, $from: DateTime!, $to: DateTime!, $currency: String, $timeZone: String) {\n    vendorStatementPdf(vendorId: $vendorId, from: $from, to: $to, currency: $currency, timeZone: $timeZone) {\n      filename\n      contentBase64\n    }\n  }\n"): typeof import('./graphql').AdminVendorStatementPdfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GiftCardProducts($ids: [ID!]!) {\n    giftCardProducts(productIds: $ids)\n  }\n"): typeof import('./graphql').GiftCardProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetGiftCardProduct($productId: ID!, $giftCard: Boolean!) {\n    setGiftCardProduct(productId: $productId, giftCard: $giftCard) {\n      giftCard\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSetGiftCardProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceSummary on Invoice {\n    id\n    kind\n    number\n    vendorName\n    issuedAt\n    total {\n      ...MoneyFields\n    }\n  }\n"): typeof import('./graphql').InvoiceSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderInvoices($orderId: ID!) {\n    orderInvoices(orderId: $orderId) {\n      ...InvoiceSummary\n    }\n  }\n"): typeof import('./graphql').OrderInvoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicePdf($id: ID!) {\n    invoice(id: $id) {\n      id\n      number\n      pdfBase64\n    }\n  }\n"): typeof import('./graphql').InvoicePdfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuestOrderInvoices($orderId: ID!, $cartToken: String!) {\n    guestOrderInvoices(orderId: $orderId, cartToken: $cartToken) {\n      ...InvoiceSummary\n    }\n  }\n"): typeof import('./graphql').GuestOrderInvoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuestInvoicePdf($id: ID!, $cartToken: String!) {\n    guestInvoice(id: $id, cartToken: $cartToken) {\n      id\n      number\n      pdfBase64\n    }\n  }\n"): typeof import('./graphql').GuestInvoicePdfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminInvoices($kind: InvoiceKind, $first: Int, $after: ID) {\n    invoices(kind: $kind, first: $first, after: $after) {\n      id\n      kind\n      number\n      orderId\n      orderNumber\n      vendorName\n      customerName\n      customerEmail\n      issuedAt\n      tax {\n        ...MoneyFields\n      }\n      total {\n        ...MoneyFields\n      }\n    }\n  }\n"): typeof import('./graphql').AdminInvoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminInvoiceSettings {\n    invoiceSettings {\n      legalName\n      address\n      taxId\n      vatNumber\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').AdminInvoiceSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateInvoiceSettings($input: UpdateInvoiceSettingsInput!) {\n    updateInvoiceSettings(input: $input) {\n      settings {\n        legalName\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUpdateInvoiceSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminVatReturn($from: DateTime!, $to: DateTime!) {\n    vatReturn(from: $from, to: $to) {\n      currency\n      taxRateBps\n      invoices\n      creditNotes\n      salesNet {\n        ...MoneyFields\n      }\n      salesVat {\n        ...MoneyFields\n      }\n      creditedNet {\n        ...MoneyFields\n      }\n      creditedVat {\n        ...MoneyFields\n      }\n      netSales {\n        ...MoneyFields\n      }\n      outputVat {\n        ...MoneyFields\n      }\n    }\n  }\n"): typeof import('./graphql').AdminVatReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantBySlug($slug: String!) {\n    tenantBySlug(slug: $slug) {\n      id\n      slug\n      name\n      kind\n      logoUrl\n      primaryColor\n      currency\n      customDomain\n    }\n  }\n"): typeof import('./graphql').TenantBySlugDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantByDomain($domain: String!) {\n    tenantByDomain(domain: $domain) {\n      slug\n      kind\n    }\n  }\n"): typeof import('./graphql').TenantByDomainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on Session {\n    accessToken\n    refreshToken\n    accessTokenExpiresAt\n    refreshTokenExpiresAt\n    user {\n      id\n      name\n      email\n    }\n  }\n"): typeof import('./graphql').SessionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken) {\n      ok\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      phone\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoryTree {\n    categories {\n      id\n      name\n      slug\n      children {\n        id\n        name\n        slug\n        children {\n          id\n          name\n          slug\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CategoryTreeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MoneyFields on Money {\n    amount\n    currency\n  }\n"): typeof import('./graphql').MoneyFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductCard on Product {\n    id\n    slug\n    title\n    availableForSale\n    vendor {\n      id\n      name\n    }\n    media {\n      url\n      alt\n      position\n    }\n    variants {\n      id\n      price(context: $priceContext) {\n        unit {\n          ...MoneyFields\n        }\n        compareAt {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProductCardFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StoreHome($priceContext: PriceContextInput!, $first: Int!, $marketplace: Boolean!) {\n    featured: collection(slug: \"featured\") {\n      title\n      description\n      entries(first: $first) {\n        edges {\n          node {\n            product {\n              ...ProductCard\n            }\n          }\n        }\n      }\n    }\n    newest: searchProducts(sort: NEWEST, first: $first) {\n      edges {\n        node {\n          ...ProductCard\n        }\n      }\n    }\n    vendors(first: 12) @include(if: $marketplace) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StoreHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductSearch(\n    $query: String\n    $filters: ProductSearchFilters\n    $sort: ProductSort\n    $currency: String\n    $after: String\n    $first: Int!\n    $priceContext: PriceContextInput!\n  ) {\n    searchProducts(query: $query, filters: $filters, sort: $sort, currency: $currency, after: $after, first: $first) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ProductCard\n        }\n      }\n      facets {\n        categories {\n          id\n          name\n          count\n        }\n        vendors {\n          id\n          name\n          count\n        }\n        attributes {\n          name\n          values {\n            value\n            count\n          }\n        }\n        priceRange {\n          min {\n            ...MoneyFields\n          }\n          max {\n            ...MoneyFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProductSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductPage($slug: String!, $priceContext: PriceContextInput!) {\n    product(slug: $slug) {\n      id\n      slug\n      title\n      description\n      status\n      attributes\n      seoTitle\n      seoDescription\n      updatedAt\n      availableForSale\n      vendor {\n        id\n        name\n      }\n      category {\n        id\n        name\n        slug\n        parent {\n          id\n          name\n          slug\n        }\n      }\n      media {\n        id\n        url\n        alt\n        position\n      }\n      variants {\n        id\n        sku\n        title\n        options\n        position\n        availableForSale\n        price(context: $priceContext) {\n          unit {\n            ...MoneyFields\n          }\n          compareAt {\n            ...MoneyFields\n          }\n          taxInclusive\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProductPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VendorProfile($id: ID!) {\n    vendor(id: $id) {\n      id\n      slug\n      name\n      status\n      createdAt\n    }\n  }\n"): typeof import('./graphql').VendorProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VendorList($first: Int!, $after: String) {\n    vendors(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').VendorListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SitemapProducts($first: Int!, $after: String) {\n    products(first: $first, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          slug\n          updatedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SitemapProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyVendor {\n    myVendor {\n      id\n      name\n      status\n    }\n  }\n"): typeof import('./graphql').MyVendorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyAsVendor($input: VendorApplicationInput!) {\n    applyAsVendor(input: $input) {\n      vendor {\n        id\n        name\n        status\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').ApplyAsVendorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PosCatalogue($after: String, $priceContext: PriceContextInput!) {\n    products(status: ACTIVE, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          category {\n            id\n          }\n          vendor {\n            id\n          }\n          variants {\n            id\n            sku\n            barcode\n            title\n            price(context: $priceContext) {\n              unit {\n                amount\n              }\n              taxInclusive\n              taxRateBps\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PosCatalogueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PosCoupons {\n    posCoupons {\n      id\n      codeHash\n      kind\n      percentBps\n      amount\n      currency\n      minimumSpend\n      productIds\n      categoryIds\n      vendorIds\n      startsAt\n      endsAt\n    }\n  }\n"): typeof import('./graphql').PosCouponsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PosStock($locationId: ID!, $after: String) {\n    stockLevels(locationId: $locationId, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          variantId\n          onHand\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PosStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PosTill {\n    posTill {\n      device {\n        id\n        name\n        locationId\n      }\n      receiptPrefix\n      cashiers {\n        id\n        name\n        role\n        discountLimitBps\n        pinSalt\n        pinHash\n      }\n      settings {\n        receiptHeader\n        receiptFooter\n        vatNumber\n      }\n      openSession {\n        id\n        openedAt\n        openingFloat {\n          amount\n        }\n      }\n      nextSequence\n    }\n    currentTenant {\n      currency\n    }\n  }\n"): typeof import('./graphql').PosTillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PosLocations {\n    locations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PosLocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PosPair($code: String!) {\n    pairPosDevice(code: $code) {\n      deviceKey\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').PosPairDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PosSync($events: [PosEventInput!]!) {\n    syncPosBatch(events: $events) {\n      results {\n        clientId\n        status\n      }\n      lastSequence\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').PosSyncDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PosReceipt($code: String!) {\n    posReceipt(code: $code) {\n      sale {\n        receiptNumber\n        occurredAt\n        lines {\n          variantId\n          title\n          quantity\n          unitPrice {\n            formatted\n          }\n          discount {\n            amount\n            formatted\n          }\n          total {\n            formatted\n          }\n        }\n        tax {\n          formatted\n        }\n        total {\n          formatted\n        }\n        change {\n          amount\n          formatted\n        }\n        tenders {\n          tender\n          reference\n          amount {\n            formatted\n          }\n        }\n      }\n      settings {\n        receiptHeader\n        receiptFooter\n        vatNumber\n      }\n    }\n  }\n"): typeof import('./graphql').PosReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PosCustomer($email: String, $phone: String) {\n    posCustomer(email: $email, phone: $phone) {\n      id\n      name\n      points\n      pointsValue\n      pointsCurrency\n    }\n  }\n"): typeof import('./graphql').PosCustomerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakePosHold($input: TakePosHoldInput!) {\n    takePosHold(input: $input) {\n      hold {\n        id\n        kind\n        amount\n        points\n        status\n        expiresAt\n        remainingPoints\n        remainingGiftCard\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').TakePosHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendPosPointsCode($customerUserId: ID!, $points: Int!) {\n    sendPosPointsCode(customerUserId: $customerUserId, points: $points) {\n      sent {\n        sentTo\n        channel\n        maxPoints\n        expiresAt\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').SendPosPointsCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleasePosHold($holdId: ID!) {\n    releasePosHold(holdId: $holdId) {\n      hold {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ReleasePosHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminPromotionFields on Promotion {\n    id\n    vendorId\n    name\n    kind\n    buyQuantity\n    getQuantity\n    getPercentBps\n    threshold {\n      ...MoneyFields\n    }\n    amount {\n      ...MoneyFields\n    }\n    bundlePrice {\n      ...MoneyFields\n    }\n    productIds\n    variantIds\n    discountGiven {\n      ...MoneyFields\n    }\n    startsAt\n    endsAt\n    active\n  }\n"): typeof import('./graphql').AdminPromotionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPromotions {\n    promotions {\n      ...AdminPromotionFields\n    }\n  }\n"): typeof import('./graphql').AdminPromotionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreatePromotion($input: PromotionInput!) {\n    createPromotion(input: $input) {\n      promotion {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreatePromotionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdatePromotion($id: ID!, $input: PromotionInput!) {\n    updatePromotion(id: $id, input: $input) {\n      promotion {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUpdatePromotionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeactivatePromotion($id: ID!) {\n    deactivatePromotion(id: $id) {\n      promotion {\n        id\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminDeactivatePromotionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminRewards($after: String) {\n    giftCards(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          last4\n          initialValue {\n            ...MoneyFields\n          }\n          balance {\n            ...MoneyFields\n          }\n          status\n          source\n          expiresAt\n          recipientEmail\n          note\n          createdAt\n        }\n      }\n    }\n    loyaltyProgramme {\n      ...LoyaltyProgrammeFields\n    }\n  }\n"): typeof import('./graphql').AdminRewardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoyaltyProgrammeFields on LoyaltyProgramme {\n    enabled\n    currency\n    spendPerPoint {\n      ...MoneyFields\n    }\n    pointValue {\n      ...MoneyFields\n    }\n    expiryDays\n    maxRedeemBps\n    tiers {\n      name\n      minPoints\n      multiplierBps\n    }\n  }\n"): typeof import('./graphql').LoyaltyProgrammeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerRewardsFields on CustomerRewards {\n    userId\n    points\n    pointsValue {\n      ...MoneyFields\n    }\n    tier\n    pointsEarnedLastYear\n    storeCredit {\n      ...MoneyFields\n    }\n    history {\n      id\n      kind\n      points\n      amount {\n        ...MoneyFields\n      }\n      reason\n      note\n      createdAt\n    }\n  }\n"): typeof import('./graphql').CustomerRewardsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCustomerRewards($userId: ID!) {\n    customerRewards(userId: $userId) {\n      ...CustomerRewardsFields\n    }\n  }\n"): typeof import('./graphql').AdminCustomerRewardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCustomerSearch($text: String!, $after: String) {\n    customerSearch(text: $text, first: 20, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          email\n          phone\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCustomerSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminIssueGiftCard($input: IssueGiftCardInput!) {\n    issueGiftCard(input: $input) {\n      code\n      giftCard {\n        id\n        last4\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminIssueGiftCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetGiftCardStatus($id: ID!, $status: GiftCardStatus!) {\n    setGiftCardStatus(id: $id, status: $status) {\n      giftCard {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSetGiftCardStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSaveLoyaltyProgramme($input: SaveLoyaltyProgrammeInput!) {\n    saveLoyaltyProgramme(input: $input) {\n      programme {\n        enabled\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSaveLoyaltyProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAdjustPoints($input: AdjustPointsInput!) {\n    adjustPoints(input: $input) {\n      rewards {\n        userId\n        points\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAdjustPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAdjustStoreCredit($input: AdjustStoreCreditInput!) {\n    adjustStoreCredit(input: $input) {\n      rewards {\n        userId\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAdjustStoreCreditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopGiftCardBalance($code: String!) {\n    giftCardBalance(code: $code) {\n      last4\n      balance {\n        ...MoneyFields\n      }\n      status\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').ShopGiftCardBalanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopMyRewards {\n    myRewards {\n      ...CustomerRewardsFields\n    }\n    loyaltyProgramme {\n      ...LoyaltyProgrammeFields\n    }\n  }\n"): typeof import('./graphql').ShopMyRewardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopPayWith {\n    myRewards {\n      points\n      storeCredit {\n        ...MoneyFields\n      }\n    }\n    loyaltyProgramme {\n      ...LoyaltyProgrammeFields\n    }\n  }\n"): typeof import('./graphql').ShopPayWithDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopLoyaltyProgramme {\n    loyaltyProgramme {\n      ...LoyaltyProgrammeFields\n    }\n  }\n"): typeof import('./graphql').ShopLoyaltyProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RiderReportLocation($shipmentId: ID!, $latitude: Float!, $longitude: Float!, $accuracyMeters: Float!) {\n    reportRiderLocation(shipmentId: $shipmentId, latitude: $latitude, longitude: $longitude, accuracyMeters: $accuracyMeters) {\n      accepted\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').RiderReportLocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RiderTrackingFields on RiderTracking {\n    orderId\n    shipments {\n      shipmentId\n      status\n      positions {\n        latitude\n        longitude\n        accuracyMeters\n        at\n      }\n    }\n  }\n"): typeof import('./graphql').RiderTrackingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopRiderTracking($orderId: ID!, $cartToken: String) {\n    riderTracking(orderId: $orderId, cartToken: $cartToken) {\n      trackingKey\n      ...RiderTrackingFields\n    }\n  }\n"): typeof import('./graphql').ShopRiderTrackingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiderTrackingByKey($orderId: ID!, $trackingKey: String!) {\n    riderTracking(orderId: $orderId, trackingKey: $trackingKey) {\n      ...RiderTrackingFields\n    }\n  }\n"): typeof import('./graphql').RiderTrackingByKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RiderTrackingLive($orderId: ID!, $trackingKey: String!) {\n    riderTracking(orderId: $orderId, trackingKey: $trackingKey) {\n      ...RiderTrackingFields\n    }\n  }\n"): typeof import('./graphql').RiderTrackingLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminShipmentFields on Shipment {\n    id\n    orderId\n    orderNumber\n    carrier\n    trackingNumber\n    status\n    riderUserId\n    codeTriesLeft\n    codeLocked\n    failureReason\n    overrideReason\n    createdAt\n    deliveredAt\n    quotedPrice {\n      amount\n      currency\n    }\n    amountToCollect {\n      amount\n      currency\n    }\n    address {\n      name\n      phone\n      line1\n      line2\n      city\n      region\n      country\n      latitude\n      longitude\n    }\n    items {\n      id\n      title\n      sku\n      quantity\n    }\n    returnRequestId\n    returnItems {\n      id\n      title\n      quantity\n    }\n  }\n"): typeof import('./graphql').AdminShipmentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminShipments($status: ShipmentStatus, $orderId: ID) {\n    shipments(status: $status, orderId: $orderId, first: 100) {\n      ...AdminShipmentFields\n    }\n  }\n"): typeof import('./graphql').AdminShipmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminShipment($id: ID!) {\n    shipment(id: $id) {\n      ...AdminShipmentFields\n      vendorOrderId\n      pickedUpAt\n      packages {\n        id\n        weightGrams\n        lengthMm\n        widthMm\n        heightMm\n      }\n      events {\n        id\n        status\n        note\n        location\n        fromCarrier\n        at\n      }\n    }\n  }\n"): typeof import('./graphql').AdminShipmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminShipmentOrder($id: ID!) {\n    shippingCarriers\n    order(id: $id) {\n      id\n      number\n      status\n      shippingAddress {\n        latitude\n        longitude\n      }\n      vendorOrders {\n        id\n        vendorName\n        lines {\n          id\n          title\n          sku\n          quantity\n          source\n        }\n      }\n    }\n    shipments(orderId: $id, first: 100) {\n      id\n      status\n      trackingNumber\n      items {\n        id\n        quantity\n        orderLineId\n      }\n    }\n  }\n"): typeof import('./graphql').AdminShipmentOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminShipmentQuote($orderId: ID!, $carrier: CarrierName!, $packages: [ShipmentPackageInput!]!, $latitude: Float, $longitude: Float) {\n    shipmentQuote(orderId: $orderId, carrier: $carrier, packages: $packages, latitude: $latitude, longitude: $longitude) {\n      price {\n        amount\n        currency\n      }\n      etaHours\n    }\n  }\n"): typeof import('./graphql').AdminShipmentQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiderDeliveries {\n    myDeliveries {\n      ...AdminShipmentFields\n    }\n  }\n"): typeof import('./graphql').RiderDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateShipment($input: CreateShipmentInput!) {\n    createShipment(input: $input) {\n      shipment {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreateShipmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RiderStepShipment($shipmentId: ID!, $status: ShipmentRiderStep!, $note: String) {\n    stepShipment(shipmentId: $shipmentId, status: $status, note: $note) {\n      shipment {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').RiderStepShipmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RiderDeliverShipment($shipmentId: ID!, $code: String!, $collection: ShipmentCollectionInput) {\n    deliverShipment(shipmentId: $shipmentId, code: $code, collection: $collection) {\n      shipment {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').RiderDeliverShipmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOverrideShipmentDelivery($shipmentId: ID!, $reason: String!, $collection: ShipmentCollectionInput) {\n    overrideShipmentDelivery(shipmentId: $shipmentId, reason: $reason, collection: $collection) {\n      shipment {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminOverrideShipmentDeliveryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCloseShipment($shipmentId: ID!, $status: ShipmentClose!, $note: String!) {\n    closeShipment(shipmentId: $shipmentId, status: $status, note: $note) {\n      shipment {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCloseShipmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSimulateCarrierEvent($shipmentId: ID!, $status: ShipmentStatus!) {\n    simulateCarrierEvent(shipmentId: $shipmentId, status: $status) {\n      shipment {\n        id\n        status\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminSimulateCarrierEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopOrderShipments($orderId: ID!, $cartToken: String) {\n    orderShipments(orderId: $orderId, cartToken: $cartToken) {\n      deliveryCode\n      shipment {\n        id\n        carrier\n        trackingNumber\n        status\n        items {\n          id\n          title\n          quantity\n        }\n        events {\n          id\n          status\n          note\n          location\n          at\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ShopOrderShipmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminKwikAccount {\n    kwikAccount {\n      connected\n      emailMasked\n      domainName\n      baseUrl\n      callbackUrl\n      updatedAt\n      pickup {\n        name\n        phone\n        address\n        latitude\n        longitude\n      }\n    }\n  }\n"): typeof import('./graphql').AdminKwikAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminConnectKwik($input: KwikAccountInput!) {\n    connectKwik(input: $input) {\n      account {\n        connected\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminConnectKwikDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDisconnectKwik {\n    disconnectKwik {\n      account {\n        connected\n      }\n      userErrors {\n        ...AdminUserError\n      }\n    }\n  }\n"): typeof import('./graphql').AdminDisconnectKwikDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDeliveryPeople {\n    deliveryPeople {\n      userId\n      name\n      roles\n    }\n  }\n"): typeof import('./graphql').AdminDeliveryPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShopAddressFields on CustomerAddress {\n    id\n    label\n    name\n    line1\n    line2\n    city\n    region\n    country\n    postalCode\n    phone\n    latitude\n    longitude\n    isDefault\n  }\n"): typeof import('./graphql').ShopAddressFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopMyAddresses {\n    myAddresses {\n      ...ShopAddressFields\n    }\n  }\n"): typeof import('./graphql').ShopMyAddressesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopAddAddress($input: CustomerAddressInput!) {\n    addAddress(input: $input) {\n      address {\n        id\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n"): typeof import('./graphql').ShopAddAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopUpdateAddress($id: ID!, $input: CustomerAddressInput!) {\n    updateAddress(id: $id, input: $input) {\n      address {\n        id\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n"): typeof import('./graphql').ShopUpdateAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopSetDefaultAddress($id: ID!) {\n    setDefaultAddress(id: $id) {\n      address {\n        id\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n"): typeof import('./graphql').ShopSetDefaultAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopRemoveAddress($id: ID!) {\n    removeAddress(id: $id) {\n      removedAddressId\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n"): typeof import('./graphql').ShopRemoveAddressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopMyNotificationPreferences {\n    myNotificationPreferences {\n      marketingEmail\n      marketingSms\n      orderUpdatesSms\n      orderUpdatesWhatsapp\n    }\n  }\n"): typeof import('./graphql').ShopMyNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopSetMyNotificationPreferences($input: NotificationPreferencesInput!) {\n    setMyNotificationPreferences(input: $input) {\n      preferences {\n        marketingEmail\n        marketingSms\n        orderUpdatesSms\n        orderUpdatesWhatsapp\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').ShopSetMyNotificationPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unsubscribe($token: String!) {\n    unsubscribe(token: $token) {\n      ok\n      userErrors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').UnsubscribeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShopUserError on UserError {\n    code\n    message\n    field\n  }\n"): typeof import('./graphql').ShopUserErrorFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShopQuoteLine on CartQuoteLine {\n    variantId\n    productId\n    quantity\n    sellable\n    reason\n    sku\n    title\n    vendorId\n    vendorName\n    unitPrice {\n      ...MoneyFields\n    }\n    total {\n      ...MoneyFields\n    }\n    tax {\n      ...MoneyFields\n    }\n  }\n"): typeof import('./graphql').ShopQuoteLineFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShopCart on Cart {\n    id\n    token\n    status\n    channel\n    currency\n    lines {\n      id\n      variantId\n      quantity\n      variant {\n        id\n        title\n        options\n        product {\n          id\n          slug\n          title\n          media {\n            url\n            alt\n            position\n          }\n        }\n      }\n    }\n    quote {\n      lines {\n        ...ShopQuoteLine\n      }\n      vendors {\n        vendorId\n        vendorName\n        lines {\n          variantId\n        }\n        total {\n          ...MoneyFields\n        }\n      }\n      subtotal {\n        ...MoneyFields\n      }\n      tax {\n        ...MoneyFields\n      }\n      total {\n        ...MoneyFields\n      }\n    }\n    promotions {\n      name\n      discount {\n        ...MoneyFields\n      }\n    }\n    couponsAccepted\n    coupon {\n      code\n      freeShipping\n      discount {\n        ...MoneyFields\n      }\n      problem {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ShopCartFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopCart($cartToken: String) {\n    cart(cartToken: $cartToken) {\n      ...ShopCart\n    }\n  }\n"): typeof import('./graphql').ShopCartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopAddCartLine($input: AddCartLineInput!) {\n    addCartLine(input: $input) {\n      cart {\n        id\n        token\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n"): typeof import('./graphql').ShopAddCartLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopUpdateCartLine($input: CartLineInput!) {\n    updateCartLine(input: $input) {\n      cart {\n        id\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n"): typeof import('./graphql').ShopUpdateCartLineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopMergeGuestCart($cartToken: String!) {\n    mergeGuestCart(cartToken: $cartToken) {\n      cart {\n        id\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n"): typeof import('./graphql').ShopMergeGuestCartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopShippingOptions($destination: ShippingDestinationInput!) {\n    checkoutPaymentMethods\n    checkoutUssdBanks {\n      code\n      name\n    }\n    checkoutMobileMoneyNetworks {\n      code\n      name\n    }\n    shippingOptions(destination: $destination) {\n      id\n      method\n      name\n      amount {\n        ...MoneyFields\n      }\n      freeOver {\n        ...MoneyFields\n      }\n    }\n  }\n"): typeof import('./graphql').ShopShippingOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopCheckout($input: CheckoutInput!) {\n    checkout(input: $input) {\n      order {\n        id\n        number\n      }\n      payment {\n        reference\n        status\n        authorizationUrl\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n"): typeof import('./graphql').ShopCheckoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopRetryPayment($orderId: ID!, $cartToken: String, $returnUrl: String) {\n    retryPayment(orderId: $orderId, cartToken: $cartToken, returnUrl: $returnUrl) {\n      payment {\n        authorizationUrl\n        status\n        chargeInstruction\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n"): typeof import('./graphql').ShopRetryPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopRefreshPayment($reference: String!) {\n    refreshPayment(reference: $reference) {\n      payment {\n        status\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n"): typeof import('./graphql').ShopRefreshPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShopOrderSummary on Order {\n    id\n    number\n    status\n    createdAt\n    total {\n      ...MoneyFields\n    }\n  }\n"): typeof import('./graphql').ShopOrderSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopOrder($id: ID!, $cartToken: String) {\n    order(id: $id, cartToken: $cartToken) {\n      ...ShopOrderSummary\n      fulfilmentStage\n      email\n      currency\n      subtotal {\n        ...MoneyFields\n      }\n      discount {\n        ...MoneyFields\n      }\n      shipping {\n        ...MoneyFields\n      }\n      tax {\n        ...MoneyFields\n      }\n      refundedTotal {\n        ...MoneyFields\n      }\n      prepaid {\n        ...MoneyFields\n      }\n      taxInclusive\n      shippingMethod\n      shippingAddress {\n        name\n        line1\n        line2\n        city\n        region\n        country\n        postalCode\n        phone\n      }\n      expiresAt\n      paidAt\n      cancelledAt\n      cancelReason\n      vendorOrders {\n        id\n        vendorName\n        lines {\n          id\n        }\n      }\n      lines {\n        id\n        sku\n        title\n        quantity\n        refundedQuantity\n        unitPrice {\n          ...MoneyFields\n        }\n        subtotal {\n          ...MoneyFields\n        }\n        tax {\n          ...MoneyFields\n        }\n      }\n      timeline {\n        id\n        toStatus\n        reason\n        at\n      }\n      payments {\n        reference\n        status\n        authorizationUrl\n        provider\n        method\n        bankAccountNumber\n        bankName\n        bankAccountName\n        ussdCode\n        chargeInstruction\n        mobileMoneyPhone\n        amount {\n          ...MoneyFields\n        }\n        received {\n          ...MoneyFields\n        }\n        stillToPay {\n          ...MoneyFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ShopOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopMyOrders($after: String) {\n    orders(first: 20, after: $after) {\n      edges {\n        node {\n          ...ShopOrderSummary\n          customerUserId\n          lines {\n            id\n            quantity\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').ShopMyOrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopExportMyData {\n    exportMyData\n  }\n"): typeof import('./graphql').ShopExportMyDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        ...ShopUserError\n      }\n    }\n  }\n"): typeof import('./graphql').ShopSignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopRecordReferralTouch($code: String!, $visitorId: String!) {\n    recordReferralTouch(code: $code, visitorId: $visitorId) {\n      recorded\n    }\n  }\n"): typeof import('./graphql').ShopRecordReferralTouchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopQuoteCheckoutShipping($cartToken: String, $destination: ShippingQuoteDestinationInput!) {\n    quoteCheckoutShipping(cartToken: $cartToken, destination: $destination) {\n      quote {\n        id\n        method\n        carrierName\n        etaDays\n        amount {\n          amount\n          currency\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ShopQuoteCheckoutShippingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSignInCode($tenantSlug: String!, $phone: String!) {\n    requestSignInCode(tenantSlug: $tenantSlug, phone: $phone) {\n      phone\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RequestSignInCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithCode($input: SignInWithCodeInput!) {\n    signInWithCode(input: $input) {\n      session {\n        ...SessionFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').SignInWithCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAccountCode {\n    requestAccountCode {\n      sentTo\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RequestAccountCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseMyAccount($password: String, $code: String) {\n    requestAccountDeletion(password: $password, code: $code) {\n      purgeAfter\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CloseMyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopWebPushPublicKey {\n    webPushPublicKey\n  }\n"): typeof import('./graphql').ShopWebPushPublicKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopRegisterPushSubscription($input: RegisterPushSubscriptionInput!) {\n    registerPushSubscription(input: $input) {\n      subscription {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').ShopRegisterPushSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopRemovePushSubscription($endpoint: String!) {\n    removePushSubscription(endpoint: $endpoint) {\n      removed\n      userErrors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ShopRemovePushSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShopReturnRequestFields on ReturnRequest {\n    id\n    reference\n    orderId\n    orderNumber\n    vendorName\n    status\n    reason\n    details\n    instructions\n    refusalReason\n    exchangeNote\n    refundAmount {\n      amount\n      currency\n    }\n    createdAt\n    lines {\n      id\n      title\n      quantity\n    }\n    shippingWay\n    shippingPaidBy\n    shippingCharge {\n      amount\n      currency\n    }\n    customerCarrier\n    customerTrackingNumber\n    returnShipment {\n      id\n      carrier\n      trackingNumber\n      status\n      events {\n        id\n        status\n        note\n        location\n        at\n      }\n    }\n  }\n"): typeof import('./graphql').ShopReturnRequestFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ShopReturnableLineFields on ReturnableLine {\n    orderLineId\n    title\n    sku\n    quantity\n    returnable\n    closesAt\n    problem\n  }\n"): typeof import('./graphql').ShopReturnableLineFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopReturnableLines($orderId: ID!) {\n    returnableLines(orderId: $orderId) {\n      ...ShopReturnableLineFields\n    }\n  }\n"): typeof import('./graphql').ShopReturnableLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopMyReturns($orderId: ID) {\n    returnRequests(first: 50, mine: true, orderId: $orderId) {\n      edges {\n        node {\n          ...ShopReturnRequestFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ShopMyReturnsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopRequestReturn($input: RequestReturnInput!) {\n    requestReturn(input: $input) {\n      returnRequests {\n        id\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').ShopRequestReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopGuestReturnableLines($orderId: ID!, $cartToken: String!) {\n    guestReturnableLines(orderId: $orderId, cartToken: $cartToken) {\n      ...ShopReturnableLineFields\n    }\n  }\n"): typeof import('./graphql').ShopGuestReturnableLinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopGuestReturns($orderId: ID!, $cartToken: String!) {\n    guestReturnRequests(orderId: $orderId, cartToken: $cartToken) {\n      ...ShopReturnRequestFields\n    }\n  }\n"): typeof import('./graphql').ShopGuestReturnsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopGuestRequestReturn($cartToken: String!, $input: RequestReturnInput!) {\n    guestRequestReturn(cartToken: $cartToken, input: $input) {\n      returnRequests {\n        id\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').ShopGuestRequestReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopLookUpGuestOrder($orderNumber: String!, $email: String!) {\n    lookUpGuestOrder(orderNumber: $orderNumber, email: $email) {\n      orderId\n      cartToken\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').ShopLookUpGuestOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopSendReturnMyself($id: ID!, $carrier: String!, $trackingNumber: String!, $cartToken: String) {\n    sendReturnMyself(id: $id, carrier: $carrier, trackingNumber: $trackingNumber, cartToken: $cartToken) {\n      returnRequest {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ShopSendReturnMyselfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopMySubscriptions {\n    mySubscriptions {\n      id\n      title\n      quantity\n      interval\n      status\n      nextChargeAt\n      lastTotal {\n        amount\n        currency\n      }\n    }\n  }\n"): typeof import('./graphql').ShopMySubscriptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopPauseSubscription($id: ID!) {\n    pauseSubscription(id: $id) {\n      subscription {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ShopPauseSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopResumeSubscription($id: ID!) {\n    resumeSubscription(id: $id) {\n      subscription {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ShopResumeSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopSkipSubscriptionCharge($id: ID!) {\n    skipSubscriptionCharge(id: $id) {\n      subscription {\n        id\n        nextChargeAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ShopSkipSubscriptionChargeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopCancelSubscription($id: ID!) {\n    cancelSubscription(id: $id) {\n      subscription {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ShopCancelSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopUpdateSubscription($id: ID!, $quantity: Int, $interval: SubscriptionInterval) {\n    updateSubscription(id: $id, quantity: $quantity, interval: $interval) {\n      subscription {\n        id\n        quantity\n        interval\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ShopUpdateSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSubscriptionList($status: SubscriptionStatus, $after: String) {\n    subscriptions(first: 25, status: $status, after: $after) {\n      edges {\n        node {\n          id\n          title\n          quantity\n          interval\n          status\n          email\n          nextChargeAt\n          failureCount\n          createdAt\n          lastTotal {\n            amount\n            currency\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    subscriptionSettings {\n      enabled\n    }\n  }\n"): typeof import('./graphql').AdminSubscriptionListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCancelCustomerSubscription($id: ID!) {\n    cancelCustomerSubscription(id: $id) {\n      subscription {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCancelCustomerSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateSubscriptionSettings($enabled: Boolean!) {\n    updateSubscriptionSettings(enabled: $enabled) {\n      settings {\n        enabled\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AdminUpdateSubscriptionSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopSubscriptionSettings {\n    subscriptionSettings {\n      enabled\n    }\n  }\n"): typeof import('./graphql').ShopSubscriptionSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShopSubscribe($input: SubscribeInput!) {\n    subscribe(input: $input) {\n      subscription {\n        id\n      }\n      order {\n        id\n      }\n      payment {\n        authorizationUrl\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').ShopSubscribeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransportSeatFields on Seat {\n    label\n    row\n    column\n    seatClass\n    state\n    price {\n      amount\n      currency\n    }\n  }\n"): typeof import('./graphql').TransportSeatFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransportSeatMapFields on SeatMap {\n    tripId\n    rows\n    columns\n    aisleAfterColumn\n    available\n    lastEventId\n    seats {\n      ...TransportSeatFields\n    }\n  }\n"): typeof import('./graphql').TransportSeatMapFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransportTripFields on Trip {\n    id\n    operatorId\n    operator {\n      name\n    }\n    departureAt\n    currency\n    availableSeats\n    route {\n      id\n      code\n      stops\n      origin {\n        name\n        city\n      }\n      destination {\n        name\n        city\n      }\n    }\n    vehicle {\n      name\n      seatCount\n    }\n    fares {\n      seatClass\n      price {\n        amount\n        currency\n      }\n    }\n  }\n"): typeof import('./graphql').TransportTripFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransportHoldFields on SeatHold {\n    id\n    tripId\n    seatLabels\n    status\n    expiresAt\n    canExtend\n    total {\n      amount\n      currency\n    }\n  }\n"): typeof import('./graphql').TransportHoldFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransportSearchTrips($origin: String!, $destination: String!, $date: String!) {\n    searchTrips(origin: $origin, destination: $destination, date: $date) {\n      ...TransportTripFields\n    }\n  }\n"): typeof import('./graphql').TransportSearchTripsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransportUpcomingTrips($first: Int) {\n    upcomingTrips(first: $first) {\n      ...TransportTripFields\n    }\n  }\n"): typeof import('./graphql').TransportUpcomingTripsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransportParks {\n    transportRoutes {\n      origin {\n        city\n      }\n      destination {\n        city\n      }\n    }\n  }\n"): typeof import('./graphql').TransportParksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransportTrip($id: ID!) {\n    trip(id: $id) {\n      ...TransportTripFields\n      seatMap {\n        ...TransportSeatMapFields\n      }\n    }\n    tripPresence(tripId: $id) {\n      viewers\n    }\n  }\n"): typeof import('./graphql').TransportTripDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransportSeatMap($tripId: ID!) {\n    seatMap(tripId: $tripId) {\n      ...TransportSeatMapFields\n    }\n  }\n"): typeof import('./graphql').TransportSeatMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TransportSeatMapLive($tripId: ID!) {\n    seatMap(tripId: $tripId) {\n      id\n      kind\n      seats {\n        ...TransportSeatFields\n      }\n    }\n  }\n"): typeof import('./graphql').TransportSeatMapLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TransportPresenceLive($tripId: ID!) {\n    tripPresence(tripId: $tripId) {\n      viewers\n    }\n  }\n"): typeof import('./graphql').TransportPresenceLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransportHeartbeat($tripId: ID!, $viewerId: String!, $leaving: Boolean) {\n    tripHeartbeat(tripId: $tripId, viewerId: $viewerId, leaving: $leaving) {\n      presence {\n        viewers\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').TransportHeartbeatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransportSeatHold($token: String!) {\n    seatHold(token: $token) {\n      ...TransportHoldFields\n    }\n  }\n"): typeof import('./graphql').TransportSeatHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransportHoldSeats($tripId: ID!, $seatLabels: [String!]!) {\n    holdSeats(tripId: $tripId, seatLabels: $seatLabels) {\n      holdToken\n      hold {\n        ...TransportHoldFields\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').TransportHoldSeatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransportExtendHold($holdToken: String!) {\n    extendSeatHold(holdToken: $holdToken) {\n      hold {\n        ...TransportHoldFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').TransportExtendHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransportReleaseHold($holdToken: String!) {\n    releaseSeatHold(holdToken: $holdToken) {\n      hold {\n        ...TransportHoldFields\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').TransportReleaseHoldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransportViewer {\n    me {\n      id\n      name\n      memberships {\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').TransportViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TransportBookingFields on Booking {\n    id\n    reference\n    tripId\n    channel\n    paymentReference\n    createdAt\n    total {\n      amount\n      currency\n    }\n    tickets {\n      id\n      seatLabel\n      seatClass\n      passengerName\n      qr\n      boardedAt\n      fare {\n        amount\n        currency\n      }\n    }\n  }\n"): typeof import('./graphql').TransportBookingFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransportConfirmBooking($input: ConfirmBookingInput!) {\n    confirmBooking(input: $input) {\n      booking {\n        id\n      }\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').TransportConfirmBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransportBooking($id: ID!) {\n    booking(id: $id) {\n      ...TransportBookingFields\n    }\n  }\n"): typeof import('./graphql').TransportBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransportVerificationKey {\n    ticketVerificationKey {\n      operatorId\n      keyId\n      algorithm\n      publicKey\n    }\n  }\n"): typeof import('./graphql').TransportVerificationKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransportAgentSales($first: Int) {\n    agentSales(first: $first) {\n      edges {\n        node {\n          id\n          seatLabel\n          passengerName\n          soldAt\n          status\n          conflictReason\n          amountPaid {\n            amount\n            currency\n          }\n          ticket {\n            id\n            qr\n            bookingReference\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TransportAgentSalesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransportTicketStatus($id: ID!) {\n    ticket(id: $id) {\n      id\n      boardedAt\n    }\n  }\n"): typeof import('./graphql').TransportTicketStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransportBoardTicket($qr: String!, $scannedAt: DateTime) {\n    boardTicket(qr: $qr, scannedAt: $scannedAt) {\n      ticket {\n        id\n        seatLabel\n        passengerName\n        boardedAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').TransportBoardTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransportAgentAllotments {\n    agentAllotments {\n      id\n      tripId\n      seatLabels\n      soldSeatLabels\n    }\n  }\n"): typeof import('./graphql').TransportAgentAllotmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransportAgentTrip($id: ID!) {\n    trip(id: $id) {\n      ...TransportTripFields\n      seatMap {\n        seats {\n          label\n          seatClass\n          price {\n            amount\n            currency\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TransportAgentTripDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransportSyncAgentSales($sales: [AgentSaleInput!]!) {\n    syncAgentSales(sales: $sales) {\n      results {\n        clientSaleId\n        status\n        sale {\n          tripId\n          seatLabel\n          conflictReason\n          ticket {\n            id\n          }\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').TransportSyncAgentSalesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransportBuySeats($input: BuySeatsInput!) {\n    buySeats(input: $input) {\n      orderId\n      accessToken\n      payBefore\n      paymentUrl\n      userErrors {\n        code\n        message\n        field\n      }\n    }\n  }\n"): typeof import('./graphql').TransportBuySeatsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TransportTripOrder($id: ID!, $accessToken: String) {\n    order(id: $id, cartToken: $accessToken) {\n      id\n      number\n      status\n      expiresAt\n      paidAt\n      cancelReason\n      total {\n        amount\n        currency\n      }\n      refundedTotal {\n        amount\n        currency\n      }\n    }\n    bookingForOrder(orderId: $id, accessToken: $accessToken) {\n      ...TransportBookingFields\n    }\n  }\n"): typeof import('./graphql').TransportTripOrderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransportRefreshPayment($reference: String!) {\n    refreshPayment(reference: $reference) {\n      payment {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').TransportRefreshPaymentDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
