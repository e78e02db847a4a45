/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AbuseReason =
  | 'SAME_DEVICE'
  | 'SAME_IP'
  | 'SELF_REFERRAL_EMAIL'
  | 'SELF_REFERRAL_USER';

export type AddCartLineInput = {
  /** Omit to use the signed-in customer's cart, or to start a new cart. */
  cartToken?: string | null | undefined;
  quantity: number;
  /** Recorded when this call creates the cart. */
  referralCode?: string | null | undefined;
  variantId: string | number;
  /** Recorded when this call creates the cart. */
  visitorId?: string | null | undefined;
};

export type AdjustStockInput = {
  locationId: string | number;
  /** Signed change of onHand (never below what is reserved). */
  quantity: number;
  /** ADJUSTMENT or CORRECTION (either sign), RETURN (positive), SALE (negative). */
  reason: MovementReason;
  reference?: string | null | undefined;
  sku?: string | null | undefined;
  /** The variant; or name it by sku. */
  variantId?: string | number | null | undefined;
};

export type AgentSaleInput = {
  /** Cash taken, minor units of the trip currency. */
  amountPaid: string;
  /** The device’s id for this sale (a UUID is best): a sale counts once per clientSaleId. */
  clientSaleId: string;
  passengerName: string;
  seatLabel: string;
  soldAt: string;
  tripId: string | number;
};

export type AgentSaleStatus =
  /** The seat was sold and ticketed. */
  | 'APPLIED'
  /** The cash was taken but the seat could not be issued (see conflictReason): someone must sort it out. */
  | 'CONFLICT';

export type AgentSaleSyncStatus =
  /** Sold now. */
  | 'APPLIED'
  /** Recorded now as a conflict; the seat was not sold. */
  | 'CONFLICT'
  /** Synced before (same clientSaleId): `sale` is that outcome; nothing changed now. */
  | 'DUPLICATE';

export type AttributeFilterInput = {
  name: string;
  /** Matches any of these values. */
  values: Array<string>;
};

/** Who a share of a commission pool goes to: an agent (by level), the partner above the tenant, the client (the selling tenant) or the platform. */
export type Beneficiary =
  | 'AGENT'
  | 'CLIENT'
  | 'PARTNER'
  | 'PLATFORM';

export type BuySeatsInput = {
  email: string;
  holdToken: string;
  /** A new random key per purchase attempt; a retry with the same key and input returns the same order. */
  idempotencyKey: string;
  /** One per held seat. */
  passengers: Array<BuySeatsPassengerInput>;
  /** The buyer’s phone, for the operator to call about the trip (Nigerian 0803…, 234803… or +234803…, or any +country number); stored as E.164. */
  phone?: string | null | undefined;
  /** Where the payment page sends the buyer afterwards (https). */
  returnUrl?: string | null | undefined;
};

export type BuySeatsPassengerInput = {
  name: string;
  seatLabel: string;
};

export type CartLineInput = {
  cartToken?: string | null | undefined;
  /** 0 removes the line. */
  quantity: number;
  variantId: string | number;
};

export type CartStatus =
  | 'ACTIVE'
  | 'CHECKED_OUT'
  | 'MERGED';

export type CheckoutInput = {
  /** Omit to check out the signed-in customer's cart. */
  cartToken?: string | null | undefined;
  couponCode?: string | null | undefined;
  /** The shopper's device id (abuse checks on referrals). */
  deviceId?: string | null | undefined;
  email: string;
  /** A new random key per checkout attempt (e.g. a UUID); a retry with the same key and input returns the first result. */
  idempotencyKey: string;
  phone?: string | null | undefined;
  /** Where the payment page sends the shopper afterwards (https). */
  returnUrl?: string | null | undefined;
  shippingAddress: ShippingAddressInput;
  /** A method code offered for the address (shippingOptions), e.g. STANDARD. */
  shippingMethod: string;
};

/** How the tenant sells: SVM (single-vendor store) or MVM (multi-vendor marketplace). */
export type CommerceChannel =
  | 'MVM'
  | 'SVM';

/** What a commission line pays for: a marketplace order’s commission pool, or an agent’s ticket sale. */
export type CommissionSource =
  | 'ORDER'
  | 'TICKET';

/** HELD: the order is disputed, not in the ledger. POSTED: in the ledger. FLAGGED: an agent share withheld by an abuse check (the residual got it). */
export type CommissionStatus =
  | 'FLAGGED'
  | 'HELD'
  | 'POSTED';

export type ConfirmBookingInput = {
  holdToken: string;
  /** One per held seat. */
  passengers: Array<PassengerInput>;
  /** The paid order or payment (a cash receipt at the window). One booking per reference; a retry with the same one returns the booking. */
  paymentReference: string;
  /** The passenger’s phone (optional at the window), stored as E.164. */
  phone?: string | null | undefined;
};

export type CreateProductInput = {
  attributes?: unknown;
  categoryId?: string | number | null | undefined;
  description?: string | null | undefined;
  media?: Array<ProductMediaInput> | null | undefined;
  seoDescription?: string | null | undefined;
  seoTitle?: string | null | undefined;
  /** Defaults to one made from the title (with a -2, -3... suffix if taken). */
  slug?: string | null | undefined;
  /** DRAFT by default. */
  status?: ProductStatus | null | undefined;
  title: string;
  variants: Array<ProductVariantInput>;
  /** Who sells it. Vendors always sell as themselves; left out in a single-vendor store, the store's own vendor. */
  vendorId?: string | number | null | undefined;
};

export type CustomerAddressInput = {
  city: string;
  /** ISO 3166-1 alpha-2; NG when not given. */
  country?: string | null | undefined;
  /** True makes it the default; false leaves the default where it is. */
  isDefault?: boolean | null | undefined;
  /** At most 40 characters. */
  label?: string | null | undefined;
  line1: string;
  line2?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
  postalCode?: string | null | undefined;
  region: string;
};

export type DisputeStatus =
  | 'CLOSED'
  | 'OPEN';

export type EntrySide =
  | 'CREDIT'
  | 'DEBIT';

export type LedgerOwnerType =
  | 'AGENT'
  | 'CUSTOMER'
  | 'PLATFORM'
  | 'TENANT'
  | 'VENDOR';

/** What an account is for. PAYMENT_CLEARING, PAYOUT_CLEARING and CASH_HELD (cash an agent or a window took, owed to the tenant) are assets (normally debit); the others are owed or earned (normally credit). */
export type LedgerPurpose =
  | 'AGENT_COMMISSION_PAYABLE'
  | 'CASH_HELD'
  | 'CLIENT_REVENUE'
  | 'CUSTOMER_WALLET'
  | 'PARTNER_PAYABLE'
  | 'PAYMENT_CLEARING'
  | 'PAYOUT_CLEARING'
  | 'PLATFORM_REVENUE'
  | 'SALES_REVENUE'
  | 'TAX_PAYABLE'
  | 'VENDOR_PAYABLE';

/** NOT_STOCKED: a line that holds no stock (a bus seat: transport keeps its seats). */
export type LineStockStatus =
  | 'COMMITTED'
  | 'NOT_STOCKED'
  | 'RELEASED'
  | 'RESERVED';

export type LocationKind =
  | 'POS_TILL'
  | 'SHOP'
  | 'VEHICLE'
  | 'WAREHOUSE';

export type LoginInput = {
  email: string;
  password: string;
  tenantSlug: string;
  /** Authenticator code or a backup code, when two-factor is on. */
  totpCode?: string | null | undefined;
};

export type MoneyInput = {
  /** Minor units (kobo for NGN), e.g. "1250000" for ₦12,500.00. */
  amount: string;
  /** ISO 4217, e.g. NGN. */
  currency: string;
};

/** Why stock moved: every journal entry carries one. */
export type MovementReason =
  | 'ADJUSTMENT'
  | 'CORRECTION'
  | 'RECEIPT'
  | 'RETURN'
  | 'SALE'
  | 'TRANSFER_IN'
  | 'TRANSFER_OUT';

export type OrderStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DELIVERED'
  | 'FULFILLING'
  | 'PAID'
  | 'PARTIALLY_REFUNDED'
  | 'PENDING_PAYMENT'
  | 'REFUNDED'
  | 'SHIPPED';

export type PassengerInput = {
  name: string;
  seatLabel: string;
};

export type PaymentProvider =
  | 'FLUTTERWAVE'
  | 'PAYSTACK'
  | 'SANDBOX'
  | 'STRIPE';

export type PaymentStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

/** DRAFT (posted, not sent) -> PROCESSING (sent) -> PAID, PARTIALLY_FAILED or FAILED once every item is settled. */
export type PayoutBatchStatus =
  | 'DRAFT'
  | 'FAILED'
  | 'PAID'
  | 'PARTIALLY_FAILED'
  | 'PROCESSING';

export type PayoutItemStatus =
  | 'FAILED'
  | 'PAID'
  | 'PENDING';

export type PriceContextInput = {
  channel: SalesChannel;
  /** ISO 4217, e.g. NGN. */
  currency: string;
  /** Honoured for staff, administrators and API keys (e.g. a POS quoting a wholesale customer). */
  customerGroup?: string | null | undefined;
  /** Units on the line (quantity tiers), at least 1. */
  quantity?: number | null | undefined;
};

export type ProductMediaInput = {
  alt?: string | null | undefined;
  position?: number | null | undefined;
  /** An https URL. */
  url: string;
};

export type ProductSearchFilters = {
  /** All must match. */
  attributes?: Array<AttributeFilterInput> | null | undefined;
  /** This category and its descendants. */
  categoryId?: string | number | null | undefined;
  /** true: some variant is available; false: none is. */
  inStock?: boolean | null | undefined;
  maxPrice?: MoneyInput | null | undefined;
  minPrice?: MoneyInput | null | undefined;
  vendorId?: string | number | null | undefined;
};

/** RELEVANCE needs a query (without one it is NEWEST); prices are the base "from" price in the search currency, products without one last. */
export type ProductSort =
  | 'NEWEST'
  | 'PRICE_ASC'
  | 'PRICE_DESC'
  | 'RELEVANCE'
  | 'TITLE';

/** DRAFT (not on sale), ACTIVE (on sale), ARCHIVED (withdrawn). */
export type ProductStatus =
  | 'ACTIVE'
  | 'ARCHIVED'
  | 'DRAFT';

export type ProductVariantInput = {
  barcode?: string | null | undefined;
  /** Base price per currency (for quantity 1, no price list); price lists, sales and tiers belong to pricing. */
  basePrices?: Array<MoneyInput> | null | undefined;
  /** Option values, e.g. { "size": "M", "colour": "indigo" }. */
  options?: unknown;
  position?: number | null | undefined;
  /** Unique in the tenant. */
  sku: string;
  /** Defaults to the option values, or the product title. */
  title?: string | null | undefined;
};

export type ReceiveStockInput = {
  locationId: string | number;
  /** Units received, at least 1. */
  quantity: number;
  /** E.g. the supplier delivery note. */
  reference?: string | null | undefined;
  sku?: string | null | undefined;
  /** The variant; or name it by sku. */
  variantId?: string | number | null | undefined;
};

export type RecordCashHandInInput = {
  agentUserId: string | number;
  /** Minor units handed in: more than 0, at most the outstanding amount. */
  amount: string;
  /** The position’s currency (ISO 4217). */
  currency: string;
  /** A new key per hand-in (made when the form is shown): a repeat with the same key and input records once. */
  idempotencyKey: string;
  /** E.g. the receipt number (at most 500 characters). */
  note?: string | null | undefined;
};

export type RefundLineInput = {
  orderLineId: string | number;
  quantity: number;
};

export type RefundOrderInput = {
  /** Units per line; omit to refund everything not yet refunded. */
  lines?: Array<RefundLineInput> | null | undefined;
  orderId: string | number;
  reason?: string | null | undefined;
  /** Put the refunded units back in stock where they were sold from. */
  restock?: boolean | null | undefined;
};

export type RefundStatus =
  | 'FAILED'
  | 'PENDING'
  | 'REVIEW'
  | 'SUCCEEDED';

export type Role =
  | 'AGENT'
  | 'CLIENT_ADMIN'
  | 'CUSTOMER'
  | 'PARTNER_ADMIN'
  | 'STAFF'
  | 'SUPER_ADMIN'
  | 'VENDOR';

/** ONLINE: a paid order (or an integrator); WINDOW: sold by staff at the counter; AGENT: an agent at the park, paid in cash. */
export type SaleChannel =
  | 'AGENT'
  | 'ONLINE'
  | 'WINDOW';

/** Where a sale happens: SVM (single-vendor store), MVM (multi-vendor marketplace), POS (point of sale). */
export type SalesChannel =
  | 'MVM'
  | 'POS'
  | 'SVM';

export type SeatEventKind =
  | 'ALLOTTED'
  | 'EXPIRED'
  | 'HELD'
  | 'RELEASED'
  | 'SOLD';

/** An ACTIVE hold past expiresAt reads EXPIRED: it holds nothing. */
export type SeatHoldStatus =
  | 'ACTIVE'
  | 'CONFIRMED'
  | 'EXPIRED'
  | 'RELEASED';

/** What a seat is now: HELD only while its hold lasts (an overdue hold shows AVAILABLE); ALLOTTED: set aside for an agent. */
export type SeatState =
  | 'ALLOTTED'
  | 'AVAILABLE'
  | 'HELD'
  | 'SOLD';

export type SetBasePriceInput = {
  /** Minor units (kobo for NGN) as a decimal string of digits, e.g. "1250000" for ₦12,500.00. */
  amount: string;
  currency: string;
  variantId: string | number;
};

export type ShippingAddressInput = {
  city: string;
  /** ISO 3166-1 alpha-2, e.g. NG. */
  country: string;
  line1: string;
  line2?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
  postalCode?: string | null | undefined;
  /** State or region, e.g. Lagos, FCT. */
  region: string;
};

export type ShippingDestinationInput = {
  country: string;
  region: string;
};

export type SignUpInput = {
  email: string;
  name: string;
  password: string;
  tenantSlug: string;
};

export type StockAlertKind =
  | 'CONFLICT'
  | 'LOW_STOCK';

export type StockConflictStatus =
  | 'OPEN'
  | 'RESOLVED';

export type TenantKind =
  | 'CLIENT'
  | 'MARKETPLACE'
  | 'PARTNER'
  | 'PLATFORM'
  | 'STORE';

export type TransferStockInput = {
  fromLocationId: string | number;
  quantity: number;
  reference?: string | null | undefined;
  sku?: string | null | undefined;
  toLocationId: string | number;
  /** The variant; or name it by sku. */
  variantId?: string | number | null | undefined;
};

export type UpdateProductInput = {
  attributes?: unknown;
  /** null removes the category. */
  categoryId?: string | number | null | undefined;
  description?: string | null | undefined;
  seoDescription?: string | null | undefined;
  seoTitle?: string | null | undefined;
  slug?: string | null | undefined;
  title?: string | null | undefined;
};

export type UpdateProductVariantInput = {
  barcode?: string | null | undefined;
  options?: unknown;
  position?: number | null | undefined;
  sku?: string | null | undefined;
  title?: string | null | undefined;
};

export type VendorApplicationInput = {
  address: string;
  businessName: string;
  /** https links to registration documents (CAC certificate, ID...), at most 10. */
  documentUrls?: Array<string> | null | undefined;
  email: string;
  legalName: string;
  phone: string;
  /** Defaults to one made from the business name. */
  slug?: string | null | undefined;
  /** Nigerian TIN: 8 digits, a dash, 4 digits (12345678-0001). */
  tin: string;
};

export type VendorPayoutBankInput = {
  accountName: string;
  /** The 10-digit NUBAN; stored sealed, shown as its last 4 digits only. */
  accountNumber: string;
  bankName: string;
};

/** PENDING (applied) -> APPROVED or REJECTED; APPROVED <-> SUSPENDED; a rejected applicant may apply again. */
export type VendorStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED'
  | 'SUSPENDED';

export type AdminBeginTwoFactorMutationVariables = Exact<{ [key: string]: never; }>;


