import { graphql } from '../../gql';

// Every operation the back office sends (always with the signed-in user's token). `npm run codegen` (repo
// root) turns these into typed documents in ../../gql; the strings must stay byte-identical to the keys
// it generates.

export const AdminViewerQuery = graphql(`
  query AdminViewer {
    me {
      id
      name
      email
      twoFactorEnabled
      memberships {
        role
      }
    }
    currentTenant {
      id
      slug
      name
      kind
      currency
      primaryColor
      logoUrl
    }
  }
`);

export const AdminMyVendorQuery = graphql(`
  query AdminMyVendor {
    myVendor {
      id
      name
      status
    }
  }
`);

export const AdminProductCountQuery = graphql(`
  query AdminProductCount($vendorId: ID) {
    searchProducts(first: 1, filters: { vendorId: $vendorId }) {
      totalCount
    }
  }
`);

export const AdminProductIdsQuery = graphql(`
  query AdminProductIds($status: ProductStatus, $vendorId: ID, $after: String) {
    products(status: $status, vendorId: $vendorId, first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
      }
    }
  }
`);

export const AdminStockOverviewQuery = graphql(`
  query AdminStockOverview($alerts: Int!, $movements: Int!) {
    stockAlerts(acknowledged: false, first: $alerts) {
      edges {
        node {
          ...AdminStockAlert
        }
      }
    }
    stockMovements(first: $movements) {
      edges {
        node {
          ...AdminStockMovement
        }
      }
    }
  }
`);

export const AdminStockAlertFragment = graphql(`
  fragment AdminStockAlert on StockAlert {
    id
    kind
    sku
    available
    threshold
    message
    createdAt
    acknowledgedAt
    location {
      id
      name
    }
  }
`);

export const AdminStockMovementFragment = graphql(`
  fragment AdminStockMovement on StockMovement {
    id
    sku
    quantity
    reason
    reference
    occurredAt
    location {
      id
      name
    }
    variant {
      id
      title
      product {
        id
        title
      }
    }
  }
`);

export const AdminProductRowFragment = graphql(`
  fragment AdminProductRow on Product {
    id
    slug
    title
    status
    updatedAt
    vendor {
      id
      name
    }
    variants {
      id
      price(context: { currency: "NGN", channel: SVM }) {
        unit {
          amount
          currency
        }
      }
      inventory {
        available
      }
    }
  }
`);

export const AdminProductListQuery = graphql(`
  query AdminProductList($status: ProductStatus, $vendorId: ID, $after: String, $first: Int!) {
    products(status: $status, vendorId: $vendorId, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AdminProductRow
        }
      }
    }
  }
`);

export const AdminProductSearchQuery = graphql(`
  query AdminProductSearch($query: String, $filters: ProductSearchFilters, $after: String, $first: Int!) {
    searchProducts(query: $query, filters: $filters, sort: NEWEST, after: $after, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AdminProductRow
        }
      }
    }
  }
`);