export type AdminBeginTwoFactorMutation = { beginTwoFactorEnrollment: { secret: string | null, otpauthUrl: string | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminConfirmTwoFactorMutationVariables = Exact<{
  code: string;
}>;


export type AdminConfirmTwoFactorMutation = { confirmTwoFactorEnrollment: { backupCodes: Array<string> | null, session: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, refreshTokenExpiresAt: string, user: { id: string, name: string, email: string } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminBeginTwoFactorResetMutationVariables = Exact<{
  password: string;
  code: string;
}>;


export type AdminBeginTwoFactorResetMutation = { beginTwoFactorReset: { secret: string | null, otpauthUrl: string | null, resetToken: string | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminConfirmTwoFactorResetMutationVariables = Exact<{
  resetToken: string;
  code: string;
}>;


export type AdminConfirmTwoFactorResetMutation = { confirmTwoFactorReset: { backupCodes: Array<string> | null, session: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, refreshTokenExpiresAt: string, user: { id: string, name: string, email: string } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminApiKeysQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AdminApiKeysQuery = { apiKeys: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, prefix: string, scopes: Array<string>, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } }> } };

export type AdminCreateApiKeyMutationVariables = Exact<{
  name: string;
  scopes: Array<string> | string;
}>;


export type AdminCreateApiKeyMutation = { createApiKey: { key: string | null, apiKey: { id: string, name: string, prefix: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRevokeApiKeyMutation = { revokeApiKey: { apiKey: { id: string, revokedAt: string | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminBulkPricePlanQueryVariables = Exact<{
  filters?: ProductSearchFilters | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminBulkPricePlanQuery = { searchProducts: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, variants: Array<{ id: string, sku: string, prices: Array<{ priceListId: string | null, minQuantity: number, startsAt: string | null, endsAt: string | null, amount: { amount: string, currency: string } }> }> } }> } };

export type AdminBulkPriceProductFragment = { id: string, title: string, variants: Array<{ id: string, sku: string, prices: Array<{ priceListId: string | null, minQuantity: number, startsAt: string | null, endsAt: string | null, amount: { amount: string, currency: string } }> }> };

export type AdminBulkPriceProductByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminBulkPriceProductByIdQuery = { productById: { id: string, title: string, variants: Array<{ id: string, sku: string, prices: Array<{ priceListId: string | null, minQuantity: number, startsAt: string | null, endsAt: string | null, amount: { amount: string, currency: string } }> }> } | null };

export type AdminRunsTripsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminRunsTripsQuery = { transportRoutes: Array<{ id: string }>, categories: Array<{ id: string }>, searchProducts: { totalCount: number } };

export type AdminCashPositionFieldsFragment = { operatorTenantId: string, agentUserId: string, currency: string, lastHandInAt: string | null, taken: { amount: string, currency: string }, handedIn: { amount: string, currency: string }, outstanding: { amount: string, currency: string }, recentHandIns: Array<{ id: string, note: string | null, createdAt: string, amount: { amount: string, currency: string } }> };

export type AdminAgentCashPositionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminAgentCashPositionsQuery = { agentCashPositions: Array<{ operatorTenantId: string, agentUserId: string, currency: string, lastHandInAt: string | null, taken: { amount: string, currency: string }, handedIn: { amount: string, currency: string }, outstanding: { amount: string, currency: string }, recentHandIns: Array<{ id: string, note: string | null, createdAt: string, amount: { amount: string, currency: string } }> }> };

export type AdminMyCashPositionQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminMyCashPositionQuery = { myCashPosition: Array<{ operatorTenantId: string, agentUserId: string, currency: string, lastHandInAt: string | null, taken: { amount: string, currency: string }, handedIn: { amount: string, currency: string }, outstanding: { amount: string, currency: string }, recentHandIns: Array<{ id: string, note: string | null, createdAt: string, amount: { amount: string, currency: string } }> }> };

export type AdminRecordCashHandInMutationVariables = Exact<{
  input: RecordCashHandInInput;
}>;


export type AdminRecordCashHandInMutation = { recordCashHandIn: { handIn: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminProductCountQueryVariables = Exact<{
  vendorId?: string | number | null | undefined;
}>;


export type AdminProductCountQuery = { searchProducts: { totalCount: number } };

export type AdminProductIdsQueryVariables = Exact<{
  status?: ProductStatus | null | undefined;
  vendorId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminProductIdsQuery = { products: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string }> } };

export type AdminStockOverviewQueryVariables = Exact<{
  alerts: number;
  movements: number;
}>;


export type AdminStockOverviewQuery = { stockAlerts: { edges: Array<{ node: { id: string, kind: StockAlertKind, sku: string, available: number, threshold: number | null, message: string, createdAt: string, acknowledgedAt: string | null, location: { id: string, name: string } } }> }, stockMovements: { edges: Array<{ node: { id: string, sku: string, quantity: number, reason: MovementReason, reference: string | null, occurredAt: string, location: { id: string, name: string }, variant: { id: string, title: string, product: { id: string, title: string } } } }> } };

export type AdminCommerceTilesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCommerceTilesQuery = { orders: { edges: Array<{ node: { id: string, status: OrderStatus, paidAt: string | null, total: { amount: string, currency: string }, vendorOrders: Array<{ subtotal: { amount: string, currency: string }, shipping: { amount: string, currency: string }, tax: { amount: string, currency: string } }>, lines: Array<{ productId: string | null, title: string, quantity: number, refundedQuantity: number }> } }>, pageInfo: { hasNextPage: boolean } } };

export type AdminPayoutsDueQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPayoutsDueQuery = { ledgerAccounts: { edges: Array<{ node: { id: string, ownerId: string, balance: { amount: string, currency: string } } }>, pageInfo: { hasNextPage: boolean } } };

export type AdminTenantDomainFieldsFragment = { id: string, domain: string, verified: boolean, verifiedAt: string | null, token: string, txtRecordName: string, httpUrl: string, lastCheckedAt: string | null, lastError: string | null };

export type AdminTenantDomainsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminTenantDomainsQuery = { tenantDomains: Array<{ id: string, domain: string, verified: boolean, verifiedAt: string | null, token: string, txtRecordName: string, httpUrl: string, lastCheckedAt: string | null, lastError: string | null }> };

export type AdminAddTenantDomainMutationVariables = Exact<{
  domain: string;
}>;


export type AdminAddTenantDomainMutation = { addTenantDomain: { domain: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminVerifyTenantDomainMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminVerifyTenantDomainMutation = { verifyTenantDomain: { domain: { id: string, verified: boolean } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminRemoveTenantDomainMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRemoveTenantDomainMutation = { removeTenantDomain: { domain: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminMyTenantsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminMyTenantsQuery = { myTenants: Array<{ roles: Array<Role>, tenant: { id: string, slug: string, name: string, kind: TenantKind } }> };

export type AdminSwitchTenantMutationVariables = Exact<{
  tenantSlug: string;
}>;


export type AdminSwitchTenantMutation = { switchTenant: { session: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, refreshTokenExpiresAt: string, user: { id: string, name: string, email: string } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminStockAlertFragment = { id: string, kind: StockAlertKind, sku: string, available: number, threshold: number | null, message: string, createdAt: string, acknowledgedAt: string | null, location: { id: string, name: string } };

export type AdminStockMovementFragment = { id: string, sku: string, quantity: number, reason: MovementReason, reference: string | null, occurredAt: string, location: { id: string, name: string }, variant: { id: string, title: string, product: { id: string, title: string } } };

export type AdminLocationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminLocationsQuery = { locations: { edges: Array<{ node: { id: string, code: string, name: string, kind: LocationKind, active: boolean } }> } };

export type AdminStockLevelsQueryVariables = Exact<{
  locationId?: string | number | null | undefined;
  sku?: string | null | undefined;
  after?: string | null | undefined;
  first: number;
}>;


export type AdminStockLevelsQuery = { stockLevels: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, sku: string, onHand: number, reserved: number, available: number, lowStockThreshold: number | null, location: { id: string, name: string, active: boolean }, variant: { id: string, title: string, product: { id: string, title: string } } } }> } };

export type AdminStockMovementsQueryVariables = Exact<{
  locationId?: string | number | null | undefined;
  sku?: string | null | undefined;
  reason?: MovementReason | null | undefined;
  after?: string | null | undefined;
  first: number;
}>;


export type AdminStockMovementsQuery = { stockMovements: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, sku: string, quantity: number, reason: MovementReason, reference: string | null, occurredAt: string, location: { id: string, name: string }, variant: { id: string, title: string, product: { id: string, title: string } } } }> } };

export type AdminStockIssuesQueryVariables = Exact<{
  acknowledged?: boolean | null | undefined;
  conflictStatus?: StockConflictStatus | null | undefined;
}>;


export type AdminStockIssuesQuery = { stockAlerts: { edges: Array<{ node: { id: string, kind: StockAlertKind, sku: string, available: number, threshold: number | null, message: string, createdAt: string, acknowledgedAt: string | null, location: { id: string, name: string } } }> }, stockConflicts: { edges: Array<{ node: { id: string, sku: string, clientId: string, requested: number, applied: number, shortfall: number, status: StockConflictStatus, note: string | null, createdAt: string, resolvedAt: string | null, location: { id: string, name: string } } }> } };

export type AdminAdjustStockMutationVariables = Exact<{
  input: AdjustStockInput;
}>;


export type AdminAdjustStockMutation = { adjustStock: { movement: { id: string, quantity: number } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminReceiveStockMutationVariables = Exact<{
  input: ReceiveStockInput;
}>;


export type AdminReceiveStockMutation = { receiveStock: { movement: { id: string, quantity: number } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminTransferStockMutationVariables = Exact<{
  input: TransferStockInput;
}>;


export type AdminTransferStockMutation = { transferStock: { transfer: { id: string, quantity: number } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminAcknowledgeAlertMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminAcknowledgeAlertMutation = { acknowledgeAlert: { alert: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminResolveConflictMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type AdminResolveConflictMutation = { resolveStockConflict: { conflict: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminLedgerAccountFieldsFragment = { id: string, ownerType: LedgerOwnerType, ownerId: string, purpose: LedgerPurpose, currency: string, lineCount: number, balance: { amount: string, currency: string } };

export type AdminPayableAccountsQueryVariables = Exact<{
  purpose: LedgerPurpose;
}>;


export type AdminPayableAccountsQuery = { ledgerAccounts: { edges: Array<{ node: { id: string, ownerType: LedgerOwnerType, ownerId: string, purpose: LedgerPurpose, currency: string, lineCount: number, balance: { amount: string, currency: string } } }> } };

export type AdminMyLedgerAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminMyLedgerAccountsQuery = { myLedgerAccounts: { edges: Array<{ node: { id: string, ownerType: LedgerOwnerType, ownerId: string, purpose: LedgerPurpose, currency: string, lineCount: number, balance: { amount: string, currency: string } } }> } };

export type AdminLedgerStatementQueryVariables = Exact<{
  accountId: string | number;
  after?: string | null | undefined;
}>;


export type AdminLedgerStatementQuery = { ledgerAccount: { id: string, ownerType: LedgerOwnerType, ownerId: string, purpose: LedgerPurpose, currency: string, lineCount: number, balance: { amount: string, currency: string } } | null, ledgerStatement: { edges: Array<{ node: { id: string, sequence: number, side: EntrySide, memo: string | null, createdAt: string, amount: { amount: string, currency: string }, balanceAfter: { amount: string, currency: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminPayoutBatchesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AdminPayoutBatchesQuery = { payoutBatches: { edges: Array<{ node: { id: string, status: PayoutBatchStatus, currency: string, createdAt: string, scheduledFor: string | null, total: { amount: string, currency: string }, items: Array<{ id: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminPayoutBatchQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminPayoutBatchQuery = { payoutBatch: { id: string, status: PayoutBatchStatus, currency: string, createdAt: string, submittedAt: string | null, completedAt: string | null, total: { amount: string, currency: string }, items: Array<{ id: string, status: PayoutItemStatus, paidReference: string | null, failureReason: string | null, resolvedAt: string | null, bankName: string | null, accountNumberLast4: string | null, amount: { amount: string, currency: string }, heldAmount: { amount: string, currency: string }, account: { id: string, ownerType: LedgerOwnerType, ownerId: string, purpose: LedgerPurpose, currency: string, lineCount: number, balance: { amount: string, currency: string } } }>, heldBack: Array<{ accountId: string, ownerType: string, ownerId: string, purpose: string, reason: string | null, balance: { amount: string, currency: string }, held: { amount: string, currency: string } }> } | null, vendors: { edges: Array<{ node: { id: string, name: string } }> }, agents: { edges: Array<{ node: { userId: string, email: string | null, code: string } }> } };

export type AdminCreatePayoutBatchMutationVariables = Exact<{
  currency: string;
}>;


export type AdminCreatePayoutBatchMutation = { createPayoutBatch: { batch: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminSubmitPayoutBatchMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminSubmitPayoutBatchMutation = { submitPayoutBatch: { batch: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminMarkPayoutItemPaidMutationVariables = Exact<{
  id: string | number;
  reference?: string | null | undefined;
}>;


export type AdminMarkPayoutItemPaidMutation = { markPayoutItemPaid: { item: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminMarkPayoutItemFailedMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type AdminMarkPayoutItemFailedMutation = { markPayoutItemFailed: { item: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminCommissionFieldsFragment = { id: string, source: CommissionSource, orderId: string | null, orderNumber: string | null, ticketId: string | null, beneficiary: Beneficiary, beneficiaryId: string, level: number, status: CommissionStatus, flagReason: AbuseReason | null, createdAt: string, amount: { amount: string, currency: string }, net: { amount: string, currency: string } };

export type AdminCommissionsQueryVariables = Exact<{
  status?: CommissionStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminCommissionsQuery = { commissions: { edges: Array<{ node: { id: string, source: CommissionSource, orderId: string | null, orderNumber: string | null, ticketId: string | null, beneficiary: Beneficiary, beneficiaryId: string, level: number, status: CommissionStatus, flagReason: AbuseReason | null, createdAt: string, amount: { amount: string, currency: string }, net: { amount: string, currency: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminMyCommissionsQueryVariables = Exact<{
  status?: CommissionStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminMyCommissionsQuery = { myReferral: { code: string, link: string } | null, myCommissions: { edges: Array<{ node: { id: string, source: CommissionSource, orderId: string | null, orderNumber: string | null, ticketId: string | null, beneficiary: Beneficiary, beneficiaryId: string, level: number, status: CommissionStatus, flagReason: AbuseReason | null, createdAt: string, amount: { amount: string, currency: string }, net: { amount: string, currency: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminOwnerDirectoryQueryVariables = Exact<{
  withAgents: boolean;
}>;


export type AdminOwnerDirectoryQuery = { vendors: { edges: Array<{ node: { id: string, name: string } }> }, agents?: { edges: Array<{ node: { userId: string, email: string | null, code: string } }> } };

export type AdminOrderListQueryVariables = Exact<{
  status?: OrderStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminOrderListQuery = { orders: { edges: Array<{ node: { id: string, number: string, status: OrderStatus, createdAt: string, email: string, disputed: boolean, total: { amount: string, currency: string }, vendorOrders: Array<{ vendorName: string, subtotal: { amount: string, currency: string }, shipping: { amount: string, currency: string }, tax: { amount: string, currency: string } }>, lines: Array<{ quantity: number }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminOrderDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminOrderDetailQuery = { order: { id: string, number: string, status: OrderStatus, fulfilmentStage: OrderStatus | null, channel: CommerceChannel, email: string, customerUserId: string | null, referralCode: string | null, currency: string, taxInclusive: boolean, shippingMethod: string, disputed: boolean, expiresAt: string, paidAt: string | null, cancelledAt: string | null, cancelReason: string | null, createdAt: string, subtotal: { amount: string, currency: string }, discount: { amount: string, currency: string }, shipping: { amount: string, currency: string }, tax: { amount: string, currency: string }, total: { amount: string, currency: string }, refundedTotal: { amount: string, currency: string }, shippingAddress: { name: string, line1: string, line2: string | null, city: string, region: string, country: string, postalCode: string | null, phone: string | null } | null, vendorOrders: Array<{ id: string, vendorId: string, vendorName: string, fulfilmentStage: OrderStatus, commissionBps: number, subtotal: { amount: string, currency: string }, shipping: { amount: string, currency: string }, tax: { amount: string, currency: string }, commission: { amount: string, currency: string }, lines: Array<{ id: string, sku: string, title: string, quantity: number, refundedQuantity: number, stockStatus: LineStockStatus, unitPrice: { amount: string, currency: string }, subtotal: { amount: string, currency: string }, tax: { amount: string, currency: string } }> }>, timeline: Array<{ id: string, fromStatus: OrderStatus | null, toStatus: OrderStatus, actorType: string, vendorName: string | null, reason: string | null, at: string }>, payments: Array<{ id: string, provider: PaymentProvider, reference: string, status: PaymentStatus, failureReason: string | null, createdAt: string, succeededAt: string | null, amount: { amount: string, currency: string } }>, refunds: Array<{ id: string, status: RefundStatus, reason: string | null, restock: boolean, automatic: boolean, failureReason: string | null, createdAt: string, amount: { amount: string, currency: string }, lines: Array<{ orderLineId: string, quantity: number, subtotal: { amount: string, currency: string }, tax: { amount: string, currency: string } }> }>, disputes: Array<{ id: string, status: DisputeStatus, reason: string, resolution: string | null, openedAt: string, closedAt: string | null }> } | null };

export type AdminOrderResultFragment = { order: { id: string, status: OrderStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> };

export type AdminFulfilOrderMutationVariables = Exact<{
  orderId: string | number;
  note?: string | null | undefined;
}>;


export type AdminFulfilOrderMutation = { fulfilOrder: { order: { id: string, status: OrderStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminShipOrderMutationVariables = Exact<{
  orderId: string | number;
  note?: string | null | undefined;
}>;


export type AdminShipOrderMutation = { shipOrder: { order: { id: string, status: OrderStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminDeliverOrderMutationVariables = Exact<{
  orderId: string | number;
  note?: string | null | undefined;
}>;


export type AdminDeliverOrderMutation = { deliverOrder: { order: { id: string, status: OrderStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminCompleteOrderMutationVariables = Exact<{
  orderId: string | number;
  note?: string | null | undefined;
}>;


export type AdminCompleteOrderMutation = { completeOrder: { order: { id: string, status: OrderStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminCancelOrderMutationVariables = Exact<{
  orderId: string | number;
  reason?: string | null | undefined;
}>;


export type AdminCancelOrderMutation = { cancelOrder: { order: { id: string, status: OrderStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminVendorOrderResultFragment = { vendorOrder: { id: string, fulfilmentStage: OrderStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> };

export type AdminFulfilVendorOrderMutationVariables = Exact<{
  vendorOrderId: string | number;
  note?: string | null | undefined;
}>;


export type AdminFulfilVendorOrderMutation = { fulfilVendorOrder: { vendorOrder: { id: string, fulfilmentStage: OrderStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminShipVendorOrderMutationVariables = Exact<{
  vendorOrderId: string | number;
  note?: string | null | undefined;
}>;


export type AdminShipVendorOrderMutation = { shipVendorOrder: { vendorOrder: { id: string, fulfilmentStage: OrderStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminDeliverVendorOrderMutationVariables = Exact<{
  vendorOrderId: string | number;
  note?: string | null | undefined;
}>;


export type AdminDeliverVendorOrderMutation = { deliverVendorOrder: { vendorOrder: { id: string, fulfilmentStage: OrderStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminRefundOrderMutationVariables = Exact<{
  input: RefundOrderInput;
}>;


export type AdminRefundOrderMutation = { refundOrder: { refund: { id: string, status: RefundStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminRefundPreviewQueryVariables = Exact<{
  input: RefundOrderInput;
}>;


export type AdminRefundPreviewQuery = { refundPreview: { amount: { amount: string, currency: string }, shipping: { amount: string, currency: string }, lines: Array<{ orderLineId: string, title: string, sku: string, quantity: number, amount: { amount: string, currency: string } }> } };

export type AdminOpenDisputeMutationVariables = Exact<{
  orderId: string | number;
  reason: string;
}>;


export type AdminOpenDisputeMutation = { openDispute: { dispute: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminCloseDisputeMutationVariables = Exact<{
  orderId: string | number;
  resolution: string;
}>;


export type AdminCloseDisputeMutation = { closeDispute: { dispute: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminVendorPayoutBankQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminVendorPayoutBankQuery = { vendor: { id: string, name: string, status: VendorStatus, payoutBank: { bankName: string, accountName: string, accountNumberMasked: string } | null } | null };

export type AdminMyVendorPayoutBankQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminMyVendorPayoutBankQuery = { myVendor: { id: string, name: string, status: VendorStatus, payoutBank: { bankName: string, accountName: string, accountNumberMasked: string } | null } | null };

export type AdminSetVendorPayoutBankMutationVariables = Exact<{
  vendorId: string | number;
  input: VendorPayoutBankInput;
}>;


export type AdminSetVendorPayoutBankMutation = { setVendorPayoutBank: { vendor: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminPayoutPlanQueryVariables = Exact<{
  currency: string;
}>;


export type AdminPayoutPlanQuery = { payoutPlan: Array<{ accountId: string, ownerType: string, ownerId: string, purpose: string, bankName: string | null, accountNumberLast4: string | null, reason: string | null, balance: { amount: string, currency: string }, held: { amount: string, currency: string }, payable: { amount: string, currency: string } }> };

export type AdminImportCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminImportCategoriesQuery = { categories: Array<{ id: string, slug: string, name: string, children: Array<{ id: string, slug: string, name: string, children: Array<{ id: string, slug: string, name: string }> }> }> };

export type AdminImportSkusQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AdminImportSkusQuery = { products: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, variants: Array<{ sku: string }> } }> } };

export type AdminImportCreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type AdminImportCreateProductMutation = { createProduct: { product: { id: string, slug: string, variants: Array<{ id: string, sku: string }> } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminProductRowFragment = { id: string, slug: string, title: string, status: ProductStatus, updatedAt: string, vendor: { id: string, name: string }, variants: Array<{ id: string, price: { unit: { amount: string, currency: string } } | null, inventory: { available: number } | null }> };

export type AdminProductListQueryVariables = Exact<{
  status?: ProductStatus | null | undefined;
  vendorId?: string | number | null | undefined;
  after?: string | null | undefined;
  first: number;
}>;


export type AdminProductListQuery = { products: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, slug: string, title: string, status: ProductStatus, updatedAt: string, vendor: { id: string, name: string }, variants: Array<{ id: string, price: { unit: { amount: string, currency: string } } | null, inventory: { available: number } | null }> } }> } };

export type AdminProductSearchQueryVariables = Exact<{
  query?: string | null | undefined;
  filters?: ProductSearchFilters | null | undefined;
  after?: string | null | undefined;
  first: number;
}>;


export type AdminProductSearchQuery = { searchProducts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, slug: string, title: string, status: ProductStatus, updatedAt: string, vendor: { id: string, name: string }, variants: Array<{ id: string, price: { unit: { amount: string, currency: string } } | null, inventory: { available: number } | null }> } }> } };

export type AdminProductFormOptionsQueryVariables = Exact<{
  withVendors: boolean;
}>;


export type AdminProductFormOptionsQuery = { categories: Array<{ id: string, name: string, children: Array<{ id: string, name: string, children: Array<{ id: string, name: string }> }> }>, vendors?: { edges: Array<{ node: { id: string, name: string } }> } };

export type AdminProductQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminProductQuery = { productById: { id: string, slug: string, title: string, description: string, status: ProductStatus, seoTitle: string | null, seoDescription: string | null, updatedAt: string, listing: { active: boolean, commissionBps: number } | null, vendor: { id: string, name: string, status: VendorStatus }, category: { id: string, name: string } | null, media: Array<{ id: string, url: string, alt: string | null, position: number }>, variants: Array<{ id: string, sku: string, title: string, options: unknown, position: number, prices: Array<{ id: string, priceListId: string | null, minQuantity: number, startsAt: string | null, endsAt: string | null, amount: { amount: string, currency: string } }>, inventory: { onHand: number, reserved: number, available: number, levels: Array<{ id: string, onHand: number, available: number, location: { id: string, name: string } }> } | null }> } | null };

export type AdminCreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type AdminCreateProductMutation = { createProduct: { product: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminUpdateProductMutationVariables = Exact<{
  id: string | number;
  input: UpdateProductInput;
}>;


export type AdminUpdateProductMutation = { updateProduct: { product: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminSetProductStatusMutationVariables = Exact<{
  id: string | number;
  status: ProductStatus;
}>;


export type AdminSetProductStatusMutation = { setProductStatus: { product: { id: string, status: ProductStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminAddVariantMutationVariables = Exact<{
  productId: string | number;
  input: ProductVariantInput;
}>;


export type AdminAddVariantMutation = { addVariant: { variant: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminUpdateVariantMutationVariables = Exact<{
  id: string | number;
  input: UpdateProductVariantInput;
}>;


export type AdminUpdateVariantMutation = { updateVariant: { variant: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminSetBasePriceMutationVariables = Exact<{
  input: SetBasePriceInput;
}>;


export type AdminSetBasePriceMutation = { setBasePrice: { price: { id: string, amount: { amount: string, currency: string } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminAddMediaMutationVariables = Exact<{
  productId: string | number;
  input: ProductMediaInput;
}>;


export type AdminAddMediaMutation = { addProductMedia: { media: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminViewerQuery = { me: { id: string, name: string, email: string, twoFactorEnabled: boolean, memberships: Array<{ role: Role }> } | null, currentTenant: { id: string, slug: string, name: string, kind: TenantKind, currency: string, primaryColor: string | null, logoUrl: string | null } | null };

export type AdminMyVendorQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminMyVendorQuery = { myVendor: { id: string, name: string, status: VendorStatus } | null };

export type AdminUserErrorFragment = { code: string, message: string, field: Array<string> | null };

export type AdminVendorApplicationsQueryVariables = Exact<{
  status?: VendorStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminVendorApplicationsQuery = { vendorApplications: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, status: VendorStatus, createdAt: string, legalName: string | null, tin: string | null, email: string | null, phone: string | null, address: string | null, documentUrls: Array<string> | null, statusHistory: Array<{ id: string, fromStatus: VendorStatus | null, toStatus: VendorStatus, reason: string | null, actorUserId: string | null, createdAt: string }> | null } }> } };

export type AdminApproveVendorMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type AdminApproveVendorMutation = { approveVendor: { vendor: { id: string, status: VendorStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminRejectVendorMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type AdminRejectVendorMutation = { rejectVendor: { vendor: { id: string, status: VendorStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type TenantBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type TenantBySlugQuery = { tenantBySlug: { id: string, slug: string, name: string, kind: TenantKind, logoUrl: string | null, primaryColor: string | null, currency: string, customDomain: string | null } | null };

export type TenantByDomainQueryVariables = Exact<{
  domain: string;
}>;


export type TenantByDomainQuery = { tenantByDomain: { slug: string, kind: TenantKind } | null };

export type SessionFieldsFragment = { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, refreshTokenExpiresAt: string, user: { id: string, name: string, email: string } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { session: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, refreshTokenExpiresAt: string, user: { id: string, name: string, email: string } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { session: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, refreshTokenExpiresAt: string, user: { id: string, name: string, email: string } } | null, userErrors: Array<{ code: string, message: string }> } };

export type LogoutMutationVariables = Exact<{
  refreshToken: string;
}>;


export type LogoutMutation = { logout: { ok: boolean, userErrors: Array<{ code: string, message: string }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, email: string } | null };

export type CategoryTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoryTreeQuery = { categories: Array<{ id: string, name: string, slug: string, children: Array<{ id: string, name: string, slug: string, children: Array<{ id: string, name: string, slug: string }> }> }> };

export type MoneyFieldsFragment = { amount: string, currency: string };

export type ProductCardFragment = { id: string, slug: string, title: string, availableForSale: boolean | null, vendor: { id: string, name: string }, media: Array<{ url: string, alt: string | null, position: number }>, variants: Array<{ id: string, price: { unit: { amount: string, currency: string }, compareAt: { amount: string, currency: string } | null } | null }> };

export type StoreHomeQueryVariables = Exact<{
  priceContext: PriceContextInput;
  first: number;
  marketplace: boolean;
}>;


export type StoreHomeQuery = { featured: { title: string, description: string, entries: { edges: Array<{ node: { product: { id: string, slug: string, title: string, availableForSale: boolean | null, vendor: { id: string, name: string }, media: Array<{ url: string, alt: string | null, position: number }>, variants: Array<{ id: string, price: { unit: { amount: string, currency: string }, compareAt: { amount: string, currency: string } | null } | null }> } } }> } } | null, newest: { edges: Array<{ node: { id: string, slug: string, title: string, availableForSale: boolean | null, vendor: { id: string, name: string }, media: Array<{ url: string, alt: string | null, position: number }>, variants: Array<{ id: string, price: { unit: { amount: string, currency: string }, compareAt: { amount: string, currency: string } | null } | null }> } }> }, vendors?: { edges: Array<{ node: { id: string, name: string } }> } };

export type ProductSearchQueryVariables = Exact<{
  query?: string | null | undefined;
  filters?: ProductSearchFilters | null | undefined;
  sort?: ProductSort | null | undefined;
  currency?: string | null | undefined;
  after?: string | null | undefined;
  first: number;
  priceContext: PriceContextInput;
}>;


export type ProductSearchQuery = { searchProducts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, title: string, availableForSale: boolean | null, vendor: { id: string, name: string }, media: Array<{ url: string, alt: string | null, position: number }>, variants: Array<{ id: string, price: { unit: { amount: string, currency: string }, compareAt: { amount: string, currency: string } | null } | null }> } }>, facets: { categories: Array<{ id: string, name: string, count: number }>, vendors: Array<{ id: string, name: string, count: number }>, attributes: Array<{ name: string, values: Array<{ value: string, count: number }> }>, priceRange: { min: { amount: string, currency: string }, max: { amount: string, currency: string } } | null } } };

export type ProductPageQueryVariables = Exact<{
  slug: string;
  priceContext: PriceContextInput;
}>;


export type ProductPageQuery = { product: { id: string, slug: string, title: string, description: string, status: ProductStatus, attributes: unknown, seoTitle: string | null, seoDescription: string | null, updatedAt: string, availableForSale: boolean | null, vendor: { id: string, name: string }, category: { id: string, name: string, slug: string, parent: { id: string, name: string, slug: string } | null } | null, media: Array<{ id: string, url: string, alt: string | null, position: number }>, variants: Array<{ id: string, sku: string, title: string, options: unknown, position: number, availableForSale: boolean | null, price: { taxInclusive: boolean, unit: { amount: string, currency: string }, compareAt: { amount: string, currency: string } | null } | null }> } | null };

export type VendorProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type VendorProfileQuery = { vendor: { id: string, slug: string, name: string, status: VendorStatus, createdAt: string } | null };

export type VendorListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type VendorListQuery = { vendors: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, createdAt: string } }> } };

export type SitemapProductsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SitemapProductsQuery = { products: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { slug: string, updatedAt: string } }> } };

export type MyVendorQueryVariables = Exact<{ [key: string]: never; }>;


export type MyVendorQuery = { myVendor: { id: string, name: string, status: VendorStatus } | null };

export type ApplyAsVendorMutationVariables = Exact<{
  input: VendorApplicationInput;
}>;


export type ApplyAsVendorMutation = { applyAsVendor: { vendor: { id: string, name: string, status: VendorStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ShopAddressFieldsFragment = { id: string, label: string | null, name: string, line1: string, line2: string | null, city: string, region: string, country: string, postalCode: string | null, phone: string | null, isDefault: boolean };

export type ShopMyAddressesQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopMyAddressesQuery = { myAddresses: Array<{ id: string, label: string | null, name: string, line1: string, line2: string | null, city: string, region: string, country: string, postalCode: string | null, phone: string | null, isDefault: boolean }> };

export type ShopAddAddressMutationVariables = Exact<{
  input: CustomerAddressInput;
}>;


export type ShopAddAddressMutation = { addAddress: { address: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ShopUpdateAddressMutationVariables = Exact<{
  id: string | number;
  input: CustomerAddressInput;
}>;


export type ShopUpdateAddressMutation = { updateAddress: { address: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ShopSetDefaultAddressMutationVariables = Exact<{
  id: string | number;
}>;


export type ShopSetDefaultAddressMutation = { setDefaultAddress: { address: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ShopRemoveAddressMutationVariables = Exact<{
  id: string | number;
}>;


export type ShopRemoveAddressMutation = { removeAddress: { removedAddressId: string | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ShopUserErrorFragment = { code: string, message: string, field: Array<string> | null };

export type ShopQuoteLineFragment = { variantId: string, quantity: number, sellable: boolean, reason: string | null, sku: string | null, title: string | null, vendorId: string | null, vendorName: string | null, unitPrice: { amount: string, currency: string } | null, total: { amount: string, currency: string } | null, tax: { amount: string, currency: string } | null };

export type ShopCartFragment = { id: string, token: string, status: CartStatus, channel: CommerceChannel, currency: string, lines: Array<{ id: string, variantId: string, quantity: number, variant: { id: string, title: string, options: unknown, product: { id: string, slug: string, title: string, media: Array<{ url: string, alt: string | null, position: number }> } } }>, quote: { lines: Array<{ variantId: string, quantity: number, sellable: boolean, reason: string | null, sku: string | null, title: string | null, vendorId: string | null, vendorName: string | null, unitPrice: { amount: string, currency: string } | null, total: { amount: string, currency: string } | null, tax: { amount: string, currency: string } | null }>, vendors: Array<{ vendorId: string, vendorName: string, lines: Array<{ variantId: string }>, total: { amount: string, currency: string } }>, subtotal: { amount: string, currency: string }, tax: { amount: string, currency: string }, total: { amount: string, currency: string } } };

export type ShopCartQueryVariables = Exact<{
  cartToken?: string | null | undefined;
}>;


export type ShopCartQuery = { cart: { id: string, token: string, status: CartStatus, channel: CommerceChannel, currency: string, lines: Array<{ id: string, variantId: string, quantity: number, variant: { id: string, title: string, options: unknown, product: { id: string, slug: string, title: string, media: Array<{ url: string, alt: string | null, position: number }> } } }>, quote: { lines: Array<{ variantId: string, quantity: number, sellable: boolean, reason: string | null, sku: string | null, title: string | null, vendorId: string | null, vendorName: string | null, unitPrice: { amount: string, currency: string } | null, total: { amount: string, currency: string } | null, tax: { amount: string, currency: string } | null }>, vendors: Array<{ vendorId: string, vendorName: string, lines: Array<{ variantId: string }>, total: { amount: string, currency: string } }>, subtotal: { amount: string, currency: string }, tax: { amount: string, currency: string }, total: { amount: string, currency: string } } } | null };

export type ShopAddCartLineMutationVariables = Exact<{
  input: AddCartLineInput;
}>;


export type ShopAddCartLineMutation = { addCartLine: { cart: { id: string, token: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ShopUpdateCartLineMutationVariables = Exact<{
  input: CartLineInput;
}>;


export type ShopUpdateCartLineMutation = { updateCartLine: { cart: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ShopMergeGuestCartMutationVariables = Exact<{
  cartToken: string;
}>;


export type ShopMergeGuestCartMutation = { mergeGuestCart: { cart: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ShopShippingOptionsQueryVariables = Exact<{
  destination: ShippingDestinationInput;
}>;


export type ShopShippingOptionsQuery = { shippingOptions: Array<{ id: string, method: string, name: string, amount: { amount: string, currency: string }, freeOver: { amount: string, currency: string } | null }> };

export type ShopCheckoutMutationVariables = Exact<{
  input: CheckoutInput;
}>;


export type ShopCheckoutMutation = { checkout: { order: { id: string, number: string } | null, payment: { reference: string, status: PaymentStatus, authorizationUrl: string | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ShopRetryPaymentMutationVariables = Exact<{
  orderId: string | number;
  cartToken?: string | null | undefined;
  returnUrl?: string | null | undefined;
}>;


export type ShopRetryPaymentMutation = { retryPayment: { payment: { authorizationUrl: string | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ShopRefreshPaymentMutationVariables = Exact<{
  reference: string;
}>;


export type ShopRefreshPaymentMutation = { refreshPayment: { payment: { status: PaymentStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ShopOrderSummaryFragment = { id: string, number: string, status: OrderStatus, createdAt: string, total: { amount: string, currency: string } };

export type ShopOrderQueryVariables = Exact<{
  id: string | number;
  cartToken?: string | null | undefined;
}>;


export type ShopOrderQuery = { order: { fulfilmentStage: OrderStatus | null, email: string, currency: string, taxInclusive: boolean, shippingMethod: string, expiresAt: string, paidAt: string | null, cancelledAt: string | null, cancelReason: string | null, id: string, number: string, status: OrderStatus, createdAt: string, subtotal: { amount: string, currency: string }, discount: { amount: string, currency: string }, shipping: { amount: string, currency: string }, tax: { amount: string, currency: string }, refundedTotal: { amount: string, currency: string }, shippingAddress: { name: string, line1: string, line2: string | null, city: string, region: string, country: string, postalCode: string | null, phone: string | null } | null, vendorOrders: Array<{ id: string, vendorName: string, lines: Array<{ id: string }> }>, lines: Array<{ id: string, sku: string, title: string, quantity: number, refundedQuantity: number, unitPrice: { amount: string, currency: string }, subtotal: { amount: string, currency: string }, tax: { amount: string, currency: string } }>, timeline: Array<{ id: string, toStatus: OrderStatus, reason: string | null, at: string }>, payments: Array<{ reference: string, status: PaymentStatus, authorizationUrl: string | null }>, total: { amount: string, currency: string } } | null };

export type ShopMyOrdersQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ShopMyOrdersQuery = { orders: { edges: Array<{ node: { customerUserId: string | null, id: string, number: string, status: OrderStatus, createdAt: string, lines: Array<{ id: string, quantity: number }>, total: { amount: string, currency: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ShopExportMyDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopExportMyDataQuery = { exportMyData: unknown };

export type ShopSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type ShopSignUpMutation = { signUp: { session: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, refreshTokenExpiresAt: string, user: { id: string, name: string, email: string } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ShopRecordReferralTouchMutationVariables = Exact<{
  code: string;
  visitorId: string;
}>;


export type ShopRecordReferralTouchMutation = { recordReferralTouch: { recorded: boolean } };

export type TransportSeatFieldsFragment = { label: string, row: number, column: number, seatClass: string, state: SeatState, price: { amount: string, currency: string } };

export type TransportSeatMapFieldsFragment = { tripId: string, rows: number, columns: number, aisleAfterColumn: number | null, available: number, lastEventId: string | null, seats: Array<{ label: string, row: number, column: number, seatClass: string, state: SeatState, price: { amount: string, currency: string } }> };

export type TransportTripFieldsFragment = { id: string, operatorId: string, departureAt: string, currency: string, availableSeats: number, operator: { name: string }, route: { id: string, code: string, stops: Array<string>, origin: { name: string, city: string }, destination: { name: string, city: string } }, vehicle: { name: string, seatCount: number }, fares: Array<{ seatClass: string, price: { amount: string, currency: string } }> };

export type TransportHoldFieldsFragment = { id: string, tripId: string, seatLabels: Array<string>, status: SeatHoldStatus, expiresAt: string, canExtend: boolean, total: { amount: string, currency: string } };

export type TransportSearchTripsQueryVariables = Exact<{
  origin: string;
  destination: string;
  date: string;
}>;


export type TransportSearchTripsQuery = { searchTrips: Array<{ id: string, operatorId: string, departureAt: string, currency: string, availableSeats: number, operator: { name: string }, route: { id: string, code: string, stops: Array<string>, origin: { name: string, city: string }, destination: { name: string, city: string } }, vehicle: { name: string, seatCount: number }, fares: Array<{ seatClass: string, price: { amount: string, currency: string } }> }> };

export type TransportUpcomingTripsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type TransportUpcomingTripsQuery = { upcomingTrips: Array<{ id: string, operatorId: string, departureAt: string, currency: string, availableSeats: number, operator: { name: string }, route: { id: string, code: string, stops: Array<string>, origin: { name: string, city: string }, destination: { name: string, city: string } }, vehicle: { name: string, seatCount: number }, fares: Array<{ seatClass: string, price: { amount: string, currency: string } }> }> };

export type TransportParksQueryVariables = Exact<{ [key: string]: never; }>;


export type TransportParksQuery = { transportRoutes: Array<{ origin: { city: string }, destination: { city: string } }> };

export type TransportTripQueryVariables = Exact<{
  id: string | number;
}>;


export type TransportTripQuery = { trip: { id: string, operatorId: string, departureAt: string, currency: string, availableSeats: number, seatMap: { tripId: string, rows: number, columns: number, aisleAfterColumn: number | null, available: number, lastEventId: string | null, seats: Array<{ label: string, row: number, column: number, seatClass: string, state: SeatState, price: { amount: string, currency: string } }> }, operator: { name: string }, route: { id: string, code: string, stops: Array<string>, origin: { name: string, city: string }, destination: { name: string, city: string } }, vehicle: { name: string, seatCount: number }, fares: Array<{ seatClass: string, price: { amount: string, currency: string } }> } | null, tripPresence: { viewers: number } };

export type TransportSeatMapQueryVariables = Exact<{
  tripId: string | number;
}>;


export type TransportSeatMapQuery = { seatMap: { tripId: string, rows: number, columns: number, aisleAfterColumn: number | null, available: number, lastEventId: string | null, seats: Array<{ label: string, row: number, column: number, seatClass: string, state: SeatState, price: { amount: string, currency: string } }> } };

export type TransportSeatMapLiveSubscriptionVariables = Exact<{
  tripId: string | number;
}>;


export type TransportSeatMapLiveSubscription = { seatMap: { id: string, kind: SeatEventKind, seats: Array<{ label: string, row: number, column: number, seatClass: string, state: SeatState, price: { amount: string, currency: string } }> } };

export type TransportPresenceLiveSubscriptionVariables = Exact<{
  tripId: string | number;
}>;


export type TransportPresenceLiveSubscription = { tripPresence: { viewers: number } };

export type TransportHeartbeatMutationVariables = Exact<{
  tripId: string | number;
  viewerId: string;
  leaving?: boolean | null | undefined;
}>;


export type TransportHeartbeatMutation = { tripHeartbeat: { presence: { viewers: number } | null, userErrors: Array<{ code: string, message: string }> } };

export type TransportSeatHoldQueryVariables = Exact<{
  token: string;
}>;


export type TransportSeatHoldQuery = { seatHold: { id: string, tripId: string, seatLabels: Array<string>, status: SeatHoldStatus, expiresAt: string, canExtend: boolean, total: { amount: string, currency: string } } | null };

export type TransportHoldSeatsMutationVariables = Exact<{
  tripId: string | number;
  seatLabels: Array<string> | string;
}>;


export type TransportHoldSeatsMutation = { holdSeats: { holdToken: string | null, hold: { id: string, tripId: string, seatLabels: Array<string>, status: SeatHoldStatus, expiresAt: string, canExtend: boolean, total: { amount: string, currency: string } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type TransportExtendHoldMutationVariables = Exact<{
  holdToken: string;
}>;


export type TransportExtendHoldMutation = { extendSeatHold: { hold: { id: string, tripId: string, seatLabels: Array<string>, status: SeatHoldStatus, expiresAt: string, canExtend: boolean, total: { amount: string, currency: string } } | null, userErrors: Array<{ code: string, message: string }> } };

export type TransportReleaseHoldMutationVariables = Exact<{
  holdToken: string;
}>;


export type TransportReleaseHoldMutation = { releaseSeatHold: { hold: { id: string, tripId: string, seatLabels: Array<string>, status: SeatHoldStatus, expiresAt: string, canExtend: boolean, total: { amount: string, currency: string } } | null, userErrors: Array<{ code: string, message: string }> } };

export type TransportViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type TransportViewerQuery = { me: { id: string, name: string, memberships: Array<{ role: Role }> } | null };

export type TransportBookingFieldsFragment = { id: string, reference: string, tripId: string, channel: SaleChannel, paymentReference: string | null, createdAt: string, total: { amount: string, currency: string }, tickets: Array<{ id: string, seatLabel: string, seatClass: string, passengerName: string, qr: string, boardedAt: string | null, fare: { amount: string, currency: string } }> };

export type TransportConfirmBookingMutationVariables = Exact<{
  input: ConfirmBookingInput;
}>;


export type TransportConfirmBookingMutation = { confirmBooking: { booking: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type TransportBookingQueryVariables = Exact<{
  id: string | number;
}>;


export type TransportBookingQuery = { booking: { id: string, reference: string, tripId: string, channel: SaleChannel, paymentReference: string | null, createdAt: string, total: { amount: string, currency: string }, tickets: Array<{ id: string, seatLabel: string, seatClass: string, passengerName: string, qr: string, boardedAt: string | null, fare: { amount: string, currency: string } }> } | null };

export type TransportVerificationKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type TransportVerificationKeyQuery = { ticketVerificationKey: { operatorId: string, keyId: string, algorithm: string, publicKey: string } };

export type TransportAgentSalesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type TransportAgentSalesQuery = { agentSales: { edges: Array<{ node: { id: string, seatLabel: string, passengerName: string, soldAt: string, status: AgentSaleStatus, conflictReason: string | null, amountPaid: { amount: string, currency: string }, ticket: { id: string, qr: string, bookingReference: string } | null } }> } };

export type TransportTicketStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type TransportTicketStatusQuery = { ticket: { id: string, boardedAt: string | null } | null };

export type TransportBoardTicketMutationVariables = Exact<{
  qr: string;
  scannedAt?: string | null | undefined;
}>;


export type TransportBoardTicketMutation = { boardTicket: { ticket: { id: string, seatLabel: string, passengerName: string, boardedAt: string | null } | null, userErrors: Array<{ code: string, message: string }> } };

export type TransportAgentAllotmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type TransportAgentAllotmentsQuery = { agentAllotments: Array<{ id: string, tripId: string, seatLabels: Array<string>, soldSeatLabels: Array<string> }> };

export type TransportAgentTripQueryVariables = Exact<{
  id: string | number;
}>;


export type TransportAgentTripQuery = { trip: { id: string, operatorId: string, departureAt: string, currency: string, availableSeats: number, seatMap: { seats: Array<{ label: string, seatClass: string, price: { amount: string, currency: string } }> }, operator: { name: string }, route: { id: string, code: string, stops: Array<string>, origin: { name: string, city: string }, destination: { name: string, city: string } }, vehicle: { name: string, seatCount: number }, fares: Array<{ seatClass: string, price: { amount: string, currency: string } }> } | null };

export type TransportSyncAgentSalesMutationVariables = Exact<{
  sales: Array<AgentSaleInput> | AgentSaleInput;
}>;


export type TransportSyncAgentSalesMutation = { syncAgentSales: { results: Array<{ clientSaleId: string, status: AgentSaleSyncStatus, sale: { tripId: string, seatLabel: string, conflictReason: string | null, ticket: { id: string } | null } }> | null, userErrors: Array<{ code: string, message: string }> } };

export type TransportBuySeatsMutationVariables = Exact<{
  input: BuySeatsInput;
}>;


export type TransportBuySeatsMutation = { buySeats: { orderId: string | null, accessToken: string | null, payBefore: string | null, paymentUrl: string | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type TransportTripOrderQueryVariables = Exact<{
  id: string | number;
  accessToken?: string | null | undefined;
}>;


export type TransportTripOrderQuery = { order: { id: string, number: string, status: OrderStatus, expiresAt: string, paidAt: string | null, cancelReason: string | null, total: { amount: string, currency: string }, refundedTotal: { amount: string, currency: string } } | null, bookingForOrder: { id: string, reference: string, tripId: string, channel: SaleChannel, paymentReference: string | null, createdAt: string, total: { amount: string, currency: string }, tickets: Array<{ id: string, seatLabel: string, seatClass: string, passengerName: string, qr: string, boardedAt: string | null, fare: { amount: string, currency: string } }> } | null };

export type TransportRefreshPaymentMutationVariables = Exact<{
  reference: string;
}>;


export type TransportRefreshPaymentMutation = { refreshPayment: { payment: { status: PaymentStatus } | null, userErrors: Array<{ code: string, message: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AdminBulkPriceProductFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"AdminBulkPriceProduct"}) as unknown as TypedDocumentString<AdminBulkPriceProductFragment, unknown>;
export const AdminCashPositionFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminCashPositionFields on AgentCashPosition {
  operatorTenantId
  agentUserId
  currency
  taken {
    amount
    currency
  }
  handedIn {
    amount
    currency
  }
  outstanding {
    amount
    currency
  }
  lastHandInAt
  recentHandIns(first: 5) {
    id
    amount {
      amount
      currency
    }
    note
    createdAt
  }
}
    `, {"fragmentName":"AdminCashPositionFields"}) as unknown as TypedDocumentString<AdminCashPositionFieldsFragment, unknown>;
export const AdminTenantDomainFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminTenantDomainFields on TenantDomain {
  id
  domain
  verified
  verifiedAt
  token
  txtRecordName
  httpUrl
  lastCheckedAt
  lastError
}
    `, {"fragmentName":"AdminTenantDomainFields"}) as unknown as TypedDocumentString<AdminTenantDomainFieldsFragment, unknown>;
export const AdminStockAlertFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"AdminStockAlert"}) as unknown as TypedDocumentString<AdminStockAlertFragment, unknown>;
export const AdminStockMovementFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"AdminStockMovement"}) as unknown as TypedDocumentString<AdminStockMovementFragment, unknown>;
export const MoneyFieldsFragmentDoc = new TypedDocumentString(`
    fragment MoneyFields on Money {
  amount
  currency
}
    `, {"fragmentName":"MoneyFields"}) as unknown as TypedDocumentString<MoneyFieldsFragment, unknown>;
export const AdminLedgerAccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminLedgerAccountFields on LedgerAccount {
  id
  ownerType
  ownerId
  purpose
  currency
  lineCount
  balance {
    ...MoneyFields
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"fragmentName":"AdminLedgerAccountFields"}) as unknown as TypedDocumentString<AdminLedgerAccountFieldsFragment, unknown>;
export const AdminCommissionFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminCommissionFields on Commission {
  id
  source
  orderId
  orderNumber
  ticketId
  beneficiary
  beneficiaryId
  level
  status
  flagReason
  createdAt
  amount {
    ...MoneyFields
  }
  net {
    ...MoneyFields
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"fragmentName":"AdminCommissionFields"}) as unknown as TypedDocumentString<AdminCommissionFieldsFragment, unknown>;
export const AdminUserErrorFragmentDoc = new TypedDocumentString(`
    fragment AdminUserError on UserError {
  code
  message
  field
}
    `, {"fragmentName":"AdminUserError"}) as unknown as TypedDocumentString<AdminUserErrorFragment, unknown>;
export const AdminOrderResultFragmentDoc = new TypedDocumentString(`
    fragment AdminOrderResult on OrderPayload {
  order {
    id
    status
  }
  userErrors {
    ...AdminUserError
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}`, {"fragmentName":"AdminOrderResult"}) as unknown as TypedDocumentString<AdminOrderResultFragment, unknown>;
export const AdminVendorOrderResultFragmentDoc = new TypedDocumentString(`
    fragment AdminVendorOrderResult on VendorOrderPayload {
  vendorOrder {
    id
    fulfilmentStage
  }
  userErrors {
    ...AdminUserError
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}`, {"fragmentName":"AdminVendorOrderResult"}) as unknown as TypedDocumentString<AdminVendorOrderResultFragment, unknown>;
export const AdminProductRowFragmentDoc = new TypedDocumentString(`
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
    price(context: {currency: "NGN", channel: SVM}) {
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
    `, {"fragmentName":"AdminProductRow"}) as unknown as TypedDocumentString<AdminProductRowFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on Session {
  accessToken
  refreshToken
  accessTokenExpiresAt
  refreshTokenExpiresAt
  user {
    id
    name
    email
  }
}
    `, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const ProductCardFragmentDoc = new TypedDocumentString(`
    fragment ProductCard on Product {
  id
  slug
  title
  availableForSale
  vendor {
    id
    name
  }
  media {
    url
    alt
    position
  }
  variants {
    id
    price(context: $priceContext) {
      unit {
        ...MoneyFields
      }
      compareAt {
        ...MoneyFields
      }
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"fragmentName":"ProductCard"}) as unknown as TypedDocumentString<ProductCardFragment, unknown>;
export const ShopAddressFieldsFragmentDoc = new TypedDocumentString(`
    fragment ShopAddressFields on CustomerAddress {
  id
  label
  name
  line1
  line2
  city
  region
  country
  postalCode
  phone
  isDefault
}
    `, {"fragmentName":"ShopAddressFields"}) as unknown as TypedDocumentString<ShopAddressFieldsFragment, unknown>;
export const ShopUserErrorFragmentDoc = new TypedDocumentString(`
    fragment ShopUserError on UserError {
  code
  message
  field
}
    `, {"fragmentName":"ShopUserError"}) as unknown as TypedDocumentString<ShopUserErrorFragment, unknown>;
export const ShopQuoteLineFragmentDoc = new TypedDocumentString(`
    fragment ShopQuoteLine on CartQuoteLine {
  variantId
  quantity
  sellable
  reason
  sku
  title
  vendorId
  vendorName
  unitPrice {
    ...MoneyFields
  }
  total {
    ...MoneyFields
  }
  tax {
    ...MoneyFields
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"fragmentName":"ShopQuoteLine"}) as unknown as TypedDocumentString<ShopQuoteLineFragment, unknown>;
export const ShopCartFragmentDoc = new TypedDocumentString(`
    fragment ShopCart on Cart {
  id
  token
  status
  channel
  currency
  lines {
    id
    variantId
    quantity
    variant {
      id
      title
      options
      product {
        id
        slug
        title
        media {
          url
          alt
          position
        }
      }
    }
  }
  quote {
    lines {
      ...ShopQuoteLine
    }
    vendors {
      vendorId
      vendorName
      lines {
        variantId
      }
      total {
        ...MoneyFields
      }
    }
    subtotal {
      ...MoneyFields
    }
    tax {
      ...MoneyFields
    }
    total {
      ...MoneyFields
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment ShopQuoteLine on CartQuoteLine {
  variantId
  quantity
  sellable
  reason
  sku
  title
  vendorId
  vendorName
  unitPrice {
    ...MoneyFields
  }
  total {
    ...MoneyFields
  }
  tax {
    ...MoneyFields
  }
}`, {"fragmentName":"ShopCart"}) as unknown as TypedDocumentString<ShopCartFragment, unknown>;
export const ShopOrderSummaryFragmentDoc = new TypedDocumentString(`
    fragment ShopOrderSummary on Order {
  id
  number
  status
  createdAt
  total {
    ...MoneyFields
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"fragmentName":"ShopOrderSummary"}) as unknown as TypedDocumentString<ShopOrderSummaryFragment, unknown>;
export const TransportSeatFieldsFragmentDoc = new TypedDocumentString(`
    fragment TransportSeatFields on Seat {
  label
  row
  column
  seatClass
  state
  price {
    amount
    currency
  }
}
    `, {"fragmentName":"TransportSeatFields"}) as unknown as TypedDocumentString<TransportSeatFieldsFragment, unknown>;
export const TransportSeatMapFieldsFragmentDoc = new TypedDocumentString(`
    fragment TransportSeatMapFields on SeatMap {
  tripId
  rows
  columns
  aisleAfterColumn
  available
  lastEventId
  seats {
    ...TransportSeatFields
  }
}
    fragment TransportSeatFields on Seat {
  label
  row
  column
  seatClass
  state
  price {
    amount
    currency
  }
}`, {"fragmentName":"TransportSeatMapFields"}) as unknown as TypedDocumentString<TransportSeatMapFieldsFragment, unknown>;
export const TransportTripFieldsFragmentDoc = new TypedDocumentString(`
    fragment TransportTripFields on Trip {
  id
  operatorId
  operator {
    name
  }
  departureAt
  currency
  availableSeats
  route {
    id
    code
    stops
    origin {
      name
      city
    }
    destination {
      name
      city
    }
  }
  vehicle {
    name
    seatCount
  }
  fares {
    seatClass
    price {
      amount
      currency
    }
  }
}
    `, {"fragmentName":"TransportTripFields"}) as unknown as TypedDocumentString<TransportTripFieldsFragment, unknown>;
export const TransportHoldFieldsFragmentDoc = new TypedDocumentString(`
    fragment TransportHoldFields on SeatHold {
  id
  tripId
  seatLabels
  status
  expiresAt
  canExtend
  total {
    amount
    currency
  }
}
    `, {"fragmentName":"TransportHoldFields"}) as unknown as TypedDocumentString<TransportHoldFieldsFragment, unknown>;
export const TransportBookingFieldsFragmentDoc = new TypedDocumentString(`
    fragment TransportBookingFields on Booking {
  id
  reference
  tripId
  channel
  paymentReference
  createdAt
  total {
    amount
    currency
  }
  tickets {
    id
    seatLabel
    seatClass
    passengerName
    qr
    boardedAt
    fare {
      amount
      currency
    }
  }
}
    `, {"fragmentName":"TransportBookingFields"}) as unknown as TypedDocumentString<TransportBookingFieldsFragment, unknown>;
export const AdminBeginTwoFactorDocument = new TypedDocumentString(`
    mutation AdminBeginTwoFactor {
  beginTwoFactorEnrollment {
    secret
    otpauthUrl
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminBeginTwoFactorMutation, AdminBeginTwoFactorMutationVariables>;
export const AdminConfirmTwoFactorDocument = new TypedDocumentString(`
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
    fragment AdminUserError on UserError {
  code
  message
  field
}
fragment SessionFields on Session {
  accessToken
  refreshToken
  accessTokenExpiresAt
  refreshTokenExpiresAt
  user {
    id
    name
    email
  }
}`) as unknown as TypedDocumentString<AdminConfirmTwoFactorMutation, AdminConfirmTwoFactorMutationVariables>;
export const AdminBeginTwoFactorResetDocument = new TypedDocumentString(`
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
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminBeginTwoFactorResetMutation, AdminBeginTwoFactorResetMutationVariables>;
export const AdminConfirmTwoFactorResetDocument = new TypedDocumentString(`
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
    fragment AdminUserError on UserError {
  code
  message
  field
}
fragment SessionFields on Session {
  accessToken
  refreshToken
  accessTokenExpiresAt
  refreshTokenExpiresAt
  user {
    id
    name
    email
  }
}`) as unknown as TypedDocumentString<AdminConfirmTwoFactorResetMutation, AdminConfirmTwoFactorResetMutationVariables>;
export const AdminApiKeysDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AdminApiKeysQuery, AdminApiKeysQueryVariables>;
export const AdminCreateApiKeyDocument = new TypedDocumentString(`
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
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminCreateApiKeyMutation, AdminCreateApiKeyMutationVariables>;
export const AdminRevokeApiKeyDocument = new TypedDocumentString(`
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
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminRevokeApiKeyMutation, AdminRevokeApiKeyMutationVariables>;
export const AdminBulkPricePlanDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<AdminBulkPricePlanQuery, AdminBulkPricePlanQueryVariables>;
export const AdminBulkPriceProductByIdDocument = new TypedDocumentString(`
    query AdminBulkPriceProductById($id: ID!) {
  productById(id: $id) {
    ...AdminBulkPriceProduct
  }
}
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
}`) as unknown as TypedDocumentString<AdminBulkPriceProductByIdQuery, AdminBulkPriceProductByIdQueryVariables>;
export const AdminRunsTripsDocument = new TypedDocumentString(`
    query AdminRunsTrips {
  transportRoutes {
    id
  }
  categories {
    id
  }
  searchProducts(first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AdminRunsTripsQuery, AdminRunsTripsQueryVariables>;
export const AdminAgentCashPositionsDocument = new TypedDocumentString(`
    query AdminAgentCashPositions {
  agentCashPositions {
    ...AdminCashPositionFields
  }
}
    fragment AdminCashPositionFields on AgentCashPosition {
  operatorTenantId
  agentUserId
  currency
  taken {
    amount
    currency
  }
  handedIn {
    amount
    currency
  }
  outstanding {
    amount
    currency
  }
  lastHandInAt
  recentHandIns(first: 5) {
    id
    amount {
      amount
      currency
    }
    note
    createdAt
  }
}`) as unknown as TypedDocumentString<AdminAgentCashPositionsQuery, AdminAgentCashPositionsQueryVariables>;
export const AdminMyCashPositionDocument = new TypedDocumentString(`
    query AdminMyCashPosition {
  myCashPosition {
    ...AdminCashPositionFields
  }
}
    fragment AdminCashPositionFields on AgentCashPosition {
  operatorTenantId
  agentUserId
  currency
  taken {
    amount
    currency
  }
  handedIn {
    amount
    currency
  }
  outstanding {
    amount
    currency
  }
  lastHandInAt
  recentHandIns(first: 5) {
    id
    amount {
      amount
      currency
    }
    note
    createdAt
  }
}`) as unknown as TypedDocumentString<AdminMyCashPositionQuery, AdminMyCashPositionQueryVariables>;
export const AdminRecordCashHandInDocument = new TypedDocumentString(`
    mutation AdminRecordCashHandIn($input: RecordCashHandInInput!) {
  recordCashHandIn(input: $input) {
    handIn {
      id
    }
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminRecordCashHandInMutation, AdminRecordCashHandInMutationVariables>;
export const AdminProductCountDocument = new TypedDocumentString(`
    query AdminProductCount($vendorId: ID) {
  searchProducts(first: 1, filters: {vendorId: $vendorId}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AdminProductCountQuery, AdminProductCountQueryVariables>;
export const AdminProductIdsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AdminProductIdsQuery, AdminProductIdsQueryVariables>;
export const AdminStockOverviewDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<AdminStockOverviewQuery, AdminStockOverviewQueryVariables>;
export const AdminCommerceTilesDocument = new TypedDocumentString(`
    query AdminCommerceTiles {
  orders(first: 100) {
    edges {
      node {
        id
        status
        paidAt
        total {
          ...MoneyFields
        }
        vendorOrders {
          subtotal {
            ...MoneyFields
          }
          shipping {
            ...MoneyFields
          }
          tax {
            ...MoneyFields
          }
        }
        lines {
          productId
          title
          quantity
          refundedQuantity
        }
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`) as unknown as TypedDocumentString<AdminCommerceTilesQuery, AdminCommerceTilesQueryVariables>;
export const AdminPayoutsDueDocument = new TypedDocumentString(`
    query AdminPayoutsDue {
  ledgerAccounts(filter: {purpose: VENDOR_PAYABLE}, first: 100) {
    edges {
      node {
        id
        ownerId
        balance {
          ...MoneyFields
        }
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`) as unknown as TypedDocumentString<AdminPayoutsDueQuery, AdminPayoutsDueQueryVariables>;
export const AdminTenantDomainsDocument = new TypedDocumentString(`
    query AdminTenantDomains {
  tenantDomains {
    ...AdminTenantDomainFields
  }
}
    fragment AdminTenantDomainFields on TenantDomain {
  id
  domain
  verified
  verifiedAt
  token
  txtRecordName
  httpUrl
  lastCheckedAt
  lastError
}`) as unknown as TypedDocumentString<AdminTenantDomainsQuery, AdminTenantDomainsQueryVariables>;
export const AdminAddTenantDomainDocument = new TypedDocumentString(`
    mutation AdminAddTenantDomain($domain: String!) {
  addTenantDomain(domain: $domain) {
    domain {
      id
    }
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminAddTenantDomainMutation, AdminAddTenantDomainMutationVariables>;
export const AdminVerifyTenantDomainDocument = new TypedDocumentString(`
    mutation AdminVerifyTenantDomain($id: ID!) {
  verifyTenantDomain(id: $id) {
    domain {
      id
      verified
    }
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminVerifyTenantDomainMutation, AdminVerifyTenantDomainMutationVariables>;
export const AdminRemoveTenantDomainDocument = new TypedDocumentString(`
    mutation AdminRemoveTenantDomain($id: ID!) {
  removeTenantDomain(id: $id) {
    domain {
      id
    }
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminRemoveTenantDomainMutation, AdminRemoveTenantDomainMutationVariables>;
export const AdminMyTenantsDocument = new TypedDocumentString(`
    query AdminMyTenants {
  myTenants {
    roles
    tenant {
      id
      slug
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<AdminMyTenantsQuery, AdminMyTenantsQueryVariables>;
export const AdminSwitchTenantDocument = new TypedDocumentString(`
    mutation AdminSwitchTenant($tenantSlug: String!) {
  switchTenant(tenantSlug: $tenantSlug) {
    session {
      ...SessionFields
    }
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}
fragment SessionFields on Session {
  accessToken
  refreshToken
  accessTokenExpiresAt
  refreshTokenExpiresAt
  user {
    id
    name
    email
  }
}`) as unknown as TypedDocumentString<AdminSwitchTenantMutation, AdminSwitchTenantMutationVariables>;
export const AdminLocationsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AdminLocationsQuery, AdminLocationsQueryVariables>;
export const AdminStockLevelsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AdminStockLevelsQuery, AdminStockLevelsQueryVariables>;
export const AdminStockMovementsDocument = new TypedDocumentString(`
    query AdminStockMovements($locationId: ID, $sku: String, $reason: MovementReason, $after: String, $first: Int!) {
  stockMovements(
    locationId: $locationId
    sku: $sku
    reason: $reason
    after: $after
    first: $first
  ) {
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
}`) as unknown as TypedDocumentString<AdminStockMovementsQuery, AdminStockMovementsQueryVariables>;
export const AdminStockIssuesDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<AdminStockIssuesQuery, AdminStockIssuesQueryVariables>;
export const AdminAdjustStockDocument = new TypedDocumentString(`
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
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminAdjustStockMutation, AdminAdjustStockMutationVariables>;
export const AdminReceiveStockDocument = new TypedDocumentString(`
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
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminReceiveStockMutation, AdminReceiveStockMutationVariables>;
export const AdminTransferStockDocument = new TypedDocumentString(`
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
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminTransferStockMutation, AdminTransferStockMutationVariables>;
export const AdminAcknowledgeAlertDocument = new TypedDocumentString(`
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
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminAcknowledgeAlertMutation, AdminAcknowledgeAlertMutationVariables>;
export const AdminResolveConflictDocument = new TypedDocumentString(`
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
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminResolveConflictMutation, AdminResolveConflictMutationVariables>;
export const AdminPayableAccountsDocument = new TypedDocumentString(`
    query AdminPayableAccounts($purpose: LedgerPurpose!) {
  ledgerAccounts(filter: {purpose: $purpose}, first: 100) {
    edges {
      node {
        ...AdminLedgerAccountFields
      }
    }
  }
}
    fragment AdminLedgerAccountFields on LedgerAccount {
  id
  ownerType
  ownerId
  purpose
  currency
  lineCount
  balance {
    ...MoneyFields
  }
}
fragment MoneyFields on Money {
  amount
  currency
}`) as unknown as TypedDocumentString<AdminPayableAccountsQuery, AdminPayableAccountsQueryVariables>;
export const AdminMyLedgerAccountsDocument = new TypedDocumentString(`
    query AdminMyLedgerAccounts {
  myLedgerAccounts(first: 100) {
    edges {
      node {
        ...AdminLedgerAccountFields
      }
    }
  }
}
    fragment AdminLedgerAccountFields on LedgerAccount {
  id
  ownerType
  ownerId
  purpose
  currency
  lineCount
  balance {
    ...MoneyFields
  }
}
fragment MoneyFields on Money {
  amount
  currency
}`) as unknown as TypedDocumentString<AdminMyLedgerAccountsQuery, AdminMyLedgerAccountsQueryVariables>;
export const AdminLedgerStatementDocument = new TypedDocumentString(`
    query AdminLedgerStatement($accountId: ID!, $after: String) {
  ledgerAccount(id: $accountId) {
    ...AdminLedgerAccountFields
  }
  ledgerStatement(accountId: $accountId, after: $after, first: 25) {
    edges {
      node {
        id
        sequence
        side
        memo
        createdAt
        amount {
          ...MoneyFields
        }
        balanceAfter {
          ...MoneyFields
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment AdminLedgerAccountFields on LedgerAccount {
  id
  ownerType
  ownerId
  purpose
  currency
  lineCount
  balance {
    ...MoneyFields
  }
}
fragment MoneyFields on Money {
  amount
  currency
}`) as unknown as TypedDocumentString<AdminLedgerStatementQuery, AdminLedgerStatementQueryVariables>;
export const AdminPayoutBatchesDocument = new TypedDocumentString(`
    query AdminPayoutBatches($after: String) {
  payoutBatches(after: $after, first: 25) {
    edges {
      node {
        id
        status
        currency
        createdAt
        scheduledFor
        total {
          ...MoneyFields
        }
        items {
          id
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`) as unknown as TypedDocumentString<AdminPayoutBatchesQuery, AdminPayoutBatchesQueryVariables>;
export const AdminPayoutBatchDocument = new TypedDocumentString(`
    query AdminPayoutBatch($id: ID!) {
  payoutBatch(id: $id) {
    id
    status
    currency
    createdAt
    submittedAt
    completedAt
    total {
      ...MoneyFields
    }
    items {
      id
      status
      paidReference
      failureReason
      resolvedAt
      amount {
        ...MoneyFields
      }
      heldAmount {
        ...MoneyFields
      }
      bankName
      accountNumberLast4
      account {
        ...AdminLedgerAccountFields
      }
    }
    heldBack {
      accountId
      ownerType
      ownerId
      purpose
      balance {
        ...MoneyFields
      }
      held {
        ...MoneyFields
      }
      reason
    }
  }
  vendors(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
  agents(first: 100) {
    edges {
      node {
        userId
        email
        code
      }
    }
  }
}
    fragment AdminLedgerAccountFields on LedgerAccount {
  id
  ownerType
  ownerId
  purpose
  currency
  lineCount
  balance {
    ...MoneyFields
  }
}
fragment MoneyFields on Money {
  amount
  currency
}`) as unknown as TypedDocumentString<AdminPayoutBatchQuery, AdminPayoutBatchQueryVariables>;
export const AdminCreatePayoutBatchDocument = new TypedDocumentString(`
    mutation AdminCreatePayoutBatch($currency: String!) {
  createPayoutBatch(currency: $currency) {
    batch {
      id
    }
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminCreatePayoutBatchMutation, AdminCreatePayoutBatchMutationVariables>;
export const AdminSubmitPayoutBatchDocument = new TypedDocumentString(`
    mutation AdminSubmitPayoutBatch($id: ID!) {
  submitPayoutBatch(id: $id) {
    batch {
      id
    }
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminSubmitPayoutBatchMutation, AdminSubmitPayoutBatchMutationVariables>;
export const AdminMarkPayoutItemPaidDocument = new TypedDocumentString(`
    mutation AdminMarkPayoutItemPaid($id: ID!, $reference: String) {
  markPayoutItemPaid(id: $id, reference: $reference) {
    item {
      id
    }
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminMarkPayoutItemPaidMutation, AdminMarkPayoutItemPaidMutationVariables>;
export const AdminMarkPayoutItemFailedDocument = new TypedDocumentString(`
    mutation AdminMarkPayoutItemFailed($id: ID!, $reason: String!) {
  markPayoutItemFailed(id: $id, reason: $reason) {
    item {
      id
    }
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminMarkPayoutItemFailedMutation, AdminMarkPayoutItemFailedMutationVariables>;
export const AdminCommissionsDocument = new TypedDocumentString(`
    query AdminCommissions($status: CommissionStatus, $after: String) {
  commissions(filter: {status: $status}, after: $after, first: 25) {
    edges {
      node {
        ...AdminCommissionFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment AdminCommissionFields on Commission {
  id
  source
  orderId
  orderNumber
  ticketId
  beneficiary
  beneficiaryId
  level
  status
  flagReason
  createdAt
  amount {
    ...MoneyFields
  }
  net {
    ...MoneyFields
  }
}
fragment MoneyFields on Money {
  amount
  currency
}`) as unknown as TypedDocumentString<AdminCommissionsQuery, AdminCommissionsQueryVariables>;
export const AdminMyCommissionsDocument = new TypedDocumentString(`
    query AdminMyCommissions($status: CommissionStatus, $after: String) {
  myReferral {
    code
    link
  }
  myCommissions(status: $status, after: $after, first: 25) {
    edges {
      node {
        ...AdminCommissionFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment AdminCommissionFields on Commission {
  id
  source
  orderId
  orderNumber
  ticketId
  beneficiary
  beneficiaryId
  level
  status
  flagReason
  createdAt
  amount {
    ...MoneyFields
  }
  net {
    ...MoneyFields
  }
}
fragment MoneyFields on Money {
  amount
  currency
}`) as unknown as TypedDocumentString<AdminMyCommissionsQuery, AdminMyCommissionsQueryVariables>;
export const AdminOwnerDirectoryDocument = new TypedDocumentString(`
    query AdminOwnerDirectory($withAgents: Boolean!) {
  vendors(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
  agents(first: 100) @include(if: $withAgents) {
    edges {
      node {
        userId
        email
        code
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminOwnerDirectoryQuery, AdminOwnerDirectoryQueryVariables>;
export const AdminOrderListDocument = new TypedDocumentString(`
    query AdminOrderList($status: OrderStatus, $after: String) {
  orders(status: $status, after: $after, first: 25) {
    edges {
      node {
        id
        number
        status
        createdAt
        email
        disputed
        total {
          ...MoneyFields
        }
        vendorOrders {
          vendorName
          subtotal {
            ...MoneyFields
          }
          shipping {
            ...MoneyFields
          }
          tax {
            ...MoneyFields
          }
        }
        lines {
          quantity
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`) as unknown as TypedDocumentString<AdminOrderListQuery, AdminOrderListQueryVariables>;
export const AdminOrderDetailDocument = new TypedDocumentString(`
    query AdminOrderDetail($id: ID!) {
  order(id: $id) {
    id
    number
    status
    fulfilmentStage
    channel
    email
    customerUserId
    referralCode
    currency
    subtotal {
      ...MoneyFields
    }
    discount {
      ...MoneyFields
    }
    shipping {
      ...MoneyFields
    }
    tax {
      ...MoneyFields
    }
    total {
      ...MoneyFields
    }
    refundedTotal {
      ...MoneyFields
    }
    taxInclusive
    shippingMethod
    shippingAddress {
      name
      line1
      line2
      city
      region
      country
      postalCode
      phone
    }
    disputed
    expiresAt
    paidAt
    cancelledAt
    cancelReason
    createdAt
    vendorOrders {
      id
      vendorId
      vendorName
      fulfilmentStage
      subtotal {
        ...MoneyFields
      }
      shipping {
        ...MoneyFields
      }
      tax {
        ...MoneyFields
      }
      commissionBps
      commission {
        ...MoneyFields
      }
      lines {
        id
        sku
        title
        quantity
        refundedQuantity
        stockStatus
        unitPrice {
          ...MoneyFields
        }
        subtotal {
          ...MoneyFields
        }
        tax {
          ...MoneyFields
        }
      }
    }
    timeline {
      id
      fromStatus
      toStatus
      actorType
      vendorName
      reason
      at
    }
    payments {
      id
      provider
      reference
      status
      amount {
        ...MoneyFields
      }
      failureReason
      createdAt
      succeededAt
    }
    refunds {
      id
      status
      reason
      restock
      automatic
      failureReason
      createdAt
      amount {
        ...MoneyFields
      }
      lines {
        orderLineId
        quantity
        subtotal {
          ...MoneyFields
        }
        tax {
          ...MoneyFields
        }
      }
    }
    disputes {
      id
      status
      reason
      resolution
      openedAt
      closedAt
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`) as unknown as TypedDocumentString<AdminOrderDetailQuery, AdminOrderDetailQueryVariables>;
export const AdminFulfilOrderDocument = new TypedDocumentString(`
    mutation AdminFulfilOrder($orderId: ID!, $note: String) {
  fulfilOrder(orderId: $orderId, note: $note) {
    ...AdminOrderResult
  }
}
    fragment AdminOrderResult on OrderPayload {
  order {
    id
    status
  }
  userErrors {
    ...AdminUserError
  }
}
fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminFulfilOrderMutation, AdminFulfilOrderMutationVariables>;
export const AdminShipOrderDocument = new TypedDocumentString(`
    mutation AdminShipOrder($orderId: ID!, $note: String) {
  shipOrder(orderId: $orderId, note: $note) {
    ...AdminOrderResult
  }
}
    fragment AdminOrderResult on OrderPayload {
  order {
    id
    status
  }
  userErrors {
    ...AdminUserError
  }
}
fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminShipOrderMutation, AdminShipOrderMutationVariables>;
export const AdminDeliverOrderDocument = new TypedDocumentString(`
    mutation AdminDeliverOrder($orderId: ID!, $note: String) {
  deliverOrder(orderId: $orderId, note: $note) {
    ...AdminOrderResult
  }
}
    fragment AdminOrderResult on OrderPayload {
  order {
    id
    status
  }
  userErrors {
    ...AdminUserError
  }
}
fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminDeliverOrderMutation, AdminDeliverOrderMutationVariables>;
export const AdminCompleteOrderDocument = new TypedDocumentString(`
    mutation AdminCompleteOrder($orderId: ID!, $note: String) {
  completeOrder(orderId: $orderId, note: $note) {
    ...AdminOrderResult
  }
}
    fragment AdminOrderResult on OrderPayload {
  order {
    id
    status
  }
  userErrors {
    ...AdminUserError
  }
}
fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminCompleteOrderMutation, AdminCompleteOrderMutationVariables>;
export const AdminCancelOrderDocument = new TypedDocumentString(`
    mutation AdminCancelOrder($orderId: ID!, $reason: String) {
  cancelOrder(orderId: $orderId, reason: $reason) {
    ...AdminOrderResult
  }
}
    fragment AdminOrderResult on OrderPayload {
  order {
    id
    status
  }
  userErrors {
    ...AdminUserError
  }
}
fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminCancelOrderMutation, AdminCancelOrderMutationVariables>;
export const AdminFulfilVendorOrderDocument = new TypedDocumentString(`
    mutation AdminFulfilVendorOrder($vendorOrderId: ID!, $note: String) {
  fulfilVendorOrder(vendorOrderId: $vendorOrderId, note: $note) {
    ...AdminVendorOrderResult
  }
}
    fragment AdminVendorOrderResult on VendorOrderPayload {
  vendorOrder {
    id
    fulfilmentStage
  }
  userErrors {
    ...AdminUserError
  }
}
fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminFulfilVendorOrderMutation, AdminFulfilVendorOrderMutationVariables>;
export const AdminShipVendorOrderDocument = new TypedDocumentString(`
    mutation AdminShipVendorOrder($vendorOrderId: ID!, $note: String) {
  shipVendorOrder(vendorOrderId: $vendorOrderId, note: $note) {
    ...AdminVendorOrderResult
  }
}
    fragment AdminVendorOrderResult on VendorOrderPayload {
  vendorOrder {
    id
    fulfilmentStage
  }
  userErrors {
    ...AdminUserError
  }
}
fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminShipVendorOrderMutation, AdminShipVendorOrderMutationVariables>;
export const AdminDeliverVendorOrderDocument = new TypedDocumentString(`
    mutation AdminDeliverVendorOrder($vendorOrderId: ID!, $note: String) {
  deliverVendorOrder(vendorOrderId: $vendorOrderId, note: $note) {
    ...AdminVendorOrderResult
  }
}
    fragment AdminVendorOrderResult on VendorOrderPayload {
  vendorOrder {
    id
    fulfilmentStage
  }
  userErrors {
    ...AdminUserError
  }
}
fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminDeliverVendorOrderMutation, AdminDeliverVendorOrderMutationVariables>;
export const AdminRefundOrderDocument = new TypedDocumentString(`
    mutation AdminRefundOrder($input: RefundOrderInput!) {
  refundOrder(input: $input) {
    refund {
      id
      status
    }
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminRefundOrderMutation, AdminRefundOrderMutationVariables>;
export const AdminRefundPreviewDocument = new TypedDocumentString(`
    query AdminRefundPreview($input: RefundOrderInput!) {
  refundPreview(input: $input) {
    amount {
      ...MoneyFields
    }
    shipping {
      ...MoneyFields
    }
    lines {
      orderLineId
      title
      sku
      quantity
      amount {
        ...MoneyFields
      }
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`) as unknown as TypedDocumentString<AdminRefundPreviewQuery, AdminRefundPreviewQueryVariables>;
export const AdminOpenDisputeDocument = new TypedDocumentString(`
    mutation AdminOpenDispute($orderId: ID!, $reason: String!) {
  openDispute(orderId: $orderId, reason: $reason) {
    dispute {
      id
    }
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminOpenDisputeMutation, AdminOpenDisputeMutationVariables>;
export const AdminCloseDisputeDocument = new TypedDocumentString(`
    mutation AdminCloseDispute($orderId: ID!, $resolution: String!) {
  closeDispute(orderId: $orderId, resolution: $resolution) {
    dispute {
      id
    }
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminCloseDisputeMutation, AdminCloseDisputeMutationVariables>;
export const AdminVendorPayoutBankDocument = new TypedDocumentString(`
    query AdminVendorPayoutBank($id: ID!) {
  vendor(id: $id) {
    id
    name
    status
    payoutBank {
      bankName
      accountName
      accountNumberMasked
    }
  }
}
    `) as unknown as TypedDocumentString<AdminVendorPayoutBankQuery, AdminVendorPayoutBankQueryVariables>;
export const AdminMyVendorPayoutBankDocument = new TypedDocumentString(`
    query AdminMyVendorPayoutBank {
  myVendor {
    id
    name
    status
    payoutBank {
      bankName
      accountName
      accountNumberMasked
    }
  }
}
    `) as unknown as TypedDocumentString<AdminMyVendorPayoutBankQuery, AdminMyVendorPayoutBankQueryVariables>;
export const AdminSetVendorPayoutBankDocument = new TypedDocumentString(`
    mutation AdminSetVendorPayoutBank($vendorId: ID!, $input: VendorPayoutBankInput!) {
  setVendorPayoutBank(vendorId: $vendorId, input: $input) {
    vendor {
      id
    }
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminSetVendorPayoutBankMutation, AdminSetVendorPayoutBankMutationVariables>;
export const AdminPayoutPlanDocument = new TypedDocumentString(`
    query AdminPayoutPlan($currency: String!) {
  payoutPlan(currency: $currency) {
    accountId
    ownerType
    ownerId
    purpose
    balance {
      ...MoneyFields
    }
    held {
      ...MoneyFields
    }
    payable {
      ...MoneyFields
    }
    bankName
    accountNumberLast4
    reason
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`) as unknown as TypedDocumentString<AdminPayoutPlanQuery, AdminPayoutPlanQueryVariables>;
export const AdminImportCategoriesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AdminImportCategoriesQuery, AdminImportCategoriesQueryVariables>;
export const AdminImportSkusDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AdminImportSkusQuery, AdminImportSkusQueryVariables>;
export const AdminImportCreateProductDocument = new TypedDocumentString(`
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
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminImportCreateProductMutation, AdminImportCreateProductMutationVariables>;
export const AdminProductListDocument = new TypedDocumentString(`
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
    price(context: {currency: "NGN", channel: SVM}) {
      unit {
        amount
        currency
      }
    }
    inventory {
      available
    }
  }
}`) as unknown as TypedDocumentString<AdminProductListQuery, AdminProductListQueryVariables>;
export const AdminProductSearchDocument = new TypedDocumentString(`
    query AdminProductSearch($query: String, $filters: ProductSearchFilters, $after: String, $first: Int!) {
  searchProducts(
    query: $query
    filters: $filters
    sort: NEWEST
    after: $after
    first: $first
  ) {
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
    price(context: {currency: "NGN", channel: SVM}) {
      unit {
        amount
        currency
      }
    }
    inventory {
      available
    }
  }
}`) as unknown as TypedDocumentString<AdminProductSearchQuery, AdminProductSearchQueryVariables>;
export const AdminProductFormOptionsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AdminProductFormOptionsQuery, AdminProductFormOptionsQueryVariables>;
export const AdminProductDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AdminProductQuery, AdminProductQueryVariables>;
export const AdminCreateProductDocument = new TypedDocumentString(`
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
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminCreateProductMutation, AdminCreateProductMutationVariables>;
export const AdminUpdateProductDocument = new TypedDocumentString(`
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
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminUpdateProductMutation, AdminUpdateProductMutationVariables>;
export const AdminSetProductStatusDocument = new TypedDocumentString(`
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
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminSetProductStatusMutation, AdminSetProductStatusMutationVariables>;
export const AdminAddVariantDocument = new TypedDocumentString(`
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
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminAddVariantMutation, AdminAddVariantMutationVariables>;
export const AdminUpdateVariantDocument = new TypedDocumentString(`
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
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminUpdateVariantMutation, AdminUpdateVariantMutationVariables>;
export const AdminSetBasePriceDocument = new TypedDocumentString(`
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
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminSetBasePriceMutation, AdminSetBasePriceMutationVariables>;
export const AdminAddMediaDocument = new TypedDocumentString(`
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
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminAddMediaMutation, AdminAddMediaMutationVariables>;
export const AdminViewerDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AdminViewerQuery, AdminViewerQueryVariables>;
export const AdminMyVendorDocument = new TypedDocumentString(`
    query AdminMyVendor {
  myVendor {
    id
    name
    status
  }
}
    `) as unknown as TypedDocumentString<AdminMyVendorQuery, AdminMyVendorQueryVariables>;
export const AdminVendorApplicationsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AdminVendorApplicationsQuery, AdminVendorApplicationsQueryVariables>;
export const AdminApproveVendorDocument = new TypedDocumentString(`
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
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminApproveVendorMutation, AdminApproveVendorMutationVariables>;
export const AdminRejectVendorDocument = new TypedDocumentString(`
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
    fragment AdminUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<AdminRejectVendorMutation, AdminRejectVendorMutationVariables>;
export const TenantBySlugDocument = new TypedDocumentString(`
    query TenantBySlug($slug: String!) {
  tenantBySlug(slug: $slug) {
    id
    slug
    name
    kind
    logoUrl
    primaryColor
    currency
    customDomain
  }
}
    `) as unknown as TypedDocumentString<TenantBySlugQuery, TenantBySlugQueryVariables>;
export const TenantByDomainDocument = new TypedDocumentString(`
    query TenantByDomain($domain: String!) {
  tenantByDomain(domain: $domain) {
    slug
    kind
  }
}
    `) as unknown as TypedDocumentString<TenantByDomainQuery, TenantByDomainQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    session {
      ...SessionFields
    }
    userErrors {
      code
      message
      field
    }
  }
}
    fragment SessionFields on Session {
  accessToken
  refreshToken
  accessTokenExpiresAt
  refreshTokenExpiresAt
  user {
    id
    name
    email
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
    mutation RefreshSession($refreshToken: String!) {
  refreshSession(refreshToken: $refreshToken) {
    session {
      ...SessionFields
    }
    userErrors {
      code
      message
    }
  }
}
    fragment SessionFields on Session {
  accessToken
  refreshToken
  accessTokenExpiresAt
  refreshTokenExpiresAt
  user {
    id
    name
    email
  }
}`) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($refreshToken: String!) {
  logout(refreshToken: $refreshToken) {
    ok
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    name
    email
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const CategoryTreeDocument = new TypedDocumentString(`
    query CategoryTree {
  categories {
    id
    name
    slug
    children {
      id
      name
      slug
      children {
        id
        name
        slug
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CategoryTreeQuery, CategoryTreeQueryVariables>;
export const StoreHomeDocument = new TypedDocumentString(`
    query StoreHome($priceContext: PriceContextInput!, $first: Int!, $marketplace: Boolean!) {
  featured: collection(slug: "featured") {
    title
    description
    entries(first: $first) {
      edges {
        node {
          product {
            ...ProductCard
          }
        }
      }
    }
  }
  newest: searchProducts(sort: NEWEST, first: $first) {
    edges {
      node {
        ...ProductCard
      }
    }
  }
  vendors(first: 12) @include(if: $marketplace) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment ProductCard on Product {
  id
  slug
  title
  availableForSale
  vendor {
    id
    name
  }
  media {
    url
    alt
    position
  }
  variants {
    id
    price(context: $priceContext) {
      unit {
        ...MoneyFields
      }
      compareAt {
        ...MoneyFields
      }
    }
  }
}`) as unknown as TypedDocumentString<StoreHomeQuery, StoreHomeQueryVariables>;
export const ProductSearchDocument = new TypedDocumentString(`
    query ProductSearch($query: String, $filters: ProductSearchFilters, $sort: ProductSort, $currency: String, $after: String, $first: Int!, $priceContext: PriceContextInput!) {
  searchProducts(
    query: $query
    filters: $filters
    sort: $sort
    currency: $currency
    after: $after
    first: $first
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...ProductCard
      }
    }
    facets {
      categories {
        id
        name
        count
      }
      vendors {
        id
        name
        count
      }
      attributes {
        name
        values {
          value
          count
        }
      }
      priceRange {
        min {
          ...MoneyFields
        }
        max {
          ...MoneyFields
        }
      }
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment ProductCard on Product {
  id
  slug
  title
  availableForSale
  vendor {
    id
    name
  }
  media {
    url
    alt
    position
  }
  variants {
    id
    price(context: $priceContext) {
      unit {
        ...MoneyFields
      }
      compareAt {
        ...MoneyFields
      }
    }
  }
}`) as unknown as TypedDocumentString<ProductSearchQuery, ProductSearchQueryVariables>;
export const ProductPageDocument = new TypedDocumentString(`
    query ProductPage($slug: String!, $priceContext: PriceContextInput!) {
  product(slug: $slug) {
    id
    slug
    title
    description
    status
    attributes
    seoTitle
    seoDescription
    updatedAt
    availableForSale
    vendor {
      id
      name
    }
    category {
      id
      name
      slug
      parent {
        id
        name
        slug
      }
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
      availableForSale
      price(context: $priceContext) {
        unit {
          ...MoneyFields
        }
        compareAt {
          ...MoneyFields
        }
        taxInclusive
      }
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`) as unknown as TypedDocumentString<ProductPageQuery, ProductPageQueryVariables>;
export const VendorProfileDocument = new TypedDocumentString(`
    query VendorProfile($id: ID!) {
  vendor(id: $id) {
    id
    slug
    name
    status
    createdAt
  }
}
    `) as unknown as TypedDocumentString<VendorProfileQuery, VendorProfileQueryVariables>;
export const VendorListDocument = new TypedDocumentString(`
    query VendorList($first: Int!, $after: String) {
  vendors(first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<VendorListQuery, VendorListQueryVariables>;
export const SitemapProductsDocument = new TypedDocumentString(`
    query SitemapProducts($first: Int!, $after: String) {
  products(first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        slug
        updatedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SitemapProductsQuery, SitemapProductsQueryVariables>;
export const MyVendorDocument = new TypedDocumentString(`
    query MyVendor {
  myVendor {
    id
    name
    status
  }
}
    `) as unknown as TypedDocumentString<MyVendorQuery, MyVendorQueryVariables>;
export const ApplyAsVendorDocument = new TypedDocumentString(`
    mutation ApplyAsVendor($input: VendorApplicationInput!) {
  applyAsVendor(input: $input) {
    vendor {
      id
      name
      status
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ApplyAsVendorMutation, ApplyAsVendorMutationVariables>;
export const ShopMyAddressesDocument = new TypedDocumentString(`
    query ShopMyAddresses {
  myAddresses {
    ...ShopAddressFields
  }
}
    fragment ShopAddressFields on CustomerAddress {
  id
  label
  name
  line1
  line2
  city
  region
  country
  postalCode
  phone
  isDefault
}`) as unknown as TypedDocumentString<ShopMyAddressesQuery, ShopMyAddressesQueryVariables>;
export const ShopAddAddressDocument = new TypedDocumentString(`
    mutation ShopAddAddress($input: CustomerAddressInput!) {
  addAddress(input: $input) {
    address {
      id
    }
    userErrors {
      ...ShopUserError
    }
  }
}
    fragment ShopUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ShopAddAddressMutation, ShopAddAddressMutationVariables>;
export const ShopUpdateAddressDocument = new TypedDocumentString(`
    mutation ShopUpdateAddress($id: ID!, $input: CustomerAddressInput!) {
  updateAddress(id: $id, input: $input) {
    address {
      id
    }
    userErrors {
      ...ShopUserError
    }
  }
}
    fragment ShopUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ShopUpdateAddressMutation, ShopUpdateAddressMutationVariables>;
export const ShopSetDefaultAddressDocument = new TypedDocumentString(`
    mutation ShopSetDefaultAddress($id: ID!) {
  setDefaultAddress(id: $id) {
    address {
      id
    }
    userErrors {
      ...ShopUserError
    }
  }
}
    fragment ShopUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ShopSetDefaultAddressMutation, ShopSetDefaultAddressMutationVariables>;
export const ShopRemoveAddressDocument = new TypedDocumentString(`
    mutation ShopRemoveAddress($id: ID!) {
  removeAddress(id: $id) {
    removedAddressId
    userErrors {
      ...ShopUserError
    }
  }
}
    fragment ShopUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ShopRemoveAddressMutation, ShopRemoveAddressMutationVariables>;
export const ShopCartDocument = new TypedDocumentString(`
    query ShopCart($cartToken: String) {
  cart(cartToken: $cartToken) {
    ...ShopCart
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment ShopQuoteLine on CartQuoteLine {
  variantId
  quantity
  sellable
  reason
  sku
  title
  vendorId
  vendorName
  unitPrice {
    ...MoneyFields
  }
  total {
    ...MoneyFields
  }
  tax {
    ...MoneyFields
  }
}
fragment ShopCart on Cart {
  id
  token
  status
  channel
  currency
  lines {
    id
    variantId
    quantity
    variant {
      id
      title
      options
      product {
        id
        slug
        title
        media {
          url
          alt
          position
        }
      }
    }
  }
  quote {
    lines {
      ...ShopQuoteLine
    }
    vendors {
      vendorId
      vendorName
      lines {
        variantId
      }
      total {
        ...MoneyFields
      }
    }
    subtotal {
      ...MoneyFields
    }
    tax {
      ...MoneyFields
    }
    total {
      ...MoneyFields
    }
  }
}`) as unknown as TypedDocumentString<ShopCartQuery, ShopCartQueryVariables>;
export const ShopAddCartLineDocument = new TypedDocumentString(`
    mutation ShopAddCartLine($input: AddCartLineInput!) {
  addCartLine(input: $input) {
    cart {
      id
      token
    }
    userErrors {
      ...ShopUserError
    }
  }
}
    fragment ShopUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ShopAddCartLineMutation, ShopAddCartLineMutationVariables>;
export const ShopUpdateCartLineDocument = new TypedDocumentString(`
    mutation ShopUpdateCartLine($input: CartLineInput!) {
  updateCartLine(input: $input) {
    cart {
      id
    }
    userErrors {
      ...ShopUserError
    }
  }
}
    fragment ShopUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ShopUpdateCartLineMutation, ShopUpdateCartLineMutationVariables>;
export const ShopMergeGuestCartDocument = new TypedDocumentString(`
    mutation ShopMergeGuestCart($cartToken: String!) {
  mergeGuestCart(cartToken: $cartToken) {
    cart {
      id
    }
    userErrors {
      ...ShopUserError
    }
  }
}
    fragment ShopUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ShopMergeGuestCartMutation, ShopMergeGuestCartMutationVariables>;
export const ShopShippingOptionsDocument = new TypedDocumentString(`
    query ShopShippingOptions($destination: ShippingDestinationInput!) {
  shippingOptions(destination: $destination) {
    id
    method
    name
    amount {
      ...MoneyFields
    }
    freeOver {
      ...MoneyFields
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`) as unknown as TypedDocumentString<ShopShippingOptionsQuery, ShopShippingOptionsQueryVariables>;
export const ShopCheckoutDocument = new TypedDocumentString(`
    mutation ShopCheckout($input: CheckoutInput!) {
  checkout(input: $input) {
    order {
      id
      number
    }
    payment {
      reference
      status
      authorizationUrl
    }
    userErrors {
      ...ShopUserError
    }
  }
}
    fragment ShopUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ShopCheckoutMutation, ShopCheckoutMutationVariables>;
export const ShopRetryPaymentDocument = new TypedDocumentString(`
    mutation ShopRetryPayment($orderId: ID!, $cartToken: String, $returnUrl: String) {
  retryPayment(orderId: $orderId, cartToken: $cartToken, returnUrl: $returnUrl) {
    payment {
      authorizationUrl
    }
    userErrors {
      ...ShopUserError
    }
  }
}
    fragment ShopUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ShopRetryPaymentMutation, ShopRetryPaymentMutationVariables>;
export const ShopRefreshPaymentDocument = new TypedDocumentString(`
    mutation ShopRefreshPayment($reference: String!) {
  refreshPayment(reference: $reference) {
    payment {
      status
    }
    userErrors {
      ...ShopUserError
    }
  }
}
    fragment ShopUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ShopRefreshPaymentMutation, ShopRefreshPaymentMutationVariables>;
export const ShopOrderDocument = new TypedDocumentString(`
    query ShopOrder($id: ID!, $cartToken: String) {
  order(id: $id, cartToken: $cartToken) {
    ...ShopOrderSummary
    fulfilmentStage
    email
    currency
    subtotal {
      ...MoneyFields
    }
    discount {
      ...MoneyFields
    }
    shipping {
      ...MoneyFields
    }
    tax {
      ...MoneyFields
    }
    refundedTotal {
      ...MoneyFields
    }
    taxInclusive
    shippingMethod
    shippingAddress {
      name
      line1
      line2
      city
      region
      country
      postalCode
      phone
    }
    expiresAt
    paidAt
    cancelledAt
    cancelReason
    vendorOrders {
      id
      vendorName
      lines {
        id
      }
    }
    lines {
      id
      sku
      title
      quantity
      refundedQuantity
      unitPrice {
        ...MoneyFields
      }
      subtotal {
        ...MoneyFields
      }
      tax {
        ...MoneyFields
      }
    }
    timeline {
      id
      toStatus
      reason
      at
    }
    payments {
      reference
      status
      authorizationUrl
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment ShopOrderSummary on Order {
  id
  number
  status
  createdAt
  total {
    ...MoneyFields
  }
}`) as unknown as TypedDocumentString<ShopOrderQuery, ShopOrderQueryVariables>;
export const ShopMyOrdersDocument = new TypedDocumentString(`
    query ShopMyOrders($after: String) {
  orders(first: 20, after: $after) {
    edges {
      node {
        ...ShopOrderSummary
        customerUserId
        lines {
          id
          quantity
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment ShopOrderSummary on Order {
  id
  number
  status
  createdAt
  total {
    ...MoneyFields
  }
}`) as unknown as TypedDocumentString<ShopMyOrdersQuery, ShopMyOrdersQueryVariables>;
export const ShopExportMyDataDocument = new TypedDocumentString(`
    query ShopExportMyData {
  exportMyData
}
    `) as unknown as TypedDocumentString<ShopExportMyDataQuery, ShopExportMyDataQueryVariables>;
export const ShopSignUpDocument = new TypedDocumentString(`
    mutation ShopSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    session {
      ...SessionFields
    }
    userErrors {
      ...ShopUserError
    }
  }
}
    fragment SessionFields on Session {
  accessToken
  refreshToken
  accessTokenExpiresAt
  refreshTokenExpiresAt
  user {
    id
    name
    email
  }
}
fragment ShopUserError on UserError {
  code
  message
  field
}`) as unknown as TypedDocumentString<ShopSignUpMutation, ShopSignUpMutationVariables>;
export const ShopRecordReferralTouchDocument = new TypedDocumentString(`
    mutation ShopRecordReferralTouch($code: String!, $visitorId: String!) {
  recordReferralTouch(code: $code, visitorId: $visitorId) {
    recorded
  }
}
    `) as unknown as TypedDocumentString<ShopRecordReferralTouchMutation, ShopRecordReferralTouchMutationVariables>;
export const TransportSearchTripsDocument = new TypedDocumentString(`
    query TransportSearchTrips($origin: String!, $destination: String!, $date: String!) {
  searchTrips(origin: $origin, destination: $destination, date: $date) {
    ...TransportTripFields
  }
}
    fragment TransportTripFields on Trip {
  id
  operatorId
  operator {
    name
  }
  departureAt
  currency
  availableSeats
  route {
    id
    code
    stops
    origin {
      name
      city
    }
    destination {
      name
      city
    }
  }
  vehicle {
    name
    seatCount
  }
  fares {
    seatClass
    price {
      amount
      currency
    }
  }
}`) as unknown as TypedDocumentString<TransportSearchTripsQuery, TransportSearchTripsQueryVariables>;
export const TransportUpcomingTripsDocument = new TypedDocumentString(`
    query TransportUpcomingTrips($first: Int) {
  upcomingTrips(first: $first) {
    ...TransportTripFields
  }
}
    fragment TransportTripFields on Trip {
  id
  operatorId
  operator {
    name
  }
  departureAt
  currency
  availableSeats
  route {
    id
    code
    stops
    origin {
      name
      city
    }
    destination {
      name
      city
    }
  }
  vehicle {
    name
    seatCount
  }
  fares {
    seatClass
    price {
      amount
      currency
    }
  }
}`) as unknown as TypedDocumentString<TransportUpcomingTripsQuery, TransportUpcomingTripsQueryVariables>;
export const TransportParksDocument = new TypedDocumentString(`
    query TransportParks {
  transportRoutes {
    origin {
      city
    }
    destination {
      city
    }
  }
}
    `) as unknown as TypedDocumentString<TransportParksQuery, TransportParksQueryVariables>;
export const TransportTripDocument = new TypedDocumentString(`
    query TransportTrip($id: ID!) {
  trip(id: $id) {
    ...TransportTripFields
    seatMap {
      ...TransportSeatMapFields
    }
  }
  tripPresence(tripId: $id) {
    viewers
  }
}
    fragment TransportSeatFields on Seat {
  label
  row
  column
  seatClass
  state
  price {
    amount
    currency
  }
}
fragment TransportSeatMapFields on SeatMap {
  tripId
  rows
  columns
  aisleAfterColumn
  available
  lastEventId
  seats {
    ...TransportSeatFields
  }
}
fragment TransportTripFields on Trip {
  id
  operatorId
  operator {
    name
  }
  departureAt
  currency
  availableSeats
  route {
    id
    code
    stops
    origin {
      name
      city
    }
    destination {
      name
      city
    }
  }
  vehicle {
    name
    seatCount
  }
  fares {
    seatClass
    price {
      amount
      currency
    }
  }
}`) as unknown as TypedDocumentString<TransportTripQuery, TransportTripQueryVariables>;
export const TransportSeatMapDocument = new TypedDocumentString(`
    query TransportSeatMap($tripId: ID!) {
  seatMap(tripId: $tripId) {
    ...TransportSeatMapFields
  }
}
    fragment TransportSeatFields on Seat {
  label
  row
  column
  seatClass
  state
  price {
    amount
    currency
  }
}
fragment TransportSeatMapFields on SeatMap {
  tripId
  rows
  columns
  aisleAfterColumn
  available
  lastEventId
  seats {
    ...TransportSeatFields
  }
}`) as unknown as TypedDocumentString<TransportSeatMapQuery, TransportSeatMapQueryVariables>;
export const TransportSeatMapLiveDocument = new TypedDocumentString(`
    subscription TransportSeatMapLive($tripId: ID!) {
  seatMap(tripId: $tripId) {
    id
    kind
    seats {
      ...TransportSeatFields
    }
  }
}
    fragment TransportSeatFields on Seat {
  label
  row
  column
  seatClass
  state
  price {
    amount
    currency
  }
}`) as unknown as TypedDocumentString<TransportSeatMapLiveSubscription, TransportSeatMapLiveSubscriptionVariables>;
export const TransportPresenceLiveDocument = new TypedDocumentString(`
    subscription TransportPresenceLive($tripId: ID!) {
  tripPresence(tripId: $tripId) {
    viewers
  }
}
    `) as unknown as TypedDocumentString<TransportPresenceLiveSubscription, TransportPresenceLiveSubscriptionVariables>;
export const TransportHeartbeatDocument = new TypedDocumentString(`
    mutation TransportHeartbeat($tripId: ID!, $viewerId: String!, $leaving: Boolean) {
  tripHeartbeat(tripId: $tripId, viewerId: $viewerId, leaving: $leaving) {
    presence {
      viewers
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TransportHeartbeatMutation, TransportHeartbeatMutationVariables>;
export const TransportSeatHoldDocument = new TypedDocumentString(`
    query TransportSeatHold($token: String!) {
  seatHold(token: $token) {
    ...TransportHoldFields
  }
}
    fragment TransportHoldFields on SeatHold {
  id
  tripId
  seatLabels
  status
  expiresAt
  canExtend
  total {
    amount
    currency
  }
}`) as unknown as TypedDocumentString<TransportSeatHoldQuery, TransportSeatHoldQueryVariables>;
export const TransportHoldSeatsDocument = new TypedDocumentString(`
    mutation TransportHoldSeats($tripId: ID!, $seatLabels: [String!]!) {
  holdSeats(tripId: $tripId, seatLabels: $seatLabels) {
    holdToken
    hold {
      ...TransportHoldFields
    }
    userErrors {
      code
      message
      field
    }
  }
}
    fragment TransportHoldFields on SeatHold {
  id
  tripId
  seatLabels
  status
  expiresAt
  canExtend
  total {
    amount
    currency
  }
}`) as unknown as TypedDocumentString<TransportHoldSeatsMutation, TransportHoldSeatsMutationVariables>;
export const TransportExtendHoldDocument = new TypedDocumentString(`
    mutation TransportExtendHold($holdToken: String!) {
  extendSeatHold(holdToken: $holdToken) {
    hold {
      ...TransportHoldFields
    }
    userErrors {
      code
      message
    }
  }
}
    fragment TransportHoldFields on SeatHold {
  id
  tripId
  seatLabels
  status
  expiresAt
  canExtend
  total {
    amount
    currency
  }
}`) as unknown as TypedDocumentString<TransportExtendHoldMutation, TransportExtendHoldMutationVariables>;
export const TransportReleaseHoldDocument = new TypedDocumentString(`
    mutation TransportReleaseHold($holdToken: String!) {
  releaseSeatHold(holdToken: $holdToken) {
    hold {
      ...TransportHoldFields
    }
    userErrors {
      code
      message
    }
  }
}
    fragment TransportHoldFields on SeatHold {
  id
  tripId
  seatLabels
  status
  expiresAt
  canExtend
  total {
    amount
    currency
  }
}`) as unknown as TypedDocumentString<TransportReleaseHoldMutation, TransportReleaseHoldMutationVariables>;
export const TransportViewerDocument = new TypedDocumentString(`
    query TransportViewer {
  me {
    id
    name
    memberships {
      role
    }
  }
}
    `) as unknown as TypedDocumentString<TransportViewerQuery, TransportViewerQueryVariables>;
export const TransportConfirmBookingDocument = new TypedDocumentString(`
    mutation TransportConfirmBooking($input: ConfirmBookingInput!) {
  confirmBooking(input: $input) {
    booking {
      id
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<TransportConfirmBookingMutation, TransportConfirmBookingMutationVariables>;
export const TransportBookingDocument = new TypedDocumentString(`
    query TransportBooking($id: ID!) {
  booking(id: $id) {
    ...TransportBookingFields
  }
}
    fragment TransportBookingFields on Booking {
  id
  reference
  tripId
  channel
  paymentReference
  createdAt
  total {
    amount
    currency
  }
  tickets {
    id
    seatLabel
    seatClass
    passengerName
    qr
    boardedAt
    fare {
      amount
      currency
    }
  }
}`) as unknown as TypedDocumentString<TransportBookingQuery, TransportBookingQueryVariables>;
export const TransportVerificationKeyDocument = new TypedDocumentString(`
    query TransportVerificationKey {
  ticketVerificationKey {
    operatorId
    keyId
    algorithm
    publicKey
  }
}
    `) as unknown as TypedDocumentString<TransportVerificationKeyQuery, TransportVerificationKeyQueryVariables>;
export const TransportAgentSalesDocument = new TypedDocumentString(`
    query TransportAgentSales($first: Int) {
  agentSales(first: $first) {
    edges {
      node {
        id
        seatLabel
        passengerName
        soldAt
        status
        conflictReason
        amountPaid {
          amount
          currency
        }
        ticket {
          id
          qr
          bookingReference
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TransportAgentSalesQuery, TransportAgentSalesQueryVariables>;
export const TransportTicketStatusDocument = new TypedDocumentString(`
    query TransportTicketStatus($id: ID!) {
  ticket(id: $id) {
    id
    boardedAt
  }
}
    `) as unknown as TypedDocumentString<TransportTicketStatusQuery, TransportTicketStatusQueryVariables>;
export const TransportBoardTicketDocument = new TypedDocumentString(`
    mutation TransportBoardTicket($qr: String!, $scannedAt: DateTime) {
  boardTicket(qr: $qr, scannedAt: $scannedAt) {
    ticket {
      id
      seatLabel
      passengerName
      boardedAt
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TransportBoardTicketMutation, TransportBoardTicketMutationVariables>;
export const TransportAgentAllotmentsDocument = new TypedDocumentString(`
    query TransportAgentAllotments {
  agentAllotments {
    id
    tripId
    seatLabels
    soldSeatLabels
  }
}
    `) as unknown as TypedDocumentString<TransportAgentAllotmentsQuery, TransportAgentAllotmentsQueryVariables>;
export const TransportAgentTripDocument = new TypedDocumentString(`
    query TransportAgentTrip($id: ID!) {
  trip(id: $id) {
    ...TransportTripFields
    seatMap {
      seats {
        label
        seatClass
        price {
          amount
          currency
        }
      }
    }
  }
}
    fragment TransportTripFields on Trip {
  id
  operatorId
  operator {
    name
  }
  departureAt
  currency
  availableSeats
  route {
    id
    code
    stops
    origin {
      name
      city
    }
    destination {
      name
      city
    }
  }
  vehicle {
    name
    seatCount
  }
  fares {
    seatClass
    price {
      amount
      currency
    }
  }
}`) as unknown as TypedDocumentString<TransportAgentTripQuery, TransportAgentTripQueryVariables>;
export const TransportSyncAgentSalesDocument = new TypedDocumentString(`
    mutation TransportSyncAgentSales($sales: [AgentSaleInput!]!) {
  syncAgentSales(sales: $sales) {
    results {
      clientSaleId
      status
      sale {
        tripId
        seatLabel
        conflictReason
        ticket {
          id
        }
      }
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TransportSyncAgentSalesMutation, TransportSyncAgentSalesMutationVariables>;
export const TransportBuySeatsDocument = new TypedDocumentString(`
    mutation TransportBuySeats($input: BuySeatsInput!) {
  buySeats(input: $input) {
    orderId
    accessToken
    payBefore
    paymentUrl
    userErrors {
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<TransportBuySeatsMutation, TransportBuySeatsMutationVariables>;
export const TransportTripOrderDocument = new TypedDocumentString(`
    query TransportTripOrder($id: ID!, $accessToken: String) {
  order(id: $id, cartToken: $accessToken) {
    id
    number
    status
    expiresAt
    paidAt
    cancelReason
    total {
      amount
      currency
    }
    refundedTotal {
      amount
      currency
    }
  }
  bookingForOrder(orderId: $id, accessToken: $accessToken) {
    ...TransportBookingFields
  }
}
    fragment TransportBookingFields on Booking {
  id
  reference
  tripId
  channel
  paymentReference
  createdAt
  total {
    amount
    currency
  }
  tickets {
    id
    seatLabel
    seatClass
    passengerName
    qr
    boardedAt
    fare {
      amount
      currency
    }
  }
}`) as unknown as TypedDocumentString<TransportTripOrderQuery, TransportTripOrderQueryVariables>;
export const TransportRefreshPaymentDocument = new TypedDocumentString(`
    mutation TransportRefreshPayment($reference: String!) {
  refreshPayment(reference: $reference) {
    payment {
      status
    }
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<TransportRefreshPaymentMutation, TransportRefreshPaymentMutationVariables>;