export const AdminProductFormOptionsQuery = graphql(`
  query AdminProductFormOptions($withVendors: Boolean!) {
    categories {
      id
      name
      children {
        id
        name
        children {
          id
          name
        }
      }
    }
    vendors(first: 100) @include(if: $withVendors) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const AdminProductQuery = graphql(`
  query AdminProduct($id: ID!) {
    productById(id: $id) {
      id
      slug
      title
      description
      status
      listing {
        active
        commissionBps
      }
      seoTitle
      seoDescription
      updatedAt
      vendor {
        id
        name
        status
      }
      category {
        id
        name
      }
      media {
        id
        url
        alt
        position
      }
      variants {
        id
        sku
        title
        options
        position
        prices {
          id
          priceListId
          minQuantity
          startsAt
          endsAt
          amount {
            amount
            currency
          }
        }
        inventory {
          onHand
          reserved
          available
          levels {
            id
            onHand
            available
            location {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const AdminUserErrorFragment = graphql(`
  fragment AdminUserError on UserError {
    code
    message
    field
  }
`);

export const AdminCreateProductMutation = graphql(`
  mutation AdminCreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      product {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminUpdateProductMutation = graphql(`
  mutation AdminUpdateProduct($id: ID!, $input: UpdateProductInput!) {
    updateProduct(id: $id, input: $input) {
      product {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminSetProductStatusMutation = graphql(`
  mutation AdminSetProductStatus($id: ID!, $status: ProductStatus!) {
    setProductStatus(id: $id, status: $status) {
      product {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminAddVariantMutation = graphql(`
  mutation AdminAddVariant($productId: ID!, $input: ProductVariantInput!) {
    addVariant(productId: $productId, input: $input) {
      variant {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminUpdateVariantMutation = graphql(`
  mutation AdminUpdateVariant($id: ID!, $input: UpdateProductVariantInput!) {
    updateVariant(id: $id, input: $input) {
      variant {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminSetBasePriceMutation = graphql(`
  mutation AdminSetBasePrice($input: SetBasePriceInput!) {
    setBasePrice(input: $input) {
      price {
        id
        amount {
          amount
          currency
        }
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminAddMediaMutation = graphql(`
  mutation AdminAddMedia($productId: ID!, $input: ProductMediaInput!) {
    addProductMedia(productId: $productId, input: $input) {
      media {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminBulkPricePlanQuery = graphql(`
  query AdminBulkPricePlan($filters: ProductSearchFilters, $after: String) {
    searchProducts(filters: $filters, sort: NEWEST, after: $after, first: 100) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AdminBulkPriceProduct
        }
      }
    }
  }
`);

export const AdminBulkPriceProductFragment = graphql(`
  fragment AdminBulkPriceProduct on Product {
    id
    title
    variants {
      id
      sku
      prices {
        priceListId
        minQuantity
        startsAt
        endsAt
        amount {
          amount
          currency
        }
      }
    }
  }
`);

export const AdminBulkPriceProductQuery = graphql(`
  query AdminBulkPriceProductById($id: ID!) {
    productById(id: $id) {
      ...AdminBulkPriceProduct
    }
  }
`);

export const AdminLocationsQuery = graphql(`
  query AdminLocations {
    locations(first: 100) {
      edges {
        node {
          id
          code
          name
          kind
          active
        }
      }
    }
  }
`);

export const AdminStockLevelsQuery = graphql(`
  query AdminStockLevels($locationId: ID, $sku: String, $after: String, $first: Int!) {
    stockLevels(locationId: $locationId, sku: $sku, after: $after, first: $first) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          sku
          onHand
          reserved
          available
          lowStockThreshold
          location {
            id
            name
            active
          }
          variant {
            id
            title
            product {
              id
              title
            }
          }
        }
      }
    }
  }
`);

export const AdminStockMovementsQuery = graphql(`
  query AdminStockMovements($locationId: ID, $sku: String, $reason: MovementReason, $after: String, $first: Int!) {
    stockMovements(locationId: $locationId, sku: $sku, reason: $reason, after: $after, first: $first) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AdminStockMovement
        }
      }
    }
  }
`);

export const AdminStockIssuesQuery = graphql(`
  query AdminStockIssues($acknowledged: Boolean, $conflictStatus: StockConflictStatus) {
    stockAlerts(acknowledged: $acknowledged, first: 50) {
      edges {
        node {
          ...AdminStockAlert
        }
      }
    }
    stockConflicts(status: $conflictStatus, first: 50) {
      edges {
        node {
          id
          sku
          clientId
          requested
          applied
          shortfall
          status
          note
          createdAt
          resolvedAt
          location {
            id
            name
          }
        }
      }
    }
  }
`);

export const AdminAdjustStockMutation = graphql(`
  mutation AdminAdjustStock($input: AdjustStockInput!) {
    adjustStock(input: $input) {
      movement {
        id
        quantity
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminReceiveStockMutation = graphql(`
  mutation AdminReceiveStock($input: ReceiveStockInput!) {
    receiveStock(input: $input) {
      movement {
        id
        quantity
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminTransferStockMutation = graphql(`
  mutation AdminTransferStock($input: TransferStockInput!) {
    transferStock(input: $input) {
      transfer {
        id
        quantity
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminAcknowledgeAlertMutation = graphql(`
  mutation AdminAcknowledgeAlert($id: ID!) {
    acknowledgeAlert(id: $id) {
      alert {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminResolveConflictMutation = graphql(`
  mutation AdminResolveConflict($id: ID!, $note: String) {
    resolveStockConflict(id: $id, note: $note) {
      conflict {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminVendorApplicationsQuery = graphql(`
  query AdminVendorApplications($status: VendorStatus, $after: String) {
    vendorApplications(status: $status, first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          status
          createdAt
          legalName
          tin
          email
          phone
          address
          documentUrls
          statusHistory {
            id
            fromStatus
            toStatus
            reason
            actorUserId
            createdAt
          }
        }
      }
    }
  }
`);

export const AdminApproveVendorMutation = graphql(`
  mutation AdminApproveVendor($id: ID!, $reason: String) {
    approveVendor(id: $id, reason: $reason) {
      vendor {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminRejectVendorMutation = graphql(`
  mutation AdminRejectVendor($id: ID!, $reason: String!) {
    rejectVendor(id: $id, reason: $reason) {
      vendor {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminApiKeysQuery = graphql(`
  query AdminApiKeys($after: String) {
    apiKeys(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          prefix
          scopes
          createdAt
          lastUsedAt
          revokedAt
        }
      }
    }
  }
`);

export const AdminCreateApiKeyMutation = graphql(`
  mutation AdminCreateApiKey($name: String!, $scopes: [String!]!) {
    createApiKey(name: $name, scopes: $scopes) {
      key
      apiKey {
        id
        name
        prefix
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminRevokeApiKeyMutation = graphql(`
  mutation AdminRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      apiKey {
        id
        revokedAt
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminImportCategoriesQuery = graphql(`
  query AdminImportCategories {
    categories {
      id
      slug
      name
      children {
        id
        slug
        name
        children {
          id
          slug
          name
        }
      }
    }
  }
`);

export const AdminImportSkusQuery = graphql(`
  query AdminImportSkus($after: String) {
    products(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          variants {
            sku
          }
        }
      }
    }
  }
`);

export const AdminImportCreateProductMutation = graphql(`
  mutation AdminImportCreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      product {
        id
        slug
        variants {
          id
          sku
        }
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

// Two-factor authentication: enrolment (a new administrator), and reset (a new phone) from the account page.
export const AdminBeginTwoFactorMutation = graphql(`
  mutation AdminBeginTwoFactor {
    beginTwoFactorEnrollment {
      secret
      otpauthUrl
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminConfirmTwoFactorMutation = graphql(`
  mutation AdminConfirmTwoFactor($code: String!) {
    confirmTwoFactorEnrollment(code: $code) {
      backupCodes
      session {
        ...SessionFields
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminBeginTwoFactorResetMutation = graphql(`
  mutation AdminBeginTwoFactorReset($password: String!, $code: String!) {
    beginTwoFactorReset(password: $password, code: $code) {
      secret
      otpauthUrl
      resetToken
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminConfirmTwoFactorResetMutation = graphql(`
  mutation AdminConfirmTwoFactorReset($resetToken: String!, $code: String!) {
    confirmTwoFactorReset(resetToken: $resetToken, code: $code) {
      backupCodes
      session {
        ...SessionFields
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
