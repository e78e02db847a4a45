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

export type AcceptInvitationInput = {
  /** Required when the address has no account yet. */
  name?: string | null | undefined;
  /** The existing account’s password, or the new account’s. */
  password: string;
  token: string;
};

/** Which pages an e-mailed link opens: the shop's (the default at a store or marketplace) or the back office's. */
export type AccountSurface =
  | 'BACK_OFFICE'
  | 'SHOP';

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

export type AddToCollectionInput = {
  collectionId: string | number;
  /** Defaults to the end. */
  position?: number | null | undefined;
  productId: string | number;
};

export type AdjustPointsInput = {
  idempotencyKey: string;
  note: string;
  /** Negative takes back. */
  points: number;
  userId: string | number;
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

export type AdjustStoreCreditInput = {
  /** Minor units; negative takes back. */
  amount: string;
  currency: string;
  idempotencyKey: string;
  note: string;
  userId: string | number;
};

export type AdjustmentLineInput = {
  /** Minor units, > 0. */
  amount: string;
  memo?: string | null | undefined;
  ownerId: string | number;
  ownerType: LedgerOwnerType;
  purpose: LedgerPurpose;
  side: EntrySide;
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

export type AgentStatus =
  | 'ACTIVE'
  | 'SUSPENDED';

export type AllocateStockInput = {
  channel: StockChannel;
  locationId: string | number;
  quantity: number;
  sku?: string | null | undefined;
  /** The variant; or name it by sku. */
  variantId?: string | number | null | undefined;
};

export type AllotSeatsInput = {
  agentUserId: string | number;
  seatLabels: Array<string>;
  tripId: string | number;
};

export type ArrangeReturnShippingInput = {
  /** PICKUP: who collects it. */
  carrier?: CarrierName | null | undefined;
  /** PICKUP paid by the customer: minor units taken off the refund (a quoting carrier’s price when omitted). */
  charge?: string | null | undefined;
  /** The approved return request. */
  id: string | number;
  /** PICKUP: what the collector takes. */
  packages?: Array<ShipmentPackageInput> | null | undefined;
  paidBy: ReturnShippingPayer;
  /** PICKUP by OWN_RIDERS: the staff member who collects it. */
  riderUserId?: string | number | null | undefined;
  way: ReturnShippingWay;
};

export type AttributeFilterInput = {
  name: string;
  /** Matches any of these values. */
  values: Array<string>;
};

/** Which referral touch within the window wins an order when the cart carries no code. */
export type AttributionModel =
  | 'FIRST_TOUCH'
  | 'LAST_TOUCH';

export type BalanceKind =
  | 'GIFT_CARD'
  | 'POINTS'
  | 'STORE_CREDIT';

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

/** OWN_RIDERS: the shop’s staff deliver; SANDBOX: the simulated carrier; KWIK: Kwik Delivery with the shop’s own account (decision 0090). */
export type CarrierName =
  | 'KWIK'
  | 'OWN_RIDERS'
  | 'SANDBOX';

export type CartCouponInput = {
  /** Omit for the signed-in customer's cart. */
  cartToken?: string | null | undefined;
  couponCode: string;
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

/** How a channel draws stock: the shared pool, allocations dedicated to it, or counts of its own. */
export type ChannelMode =
  | 'ALLOCATED'
  | 'INDEPENDENT'
  | 'SHARED';

export type CheckoutInput = {
  /** Omit to check out the signed-in customer's cart. */
  cartToken?: string | null | undefined;
  /** A coupon code; omit to use the one applied to the cart (applyCouponToCart). */
  couponCode?: string | null | undefined;
  /** The shopper's device id (abuse checks on referrals). */
  deviceId?: string | null | undefined;
  email: string;
  /** Gift cards to pay with, in this order (GIFT_CARD_INVALID, INSUFFICIENT_BALANCE). */
  giftCardCodes?: Array<string> | null | undefined;
  /** For an order that buys gift cards (decision 0064). */
  giftCardRecipient?: GiftCardRecipientInput | null | undefined;
  /** A new random key per checkout attempt (e.g. a UUID); a retry with the same key and input returns the first result. */
  idempotencyKey: string;
  /** MOBILE_MONEY: a code from checkoutMobileMoneyNetworks (PAYMENT_DETAILS_INVALID otherwise). */
  mobileMoneyNetwork?: string | null | undefined;
  /** MOBILE_MONEY: the wallet's phone, local (0803 123 4567) or international (PAYMENT_DETAILS_INVALID otherwise). */
  mobileMoneyPhone?: string | null | undefined;
  /** One of checkoutPaymentMethods (PAYMENT_METHOD_UNAVAILABLE otherwise); CARD when omitted. */
  paymentMethod?: PaymentMethod | null | undefined;
  phone?: string | null | undefined;
  /** Loyalty points to spend (signed-in; at most the programme’s share of the order; fewer are spent when fewer are needed). */
  points?: number | null | undefined;
  /** Where the payment page sends the shopper afterwards (https). */
  returnUrl?: string | null | undefined;
  shippingAddress: ShippingAddressInput;
  /** A method code offered for the address (shippingOptions), e.g. STANDARD, or a carrier quote's method. */
  shippingMethod: string;
  /** A carrier's quote (quoteCheckoutShipping) whose locked price is the shipping; shippingMethod must be its method (SHIPPING_QUOTE_INVALID, SHIPPING_QUOTE_EXPIRED; decision 0091). */
  shippingQuoteId?: string | number | null | undefined;
  /** A business buyer's TIN for the invoice: 12345678-0001 or 10 digits (BAD_USER_INPUT otherwise). */
  taxId?: string | null | undefined;
  /** Pay what is left with the signed-in customer's store credit. */
  useStoreCredit?: boolean | null | undefined;
  /** USSD: the shopper's bank, a code from checkoutUssdBanks (PAYMENT_DETAILS_INVALID otherwise). */
  ussdBank?: string | null | undefined;
};

export type CollectOnDeliveryInput = {
  /** Minor units: exactly what the order owes (COLLECTION_AMOUNT_MISMATCH otherwise). */
  amount: string;
  currency: string;
  orderId: string | number;
  via: CollectionWay;
};

/** How pay-on-delivery money was taken (decision 0083): CASH is held by the collector until handed in; TRANSFER went to the shop. */
export type CollectionWay =
  | 'CASH'
  | 'TRANSFER';

/** How it was sold: SVM (single-vendor store), MVM (multi-vendor marketplace) or POS (at a till; decision 0052). */
export type CommerceChannel =
  | 'MVM'
  | 'POS'
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

export type ConversationDirection =
  | 'IN'
  | 'OUT';

/** Who answers a WhatsApp conversation: the shop assistant (BOT) or the shop’s people (STAFF). */
export type ConversationHandler =
  | 'BOT'
  | 'STAFF';

/** IN: QUEUED (not answered yet), DONE (answered), SKIPPED (older than the latest, or over the rate limit). OUT: QUEUED, DONE (WhatsApp took it), FAILED (see error). */
export type ConversationMessageStatus =
  | 'DONE'
  | 'FAILED'
  | 'QUEUED'
  | 'SKIPPED';

/** Who pays a marketplace coupon's discount: PLATFORM or MARKETPLACE (the vendor is paid on the price before it; the funder's DISCOUNT_EXPENSE pays the difference) or VENDOR (the vendor's payable is lowered). */
export type CouponFunder =
  | 'MARKETPLACE'
  | 'PLATFORM'
  | 'VENDOR';

/** On update, omitted fields keep their value; null clears an optional one. */
export type CouponInput = {
  active?: boolean | null | undefined;
  /** FIXED_AMOUNT: minor units of the shop currency, e.g. "50000" for ₦500.00. */
  amount?: string | null | undefined;
  categoryIds?: Array<string | number> | null | undefined;
  /** 3 to 32 letters, digits, dashes or underscores; unique in the shop regardless of case. Required on create. */
  code?: string | null | undefined;
  description?: string | null | undefined;
  endsAt?: string | null | undefined;
  /** Required in a marketplace; not allowed in a store. */
  fundedBy?: CouponFunder | null | undefined;
  /** Required on create. */
  kind?: CouponKind | null | undefined;
  /** Minor units. */
  minimumSpend?: string | null | undefined;
  perCustomerLimit?: number | null | undefined;
  /** PERCENTAGE: 1 to 10000 basis points. */
  percentBps?: number | null | undefined;
  productIds?: Array<string | number> | null | undefined;
  startsAt?: string | null | undefined;
  usageLimit?: number | null | undefined;
  vendorIds?: Array<string | number> | null | undefined;
};

/** PERCENTAGE: percentBps off the eligible lines; FIXED_AMOUNT: amount off them (at most their total); FREE_SHIPPING: no shipping fee for vendor orders holding an eligible line. */
export type CouponKind =
  | 'FIXED_AMOUNT'
  | 'FREE_SHIPPING'
  | 'PERCENTAGE';

export type CreateAgentInput = {
  /** A code of your choosing (e.g. ADE-LAGOS); generated when absent. */
  code?: string | null | undefined;
  /** A member of this tenant with the AGENT role. */
  email: string;
  uplineId?: string | number | null | undefined;
};

export type CreateCategoryInput = {
  name: string;
  parentId?: string | number | null | undefined;
  position?: number | null | undefined;
  /** Defaults to one made from the name (with a -2, -3... suffix if taken). */
  slug?: string | null | undefined;
};

export type CreateCollectionInput = {
  description?: string | null | undefined;
  slug?: string | null | undefined;
  title: string;
};

export type CreateLocationInput = {
  code: string;
  kind: LocationKind;
  name: string;
};

export type CreateParkInput = {
  address?: string | null | undefined;
  city: string;
  name: string;
  state?: string | null | undefined;
};

export type CreatePriceListInput = {
  /** Omit for every channel. */
  channel?: SalesChannel | null | undefined;
  currency: string;
  /** Omit for everyone. */
  customerGroup?: string | null | undefined;
  /** Exclusive. */
  endsAt?: string | null | undefined;
  name: string;
  /** Higher wins when several lists match. */
  priority?: number | null | undefined;
  startsAt?: string | null | undefined;
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

export type CreateRevenueModelInput = {
  name: string;
  residual: ResidualBeneficiary;
  shares: Array<RevenueShareInput>;
};

export type CreateRouteInput = {
  /** E.g. LOS-ABV. */
  code: string;
  destinationParkId: string | number;
  originParkId: string | number;
  /** Intermediate stops in travel order. */
  stops?: Array<string> | null | undefined;
};

export type CreateShipmentInput = {
  carrier: CarrierName;
  items: Array<ShipmentItemInput>;
  /** KWIK: the customer’s map position when the order’s address has none (staff asked the customer). */
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  packages: Array<ShipmentPackageInput>;
  /** OWN_RIDERS: the staff member who delivers it. */
  riderUserId?: string | number | null | undefined;
  vendorOrderId: string | number;
};

export type CreateTenantInput = {
  kind: TenantKind;
  logoUrl?: string | null | undefined;
  name: string;
  /** #RRGGBB */
  primaryColor?: string | null | undefined;
  slug: string;
};

export type CreateVehicleInput = {
  layout: SeatLayoutInput;
  name: string;
  registration: string;
};

export type CustomerAddressInput = {
  city: string;
  /** ISO 3166-1 alpha-2; NG when not given. */
  country?: string | null | undefined;
  /** True makes it the default; false leaves the default where it is. */
  isDefault?: boolean | null | undefined;
  /** At most 40 characters. */
  label?: string | null | undefined;
  /** Optional map position, both or neither: -90 to 90 (absent clears it). */
  latitude?: number | null | undefined;
  line1: string;
  line2?: string | null | undefined;
  /** -180 to 180. */
  longitude?: number | null | undefined;
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

export type ExpenseCategory =
  | 'BANK_CHARGES'
  | 'FUEL_AND_POWER'
  | 'MARKETING'
  | 'OTHER'
  | 'PROFESSIONAL_FEES'
  | 'RENT'
  | 'REPAIRS_AND_MAINTENANCE'
  | 'SALARIES'
  | 'SUPPLIES'
  | 'TAXES_AND_LEVIES'
  | 'TRANSPORT_AND_DELIVERY'
  | 'UTILITIES';

export type ExpenseInput = {
  /** Minor units excluding VAT, > 0. */
  amount: string;
  category: ExpenseCategory;
  currency: string;
  note?: string | null | undefined;
  /** A receipt uploaded with POST /expenses/receipts. */
  receiptId?: string | number | null | undefined;
  /** The day it was spent (the date part counts). */
  spentOn: string;
  supplier: string;
  /** Minor units of VAT paid, 0 to the amount. */
  vatPaid?: string | null | undefined;
};

/** CASH: the book's cash in hand (CASH_HELD); BANK: what the payment provider collected (PAYMENT_CLEARING). */
export type ExpensePaidFrom =
  | 'BANK'
  | 'CASH';

/** DRAFT (its writer may change it) -> SUBMITTED -> APPROVED (posted to the journal) or REJECTED (with a reason). */
export type ExpenseStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'REJECTED'
  | 'SUBMITTED';

export type FareInput = {
  /** Minor units of the trip currency. */
  amount: string;
  seatClass: string;
};

/** Whom the gift cards in the order are for: their codes are e-mailed to this address (else to the buyer) with the message. */
export type GiftCardRecipientInput = {
  email?: string | null | undefined;
  /** At most 500 characters. */
  message?: string | null | undefined;
  name?: string | null | undefined;
};

export type GiftCardStatus =
  | 'ACTIVE'
  | 'DISABLED';

export type HandInCollectedCashInput = {
  /** Minor units counted (may differ from what was held: the difference is over or short). */
  amount: string;
  collectorUserId: string | number;
  currency: string;
  idempotencyKey: string;
  note?: string | null | undefined;
};

export type InvitationState =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InvoiceKind =
  | 'CREDIT_NOTE'
  | 'INVOICE';

export type IssueGiftCardInput = {
  /** Minor units. */
  amount: string;
  currency: string;
  expiresAt?: string | null | undefined;
  idempotencyKey: string;
  note?: string | null | undefined;
  recipientEmail?: string | null | undefined;
};

export type JournalKind =
  | 'ADJUSTMENT'
  | 'CASH_HAND_IN'
  | 'COMMISSION'
  | 'COMMISSION_CLAWBACK'
  | 'EXPENSE'
  | 'ORDER_PAID'
  | 'PAYOUT'
  | 'PAYOUT_SETTLED'
  | 'POS_RETURN'
  | 'POS_SALE'
  | 'REFUND'
  | 'REVERSAL'
  | 'STORED_VALUE'
  | 'TICKET_COMMISSION'
  | 'TICKET_SALE'
  | 'TILL_CASH';

export type KwikAccountInput = {
  /** Kwik’s API address; defaults to https://api.kwik.delivery (an https address at kwik.delivery). */
  baseUrl?: string | null | undefined;
  /** The shop’s Kwik client panel domain, e.g. yourshop.kwik.delivery. */
  domainName: string;
  /** The e-mail the shop signs in to Kwik with. */
  email: string;
  /** Write-only; required to connect, absent keeps the stored one. */
  password?: string | null | undefined;
  pickupAddress: string;
  pickupLatitude: number;
  pickupLongitude: number;
  pickupName: string;
  pickupPhone: string;
};

export type LayoutSeatInput = {
  column: number;
  label: string;
  row: number;
  /** E.g. STANDARD, PREMIUM: fares are per class. */
  seatClass: string;
};

export type LedgerOwnerType =
  | 'AGENT'
  | 'CUSTOMER'
  | 'PLATFORM'
  | 'TENANT'
  | 'TILL'
  | 'VENDOR';

/** What an account is for. PAYMENT_CLEARING, PAYOUT_CLEARING, CASH_HELD (cash an agent, a window or a till drawer took, owed to the tenant) and ACCOUNTS_RECEIVABLE (sold on account) are assets, and DISCOUNT_EXPENSE (what a coupon funder gave away) an expense (normally debit); the others are owed or earned (normally credit). */
export type LedgerPurpose =
  | 'ACCOUNTS_RECEIVABLE'
  | 'AGENT_COMMISSION_PAYABLE'
  | 'CASH_HELD'
  | 'CASH_OVER_SHORT'
  | 'CLIENT_REVENUE'
  | 'CUSTOMER_WALLET'
  | 'DISCOUNT_EXPENSE'
  | 'EXPENSES_PAYABLE'
  | 'GIFT_CARD_LIABILITY'
  | 'INPUT_VAT'
  | 'LOYALTY_LIABILITY'
  | 'OPERATING_EXPENSE'
  | 'PARTNER_PAYABLE'
  | 'PAYMENT_CLEARING'
  | 'PAYOUT_CLEARING'
  | 'PLATFORM_REVENUE'
  | 'SALES_REVENUE'
  | 'TAX_PAYABLE'
  | 'VENDOR_PAYABLE';

export type LedgerReportPdf =
  | 'PROFIT_AND_LOSS'
  | 'TRIAL_BALANCE'
  | 'VAT_RETURN';

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

export type LoyaltyTierInput = {
  minPoints: number;
  multiplierBps: number;
  name: string;
};

export type MoneyInput = {
  /** Minor units (kobo for NGN), e.g. "1250000" for ₦12,500.00. */
  amount: string;
  /** ISO 4217, e.g. NGN. */
  currency: string;
};

export type MoveCategoryInput = {
  id: string | number;
  /** The new parent; null or omitted: top level. */
  parentId?: string | number | null | undefined;
  /** Place among the new siblings, 0 first; omitted or past the end: last. */
  position?: number | null | undefined;
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

export type NotificationChannel =
  | 'EMAIL'
  | 'PUSH'
  | 'SMS'
  | 'WHATSAPP';

export type NotificationPreferencesInput = {
  marketingEmail?: boolean | null | undefined;
  marketingSms?: boolean | null | undefined;
  orderUpdatesSms?: boolean | null | undefined;
  orderUpdatesWhatsapp?: boolean | null | undefined;
};

export type NotificationStatus =
  | 'DEAD'
  | 'DELIVERED'
  | 'FAILED'
  | 'QUEUED'
  | 'SENDING'
  | 'SENT'
  | 'SUPPRESSED';

export type NotificationTemplateInput = {
  body: string;
  channel: NotificationChannel;
  key: string;
  locale: string;
  subject?: string | null | undefined;
};

export type OrderLineSource =
  | 'CATALOG'
  | 'TRANSPORT';

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

export type ParkListingDecision =
  | 'APPROVED'
  | 'SUSPENDED';

export type ParkListingStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'SUSPENDED';

export type PassengerInput = {
  name: string;
  seatLabel: string;
};

/** How a shopper pays (decision 0076): CARD on the provider's hosted page, BANK_TRANSFER to an account opened for the order, PAY_ON_DELIVERY in cash or by transfer to the shop's collector at the door (decision 0083), USSD by a code dialled on the shopper's phone and MOBILE_MONEY approved on it (decision 0087). */
export type PaymentMethod =
  | 'BANK_TRANSFER'
  | 'CARD'
  | 'MOBILE_MONEY'
  | 'PAY_ON_DELIVERY'
  | 'USSD';

export type PaymentProvider =
  | 'FLUTTERWAVE'
  | 'PAYSTACK'
  | 'SANDBOX'
  | 'STRIPE';

export type PaymentProviderCredentialsInput = {
  provider: PaymentProvider;
  publicKey?: string | null | undefined;
  secretKey: string;
  /** Flutterwave's secret hash or Stripe's webhook signing secret (Paystack signs with the secret key). */
  webhookSecret?: string | null | undefined;
};

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

export type PayoutSchedule =
  | 'MANUAL'
  | 'MONTHLY'
  | 'WEEKLY';

export type PayoutThresholdInput = {
  currency: string;
  /** Minor units, > 0. */
  minimum: string;
};

export type PosCashMovementInput = {
  amount: string;
  kind: PosCashMovementKind;
  reason: string;
};

export type PosCashMovementKind =
  | 'PAY_IN'
  | 'PAY_OUT';

export type PosCashierRole =
  /** Sells, within their discount limit. */
  | 'CASHIER'
  /** Also approves discounts above a cashier’s limit, and returns (the manager PIN). */
  | 'SUPERVISOR';

export type PosConflictKind =
  /** Lines, tax, tenders or change that do not add up, or more returned than sold. */
  | 'ARITHMETIC'
  /** The sale names a coupon the shop does not have, or takes off other than its rules give (decision 0071); its use is not counted. */
  | 'COUPON_MISMATCH'
  /** A discount above the cashier’s limit without a supervisor. */
  | 'DISCOUNT_OVER_LIMIT'
  /** A points or gift-card tender whose hold could not be captured for the sale (expired before sync, released, another sale’s; decision 0080): nothing was spent. */
  | 'HOLD_REFUSED'
  /** Charged other than today’s POS price (the sale keeps what was charged). */
  | 'PRICE_CHANGED'
  /** The till used a sequence number twice. */
  | 'SEQUENCE_REUSED'
  /** A return without a supervisor. */
  | 'UNAPPROVED_RETURN'
  /** A session, cashier or sale the event names is unknown. */
  | 'UNKNOWN_REFERENCE';

export type PosDeviceStatus =
  /** Paired: the till sells and syncs. */
  | 'ACTIVE'
  /** Registered; waiting for a till to enter its pairing code. */
  | 'PENDING'
  /** Refused from now on (its key too). */
  | 'REVOKED';

/** One thing a till recorded. The fields after sessionId belong to the type: openingFloat and currency (SESSION_OPENED), cashMovement (CASH_MOVED), sale and currency (SALE), return and currency (RETURN), countedCash (SESSION_CLOSED). */
export type PosEventInput = {
  cashMovement?: PosCashMovementInput | null | undefined;
  cashierId?: string | number | null | undefined;
  /** The till’s UUIDv7 for this event: it counts once. */
  clientId: string | number;
  countedCash?: string | null | undefined;
  currency?: string | null | undefined;
  occurredAt: string;
  openingFloat?: string | null | undefined;
  return?: PosReturnInput | null | undefined;
  sale?: PosSaleInput | null | undefined;
  /** The till’s sequence number (1, 2, 3... shared by every event type). */
  sequence: number;
  sessionId: string | number;
  type: PosEventType;
};

export type PosEventType =
  | 'CASH_MOVED'
  | 'RETURN'
  | 'SALE'
  | 'SESSION_CLOSED'
  | 'SESSION_OPENED';

export type PosHoldKind =
  | 'GIFT_CARD'
  | 'POINTS';

export type PosReturnInput = {
  /** The supervisor who approved the return. */
  approvedById?: string | number | null | undefined;
  lines: Array<PosReturnLineInput>;
  receiptCode: string;
  returnOfSaleId: string | number;
  /** Refunded by the original tender. */
  tenders: Array<PosTenderInput>;
};

export type PosReturnLineInput = {
  /** Refunded, tax included. */
  amount: string;
  quantity: number;
  /** Back on the shelf, or written off. */
  restock: boolean;
  sku: string;
  tax: string;
  title: string;
  variantId: string | number;
};

export type PosSaleInput = {
  /** The supervisor who approved a discount above the cashier’s limit. */
  approvedById?: string | number | null | undefined;
  change: string;
  /** What the coupon took off in all (Σ lines’ couponDiscount); not the cashier’s discount. */
  couponDiscount?: string | null | undefined;
  /** The shop’s coupon applied (commerce’s posCoupons); checked against its rules at sync (decision 0071). */
  couponId?: string | number | null | undefined;
  customerUserId?: string | number | null | undefined;
  discount: string;
  lines: Array<PosSaleLineInput>;
  /** 10 random characters A-Z, 2-7 made on the till: the short link’s code. */
  receiptCode: string;
  /** Total less tax. */
  subtotal: string;
  tax: string;
  taxInclusive: boolean;
  taxRateBps: number;
  tenders: Array<PosTenderInput>;
  total: string;
};

export type PosSaleKind =
  | 'RETURN'
  | 'SALE';

export type PosSaleLineInput = {
  /** The coupon’s share of `discount` (decision 0071); omitted: none. */
  couponDiscount?: string | null | undefined;
  /** The line’s discount, with its share of a sale-wide one. */
  discount: string;
  quantity: number;
  sku: string;
  tax: string;
  title: string;
  /** Paid for the line, tax included. */
  total: string;
  /** One unit as charged, in the catalogue’s tax mode. */
  unitPrice: string;
  variantId: string | number;
};

export type PosSyncStatus =
  /** Applied now. */
  | 'APPLIED'
  /** Already received earlier. Nothing changed now. */
  | 'DUPLICATE'
  /** Kept; applied once the events before it arrive. The till may forget it. */
  | 'QUEUED';

export type PosTender =
  /** A card on an external terminal (its reference). */
  | 'CARD'
  /** Cash in the drawer (change is given from it). */
  | 'CASH'
  /** A gift card, through a hold the till took online (decision 0080); the reference is the hold’s id. */
  | 'GIFT_CARD'
  /** Mobile money or a wallet (its reference). */
  | 'MOBILE_MONEY'
  /** Pay later: a known customer owes it. */
  | 'ON_ACCOUNT'
  /** The customer’s loyalty points, through a hold the till took online (decision 0080); the reference is the hold’s id. */
  | 'POINTS'
  /** A bank transfer (its reference). */
  | 'TRANSFER';

export type PosTenderInput = {
  /** Minor units: cash as handed over (change is separate), others as charged. */
  amount: string;
  /** The terminal’s, bank’s or wallet’s reference. */
  reference?: string | null | undefined;
  tender: PosTender;
};

export type PostAdjustmentInput = {
  currency: string;
  /** Yours: the same key and input return the first entry. */
  idempotencyKey: string;
  lines: Array<AdjustmentLineInput>;
  occurredAt?: string | null | undefined;
  reason: string;
};

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
  heightMm?: number | null | undefined;
  /** Packed box size, 1 to 10,000 mm each. */
  lengthMm?: number | null | undefined;
  /** Option values, e.g. { "size": "M", "colour": "indigo" }. */
  options?: unknown;
  position?: number | null | undefined;
  /** Unique in the tenant. */
  sku: string;
  /** Defaults to the option values, or the product title. */
  title?: string | null | undefined;
  /** Packed weight, 1 to 1,000,000 grams (BAD_USER_INPUT otherwise); carriers quote delivery from it. */
  weightGrams?: number | null | undefined;
  widthMm?: number | null | undefined;
};

/** On update, omitted fields keep their value; null clears an optional one. */
export type PromotionInput = {
  active?: boolean | null | undefined;
  /** SPEND_SAVE: minor units, at most the threshold. */
  amount?: string | null | undefined;
  /** BUNDLE_PRICE: minor units. */
  bundlePrice?: string | null | undefined;
  /** BUY_X_GET_Y: 1 to 1000. */
  buyQuantity?: number | null | undefined;
  endsAt?: string | null | undefined;
  /** BUY_X_GET_Y: 1 to 10000 basis points off (default 10000: free). */
  getPercentBps?: number | null | undefined;
  /** BUY_X_GET_Y: 1 to 1000. */
  getQuantity?: number | null | undefined;
  /** Required on create. */
  kind?: PromotionKind | null | undefined;
  /** 2 to 80 characters. Required on create. */
  name?: string | null | undefined;
  productIds?: Array<string | number> | null | undefined;
  startsAt?: string | null | undefined;
  /** SPEND_SAVE: minor units, e.g. "2000000" for ₦20,000.00. */
  threshold?: string | null | undefined;
  /** BUNDLE_PRICE: at least two. */
  variantIds?: Array<string | number> | null | undefined;
};

/** BUY_X_GET_Y: buy buyQuantity of the listed products/variants, get getQuantity more of them getPercentBps off (10000 = free; the cheapest units); SPEND_SAVE: goods of at least threshold save amount; BUNDLE_PRICE: one of each listed variant together for bundlePrice. */
export type PromotionKind =
  | 'BUNDLE_PRICE'
  | 'BUY_X_GET_Y'
  | 'SPEND_SAVE';

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
  /** Give the money as the customer's store credit instead of back to their card or account (signed-in customers' orders). */
  toStoreCredit?: boolean | null | undefined;
};

export type RefundStatus =
  | 'FAILED'
  | 'PENDING'
  | 'REVIEW'
  | 'SUCCEEDED';

export type RegisterPosDeviceInput = {
  /** One of the business’s active stock locations. */
  locationId: string | number;
  name: string;
};

/** What the browser’s PushSubscription.toJSON() gives: endpoint and keys.p256dh / keys.auth. */
export type RegisterPushSubscriptionInput = {
  auth: string;
  endpoint: string;
  /** How the user will recognise this device in the list. */
  label?: string | null | undefined;
  p256dh: string;
};

export type RequestReturnInput = {
  /** In your own words (required for OTHER; at most 1000 characters). */
  details?: string | null | undefined;
  lines: Array<ReturnLineInput>;
  orderId: string | number;
  /** Photos you uploaded for it (`POST /returns/photos`): at most 5, your own (decision 0065). */
  photoIds?: Array<string | number> | null | undefined;
  reason: ReturnReason;
};

export type ResidualBeneficiary =
  | 'CLIENT'
  | 'PARTNER'
  | 'PLATFORM';

export type ReturnLineInput = {
  orderLineId: string | number;
  quantity: number;
};

export type ReturnReason =
  | 'CHANGED_MIND'
  | 'DAMAGED'
  | 'DOES_NOT_FIT'
  | 'NOT_AS_DESCRIBED'
  | 'OTHER'
  | 'WRONG_ITEM';

export type ReturnShippingPayer =
  | 'CUSTOMER'
  | 'SHOP';

/** PICKUP: the shop collects it from the customer (its rider or a carrier; a reverse shipment). CUSTOMER_SENDS: the customer sends it with a courier of their choice. */
export type ReturnShippingWay =
  | 'CUSTOMER_SENDS'
  | 'PICKUP';

/** REQUESTED → APPROVED | REFUSED; APPROVED → RECEIVED; RECEIVED → REFUNDED | EXCHANGED. */
export type ReturnStatus =
  | 'APPROVED'
  | 'EXCHANGED'
  | 'RECEIVED'
  | 'REFUNDED'
  | 'REFUSED'
  | 'REQUESTED';

export type RevenueShareInput = {
  beneficiary: Beneficiary;
  bps: number;
  /** Agent level from 1 (AGENT shares only; default 1). */
  level?: number | null | undefined;
};

export type Role =
  | 'AGENT'
  | 'CLIENT_ADMIN'
  | 'CUSTOMER'
  | 'PARTNER_ADMIN'
  | 'RIDER'
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

export type SalesGrouping =
  /** One row per channel: SVM (web shop), MVM (marketplace), TICKETS (transport). */
  | 'CHANNEL'
  /** One row per day the payments landed, in the time zone asked for. */
  | 'DAY'
  /** One row per product sold (its lines: goods and tax, no shipping). */
  | 'PRODUCT'
  /** One row per vendor (its vendor orders: goods, shipping and tax; the marketplace's commission). */
  | 'VENDOR';

export type SaveLoyaltyProgrammeInput = {
  currency?: string | null | undefined;
  enabled?: boolean | null | undefined;
  expiryDays?: number | null | undefined;
  maxRedeemBps?: number | null | undefined;
  pointValue?: string | null | undefined;
  spendPerPoint?: string | null | undefined;
  tiers?: Array<LoyaltyTierInput> | null | undefined;
};

export type SaveNotificationProviderInput = {
  /** An https:// address, when the provider gives the account its own. */
  baseUrl?: string | null | undefined;
  channel: NotificationChannel;
  /** Write-only: the API key (Africa’s Talking: username:apiKey), token, or SMTP URL with password. Empty keeps the stored ones. */
  credentials?: string | null | undefined;
  /** smtp | termii | africastalking | whatsapp-cloud | sandbox | default (the installation’s). */
  provider: string;
  senderId?: string | null | undefined;
};

export type SavePosCashierInput = {
  active?: boolean | null | undefined;
  discountLimitBps: number;
  /** A cashier to change; none to add one. */
  id?: string | number | null | undefined;
  name: string;
  /** 4 to 6 digits; required for a new cashier, otherwise only to change it. */
  pin?: string | null | undefined;
  role: PosCashierRole;
};

/** A recurring schedule ("daily 07:00 Lagos → Abuja"), scheduled up front as one trip per chosen day. */
export type ScheduleRecurringTripsInput = {
  /** ISO 4217; NGN by default. */
  currency?: string | null | undefined;
  /** HH:MM, 24-hour, Africa/Lagos. */
  departureTime: string;
  /** One per seat class of the vehicle, for every trip. */
  fares: Array<FareInput>;
  /** YYYY-MM-DD (Africa/Lagos). */
  firstDay: string;
  /** YYYY-MM-DD (Africa/Lagos), at most 92 days after firstDay counted inclusively. */
  lastDay: string;
  routeId: string | number;
  vehicleId: string | number;
  /** 1 (Monday) to 7 (Sunday); every day when omitted. */
  weekdays?: Array<number> | null | undefined;
};

export type ScheduleTripInput = {
  /** ISO 4217; NGN by default. */
  currency?: string | null | undefined;
  departureAt: string;
  /** One per seat class of the vehicle. */
  fares: Array<FareInput>;
  routeId: string | number;
  vehicleId: string | number;
};

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

export type SeatLayoutInput = {
  aisleAfterColumn?: number | null | undefined;
  columns: number;
  rows: number;
  seats: Array<LayoutSeatInput>;
};

/** What a seat is now: HELD only while its hold lasts (an overdue hold shows AVAILABLE); ALLOTTED: set aside for an agent. */
export type SeatState =
  | 'ALLOTTED'
  | 'AVAILABLE'
  | 'HELD'
  | 'SOLD';

export type SetAttributionSettingsInput = {
  attribution?: AttributionModel | null | undefined;
  /** 0 to 10000 basis points of the cash paid for an agent’s ticket sale. */
  ticketCommissionBps?: number | null | undefined;
  /** 1 to 365. */
  windowDays?: number | null | undefined;
};

export type SetBasePriceInput = {
  /** Minor units (kobo for NGN) as a decimal string of digits, e.g. "1250000" for ₦12,500.00. */
  amount: string;
  currency: string;
  variantId: string | number;
};

export type SetListPriceInput = {
  /** Minor units (kobo for NGN) as a decimal string of digits, e.g. "1250000" for ₦12,500.00. */
  amount: string;
  /** Must be the list's currency. */
  currency: string;
  listId: string | number;
  minQuantity?: number | null | undefined;
  variantId: string | number;
};

export type SetPayoutSettingsInput = {
  /** The first run (default: a week or a month from now). */
  nextRunAt?: string | null | undefined;
  schedule: PayoutSchedule;
  /** Minimums to set (other currencies keep theirs). */
  thresholds?: Array<PayoutThresholdInput> | null | undefined;
};

export type SetRouteFaresInput = {
  /** ISO 4217; NGN by default. */
  currency?: string | null | undefined;
  /** One per seat class; replaces the route’s fares ([] for none). */
  fares: Array<FareInput>;
  routeId: string | number;
};

export type SetSalePriceInput = {
  /** Minor units (kobo for NGN) as a decimal string of digits, e.g. "1250000" for ₦12,500.00. */
  amount: string;
  currency: string;
  /** Exclusive. */
  endsAt: string;
  /** Inclusive. */
  startsAt: string;
  variantId: string | number;
};

export type SetStockThresholdsInput = {
  locationId: string | number;
  /** Null clears. */
  lowStockThreshold?: number | null | undefined;
  /** Null clears. */
  reorderPoint?: number | null | undefined;
  /** Null clears; otherwise at least 1. */
  reorderQuantity?: number | null | undefined;
  sku?: string | null | undefined;
  /** The variant; or name it by sku. */
  variantId?: string | number | null | undefined;
};

export type SetTierPriceInput = {
  /** Minor units (kobo for NGN) as a decimal string of digits, e.g. "1250000" for ₦12,500.00. */
  amount: string;
  currency: string;
  /** The unit price applies from this many units on. */
  minQuantity: number;
  variantId: string | number;
};

export type ShipmentClose =
  | 'CANCELLED'
  | 'RETURNED';

/** Pay on delivery: the money taken at the door (exactly what the order owes). */
export type ShipmentCollectionInput = {
  /** Minor units. */
  amount: string;
  currency: string;
  via: ShipmentCollectionWay;
};

/** How the rider took a pay-on-delivery order’s money. */
export type ShipmentCollectionWay =
  | 'CASH'
  | 'TRANSFER';

export type ShipmentItemInput = {
  orderLineId: string | number;
  quantity: number;
};

export type ShipmentPackageInput = {
  heightMm: number;
  lengthMm: number;
  weightGrams: number;
  widthMm: number;
};

export type ShipmentRiderStep =
  | 'FAILED'
  | 'OUT_FOR_DELIVERY'
  | 'PICKED_UP';

export type ShipmentStatus =
  | 'CANCELLED'
  | 'DELIVERED'
  | 'FAILED'
  | 'IN_TRANSIT'
  | 'OUT_FOR_DELIVERY'
  | 'PENDING'
  | 'PICKED_UP'
  | 'RETURNED';

export type ShippingAddressInput = {
  city: string;
  /** ISO 3166-1 alpha-2, e.g. NG. */
  country: string;
  /** Optional map position (both or neither): -90 to 90, for carriers that route by it (Kwik). */
  latitude?: number | null | undefined;
  line1: string;
  line2?: string | null | undefined;
  /** -180 to 180. */
  longitude?: number | null | undefined;
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

export type ShippingQuoteDestinationInput = {
  city: string;
  /** ISO 3166-1 alpha-2, e.g. NG. */
  country: string;
  latitude?: number | null | undefined;
  line1?: string | null | undefined;
  longitude?: number | null | undefined;
  /** The recipient's name (carriers that route to a map position need it with the phone, street and position). */
  name?: string | null | undefined;
  phone?: string | null | undefined;
  /** State or region, e.g. Lagos. */
  region: string;
};

export type ShippingRateInput = {
  active?: boolean | null | undefined;
  /** Minor units, e.g. "250000" for ₦2,500.00. */
  amount: string;
  currency: string;
  /** Minor units; omit for never free. */
  freeOverAmount?: string | null | undefined;
  /** A code, e.g. STANDARD or EXPRESS. */
  method: string;
  name: string;
  zoneId: string | number;
};

export type ShippingZoneInput = {
  country: string;
  /** Omit to create a zone. */
  id?: string | number | null | undefined;
  name: string;
  /** States or regions, e.g. ["Lagos", "Ogun"]; empty for the rest of the country. */
  regions: Array<string>;
};

export type SignInWithCodeInput = {
  /** The 6 digits from the text message. */
  code: string;
  /** The name for a new account (first sign-in of this number); the number otherwise. */
  name?: string | null | undefined;
  /** As typed: 0803 123 4567, 2348031234567 and +2348031234567 are one number. */
  phone: string;
  tenantSlug: string;
  /** Authenticator code or a backup code, when two-factor is on. */
  totpCode?: string | null | undefined;
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

/** A sales channel as inventory sees it: single-vendor store, marketplace, point of sale. */
export type StockChannel =
  | 'MVM'
  | 'POS'
  | 'SVM';

export type StockConflictStatus =
  | 'OPEN'
  | 'RESOLVED';

export type StockGrouping =
  /** One row per location of the tenant (an empty one reads 0). */
  | 'LOCATION'
  /** One row per product with stock levels (its variants at every location), most units first. */
  | 'PRODUCT';

export type SubscribeInput = {
  email: string;
  /** A new random key per attempt; a retry with the same key returns the first result. */
  idempotencyKey: string;
  interval: SubscriptionInterval;
  phone?: string | null | undefined;
  quantity: number;
  returnUrl?: string | null | undefined;
  shippingAddress: ShippingAddressInput;
  shippingMethod: string;
  variantId: string | number;
};

export type SubscriptionInterval =
  | 'MONTHLY'
  | 'WEEKLY';

/** PENDING (first order awaiting payment) → ACTIVE ⇄ PAUSED; ACTIVE → PAST_DUE (a charge failed, retried) → ACTIVE | CANCELLED. */
export type SubscriptionStatus =
  | 'ACTIVE'
  | 'CANCELLED'
  | 'PAST_DUE'
  | 'PAUSED'
  | 'PENDING';

export type TakePosHoldInput = {
  /** POINTS: the 6-digit code the customer received (sendPosPointsCode) and read out; decision 0084. */
  code?: string | null | undefined;
  currency: string;
  /** POINTS: the customer found at the till. */
  customerUserId?: string | number | null | undefined;
  /** What the sale still owes: a hold takes no more. */
  due: string;
  /** GIFT_CARD: the code as read from the card. */
  giftCardCode?: string | null | undefined;
  /** The till’s key for this request: sent again, the same hold. */
  idempotencyKey: string;
  kind: PosHoldKind;
  /** POINTS: how many to spend. */
  points?: number | null | undefined;
  /** The sale’s total: points pay at most the programme’s share of it. */
  saleTotal: string;
};

export type TenantKind =
  | 'CLIENT'
  | 'MARKETPLACE'
  | 'PARTNER'
  | 'PLATFORM'
  | 'STORE';

export type TillSessionStatus =
  | 'CLOSED'
  | 'OPEN';

export type TransferStockInput = {
  fromLocationId: string | number;
  quantity: number;
  reference?: string | null | undefined;
  sku?: string | null | undefined;
  toLocationId: string | number;
  /** The variant; or name it by sku. */
  variantId?: string | number | null | undefined;
};

export type UpdateCatalogSettingsInput = {
  defaultCommissionBps?: number | null | undefined;
  pricesIncludeTax?: boolean | null | undefined;
  taxRateBps?: number | null | undefined;
};

export type UpdateCategoryInput = {
  id: string | number;
  /** The new name (the slug stays unless one is given). */
  name?: string | null | undefined;
  slug?: string | null | undefined;
};

export type UpdateCommerceSettingsInput = {
  /** A carrier that quotes (not OWN_RIDERS; SANDBOX where the sandbox is allowed, others once connected); null turns live rates off (decision 0091). */
  checkoutCarrier?: CarrierName | null | undefined;
  /** Minor units: the largest order total paid on delivery; "" for no limit (decision 0083). */
  payOnDeliveryMaxTotal?: string | null | undefined;
  /** At least one; BANK_TRANSFER needs a provider that opens virtual accounts, USSD and MOBILE_MONEY one that charges them (not Stripe; PAYMENT_METHOD_UNAVAILABLE). */
  paymentMethods?: Array<PaymentMethod> | null | undefined;
  paymentProvider?: PaymentProvider | null | undefined;
  paymentWindowMinutes?: number | null | undefined;
  taxShipping?: boolean | null | undefined;
};

export type UpdateInvoiceSettingsInput = {
  address: string;
  legalName: string;
  /** TIN: 12345678-0001 or 10 digits; empty when none. */
  taxId: string;
  vatNumber?: string | null | undefined;
};

export type UpdateLocationInput = {
  id: string | number;
  kind?: LocationKind | null | undefined;
  name?: string | null | undefined;
};

export type UpdatePosSettingsInput = {
  receiptFooter: string;
  receiptHeader: string;
  vatNumber: string;
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
  heightMm?: number | null | undefined;
  /** Millimetres, 1 to 10,000; null clears it. */
  lengthMm?: number | null | undefined;
  options?: unknown;
  position?: number | null | undefined;
  sku?: string | null | undefined;
  title?: string | null | undefined;
  /** Grams, 1 to 1,000,000; null clears it (unknown). */
  weightGrams?: number | null | undefined;
  widthMm?: number | null | undefined;
};

export type UpdateRevenueModelInput = {
  id: string | number;
  name?: string | null | undefined;
  residual?: ResidualBeneficiary | null | undefined;
  /** Replaces every share. */
  shares?: Array<RevenueShareInput> | null | undefined;
};

/** Omitted fields stay as they are. */
export type UpdateRouteInput = {
  code?: string | null | undefined;
  destinationParkId?: string | number | null | undefined;
  id: string | number;
  originParkId?: string | number | null | undefined;
  /** Intermediate stops in travel order (replaces them all; [] for none). */
  stops?: Array<string> | null | undefined;
};

export type UpdateTenantInput = {
  logoUrl?: string | null | undefined;
  name?: string | null | undefined;
  primaryColor?: string | null | undefined;
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

export type VendorProfileInput = {
  address: string;
  email: string;
  /** The public business name (the slug stays). */
  name: string;
  phone: string;
};

/** PENDING (applied) -> APPROVED or REJECTED; APPROVED <-> SUSPENDED; a rejected applicant may apply again. */
export type VendorStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED'
  | 'SUSPENDED';

export type WhatsappConnectionInput = {
  /** A system user’s permanent token; write-only, absent keeps the stored one. */
  accessToken?: string | null | undefined;
  /** The Meta app’s secret (webhook signatures); write-only, absent keeps the stored one. */
  appSecret?: string | null | undefined;
  /** The template names Meta approved (lower-case, digits, underscores); absent keeps the list. */
  approvedTemplates?: Array<string> | null | undefined;
  /** Defaults to https://graph.facebook.com. */
  baseUrl?: string | null | undefined;
  /** The number customers write to. */
  displayPhoneNumber: string;
  /** Meta’s phone number id (WhatsApp › API setup). */
  phoneNumberId: string;
  /** The language code they were approved in (en, en_US); absent keeps it. */
  templateLanguage?: string | null | undefined;
  /** The approved templates with language and body variables; replaces the list (approvedTemplates is then ignored). */
  templates?: Array<WhatsappTemplateInput> | null | undefined;
};

export type WhatsappTemplateInput = {
  /** How many variables ({{1}}, {{2}}…) its body has; 0 when absent. */
  bodyVariables?: number | null | undefined;
  /** The language code it was approved in (en, en_US); absent: templateLanguage. */
  language?: string | null | undefined;
  /** The template’s name in WhatsApp Manager (lower-case, digits, underscores). */
  name: string;
};

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
  from?: AccountSurface | null | undefined;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: { ok: boolean | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordMutation = { resetPassword: { email: string | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail: { email: string | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ResendEmailVerificationMutationVariables = Exact<{
  from?: AccountSurface | null | undefined;
}>;


export type ResendEmailVerificationMutation = { resendEmailVerification: { sent: boolean | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type EmailVerifiedQueryVariables = Exact<{ [key: string]: never; }>;


export type EmailVerifiedQuery = { me: { id: string, emailVerified: boolean } | null };

export type AdminBeginTwoFactorMutationVariables = Exact<{ [key: string]: never; }>;


export type AdminBeginTwoFactorMutation = { beginTwoFactorEnrollment: { secret: string | null, otpauthUrl: string | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminConfirmTwoFactorMutationVariables = Exact<{
  code: string;
}>;


export type AdminConfirmTwoFactorMutation = { confirmTwoFactorEnrollment: { backupCodes: Array<string> | null, session: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, refreshTokenExpiresAt: string, user: { id: string, name: string, email: string | null } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminBeginTwoFactorResetMutationVariables = Exact<{
  password: string;
  code: string;
}>;


export type AdminBeginTwoFactorResetMutation = { beginTwoFactorReset: { secret: string | null, otpauthUrl: string | null, resetToken: string | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminConfirmTwoFactorResetMutationVariables = Exact<{
  resetToken: string;
  code: string;
}>;


export type AdminConfirmTwoFactorResetMutation = { confirmTwoFactorReset: { backupCodes: Array<string> | null, session: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, refreshTokenExpiresAt: string, user: { id: string, name: string, email: string | null } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminLogoutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type AdminLogoutEverywhereMutation = { logoutEverywhere: { sessionsEnded: number, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminDisableTwoFactorMutationVariables = Exact<{
  code: string;
}>;


export type AdminDisableTwoFactorMutation = { disableTwoFactor: { ok: boolean, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminMySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminMySessionsQuery = { mySessions: Array<{ id: string, current: boolean, startedAt: string, lastActiveAt: string, twoFactorVerified: boolean, tenant: { name: string } | null }> };

export type AdminEndMySessionMutationVariables = Exact<{
  sessionId: string | number;
}>;


export type AdminEndMySessionMutation = { endMySession: { ok: boolean | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type AdminChangePasswordMutation = { changePassword: { sessionsEnded: number | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminRequestAccountDeletionMutationVariables = Exact<{
  password: string;
}>;


export type AdminRequestAccountDeletionMutation = { requestAccountDeletion: { purgeAfter: string | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

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

export type AdminAuditEventsQueryVariables = Exact<{
  type?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminAuditEventsQuery = { auditEvents: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, type: string, actorUserId: string | null, subjectId: string | null, createdAt: string } }> } };

export type AdminAuditEventQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminAuditEventQuery = { auditEvent: { id: string, type: string, actorUserId: string | null, subjectId: string | null, data: unknown, ip: string | null, requestId: string | null, createdAt: string } | null };

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

export type AdminCashHandInsQueryVariables = Exact<{
  agentUserId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminCashHandInsQuery = { cashHandIns: { edges: Array<{ node: { id: string, agentUserId: string, note: string | null, receivedByUserId: string, createdAt: string, amount: { amount: string, currency: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminCatalogSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCatalogSettingsQuery = { catalogSettings: { taxRateBps: number, pricesIncludeTax: boolean, defaultCommissionBps: number } };

export type AdminUpdateCatalogSettingsMutationVariables = Exact<{
  input: UpdateCatalogSettingsInput;
}>;


export type AdminUpdateCatalogSettingsMutation = { updateCatalogSettings: { settings: { taxRateBps: number } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminCollectionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCollectionsQuery = { collections: { edges: Array<{ node: { id: string, title: string, slug: string } }> } };

export type AdminCollectionQueryVariables = Exact<{
  slug: string;
}>;


export type AdminCollectionQuery = { collection: { id: string, title: string, slug: string, description: string, entries: { edges: Array<{ node: { position: number, product: { id: string, title: string } } }> } } | null };

export type AdminCreateCollectionMutationVariables = Exact<{
  input: CreateCollectionInput;
}>;


export type AdminCreateCollectionMutation = { createCollection: { collection: { slug: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminAddToCollectionMutationVariables = Exact<{
  input: AddToCollectionInput;
}>;


export type AdminAddToCollectionMutation = { addToCollection: { collection: { slug: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminMarketplaceListingsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AdminMarketplaceListingsQuery = { marketplaceListings: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, commissionBps: number, active: boolean, createdAt: string, product: { id: string, title: string }, vendor: { id: string, name: string } } }> } };

export type AdminListProductMutationVariables = Exact<{
  productId: string | number;
  commissionBps?: number | null | undefined;
}>;


export type AdminListProductMutation = { listProductInMarketplace: { listing: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminRemoveFromCollectionMutationVariables = Exact<{
  collectionId: string | number;
  productId: string | number;
}>;


export type AdminRemoveFromCollectionMutation = { removeFromCollection: { collection: { slug: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminCategoryFieldsFragment = { id: string, name: string, slug: string, position: number };

export type AdminCategoryTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCategoryTreeQuery = { categories: Array<{ id: string, name: string, slug: string, position: number, children: Array<{ id: string, name: string, slug: string, position: number, children: Array<{ id: string, name: string, slug: string, position: number }> }> }> };

export type AdminCategorySiblingsQueryVariables = Exact<{
  parentId?: string | number | null | undefined;
}>;


export type AdminCategorySiblingsQuery = { categories: Array<{ id: string, position: number }> };

export type AdminCreateCategoryMutationVariables = Exact<{
  input: CreateCategoryInput;
}>;


export type AdminCreateCategoryMutation = { createCategory: { category: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminUpdateCategoryMutationVariables = Exact<{
  input: UpdateCategoryInput;
}>;


export type AdminUpdateCategoryMutation = { updateCategory: { category: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminMoveCategoryMutationVariables = Exact<{
  input: MoveCategoryInput;
}>;


export type AdminMoveCategoryMutation = { moveCategory: { category: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminDeleteCategoryMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminDeleteCategoryMutation = { deleteCategory: { category: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

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

export type AdminReadinessQueryVariables = Exact<{
  withShipping: boolean;
}>;


export type AdminReadinessQuery = { locations: { edges: Array<{ node: { id: string } }> }, shippingZones?: Array<{ id: string, rates: Array<{ id: string }> }> };

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


export type AdminSwitchTenantMutation = { switchTenant: { session: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, refreshTokenExpiresAt: string, user: { id: string, name: string, email: string | null } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

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

export type AdminInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminInvitationsQuery = { invitations: { edges: Array<{ node: { id: string, email: string, role: Role, state: InvitationState, createdAt: string, expiresAt: string } }> } };

export type AdminInviteMemberMutationVariables = Exact<{
  email: string;
  role: Role;
}>;


export type AdminInviteMemberMutation = { inviteMember: { token: string | null, invitation: { id: string, email: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminRevokeInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRevokeInvitationMutation = { revokeInvitation: { invitation: { id: string, state: InvitationState } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type InvitationPreviewQueryVariables = Exact<{
  token: string;
}>;


export type InvitationPreviewQuery = { invitationPreview: { email: string, role: Role, expiresAt: string, hasAccount: boolean, tenant: { slug: string, name: string } } | null };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { email: string | null, tenant: { slug: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminJournalEntryFieldsFragment = { id: string, kind: JournalKind, memo: string, referenceType: string, referenceId: string, occurredAt: string, postedAt: string, reversesEntryId: string | null };

export type AdminJournalQueryVariables = Exact<{
  kind?: JournalKind | null | undefined;
  after?: string | null | undefined;
  withRejected: boolean;
}>;


export type AdminJournalQuery = { journalEntries: { edges: Array<{ node: { id: string, kind: JournalKind, memo: string, referenceType: string, referenceId: string, occurredAt: string, postedAt: string, reversesEntryId: string | null, lines: Array<{ id: string, side: EntrySide, amount: { amount: string, currency: string } }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, rejectedPostings?: { edges: Array<{ node: { id: string, idempotencyKey: string | null, reason: string, createdAt: string } }> } };

export type AdminAdjustmentAccountsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminAdjustmentAccountsQuery = { ledgerAccounts: { edges: Array<{ node: { id: string, ownerType: LedgerOwnerType, ownerId: string, purpose: LedgerPurpose, currency: string, lineCount: number, balance: { amount: string, currency: string } } }> } };

export type AdminJournalEntryQueryVariables = Exact<{
  id: string | number;
  reference: string;
}>;


export type AdminJournalEntryQuery = { journalEntry: { createdByUserId: string | null, id: string, kind: JournalKind, memo: string, referenceType: string, referenceId: string, occurredAt: string, postedAt: string, reversesEntryId: string | null, lines: Array<{ id: string, position: number, side: EntrySide, memo: string | null, amount: { amount: string, currency: string }, account: { id: string, ownerType: LedgerOwnerType, ownerId: string, purpose: LedgerPurpose, currency: string, lineCount: number, balance: { amount: string, currency: string } } }> } | null, reversals: { edges: Array<{ node: { id: string, kind: JournalKind, postedAt: string } }> } };

export type AdminPostAdjustmentMutationVariables = Exact<{
  input: PostAdjustmentInput;
}>;


export type AdminPostAdjustmentMutation = { postAdjustment: { entry: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminReverseJournalEntryMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type AdminReverseJournalEntryMutation = { reverseJournalEntry: { entry: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminTrialBalanceQueryVariables = Exact<{
  currency: string;
}>;


export type AdminTrialBalanceQuery = { trialBalance: { currency: string, balanced: boolean, rows: Array<{ purpose: LedgerPurpose, normalSide: EntrySide, debits: { amount: string, currency: string }, credits: { amount: string, currency: string }, balance: { amount: string, currency: string } }>, otherBooksDebits: { amount: string, currency: string }, otherBooksCredits: { amount: string, currency: string }, totalDebits: { amount: string, currency: string }, totalCredits: { amount: string, currency: string } } };

export type AdminPayoutSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPayoutSettingsQuery = { payoutSettings: { schedule: PayoutSchedule, nextRunAt: string | null, thresholds: Array<{ currency: string, minimum: { amount: string, currency: string } }> }, payoutItems: { edges: Array<{ node: { id: string, batchId: string, status: PayoutItemStatus, createdAt: string, amount: { amount: string, currency: string }, account: { id: string, ownerType: LedgerOwnerType, ownerId: string, purpose: LedgerPurpose, currency: string, lineCount: number, balance: { amount: string, currency: string } } } }> } };

export type AdminSetPayoutSettingsMutationVariables = Exact<{
  input: SetPayoutSettingsInput;
}>;


export type AdminSetPayoutSettingsMutation = { setPayoutSettings: { settings: { schedule: PayoutSchedule } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminMembersQueryVariables = Exact<{
  role?: Role | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminMembersQuery = { members: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, role: Role, createdAt: string, user: { id: string, name: string, email: string | null } } }> } };

export type AdminGrantRoleMutationVariables = Exact<{
  email: string;
  role: Role;
}>;


export type AdminGrantRoleMutation = { grantRole: { membership: { id: string, role: Role } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminRevokeRoleMutationVariables = Exact<{
  membershipId: string | number;
}>;


export type AdminRevokeRoleMutation = { revokeRole: { membership: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminAgentFieldsFragment = { id: string, email: string | null, code: string, status: AgentStatus, createdAt: string, upline: { id: string, code: string, email: string | null } | null, downline: Array<{ id: string, code: string, email: string | null, status: AgentStatus }> };

export type AdminAgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminAgentsQuery = { agents: { edges: Array<{ node: { id: string, email: string | null, code: string, status: AgentStatus, createdAt: string, upline: { id: string, code: string, email: string | null } | null, downline: Array<{ id: string, code: string, email: string | null, status: AgentStatus }> } }> } };

export type AdminAgentProfileQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminAgentProfileQuery = { agentProfile: { id: string, email: string | null, code: string, status: AgentStatus, createdAt: string, upline: { id: string, code: string, email: string | null } | null, downline: Array<{ id: string, code: string, email: string | null, status: AgentStatus }> } | null, agents: { edges: Array<{ node: { id: string, code: string, email: string | null } }> } };

export type AdminMyAgentProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminMyAgentProfileQuery = { myReferral: { code: string, link: string, agent: { id: string, email: string | null, code: string, status: AgentStatus, createdAt: string, upline: { id: string, code: string, email: string | null } | null, downline: Array<{ id: string, code: string, email: string | null, status: AgentStatus }> } } | null };

export type AdminCreateAgentMutationVariables = Exact<{
  input: CreateAgentInput;
}>;


export type AdminCreateAgentMutation = { createAgent: { agent: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminSetAgentUplineMutationVariables = Exact<{
  agentId: string | number;
  uplineId?: string | number | null | undefined;
}>;


export type AdminSetAgentUplineMutation = { setAgentUpline: { agent: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminSetAgentStatusMutationVariables = Exact<{
  agentId: string | number;
  status: AgentStatus;
}>;


export type AdminSetAgentStatusMutation = { setAgentStatus: { agent: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminRevenueModelFieldsFragment = { id: string, name: string, preset: string | null, residual: ResidualBeneficiary, assigned: boolean, shares: Array<{ beneficiary: Beneficiary, level: number, bps: number }> };

export type AdminRevenueModelsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminRevenueModelsQuery = { revenueModels: Array<{ id: string, name: string, preset: string | null, residual: ResidualBeneficiary, assigned: boolean, shares: Array<{ beneficiary: Beneficiary, level: number, bps: number }> }>, revenueModel: { id: string } | null };

export type AdminCreateRevenueModelMutationVariables = Exact<{
  input: CreateRevenueModelInput;
}>;


export type AdminCreateRevenueModelMutation = { createRevenueModel: { revenueModel: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminUpdateRevenueModelMutationVariables = Exact<{
  input: UpdateRevenueModelInput;
}>;


export type AdminUpdateRevenueModelMutation = { updateRevenueModel: { revenueModel: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminAssignRevenueModelMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminAssignRevenueModelMutation = { assignRevenueModel: { revenueModel: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminAttributionSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminAttributionSettingsQuery = { attributionSettings: { attribution: AttributionModel, windowDays: number, ticketCommissionBps: number, revenueModel: { id: string, name: string } } };

export type AdminSetAttributionSettingsMutationVariables = Exact<{
  input: SetAttributionSettingsInput;
}>;


export type AdminSetAttributionSettingsMutation = { setAttributionSettings: { settings: { windowDays: number } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

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

export type AdminNotificationMessageFieldsFragment = { id: string, template: string, channel: NotificationChannel, recipient: string, locale: string, status: NotificationStatus, lastError: string | null, attempts: number, createdAt: string };

export type AdminNotificationMessagesQueryVariables = Exact<{
  status?: NotificationStatus | null | undefined;
  channel?: NotificationChannel | null | undefined;
  recipient?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminNotificationMessagesQuery = { notificationMessages: { edges: Array<{ node: { id: string, template: string, channel: NotificationChannel, recipient: string, locale: string, status: NotificationStatus, lastError: string | null, attempts: number, createdAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminNotificationMessageQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminNotificationMessageQuery = { notificationMessage: { subject: string | null, body: string, lastError: string | null, provider: string | null, providerMessageId: string | null, sentAt: string | null, deliveredAt: string | null, nextAttemptAt: string | null, id: string, template: string, channel: NotificationChannel, recipient: string, locale: string, status: NotificationStatus, attempts: number, createdAt: string } | null };

export type AdminRetryNotificationMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRetryNotificationMutation = { retryNotification: { message: { id: string, status: NotificationStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminNotificationTemplateFieldsFragment = { key: string, channel: NotificationChannel, locale: string, subject: string | null, body: string, customised: boolean, variables: Array<string> };

export type AdminNotificationTemplatesQueryVariables = Exact<{
  locale?: string | null | undefined;
}>;


export type AdminNotificationTemplatesQuery = { notificationTemplates: Array<{ key: string, channel: NotificationChannel, locale: string, subject: string | null, body: string, customised: boolean, variables: Array<string> }> };

export type AdminPreviewNotificationTemplateQueryVariables = Exact<{
  input: NotificationTemplateInput;
}>;


export type AdminPreviewNotificationTemplateQuery = { previewNotificationTemplate: { subject: string | null, text: string, html: string | null } };

export type AdminSaveNotificationTemplateMutationVariables = Exact<{
  input: NotificationTemplateInput;
}>;


export type AdminSaveNotificationTemplateMutation = { saveNotificationTemplate: { template: { key: string, channel: NotificationChannel, locale: string, subject: string | null, body: string, customised: boolean, variables: Array<string> } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminResetNotificationTemplateMutationVariables = Exact<{
  key: string;
  channel: NotificationChannel;
  locale: string;
}>;


export type AdminResetNotificationTemplateMutation = { resetNotificationTemplate: { template: { key: string, channel: NotificationChannel, locale: string, subject: string | null, body: string, customised: boolean, variables: Array<string> } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminNotificationProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminNotificationProvidersQuery = { notificationProviders: Array<{ channel: NotificationChannel, provider: string, senderId: string | null, baseUrl: string | null, configured: boolean, sandbox: boolean, deliveryReportUrl: string | null }> };

export type AdminSaveNotificationProviderMutationVariables = Exact<{
  input: SaveNotificationProviderInput;
}>;


export type AdminSaveNotificationProviderMutation = { saveNotificationProvider: { provider: { channel: NotificationChannel, provider: string, configured: boolean } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminSandboxMessagesQueryVariables = Exact<{
  channel?: NotificationChannel | null | undefined;
  to?: string | null | undefined;
}>;


export type AdminSandboxMessagesQuery = { sandboxMessages: Array<{ id: string, channel: NotificationChannel, provider: string, from: string | null, to: string, subject: string | null, text: string, html: string | null, receivedAt: string }> };

export type AdminOrderListQueryVariables = Exact<{
  status?: OrderStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminOrderListQuery = { orders: { edges: Array<{ node: { id: string, number: string, status: OrderStatus, createdAt: string, email: string, disputed: boolean, total: { amount: string, currency: string }, vendorOrders: Array<{ vendorName: string, subtotal: { amount: string, currency: string }, shipping: { amount: string, currency: string }, tax: { amount: string, currency: string } }>, lines: Array<{ quantity: number }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminOrderDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminOrderDetailQuery = { order: { id: string, number: string, status: OrderStatus, fulfilmentStage: OrderStatus | null, channel: CommerceChannel, email: string, customerUserId: string | null, referralCode: string | null, currency: string, taxInclusive: boolean, shippingMethod: string, disputed: boolean, expiresAt: string, paidAt: string | null, cancelledAt: string | null, cancelReason: string | null, createdAt: string, subtotal: { amount: string, currency: string }, discount: { amount: string, currency: string }, shipping: { amount: string, currency: string }, tax: { amount: string, currency: string }, total: { amount: string, currency: string }, refundedTotal: { amount: string, currency: string }, prepaid: { amount: string, currency: string }, amountDue: { amount: string, currency: string }, tenders: Array<{ kind: string, points: number | null, status: string, amount: { amount: string, currency: string }, refunded: { amount: string, currency: string } }>, shippingAddress: { name: string, line1: string, line2: string | null, city: string, region: string, country: string, postalCode: string | null, phone: string | null } | null, vendorOrders: Array<{ id: string, vendorId: string, vendorName: string, fulfilmentStage: OrderStatus, commissionBps: number, subtotal: { amount: string, currency: string }, shipping: { amount: string, currency: string }, tax: { amount: string, currency: string }, commission: { amount: string, currency: string }, lines: Array<{ id: string, sku: string, title: string, quantity: number, refundedQuantity: number, stockStatus: LineStockStatus, unitPrice: { amount: string, currency: string }, subtotal: { amount: string, currency: string }, tax: { amount: string, currency: string } }> }>, timeline: Array<{ id: string, fromStatus: OrderStatus | null, toStatus: OrderStatus, actorType: string, vendorName: string | null, reason: string | null, at: string }>, payments: Array<{ id: string, provider: PaymentProvider, reference: string, status: PaymentStatus, method: PaymentMethod, bankAccountNumber: string | null, bankName: string | null, ussdBank: string | null, ussdCode: string | null, mobileMoneyNetwork: string | null, mobileMoneyPhone: string | null, collectedVia: string | null, collectedAt: string | null, handedIn: boolean, failureReason: string | null, createdAt: string, succeededAt: string | null, amount: { amount: string, currency: string }, received: { amount: string, currency: string }, stillToPay: { amount: string, currency: string } }>, refunds: Array<{ id: string, status: RefundStatus, reason: string | null, restock: boolean, automatic: boolean, failureReason: string | null, createdAt: string, amount: { amount: string, currency: string }, lines: Array<{ orderLineId: string, quantity: number, subtotal: { amount: string, currency: string }, tax: { amount: string, currency: string } }> }>, disputes: Array<{ id: string, status: DisputeStatus, reason: string, resolution: string | null, openedAt: string, closedAt: string | null }> } | null };

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

export type AdminOrdersToCollectQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminOrdersToCollectQuery = { payOnDeliveryOrders: Array<{ id: string, number: string, email: string, createdAt: string, shippingAddress: { name: string, line1: string, city: string, phone: string | null } | null, payments: Array<{ method: PaymentMethod, status: PaymentStatus, amount: { amount: string, currency: string } }> }> };

export type AdminCollectOnDeliveryMutationVariables = Exact<{
  input: CollectOnDeliveryInput;
}>;


export type AdminCollectOnDeliveryMutation = { collectOnDelivery: { order: { id: string, status: OrderStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminCollectorCashQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCollectorCashQuery = { cashHeldByCollectors: Array<{ collectorUserId: string, openCollections: number, oldestCollectedAt: string | null, held: { amount: string, currency: string } }>, collectorHandIns: Array<{ id: string, collectorUserId: string, note: string | null, createdAt: string, expected: { amount: string, currency: string }, amount: { amount: string, currency: string }, overShort: { amount: string, currency: string } }> };

export type AdminHandInCollectedCashMutationVariables = Exact<{
  input: HandInCollectedCashInput;
}>;


export type AdminHandInCollectedCashMutation = { handInCollectedCash: { handIn: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

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

export type AdminPosDeviceFieldsFragment = { id: string, name: string, number: number, receiptPrefix: string, locationId: string, status: PosDeviceStatus, pairingExpiresAt: string | null, lastSeenAt: string | null, backlog: number, salesCount: number, openConflicts: number };

export type AdminPosDevicesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPosDevicesQuery = { posDevices: Array<{ id: string, name: string, number: number, receiptPrefix: string, locationId: string, status: PosDeviceStatus, pairingExpiresAt: string | null, lastSeenAt: string | null, backlog: number, salesCount: number, openConflicts: number }>, locations: { edges: Array<{ node: { id: string, name: string, active: boolean } }> } };

export type AdminPosPairingFieldsFragment = { pairingCode: string | null, device: { id: string, name: string, number: number, receiptPrefix: string, locationId: string, status: PosDeviceStatus, pairingExpiresAt: string | null, lastSeenAt: string | null, backlog: number, salesCount: number, openConflicts: number } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> };

export type AdminRegisterPosDeviceMutationVariables = Exact<{
  input: RegisterPosDeviceInput;
}>;


export type AdminRegisterPosDeviceMutation = { registerPosDevice: { pairingCode: string | null, device: { id: string, name: string, number: number, receiptPrefix: string, locationId: string, status: PosDeviceStatus, pairingExpiresAt: string | null, lastSeenAt: string | null, backlog: number, salesCount: number, openConflicts: number } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminRenewPosPairingCodeMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRenewPosPairingCodeMutation = { renewPosPairingCode: { pairingCode: string | null, device: { id: string, name: string, number: number, receiptPrefix: string, locationId: string, status: PosDeviceStatus, pairingExpiresAt: string | null, lastSeenAt: string | null, backlog: number, salesCount: number, openConflicts: number } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminRevokePosDeviceMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRevokePosDeviceMutation = { revokePosDevice: { device: { id: string, status: PosDeviceStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminPosCashiersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPosCashiersQuery = { posCashiers: Array<{ id: string, name: string, role: PosCashierRole, discountLimitBps: number, active: boolean, createdAt: string }> };

export type AdminSavePosCashierMutationVariables = Exact<{
  input: SavePosCashierInput;
}>;


export type AdminSavePosCashierMutation = { savePosCashier: { cashier: { id: string, name: string, active: boolean } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminPosSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPosSettingsQuery = { posSettings: { receiptHeader: string, receiptFooter: string, vatNumber: string } };

export type AdminUpdatePosSettingsMutationVariables = Exact<{
  input: UpdatePosSettingsInput;
}>;


export type AdminUpdatePosSettingsMutation = { updatePosSettings: { settings: { receiptHeader: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminTillSessionsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AdminTillSessionsQuery = { tillSessions: { edges: Array<{ node: { id: string, deviceId: string, number: number, status: TillSessionStatus, openedAt: string, closedAt: string | null, openingFloat: { amount: string, currency: string }, report: { salesCount: number, netSales: { amount: string, currency: string }, overShort: { amount: string, currency: string } | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, posDevices: Array<{ id: string, name: string, receiptPrefix: string }> };

export type AdminTillSessionQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminTillSessionQuery = { tillSession: { id: string, deviceId: string, number: number, status: TillSessionStatus, openedAt: string, closedAt: string | null, openedById: string | null, closedById: string | null, report: { salesCount: number, returnsCount: number, sales: { amount: string, currency: string }, discounts: { amount: string, currency: string }, tax: { amount: string, currency: string }, refunds: { amount: string, currency: string }, netSales: { amount: string, currency: string }, byTender: Array<{ tender: PosTender, count: number, amount: { amount: string, currency: string } }>, payIns: { amount: string, currency: string }, payOuts: { amount: string, currency: string }, openingFloat: { amount: string, currency: string }, expectedCash: { amount: string, currency: string }, countedCash: { amount: string, currency: string } | null, overShort: { amount: string, currency: string } | null } }, posSales: { edges: Array<{ node: { id: string, kind: PosSaleKind, receiptNumber: string, receiptCode: string, cashierId: string | null, occurredAt: string, total: { amount: string, currency: string }, tenders: Array<{ tender: PosTender }> } }>, pageInfo: { hasNextPage: boolean } }, posCashiers: Array<{ id: string, name: string }> };

export type AdminPosDeviceQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminPosDeviceQuery = { posDevice: { id: string, name: string, receiptPrefix: string } };

export type AdminPosConflictsQueryVariables = Exact<{
  open?: boolean | null | undefined;
}>;


export type AdminPosConflictsQuery = { posConflicts: Array<{ id: string, deviceId: string, saleId: string | null, kind: PosConflictKind, message: string, createdAt: string, resolvedAt: string | null, resolution: string | null }>, posDevices: Array<{ id: string, name: string, receiptPrefix: string }>, posSales: { edges: Array<{ node: { id: string, receiptNumber: string } }> } };

export type AdminResolvePosConflictMutationVariables = Exact<{
  id: string | number;
  note: string;
}>;


export type AdminResolvePosConflictMutation = { resolvePosConflict: { conflict: { id: string, resolvedAt: string | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminPriceListFieldsFragment = { id: string, name: string, channel: SalesChannel | null, customerGroup: string | null, currency: string, priority: number, startsAt: string | null, endsAt: string | null };

export type AdminPriceListsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPriceListsQuery = { priceLists: { edges: Array<{ node: { id: string, name: string, channel: SalesChannel | null, customerGroup: string | null, currency: string, priority: number, startsAt: string | null, endsAt: string | null } }> } };

export type AdminPricingProductQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminPricingProductQuery = { productById: { id: string, title: string, vendor: { id: string, name: string }, variants: Array<{ id: string, sku: string, title: string, prices: Array<{ id: string, priceListId: string | null, minQuantity: number, startsAt: string | null, endsAt: string | null, amount: { amount: string, currency: string } }> }> } | null };

export type AdminCreatePriceListMutationVariables = Exact<{
  input: CreatePriceListInput;
}>;


export type AdminCreatePriceListMutation = { createPriceList: { priceList: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminRemovePriceListMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRemovePriceListMutation = { removePriceList: { priceList: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminSetSalePriceMutationVariables = Exact<{
  input: SetSalePriceInput;
}>;


export type AdminSetSalePriceMutation = { setSalePrice: { price: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminSetTierPriceMutationVariables = Exact<{
  input: SetTierPriceInput;
}>;


export type AdminSetTierPriceMutation = { setTierPrice: { price: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminSetListPriceMutationVariables = Exact<{
  input: SetListPriceInput;
}>;


export type AdminSetListPriceMutation = { setListPrice: { price: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminRemovePriceMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRemovePriceMutation = { removePrice: { price: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

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


export type AdminProductQuery = { productById: { id: string, slug: string, title: string, description: string, status: ProductStatus, seoTitle: string | null, seoDescription: string | null, updatedAt: string, listing: { active: boolean, commissionBps: number } | null, vendor: { id: string, name: string, status: VendorStatus }, category: { id: string, name: string } | null, media: Array<{ id: string, url: string, alt: string | null, position: number }>, variants: Array<{ id: string, sku: string, title: string, options: unknown, position: number, weightGrams: number | null, lengthMm: number | null, widthMm: number | null, heightMm: number | null, prices: Array<{ id: string, priceListId: string | null, minQuantity: number, startsAt: string | null, endsAt: string | null, amount: { amount: string, currency: string } }>, inventory: { onHand: number, reserved: number, available: number, levels: Array<{ id: string, onHand: number, available: number, location: { id: string, name: string } }> } | null }> } | null };

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

export type AdminSalesTilesQueryVariables = Exact<{
  from: string;
  to: string;
  timeZone?: string | null | undefined;
}>;


export type AdminSalesTilesQuery = { salesSummary: Array<{ orders: number, revenue: { amount: string, currency: string }, refunded: { amount: string, currency: string }, averageOrderValue: { amount: string, currency: string } }>, salesReport: Array<{ key: string, label: string, units: number }> };

export type AdminSalesReportQueryVariables = Exact<{
  from: string;
  to: string;
  groupBy: SalesGrouping;
  timeZone?: string | null | undefined;
}>;


export type AdminSalesReportQuery = { salesSummary: Array<{ orders: number, revenue: { amount: string, currency: string }, tax: { amount: string, currency: string }, refunded: { amount: string, currency: string }, averageOrderValue: { amount: string, currency: string } }>, salesReport: Array<{ key: string, label: string, orders: number, units: number, revenue: { amount: string, currency: string }, tax: { amount: string, currency: string }, refunded: { amount: string, currency: string }, commission: { amount: string, currency: string } }> };

export type AdminStockReportQueryVariables = Exact<{
  groupBy: StockGrouping;
}>;


export type AdminStockReportQuery = { stockReport: Array<{ key: string, label: string, variants: number, onHand: number, reserved: number, available: number, product: { id: string, title: string } | null }> };

export type AdminTicketSalesReportQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type AdminTicketSalesReportQuery = { ticketSalesReport: Array<{ tripId: string, routeCode: string, origin: string, destination: string, departureAt: string, seats: number, seatsSold: number, seatsBoarded: number, revenue: { amount: string, currency: string } }> };

export type AdminCommissionReportQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type AdminCommissionReportQuery = { commissionReport: Array<{ beneficiary: Beneficiary, level: number, beneficiaryId: string, agentCode: string | null, lines: number, amount: { amount: string, currency: string }, clawedBack: { amount: string, currency: string }, held: { amount: string, currency: string }, posted: { amount: string, currency: string }, flagged: { amount: string, currency: string } }> };

export type AdminPayoutReportQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type AdminPayoutReportQuery = { payoutReport: Array<{ accountId: string, ownerType: LedgerOwnerType, ownerId: string, purpose: LedgerPurpose, items: number, bankName: string | null, accountLast4: string | null, lastPaidAt: string | null, amount: { amount: string, currency: string }, paid: { amount: string, currency: string }, pending: { amount: string, currency: string }, failed: { amount: string, currency: string } }> };

export type AdminReturnListQueryVariables = Exact<{
  status?: ReturnStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminReturnListQuery = { returnRequests: { edges: Array<{ node: { id: string, reference: string, orderId: string, orderNumber: string, vendorName: string, status: ReturnStatus, reason: ReturnReason, createdAt: string, lines: Array<{ id: string, quantity: number }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminReturnDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminReturnDetailQuery = { returnRequest: { id: string, reference: string, orderId: string, orderNumber: string, vendorName: string, status: ReturnStatus, reason: ReturnReason, details: string | null, instructions: string | null, refusalReason: string | null, exchangeNote: string | null, shippingWay: ReturnShippingWay | null, shippingPaidBy: ReturnShippingPayer | null, customerCarrier: string | null, customerTrackingNumber: string | null, customerSentAt: string | null, canRefund: boolean, createdAt: string, refundAmount: { amount: string, currency: string } | null, shippingCharge: { amount: string, currency: string } | null, returnShipment: { id: string, carrier: CarrierName, trackingNumber: string, status: ShipmentStatus, riderUserId: string | null, events: Array<{ id: string, status: ShipmentStatus, note: string | null, location: string | null, at: string }> } | null, lines: Array<{ id: string, orderLineId: string, title: string, sku: string, quantity: number }>, photos: Array<{ id: string, width: number, height: number }>, timeline: Array<{ id: string, fromStatus: ReturnStatus | null, toStatus: ReturnStatus, actorType: string, note: string | null, at: string }> } | null };

export type AdminReturnSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminReturnSettingsQuery = { returnSettings: { windowDays: number } };

export type AdminUpdateReturnSettingsMutationVariables = Exact<{
  windowDays: number;
}>;


export type AdminUpdateReturnSettingsMutation = { updateReturnSettings: { settings: { windowDays: number } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminApproveReturnMutationVariables = Exact<{
  id: string | number;
  instructions: string;
}>;


export type AdminApproveReturnMutation = { approveReturn: { returnRequest: { id: string, status: ReturnStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminRefuseReturnMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type AdminRefuseReturnMutation = { refuseReturn: { returnRequest: { id: string, status: ReturnStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminReceiveReturnMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type AdminReceiveReturnMutation = { receiveReturn: { returnRequest: { id: string, status: ReturnStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminExchangeReturnMutationVariables = Exact<{
  id: string | number;
  note: string;
  restock?: boolean | null | undefined;
}>;


export type AdminExchangeReturnMutation = { exchangeReturn: { returnRequest: { id: string, status: ReturnStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminRefundReturnMutationVariables = Exact<{
  id: string | number;
  restock?: boolean | null | undefined;
}>;


export type AdminRefundReturnMutation = { refundReturn: { returnRequest: { id: string, status: ReturnStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminArrangeReturnShippingMutationVariables = Exact<{
  input: ArrangeReturnShippingInput;
}>;


export type AdminArrangeReturnShippingMutation = { arrangeReturnShipping: { returnRequest: { id: string, shippingWay: ReturnShippingWay | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminReceiveReturnShipmentMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type AdminReceiveReturnShipmentMutation = { receiveReturnShipment: { returnRequest: { id: string, status: ReturnStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminViewerQuery = { me: { id: string, name: string, email: string | null, twoFactorEnabled: boolean, memberships: Array<{ role: Role }> } | null, currentTenant: { id: string, slug: string, name: string, kind: TenantKind, currency: string, primaryColor: string | null, logoUrl: string | null } | null };

export type AdminMyVendorQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminMyVendorQuery = { myVendor: { id: string, name: string, status: VendorStatus } | null };

export type AdminUserErrorFragment = { code: string, message: string, field: Array<string> | null };

export type AdminCommerceSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCommerceSettingsQuery = { commerceSettings: { taxShipping: boolean, paymentProvider: PaymentProvider, paymentWindowMinutes: number } };

export type AdminUpdateCommerceSettingsMutationVariables = Exact<{
  input: UpdateCommerceSettingsInput;
}>;


export type AdminUpdateCommerceSettingsMutation = { updateCommerceSettings: { settings: { taxShipping: boolean, paymentProvider: PaymentProvider, paymentWindowMinutes: number, paymentMethods: Array<PaymentMethod>, checkoutCarrier: CarrierName | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminShippingZonesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminShippingZonesQuery = { commerceSettings: { checkoutCarrier: CarrierName | null }, shippingZones: Array<{ id: string, name: string, country: string, regions: Array<string>, rates: Array<{ id: string, method: string, name: string, active: boolean, amount: { amount: string, currency: string }, freeOver: { amount: string, currency: string } | null }> }> };

export type AdminSetShippingZoneMutationVariables = Exact<{
  input: ShippingZoneInput;
}>;


export type AdminSetShippingZoneMutation = { setShippingZone: { zone: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminRemoveShippingZoneMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRemoveShippingZoneMutation = { removeShippingZone: { zone: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminSetShippingRateMutationVariables = Exact<{
  input: ShippingRateInput;
}>;


export type AdminSetShippingRateMutation = { setShippingRate: { rate: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminRemoveShippingRateMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminRemoveShippingRateMutation = { removeShippingRate: { rate: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminPaymentSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPaymentSettingsQuery = { commerceSettings: { paymentProvider: PaymentProvider, paymentMethods: Array<PaymentMethod>, payOnDeliveryMaxTotal: string | null }, paymentProviderAccounts: Array<{ provider: PaymentProvider, publicKey: string | null, hasWebhookSecret: boolean, updatedAt: string }> };

export type AdminSetPaymentProviderCredentialsMutationVariables = Exact<{
  input: PaymentProviderCredentialsInput;
}>;


export type AdminSetPaymentProviderCredentialsMutation = { setPaymentProviderCredentials: { account: { provider: PaymentProvider } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminLocationListQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminLocationListQuery = { locations: { edges: Array<{ node: { id: string, code: string, name: string, kind: LocationKind, active: boolean, createdAt: string } }> } };

export type AdminCreateLocationMutationVariables = Exact<{
  input: CreateLocationInput;
}>;


export type AdminCreateLocationMutation = { createLocation: { location: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminUpdateLocationMutationVariables = Exact<{
  input: UpdateLocationInput;
}>;


export type AdminUpdateLocationMutation = { updateLocation: { location: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminDeactivateLocationMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminDeactivateLocationMutation = { deactivateLocation: { location: { id: string, active: boolean } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminReorderSuggestionsQueryVariables = Exact<{
  locationId?: string | number | null | undefined;
  after?: string | null | undefined;
  first: number;
}>;


export type AdminReorderSuggestionsQuery = { reorderSuggestions: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { available: number, reorderPoint: number, suggestedQuantity: number, stockLevel: { id: string, sku: string, onHand: number, location: { id: string, name: string }, variant: { id: string, title: string, product: { id: string, title: string } } } } }> } };

export type AdminStockThresholdsQueryVariables = Exact<{
  sku: string;
  locationId?: string | number | null | undefined;
}>;


export type AdminStockThresholdsQuery = { stockLevels: { edges: Array<{ node: { id: string, sku: string, available: number, lowStockThreshold: number | null, reorderPoint: number | null, reorderQuantity: number | null, location: { id: string } } }> } };

export type AdminSetStockThresholdsMutationVariables = Exact<{
  input: SetStockThresholdsInput;
}>;


export type AdminSetStockThresholdsMutation = { setStockThresholds: { stockLevel: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminChannelsQueryVariables = Exact<{
  channel?: StockChannel | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminChannelsQuery = { channelPolicies: Array<{ channel: StockChannel, mode: ChannelMode, updatedAt: string | null }>, channelAllocations: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, sku: string, channel: StockChannel, quantity: number, reserved: number, available: number, updatedAt: string, location: { id: string, name: string } } }> } };

export type AdminSetChannelPolicyMutationVariables = Exact<{
  channel: StockChannel;
  mode: ChannelMode;
}>;


export type AdminSetChannelPolicyMutation = { setChannelPolicy: { policy: { channel: StockChannel, mode: ChannelMode } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminAllocateStockMutationVariables = Exact<{
  input: AllocateStockInput;
}>;


export type AdminAllocateStockMutation = { allocateStock: { allocation: { id: string, quantity: number } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminDeallocateStockMutationVariables = Exact<{
  input: AllocateStockInput;
}>;


export type AdminDeallocateStockMutation = { deallocateStock: { allocation: { id: string, quantity: number } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminChildTenantsQueryVariables = Exact<{
  under?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminChildTenantsQuery = { childTenants: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: TenantKind, slug: string, name: string, primaryColor: string | null, createdAt: string, suspendedAt: string | null } }> }, myTenants: Array<{ roles: Array<Role>, tenant: { id: string } }> };

export type AdminCreateTenantMutationVariables = Exact<{
  input: CreateTenantInput;
}>;


export type AdminCreateTenantMutation = { createTenant: { tenant: { id: string, slug: string, name: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminBrandingQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminBrandingQuery = { currentTenant: { id: string, name: string, logoUrl: string | null, primaryColor: string | null } | null };

export type AdminUpdateTenantMutationVariables = Exact<{
  input: UpdateTenantInput;
}>;


export type AdminUpdateTenantMutation = { updateTenant: { tenant: { id: string, name: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminTenantBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type AdminTenantBySlugQuery = { tenantBySlug: { id: string, kind: TenantKind, slug: string, name: string } | null };

export type AdminSuspendTenantMutationVariables = Exact<{
  tenantId: string | number;
  reason: string;
}>;


export type AdminSuspendTenantMutation = { suspendTenant: { tenant: { id: string, suspendedAt: string | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminReinstateTenantMutationVariables = Exact<{
  tenantId: string | number;
}>;


export type AdminReinstateTenantMutation = { reinstateTenant: { tenant: { id: string, suspendedAt: string | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminTransportNetworkQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminTransportNetworkQuery = { parks: Array<{ id: string, name: string, city: string, state: string | null }>, transportRoutes: Array<{ id: string, code: string, stops: Array<string>, origin: { id: string, name: string, city: string }, destination: { id: string, name: string, city: string }, fares: Array<{ seatClass: string, price: { amount: string, currency: string } }> }>, vehicles: Array<{ id: string, registration: string, layout: { seats: Array<{ seatClass: string }> } }> };

export type AdminCreateParkMutationVariables = Exact<{
  input: CreateParkInput;
}>;


export type AdminCreateParkMutation = { createPark: { park: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminCreateRouteMutationVariables = Exact<{
  input: CreateRouteInput;
}>;


export type AdminCreateRouteMutation = { createRoute: { route: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminUpdateRouteMutationVariables = Exact<{
  input: UpdateRouteInput;
}>;


export type AdminUpdateRouteMutation = { updateRoute: { route: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminSetRouteFaresMutationVariables = Exact<{
  input: SetRouteFaresInput;
}>;


export type AdminSetRouteFaresMutation = { setRouteFares: { route: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminVehiclesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminVehiclesQuery = { vehicles: Array<{ id: string, registration: string, name: string, seatCount: number, layout: { rows: number, columns: number, aisleAfterColumn: number | null, seats: Array<{ label: string, row: number, column: number, seatClass: string }> } }> };

export type AdminCreateVehicleMutationVariables = Exact<{
  input: CreateVehicleInput;
}>;


export type AdminCreateVehicleMutation = { createVehicle: { vehicle: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminUpcomingTripsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminUpcomingTripsQuery = { upcomingTrips: Array<{ id: string, operatorId: string, departureAt: string, availableSeats: number, route: { code: string, origin: { name: string }, destination: { name: string } }, vehicle: { registration: string, seatCount: number }, fares: Array<{ seatClass: string, price: { amount: string, currency: string } }> }> };

export type AdminScheduleTripMutationVariables = Exact<{
  input: ScheduleTripInput;
}>;


export type AdminScheduleTripMutation = { scheduleTrip: { trip: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminTripManifestQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type AdminTripManifestQuery = { trip: { id: string, operatorId: string, departureAt: string, route: { code: string, stops: Array<string>, origin: { name: string }, destination: { name: string } }, vehicle: { registration: string, name: string }, seatMap: { seats: Array<{ label: string, seatClass: string, state: SeatState }> } } | null, bookings: { edges: Array<{ node: { reference: string, contactPhone: string | null, channel: SaleChannel, tickets: Array<{ seatLabel: string, passengerName: string, boardedAt: string | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AdminScheduleRecurringTripsMutationVariables = Exact<{
  input: ScheduleRecurringTripsInput;
}>;


export type AdminScheduleRecurringTripsMutation = { scheduleRecurringTrips: { skippedDays: Array<string> | null, trips: Array<{ id: string }> | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminTripAllotmentsQueryVariables = Exact<{
  tripId: string | number;
}>;


export type AdminTripAllotmentsQuery = { agentAllotments: Array<{ id: string, agentUserId: string, createdAt: string, seatLabels: Array<string>, soldSeatLabels: Array<string> }>, agents: { edges: Array<{ node: { userId: string, email: string | null, code: string } }> } };

export type AdminAllotSeatsMutationVariables = Exact<{
  input: AllotSeatsInput;
}>;


export type AdminAllotSeatsMutation = { allotSeats: { allotment: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminReleaseAllotmentMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminReleaseAllotmentMutation = { releaseAllotment: { allotment: { id: string, releasedAt: string | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminParkListingsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AdminParkListingsQuery = { parkListings: { edges: Array<{ node: { id: string, parkTenantId: string, operatorId: string, operatorName: string, status: ParkListingStatus, updatedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, myTenants: Array<{ tenant: { id: string, name: string } }> };

export type AdminMotorParkQueryVariables = Exact<{
  slug: string;
}>;


export type AdminMotorParkQuery = { tenantBySlug: { id: string, kind: TenantKind, name: string } | null };

export type AdminRequestParkListingMutationVariables = Exact<{
  parkTenantId: string | number;
}>;


export type AdminRequestParkListingMutation = { requestParkListing: { listing: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminSetParkListingStatusMutationVariables = Exact<{
  id: string | number;
  status: ParkListingDecision;
}>;


export type AdminSetParkListingStatusMutation = { setParkListingStatus: { listing: { id: string, status: ParkListingStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

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

export type AdminSuspendVendorMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type AdminSuspendVendorMutation = { suspendVendor: { vendor: { id: string, status: VendorStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminReinstateVendorMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type AdminReinstateVendorMutation = { reinstateVendor: { vendor: { id: string, status: VendorStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminMyVendorProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminMyVendorProfileQuery = { myVendor: { id: string, name: string, slug: string, legalName: string | null, tin: string | null, email: string | null, phone: string | null, address: string | null } | null };

export type AdminUpdateMyVendorProfileMutationVariables = Exact<{
  input: VendorProfileInput;
}>;


export type AdminUpdateMyVendorProfileMutation = { updateMyVendorProfile: { vendor: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminConversationsQueryVariables = Exact<{
  handler?: ConversationHandler | null | undefined;
}>;


export type AdminConversationsQuery = { whatsappSimulatorAvailable: boolean, conversations: Array<{ id: string, customerPhone: string, customerName: string | null, handler: ConversationHandler, updatedAt: string }> };

export type AdminConversationQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminConversationQuery = { conversation: { id: string, customerPhone: string, customerName: string | null, handler: ConversationHandler, language: string, windowOpen: boolean, approvedTemplates: Array<string>, templates: Array<{ name: string, language: string, bodyVariables: number }>, messages: Array<{ id: string, direction: ConversationDirection, text: string, status: ConversationMessageStatus, error: string | null, fromStaff: boolean, sentAt: string }>, orders: Array<{ id: string, number: string, status: OrderStatus, createdAt: string, total: { amount: string, currency: string } }> } | null };

export type AdminWhatsappConnectionQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminWhatsappConnectionQuery = { whatsappSimulatorAvailable: boolean, whatsappConnection: { phoneNumberId: string, displayPhoneNumber: string, baseUrl: string, verifyToken: string, webhookUrl: string, approvedTemplates: Array<string>, templateLanguage: string, templates: Array<{ name: string, language: string, bodyVariables: number }> } | null };

export type AdminSaveWhatsappConnectionMutationVariables = Exact<{
  input: WhatsappConnectionInput;
}>;


export type AdminSaveWhatsappConnectionMutation = { saveWhatsappConnection: { connection: { phoneNumberId: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminRemoveWhatsappConnectionMutationVariables = Exact<{ [key: string]: never; }>;


export type AdminRemoveWhatsappConnectionMutation = { removeWhatsappConnection: { userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminReplyToConversationMutationVariables = Exact<{
  id: string | number;
  text?: string | null | undefined;
  template?: string | null | undefined;
  templateParameters?: Array<string> | string | null | undefined;
  clientId: string;
}>;


export type AdminReplyToConversationMutation = { replyToConversation: { conversation: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminWhatsappConversationExportQueryVariables = Exact<{
  phone: string;
}>;


export type AdminWhatsappConversationExportQuery = { whatsappConversationExport: unknown };

export type AdminEraseWhatsappConversationMutationVariables = Exact<{
  phone: string;
}>;


export type AdminEraseWhatsappConversationMutation = { eraseWhatsappConversation: { erased: number, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminSetConversationHandlerMutationVariables = Exact<{
  id: string | number;
  handler: ConversationHandler;
}>;


export type AdminSetConversationHandlerMutation = { setConversationHandler: { conversation: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminCouponFieldsFragment = { id: string, code: string, description: string | null, kind: CouponKind, percentBps: number | null, usageLimit: number | null, perCustomerLimit: number | null, used: number, posUses: number, overLimitUses: number, startsAt: string | null, endsAt: string | null, active: boolean, productIds: Array<string>, categoryIds: Array<string>, vendorIds: Array<string>, fundedBy: CouponFunder | null, amount: { amount: string, currency: string } | null, minimumSpend: { amount: string, currency: string } | null, discountGiven: { amount: string, currency: string } };

export type AdminCouponsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCouponsQuery = { coupons: Array<{ id: string, code: string, description: string | null, kind: CouponKind, percentBps: number | null, usageLimit: number | null, perCustomerLimit: number | null, used: number, posUses: number, overLimitUses: number, startsAt: string | null, endsAt: string | null, active: boolean, productIds: Array<string>, categoryIds: Array<string>, vendorIds: Array<string>, fundedBy: CouponFunder | null, amount: { amount: string, currency: string } | null, minimumSpend: { amount: string, currency: string } | null, discountGiven: { amount: string, currency: string } }> };

export type AdminCreateCouponMutationVariables = Exact<{
  input: CouponInput;
}>;


export type AdminCreateCouponMutation = { createCoupon: { coupon: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminUpdateCouponMutationVariables = Exact<{
  id: string | number;
  input: CouponInput;
}>;


export type AdminUpdateCouponMutation = { updateCoupon: { coupon: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminDeactivateCouponMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminDeactivateCouponMutation = { deactivateCoupon: { coupon: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ShopApplyCouponMutationVariables = Exact<{
  input: CartCouponInput;
}>;


export type ShopApplyCouponMutation = { applyCouponToCart: { cart: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ShopRemoveCouponMutationVariables = Exact<{
  cartToken?: string | null | undefined;
}>;


export type ShopRemoveCouponMutation = { removeCouponFromCart: { cart: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminExpenseFieldsFragment = { id: string, category: ExpenseCategory, supplier: string, spentOn: string, note: string, receiptId: string | null, status: ExpenseStatus, createdByUserId: string, submittedAt: string | null, decidedAt: string | null, rejectionReason: string | null, journalEntryId: string | null, createdAt: string, amount: { amount: string, currency: string }, vatPaid: { amount: string, currency: string }, total: { amount: string, currency: string }, payment: { paidFrom: ExpensePaidFrom, paidOn: string, reference: string, journalEntryId: string } | null };

export type AdminExpensesQueryVariables = Exact<{
  status?: ExpenseStatus | null | undefined;
  paid?: boolean | null | undefined;
  after?: string | number | null | undefined;
}>;


export type AdminExpensesQuery = { expenses: Array<{ id: string, category: ExpenseCategory, supplier: string, spentOn: string, note: string, receiptId: string | null, status: ExpenseStatus, createdByUserId: string, submittedAt: string | null, decidedAt: string | null, rejectionReason: string | null, journalEntryId: string | null, createdAt: string, amount: { amount: string, currency: string }, vatPaid: { amount: string, currency: string }, total: { amount: string, currency: string }, payment: { paidFrom: ExpensePaidFrom, paidOn: string, reference: string, journalEntryId: string } | null }> };

export type AdminExpenseQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminExpenseQuery = { expense: { id: string, category: ExpenseCategory, supplier: string, spentOn: string, note: string, receiptId: string | null, status: ExpenseStatus, createdByUserId: string, submittedAt: string | null, decidedAt: string | null, rejectionReason: string | null, journalEntryId: string | null, createdAt: string, amount: { amount: string, currency: string }, vatPaid: { amount: string, currency: string }, total: { amount: string, currency: string }, payment: { paidFrom: ExpensePaidFrom, paidOn: string, reference: string, journalEntryId: string } | null } | null };

export type AdminCreateExpenseMutationVariables = Exact<{
  input: ExpenseInput;
  submit?: boolean | null | undefined;
}>;


export type AdminCreateExpenseMutation = { createExpense: { expense: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminUpdateExpenseMutationVariables = Exact<{
  id: string | number;
  input: ExpenseInput;
}>;


export type AdminUpdateExpenseMutation = { updateExpense: { expense: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminSubmitExpenseMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminSubmitExpenseMutation = { submitExpense: { expense: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminDeleteExpenseMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminDeleteExpenseMutation = { deleteExpense: { deleted: boolean, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminPayExpenseMutationVariables = Exact<{
  id: string | number;
  paidFrom: ExpensePaidFrom;
  paidOn: string;
  reference: string;
}>;


export type AdminPayExpenseMutation = { payExpense: { expense: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminApproveExpenseMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminApproveExpenseMutation = { approveExpense: { expense: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminRejectExpenseMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type AdminRejectExpenseMutation = { rejectExpense: { expense: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminVatReturnTotalsQueryVariables = Exact<{
  from: string;
  to: string;
  timeZone?: string | null | undefined;
}>;


export type AdminVatReturnTotalsQuery = { vatReturnTotals: Array<{ currency: string, expenses: number, outputVat: { amount: string, currency: string }, inputVat: { amount: string, currency: string }, vatPayable: { amount: string, currency: string } }> };

export type AdminProfitAndLossQueryVariables = Exact<{
  from: string;
  to: string;
  currency: string;
}>;


export type AdminProfitAndLossQuery = { profitAndLoss: { currency: string, sales: { amount: string, currency: string }, commission: { amount: string, currency: string }, revenue: { amount: string, currency: string }, discounts: { amount: string, currency: string }, cashOverShort: { amount: string, currency: string }, expenses: Array<{ category: ExpenseCategory, amount: { amount: string, currency: string } }>, totalExpenses: { amount: string, currency: string }, netProfit: { amount: string, currency: string } } };

export type AdminVendorStatementQueryVariables = Exact<{
  vendorId: string | number;
  currency: string;
  from: string;
  to: string;
}>;


export type AdminVendorStatementQuery = { vendorStatement: { vendorId: string, opening: { amount: string, currency: string }, sales: { amount: string, currency: string }, refunds: { amount: string, currency: string }, commission: { amount: string, currency: string }, payouts: { amount: string, currency: string }, adjustments: { amount: string, currency: string }, closing: { amount: string, currency: string } } };

export type AdminReportCurrenciesQueryVariables = Exact<{
  vendorId?: string | number | null | undefined;
}>;


export type AdminReportCurrenciesQuery = { ledgerReportCurrencies: Array<string> };

export type AdminLedgerReportPdfQueryVariables = Exact<{
  report: LedgerReportPdf;
  from?: string | null | undefined;
  to?: string | null | undefined;
  currency?: string | null | undefined;
  timeZone?: string | null | undefined;
}>;


export type AdminLedgerReportPdfQuery = { ledgerReportPdf: { filename: string, contentBase64: string } };

export type AdminVendorStatementPdfQueryVariables = Exact<{
  vendorId: string | number;
  from: string;
  to: string;
  currency?: string | null | undefined;
  timeZone?: string | null | undefined;
}>;


export type AdminVendorStatementPdfQuery = { vendorStatementPdf: { filename: string, contentBase64: string } };

export type GiftCardProductsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type GiftCardProductsQuery = { giftCardProducts: Array<string> };

export type AdminSetGiftCardProductMutationVariables = Exact<{
  productId: string | number;
  giftCard: boolean;
}>;


export type AdminSetGiftCardProductMutation = { setGiftCardProduct: { giftCard: boolean | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type InvoiceSummaryFragment = { id: string, kind: InvoiceKind, number: string, vendorName: string, issuedAt: string, total: { amount: string, currency: string } };

export type OrderInvoicesQueryVariables = Exact<{
  orderId: string | number;
}>;


export type OrderInvoicesQuery = { orderInvoices: Array<{ id: string, kind: InvoiceKind, number: string, vendorName: string, issuedAt: string, total: { amount: string, currency: string } }> };

export type InvoicePdfQueryVariables = Exact<{
  id: string | number;
}>;


export type InvoicePdfQuery = { invoice: { id: string, number: string, pdfBase64: string } | null };

export type GuestOrderInvoicesQueryVariables = Exact<{
  orderId: string | number;
  cartToken: string;
}>;


export type GuestOrderInvoicesQuery = { guestOrderInvoices: Array<{ id: string, kind: InvoiceKind, number: string, vendorName: string, issuedAt: string, total: { amount: string, currency: string } }> };

export type GuestInvoicePdfQueryVariables = Exact<{
  id: string | number;
  cartToken: string;
}>;


export type GuestInvoicePdfQuery = { guestInvoice: { id: string, number: string, pdfBase64: string } | null };

export type AdminInvoicesQueryVariables = Exact<{
  kind?: InvoiceKind | null | undefined;
  first?: number | null | undefined;
  after?: string | number | null | undefined;
}>;


export type AdminInvoicesQuery = { invoices: Array<{ id: string, kind: InvoiceKind, number: string, orderId: string, orderNumber: string, vendorName: string, customerName: string | null, customerEmail: string | null, issuedAt: string, tax: { amount: string, currency: string }, total: { amount: string, currency: string } }> };

export type AdminInvoiceSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminInvoiceSettingsQuery = { invoiceSettings: { legalName: string, address: string, taxId: string, vatNumber: string, updatedAt: string | null } };

export type AdminUpdateInvoiceSettingsMutationVariables = Exact<{
  input: UpdateInvoiceSettingsInput;
}>;


export type AdminUpdateInvoiceSettingsMutation = { updateInvoiceSettings: { settings: { legalName: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminVatReturnQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type AdminVatReturnQuery = { vatReturn: Array<{ currency: string, taxRateBps: number, invoices: number, creditNotes: number, salesNet: { amount: string, currency: string }, salesVat: { amount: string, currency: string }, creditedNet: { amount: string, currency: string }, creditedVat: { amount: string, currency: string }, netSales: { amount: string, currency: string }, outputVat: { amount: string, currency: string } }> };

export type TenantBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type TenantBySlugQuery = { tenantBySlug: { id: string, slug: string, name: string, kind: TenantKind, logoUrl: string | null, primaryColor: string | null, currency: string, customDomain: string | null } | null };

export type TenantByDomainQueryVariables = Exact<{
  domain: string;
}>;


export type TenantByDomainQuery = { tenantByDomain: { slug: string, kind: TenantKind } | null };

export type SessionFieldsFragment = { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, refreshTokenExpiresAt: string, user: { id: string, name: string, email: string | null } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { session: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, refreshTokenExpiresAt: string, user: { id: string, name: string, email: string | null } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { session: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, refreshTokenExpiresAt: string, user: { id: string, name: string, email: string | null } } | null, userErrors: Array<{ code: string, message: string }> } };

export type LogoutMutationVariables = Exact<{
  refreshToken: string;
}>;


export type LogoutMutation = { logout: { ok: boolean, userErrors: Array<{ code: string, message: string }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, email: string | null, phone: string | null } | null };

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

export type PosCatalogueQueryVariables = Exact<{
  after?: string | null | undefined;
  priceContext: PriceContextInput;
}>;


export type PosCatalogueQuery = { products: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, category: { id: string } | null, vendor: { id: string }, variants: Array<{ id: string, sku: string, barcode: string | null, title: string, price: { taxInclusive: boolean, taxRateBps: number, unit: { amount: string } } | null }> } }> } };

export type PosCouponsQueryVariables = Exact<{ [key: string]: never; }>;


export type PosCouponsQuery = { posCoupons: Array<{ id: string, codeHash: string, kind: CouponKind, percentBps: number | null, amount: string | null, currency: string, minimumSpend: string | null, productIds: Array<string>, categoryIds: Array<string>, vendorIds: Array<string>, startsAt: string | null, endsAt: string | null }> };

export type PosStockQueryVariables = Exact<{
  locationId: string | number;
  after?: string | null | undefined;
}>;


export type PosStockQuery = { stockLevels: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { variantId: string, onHand: number } }> } };

export type PosTillQueryVariables = Exact<{ [key: string]: never; }>;


export type PosTillQuery = { posTill: { receiptPrefix: string, nextSequence: number, device: { id: string, name: string, locationId: string }, cashiers: Array<{ id: string, name: string, role: PosCashierRole, discountLimitBps: number, pinSalt: string, pinHash: string }>, settings: { receiptHeader: string, receiptFooter: string, vatNumber: string }, openSession: { id: string, openedAt: string, openingFloat: { amount: string } } | null }, currentTenant: { currency: string } | null };

export type PosLocationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PosLocationsQuery = { locations: { edges: Array<{ node: { id: string, name: string } }> } };

export type PosPairMutationVariables = Exact<{
  code: string;
}>;


export type PosPairMutation = { pairPosDevice: { deviceKey: string | null, userErrors: Array<{ code: string, message: string }> } };

export type PosSyncMutationVariables = Exact<{
  events: Array<PosEventInput> | PosEventInput;
}>;


export type PosSyncMutation = { syncPosBatch: { lastSequence: number | null, results: Array<{ clientId: string, status: PosSyncStatus }> | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type PosReceiptQueryVariables = Exact<{
  code: string;
}>;


export type PosReceiptQuery = { posReceipt: { sale: { receiptNumber: string, occurredAt: string, lines: Array<{ variantId: string, title: string, quantity: number, unitPrice: { formatted: string } | null, discount: { amount: string, formatted: string } | null, total: { formatted: string } }>, tax: { formatted: string }, total: { formatted: string }, change: { amount: string, formatted: string }, tenders: Array<{ tender: PosTender, reference: string | null, amount: { formatted: string } }> }, settings: { receiptHeader: string, receiptFooter: string, vatNumber: string } } | null };

export type PosCustomerQueryVariables = Exact<{
  email?: string | null | undefined;
  phone?: string | null | undefined;
}>;


export type PosCustomerQuery = { posCustomer: { id: string, name: string, points: number | null, pointsValue: string | null, pointsCurrency: string | null } | null };

export type TakePosHoldMutationVariables = Exact<{
  input: TakePosHoldInput;
}>;


export type TakePosHoldMutation = { takePosHold: { hold: { id: string, kind: PosHoldKind, amount: string, points: number | null, status: string, expiresAt: string, remainingPoints: number | null, remainingGiftCard: string | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type SendPosPointsCodeMutationVariables = Exact<{
  customerUserId: string | number;
  points: number;
}>;


export type SendPosPointsCodeMutation = { sendPosPointsCode: { sent: { sentTo: string, channel: string, maxPoints: number, expiresAt: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ReleasePosHoldMutationVariables = Exact<{
  holdId: string | number;
}>;


export type ReleasePosHoldMutation = { releasePosHold: { hold: { id: string, status: string } | null, userErrors: Array<{ code: string, message: string }> } };

export type AdminPromotionFieldsFragment = { id: string, vendorId: string | null, name: string, kind: PromotionKind, buyQuantity: number | null, getQuantity: number | null, getPercentBps: number | null, productIds: Array<string>, variantIds: Array<string>, startsAt: string | null, endsAt: string | null, active: boolean, threshold: { amount: string, currency: string } | null, amount: { amount: string, currency: string } | null, bundlePrice: { amount: string, currency: string } | null, discountGiven: { amount: string, currency: string } };

export type AdminPromotionsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminPromotionsQuery = { promotions: Array<{ id: string, vendorId: string | null, name: string, kind: PromotionKind, buyQuantity: number | null, getQuantity: number | null, getPercentBps: number | null, productIds: Array<string>, variantIds: Array<string>, startsAt: string | null, endsAt: string | null, active: boolean, threshold: { amount: string, currency: string } | null, amount: { amount: string, currency: string } | null, bundlePrice: { amount: string, currency: string } | null, discountGiven: { amount: string, currency: string } }> };

export type AdminCreatePromotionMutationVariables = Exact<{
  input: PromotionInput;
}>;


export type AdminCreatePromotionMutation = { createPromotion: { promotion: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminUpdatePromotionMutationVariables = Exact<{
  id: string | number;
  input: PromotionInput;
}>;


export type AdminUpdatePromotionMutation = { updatePromotion: { promotion: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminDeactivatePromotionMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminDeactivatePromotionMutation = { deactivatePromotion: { promotion: { id: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminRewardsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AdminRewardsQuery = { giftCards: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, last4: string, status: GiftCardStatus, source: string, expiresAt: string | null, recipientEmail: string | null, note: string | null, createdAt: string, initialValue: { amount: string, currency: string }, balance: { amount: string, currency: string } } }> }, loyaltyProgramme: { enabled: boolean, currency: string, expiryDays: number, maxRedeemBps: number, spendPerPoint: { amount: string, currency: string }, pointValue: { amount: string, currency: string }, tiers: Array<{ name: string, minPoints: number, multiplierBps: number }> } };

export type LoyaltyProgrammeFieldsFragment = { enabled: boolean, currency: string, expiryDays: number, maxRedeemBps: number, spendPerPoint: { amount: string, currency: string }, pointValue: { amount: string, currency: string }, tiers: Array<{ name: string, minPoints: number, multiplierBps: number }> };

export type CustomerRewardsFieldsFragment = { userId: string, points: number, tier: string | null, pointsEarnedLastYear: number, pointsValue: { amount: string, currency: string }, storeCredit: { amount: string, currency: string }, history: Array<{ id: string, kind: BalanceKind, points: number | null, reason: string, note: string | null, createdAt: string, amount: { amount: string, currency: string } | null }> };

export type AdminCustomerRewardsQueryVariables = Exact<{
  userId: string | number;
}>;


export type AdminCustomerRewardsQuery = { customerRewards: { userId: string, points: number, tier: string | null, pointsEarnedLastYear: number, pointsValue: { amount: string, currency: string }, storeCredit: { amount: string, currency: string }, history: Array<{ id: string, kind: BalanceKind, points: number | null, reason: string, note: string | null, createdAt: string, amount: { amount: string, currency: string } | null }> } };

export type AdminCustomerSearchQueryVariables = Exact<{
  text: string;
  after?: string | null | undefined;
}>;


export type AdminCustomerSearchQuery = { customerSearch: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, email: string | null, phone: string | null } }> } };

export type AdminIssueGiftCardMutationVariables = Exact<{
  input: IssueGiftCardInput;
}>;


export type AdminIssueGiftCardMutation = { issueGiftCard: { code: string | null, giftCard: { id: string, last4: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminSetGiftCardStatusMutationVariables = Exact<{
  id: string | number;
  status: GiftCardStatus;
}>;


export type AdminSetGiftCardStatusMutation = { setGiftCardStatus: { giftCard: { id: string, status: GiftCardStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminSaveLoyaltyProgrammeMutationVariables = Exact<{
  input: SaveLoyaltyProgrammeInput;
}>;


export type AdminSaveLoyaltyProgrammeMutation = { saveLoyaltyProgramme: { programme: { enabled: boolean } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminAdjustPointsMutationVariables = Exact<{
  input: AdjustPointsInput;
}>;


export type AdminAdjustPointsMutation = { adjustPoints: { rewards: { userId: string, points: number } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminAdjustStoreCreditMutationVariables = Exact<{
  input: AdjustStoreCreditInput;
}>;


export type AdminAdjustStoreCreditMutation = { adjustStoreCredit: { rewards: { userId: string } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ShopGiftCardBalanceQueryVariables = Exact<{
  code: string;
}>;


export type ShopGiftCardBalanceQuery = { giftCardBalance: { last4: string, status: GiftCardStatus, expiresAt: string | null, balance: { amount: string, currency: string } } | null };

export type ShopMyRewardsQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopMyRewardsQuery = { myRewards: { userId: string, points: number, tier: string | null, pointsEarnedLastYear: number, pointsValue: { amount: string, currency: string }, storeCredit: { amount: string, currency: string }, history: Array<{ id: string, kind: BalanceKind, points: number | null, reason: string, note: string | null, createdAt: string, amount: { amount: string, currency: string } | null }> }, loyaltyProgramme: { enabled: boolean, currency: string, expiryDays: number, maxRedeemBps: number, spendPerPoint: { amount: string, currency: string }, pointValue: { amount: string, currency: string }, tiers: Array<{ name: string, minPoints: number, multiplierBps: number }> } };

export type ShopPayWithQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopPayWithQuery = { myRewards: { points: number, storeCredit: { amount: string, currency: string } }, loyaltyProgramme: { enabled: boolean, currency: string, expiryDays: number, maxRedeemBps: number, spendPerPoint: { amount: string, currency: string }, pointValue: { amount: string, currency: string }, tiers: Array<{ name: string, minPoints: number, multiplierBps: number }> } };

export type ShopLoyaltyProgrammeQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopLoyaltyProgrammeQuery = { loyaltyProgramme: { enabled: boolean, currency: string, expiryDays: number, maxRedeemBps: number, spendPerPoint: { amount: string, currency: string }, pointValue: { amount: string, currency: string }, tiers: Array<{ name: string, minPoints: number, multiplierBps: number }> } };

export type RiderReportLocationMutationVariables = Exact<{
  shipmentId: string | number;
  latitude: number;
  longitude: number;
  accuracyMeters: number;
}>;


export type RiderReportLocationMutation = { reportRiderLocation: { accepted: boolean, userErrors: Array<{ field: Array<string> | null, message: string, code: string }> } };

export type RiderTrackingFieldsFragment = { orderId: string, shipments: Array<{ shipmentId: string, status: string, positions: Array<{ latitude: number, longitude: number, accuracyMeters: number, at: string }> }> };

export type ShopRiderTrackingQueryVariables = Exact<{
  orderId: string | number;
  cartToken?: string | null | undefined;
}>;


export type ShopRiderTrackingQuery = { riderTracking: { trackingKey: string, orderId: string, shipments: Array<{ shipmentId: string, status: string, positions: Array<{ latitude: number, longitude: number, accuracyMeters: number, at: string }> }> } | null };

export type RiderTrackingByKeyQueryVariables = Exact<{
  orderId: string | number;
  trackingKey: string;
}>;


export type RiderTrackingByKeyQuery = { riderTracking: { orderId: string, shipments: Array<{ shipmentId: string, status: string, positions: Array<{ latitude: number, longitude: number, accuracyMeters: number, at: string }> }> } | null };

export type RiderTrackingLiveSubscriptionVariables = Exact<{
  orderId: string | number;
  trackingKey: string;
}>;


export type RiderTrackingLiveSubscription = { riderTracking: { orderId: string, shipments: Array<{ shipmentId: string, status: string, positions: Array<{ latitude: number, longitude: number, accuracyMeters: number, at: string }> }> } };

export type AdminShipmentFieldsFragment = { id: string, orderId: string, orderNumber: string, carrier: CarrierName, trackingNumber: string, status: ShipmentStatus, riderUserId: string | null, codeTriesLeft: number, codeLocked: boolean, failureReason: string | null, overrideReason: string | null, createdAt: string, deliveredAt: string | null, returnRequestId: string | null, quotedPrice: { amount: string, currency: string } | null, amountToCollect: { amount: string, currency: string } | null, address: { name: string | null, phone: string | null, line1: string | null, line2: string | null, city: string | null, region: string | null, country: string | null, latitude: number | null, longitude: number | null } | null, items: Array<{ id: string, title: string, sku: string, quantity: number }>, returnItems: Array<{ id: string, title: string, quantity: number }> };

export type AdminShipmentsQueryVariables = Exact<{
  status?: ShipmentStatus | null | undefined;
  orderId?: string | number | null | undefined;
}>;


export type AdminShipmentsQuery = { shipments: Array<{ id: string, orderId: string, orderNumber: string, carrier: CarrierName, trackingNumber: string, status: ShipmentStatus, riderUserId: string | null, codeTriesLeft: number, codeLocked: boolean, failureReason: string | null, overrideReason: string | null, createdAt: string, deliveredAt: string | null, returnRequestId: string | null, quotedPrice: { amount: string, currency: string } | null, amountToCollect: { amount: string, currency: string } | null, address: { name: string | null, phone: string | null, line1: string | null, line2: string | null, city: string | null, region: string | null, country: string | null, latitude: number | null, longitude: number | null } | null, items: Array<{ id: string, title: string, sku: string, quantity: number }>, returnItems: Array<{ id: string, title: string, quantity: number }> }> };

export type AdminShipmentQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminShipmentQuery = { shipment: { vendorOrderId: string, pickedUpAt: string | null, id: string, orderId: string, orderNumber: string, carrier: CarrierName, trackingNumber: string, status: ShipmentStatus, riderUserId: string | null, codeTriesLeft: number, codeLocked: boolean, failureReason: string | null, overrideReason: string | null, createdAt: string, deliveredAt: string | null, returnRequestId: string | null, packages: Array<{ id: string, weightGrams: number, lengthMm: number, widthMm: number, heightMm: number }>, events: Array<{ id: string, status: ShipmentStatus, note: string | null, location: string | null, fromCarrier: boolean, at: string }>, quotedPrice: { amount: string, currency: string } | null, amountToCollect: { amount: string, currency: string } | null, address: { name: string | null, phone: string | null, line1: string | null, line2: string | null, city: string | null, region: string | null, country: string | null, latitude: number | null, longitude: number | null } | null, items: Array<{ id: string, title: string, sku: string, quantity: number }>, returnItems: Array<{ id: string, title: string, quantity: number }> } | null };

export type AdminShipmentOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminShipmentOrderQuery = { shippingCarriers: Array<CarrierName>, order: { id: string, number: string, status: OrderStatus, shippingAddress: { latitude: number | null, longitude: number | null } | null, vendorOrders: Array<{ id: string, vendorName: string, lines: Array<{ id: string, title: string, sku: string, quantity: number, source: OrderLineSource }> }> } | null, shipments: Array<{ id: string, status: ShipmentStatus, trackingNumber: string, items: Array<{ id: string, quantity: number, orderLineId: string }> }> };

export type AdminShipmentQuoteQueryVariables = Exact<{
  orderId: string | number;
  carrier: CarrierName;
  packages: Array<ShipmentPackageInput> | ShipmentPackageInput;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
}>;


export type AdminShipmentQuoteQuery = { shipmentQuote: { etaHours: number, price: { amount: string, currency: string } } | null };

export type RiderDeliveriesQueryVariables = Exact<{ [key: string]: never; }>;


export type RiderDeliveriesQuery = { myDeliveries: Array<{ id: string, orderId: string, orderNumber: string, carrier: CarrierName, trackingNumber: string, status: ShipmentStatus, riderUserId: string | null, codeTriesLeft: number, codeLocked: boolean, failureReason: string | null, overrideReason: string | null, createdAt: string, deliveredAt: string | null, returnRequestId: string | null, quotedPrice: { amount: string, currency: string } | null, amountToCollect: { amount: string, currency: string } | null, address: { name: string | null, phone: string | null, line1: string | null, line2: string | null, city: string | null, region: string | null, country: string | null, latitude: number | null, longitude: number | null } | null, items: Array<{ id: string, title: string, sku: string, quantity: number }>, returnItems: Array<{ id: string, title: string, quantity: number }> }> };

export type AdminCreateShipmentMutationVariables = Exact<{
  input: CreateShipmentInput;
}>;


export type AdminCreateShipmentMutation = { createShipment: { shipment: { id: string, status: ShipmentStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type RiderStepShipmentMutationVariables = Exact<{
  shipmentId: string | number;
  status: ShipmentRiderStep;
  note?: string | null | undefined;
}>;


export type RiderStepShipmentMutation = { stepShipment: { shipment: { id: string, status: ShipmentStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type RiderDeliverShipmentMutationVariables = Exact<{
  shipmentId: string | number;
  code: string;
  collection?: ShipmentCollectionInput | null | undefined;
}>;


export type RiderDeliverShipmentMutation = { deliverShipment: { shipment: { id: string, status: ShipmentStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminOverrideShipmentDeliveryMutationVariables = Exact<{
  shipmentId: string | number;
  reason: string;
  collection?: ShipmentCollectionInput | null | undefined;
}>;


export type AdminOverrideShipmentDeliveryMutation = { overrideShipmentDelivery: { shipment: { id: string, status: ShipmentStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminCloseShipmentMutationVariables = Exact<{
  shipmentId: string | number;
  status: ShipmentClose;
  note: string;
}>;


export type AdminCloseShipmentMutation = { closeShipment: { shipment: { id: string, status: ShipmentStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminSimulateCarrierEventMutationVariables = Exact<{
  shipmentId: string | number;
  status: ShipmentStatus;
}>;


export type AdminSimulateCarrierEventMutation = { simulateCarrierEvent: { shipment: { id: string, status: ShipmentStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ShopOrderShipmentsQueryVariables = Exact<{
  orderId: string | number;
  cartToken?: string | null | undefined;
}>;


export type ShopOrderShipmentsQuery = { orderShipments: Array<{ deliveryCode: string | null, shipment: { id: string, carrier: CarrierName, trackingNumber: string, status: ShipmentStatus, items: Array<{ id: string, title: string, quantity: number }>, events: Array<{ id: string, status: ShipmentStatus, note: string | null, location: string | null, at: string }> } }> };

export type AdminKwikAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminKwikAccountQuery = { kwikAccount: { connected: boolean, emailMasked: string | null, domainName: string | null, baseUrl: string | null, callbackUrl: string | null, updatedAt: string | null, pickup: { name: string, phone: string, address: string, latitude: number, longitude: number } | null } };

export type AdminConnectKwikMutationVariables = Exact<{
  input: KwikAccountInput;
}>;


export type AdminConnectKwikMutation = { connectKwik: { account: { connected: boolean } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminDisconnectKwikMutationVariables = Exact<{ [key: string]: never; }>;


export type AdminDisconnectKwikMutation = { disconnectKwik: { account: { connected: boolean } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type AdminDeliveryPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminDeliveryPeopleQuery = { deliveryPeople: Array<{ userId: string, name: string, roles: Array<Role> }> };

export type ShopAddressFieldsFragment = { id: string, label: string | null, name: string, line1: string, line2: string | null, city: string, region: string, country: string, postalCode: string | null, phone: string | null, latitude: number | null, longitude: number | null, isDefault: boolean };

export type ShopMyAddressesQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopMyAddressesQuery = { myAddresses: Array<{ id: string, label: string | null, name: string, line1: string, line2: string | null, city: string, region: string, country: string, postalCode: string | null, phone: string | null, latitude: number | null, longitude: number | null, isDefault: boolean }> };

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

export type ShopMyNotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopMyNotificationPreferencesQuery = { myNotificationPreferences: { marketingEmail: boolean, marketingSms: boolean, orderUpdatesSms: boolean, orderUpdatesWhatsapp: boolean } };

export type ShopSetMyNotificationPreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type ShopSetMyNotificationPreferencesMutation = { setMyNotificationPreferences: { preferences: { marketingEmail: boolean, marketingSms: boolean, orderUpdatesSms: boolean, orderUpdatesWhatsapp: boolean } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type UnsubscribeMutationVariables = Exact<{
  token: string;
}>;


export type UnsubscribeMutation = { unsubscribe: { ok: boolean, userErrors: Array<{ code: string }> } };

export type ShopUserErrorFragment = { code: string, message: string, field: Array<string> | null };

export type ShopQuoteLineFragment = { variantId: string, productId: string | null, quantity: number, sellable: boolean, reason: string | null, sku: string | null, title: string | null, vendorId: string | null, vendorName: string | null, unitPrice: { amount: string, currency: string } | null, total: { amount: string, currency: string } | null, tax: { amount: string, currency: string } | null };

export type ShopCartFragment = { id: string, token: string, status: CartStatus, channel: CommerceChannel, currency: string, couponsAccepted: boolean, lines: Array<{ id: string, variantId: string, quantity: number, variant: { id: string, title: string, options: unknown, product: { id: string, slug: string, title: string, media: Array<{ url: string, alt: string | null, position: number }> } } }>, quote: { lines: Array<{ variantId: string, productId: string | null, quantity: number, sellable: boolean, reason: string | null, sku: string | null, title: string | null, vendorId: string | null, vendorName: string | null, unitPrice: { amount: string, currency: string } | null, total: { amount: string, currency: string } | null, tax: { amount: string, currency: string } | null }>, vendors: Array<{ vendorId: string, vendorName: string, lines: Array<{ variantId: string }>, total: { amount: string, currency: string } }>, subtotal: { amount: string, currency: string }, tax: { amount: string, currency: string }, total: { amount: string, currency: string } }, promotions: Array<{ name: string, discount: { amount: string, currency: string } }>, coupon: { code: string, freeShipping: boolean, discount: { amount: string, currency: string }, problem: { code: string, message: string } | null } | null };

export type ShopCartQueryVariables = Exact<{
  cartToken?: string | null | undefined;
}>;


export type ShopCartQuery = { cart: { id: string, token: string, status: CartStatus, channel: CommerceChannel, currency: string, couponsAccepted: boolean, lines: Array<{ id: string, variantId: string, quantity: number, variant: { id: string, title: string, options: unknown, product: { id: string, slug: string, title: string, media: Array<{ url: string, alt: string | null, position: number }> } } }>, quote: { lines: Array<{ variantId: string, productId: string | null, quantity: number, sellable: boolean, reason: string | null, sku: string | null, title: string | null, vendorId: string | null, vendorName: string | null, unitPrice: { amount: string, currency: string } | null, total: { amount: string, currency: string } | null, tax: { amount: string, currency: string } | null }>, vendors: Array<{ vendorId: string, vendorName: string, lines: Array<{ variantId: string }>, total: { amount: string, currency: string } }>, subtotal: { amount: string, currency: string }, tax: { amount: string, currency: string }, total: { amount: string, currency: string } }, promotions: Array<{ name: string, discount: { amount: string, currency: string } }>, coupon: { code: string, freeShipping: boolean, discount: { amount: string, currency: string }, problem: { code: string, message: string } | null } | null } | null };

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


export type ShopShippingOptionsQuery = { checkoutPaymentMethods: Array<PaymentMethod>, checkoutUssdBanks: Array<{ code: string, name: string }>, checkoutMobileMoneyNetworks: Array<{ code: string, name: string }>, shippingOptions: Array<{ id: string, method: string, name: string, amount: { amount: string, currency: string }, freeOver: { amount: string, currency: string } | null }> };

export type ShopCheckoutMutationVariables = Exact<{
  input: CheckoutInput;
}>;


export type ShopCheckoutMutation = { checkout: { order: { id: string, number: string } | null, payment: { reference: string, status: PaymentStatus, authorizationUrl: string | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ShopRetryPaymentMutationVariables = Exact<{
  orderId: string | number;
  cartToken?: string | null | undefined;
  returnUrl?: string | null | undefined;
}>;


export type ShopRetryPaymentMutation = { retryPayment: { payment: { authorizationUrl: string | null, status: PaymentStatus, chargeInstruction: string | null } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ShopRefreshPaymentMutationVariables = Exact<{
  reference: string;
}>;


export type ShopRefreshPaymentMutation = { refreshPayment: { payment: { status: PaymentStatus } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ShopOrderSummaryFragment = { id: string, number: string, status: OrderStatus, createdAt: string, total: { amount: string, currency: string } };

export type ShopOrderQueryVariables = Exact<{
  id: string | number;
  cartToken?: string | null | undefined;
}>;


export type ShopOrderQuery = { order: { fulfilmentStage: OrderStatus | null, email: string, currency: string, taxInclusive: boolean, shippingMethod: string, expiresAt: string, paidAt: string | null, cancelledAt: string | null, cancelReason: string | null, id: string, number: string, status: OrderStatus, createdAt: string, subtotal: { amount: string, currency: string }, discount: { amount: string, currency: string }, shipping: { amount: string, currency: string }, tax: { amount: string, currency: string }, refundedTotal: { amount: string, currency: string }, prepaid: { amount: string, currency: string }, shippingAddress: { name: string, line1: string, line2: string | null, city: string, region: string, country: string, postalCode: string | null, phone: string | null } | null, vendorOrders: Array<{ id: string, vendorName: string, lines: Array<{ id: string }> }>, lines: Array<{ id: string, sku: string, title: string, quantity: number, refundedQuantity: number, unitPrice: { amount: string, currency: string }, subtotal: { amount: string, currency: string }, tax: { amount: string, currency: string } }>, timeline: Array<{ id: string, toStatus: OrderStatus, reason: string | null, at: string }>, payments: Array<{ reference: string, status: PaymentStatus, authorizationUrl: string | null, provider: PaymentProvider, method: PaymentMethod, bankAccountNumber: string | null, bankName: string | null, bankAccountName: string | null, ussdCode: string | null, chargeInstruction: string | null, mobileMoneyPhone: string | null, amount: { amount: string, currency: string }, received: { amount: string, currency: string }, stillToPay: { amount: string, currency: string } }>, total: { amount: string, currency: string } } | null };

export type ShopMyOrdersQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ShopMyOrdersQuery = { orders: { edges: Array<{ node: { customerUserId: string | null, id: string, number: string, status: OrderStatus, createdAt: string, lines: Array<{ id: string, quantity: number }>, total: { amount: string, currency: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ShopExportMyDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopExportMyDataQuery = { exportMyData: unknown };

export type ShopSignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type ShopSignUpMutation = { signUp: { session: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, refreshTokenExpiresAt: string, user: { id: string, name: string, email: string | null } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ShopRecordReferralTouchMutationVariables = Exact<{
  code: string;
  visitorId: string;
}>;


export type ShopRecordReferralTouchMutation = { recordReferralTouch: { recorded: boolean } };

export type ShopQuoteCheckoutShippingMutationVariables = Exact<{
  cartToken?: string | null | undefined;
  destination: ShippingQuoteDestinationInput;
}>;


export type ShopQuoteCheckoutShippingMutation = { quoteCheckoutShipping: { quote: { id: string, method: string, carrierName: string, etaDays: number, amount: { amount: string, currency: string } } | null, userErrors: Array<{ code: string }> } };

export type RequestSignInCodeMutationVariables = Exact<{
  tenantSlug: string;
  phone: string;
}>;


export type RequestSignInCodeMutation = { requestSignInCode: { phone: string | null, userErrors: Array<{ code: string, message: string }> } };

export type SignInWithCodeMutationVariables = Exact<{
  input: SignInWithCodeInput;
}>;


export type SignInWithCodeMutation = { signInWithCode: { session: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, refreshTokenExpiresAt: string, user: { id: string, name: string, email: string | null } } | null, userErrors: Array<{ code: string, message: string }> } };

export type RequestAccountCodeMutationVariables = Exact<{ [key: string]: never; }>;


export type RequestAccountCodeMutation = { requestAccountCode: { sentTo: string | null, userErrors: Array<{ code: string, message: string }> } };

export type CloseMyAccountMutationVariables = Exact<{
  password?: string | null | undefined;
  code?: string | null | undefined;
}>;


export type CloseMyAccountMutation = { requestAccountDeletion: { purgeAfter: string | null, userErrors: Array<{ code: string, message: string }> } };

export type ShopWebPushPublicKeyQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopWebPushPublicKeyQuery = { webPushPublicKey: string };

export type ShopRegisterPushSubscriptionMutationVariables = Exact<{
  input: RegisterPushSubscriptionInput;
}>;


export type ShopRegisterPushSubscriptionMutation = { registerPushSubscription: { subscription: { id: string } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

export type ShopRemovePushSubscriptionMutationVariables = Exact<{
  endpoint: string;
}>;


export type ShopRemovePushSubscriptionMutation = { removePushSubscription: { removed: boolean, userErrors: Array<{ code: string }> } };

export type ShopReturnRequestFieldsFragment = { id: string, reference: string, orderId: string, orderNumber: string, vendorName: string, status: ReturnStatus, reason: ReturnReason, details: string | null, instructions: string | null, refusalReason: string | null, exchangeNote: string | null, createdAt: string, shippingWay: ReturnShippingWay | null, shippingPaidBy: ReturnShippingPayer | null, customerCarrier: string | null, customerTrackingNumber: string | null, refundAmount: { amount: string, currency: string } | null, lines: Array<{ id: string, title: string, quantity: number }>, shippingCharge: { amount: string, currency: string } | null, returnShipment: { id: string, carrier: CarrierName, trackingNumber: string, status: ShipmentStatus, events: Array<{ id: string, status: ShipmentStatus, note: string | null, location: string | null, at: string }> } | null };

export type ShopReturnableLineFieldsFragment = { orderLineId: string, title: string, sku: string, quantity: number, returnable: number, closesAt: string | null, problem: string | null };

export type ShopReturnableLinesQueryVariables = Exact<{
  orderId: string | number;
}>;


export type ShopReturnableLinesQuery = { returnableLines: Array<{ orderLineId: string, title: string, sku: string, quantity: number, returnable: number, closesAt: string | null, problem: string | null }> };

export type ShopMyReturnsQueryVariables = Exact<{
  orderId?: string | number | null | undefined;
}>;


export type ShopMyReturnsQuery = { returnRequests: { edges: Array<{ node: { id: string, reference: string, orderId: string, orderNumber: string, vendorName: string, status: ReturnStatus, reason: ReturnReason, details: string | null, instructions: string | null, refusalReason: string | null, exchangeNote: string | null, createdAt: string, shippingWay: ReturnShippingWay | null, shippingPaidBy: ReturnShippingPayer | null, customerCarrier: string | null, customerTrackingNumber: string | null, refundAmount: { amount: string, currency: string } | null, lines: Array<{ id: string, title: string, quantity: number }>, shippingCharge: { amount: string, currency: string } | null, returnShipment: { id: string, carrier: CarrierName, trackingNumber: string, status: ShipmentStatus, events: Array<{ id: string, status: ShipmentStatus, note: string | null, location: string | null, at: string }> } | null } }> } };

export type ShopRequestReturnMutationVariables = Exact<{
  input: RequestReturnInput;
}>;


export type ShopRequestReturnMutation = { requestReturn: { returnRequests: Array<{ id: string }> | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ShopGuestReturnableLinesQueryVariables = Exact<{
  orderId: string | number;
  cartToken: string;
}>;


export type ShopGuestReturnableLinesQuery = { guestReturnableLines: Array<{ orderLineId: string, title: string, sku: string, quantity: number, returnable: number, closesAt: string | null, problem: string | null }> };

export type ShopGuestReturnsQueryVariables = Exact<{
  orderId: string | number;
  cartToken: string;
}>;


export type ShopGuestReturnsQuery = { guestReturnRequests: Array<{ id: string, reference: string, orderId: string, orderNumber: string, vendorName: string, status: ReturnStatus, reason: ReturnReason, details: string | null, instructions: string | null, refusalReason: string | null, exchangeNote: string | null, createdAt: string, shippingWay: ReturnShippingWay | null, shippingPaidBy: ReturnShippingPayer | null, customerCarrier: string | null, customerTrackingNumber: string | null, refundAmount: { amount: string, currency: string } | null, lines: Array<{ id: string, title: string, quantity: number }>, shippingCharge: { amount: string, currency: string } | null, returnShipment: { id: string, carrier: CarrierName, trackingNumber: string, status: ShipmentStatus, events: Array<{ id: string, status: ShipmentStatus, note: string | null, location: string | null, at: string }> } | null }> };

export type ShopGuestRequestReturnMutationVariables = Exact<{
  cartToken: string;
  input: RequestReturnInput;
}>;


export type ShopGuestRequestReturnMutation = { guestRequestReturn: { returnRequests: Array<{ id: string }> | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ShopLookUpGuestOrderMutationVariables = Exact<{
  orderNumber: string;
  email: string;
}>;


export type ShopLookUpGuestOrderMutation = { lookUpGuestOrder: { orderId: string | null, cartToken: string | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type ShopSendReturnMyselfMutationVariables = Exact<{
  id: string | number;
  carrier: string;
  trackingNumber: string;
  cartToken?: string | null | undefined;
}>;


export type ShopSendReturnMyselfMutation = { sendReturnMyself: { returnRequest: { id: string } | null, userErrors: Array<{ code: string, field: Array<string> | null, message: string }> } };

export type ShopMySubscriptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopMySubscriptionsQuery = { mySubscriptions: Array<{ id: string, title: string, quantity: number, interval: SubscriptionInterval, status: SubscriptionStatus, nextChargeAt: string | null, lastTotal: { amount: string, currency: string } }> };

export type ShopPauseSubscriptionMutationVariables = Exact<{
  id: string | number;
}>;


export type ShopPauseSubscriptionMutation = { pauseSubscription: { subscription: { id: string, status: SubscriptionStatus } | null, userErrors: Array<{ code: string }> } };

export type ShopResumeSubscriptionMutationVariables = Exact<{
  id: string | number;
}>;


export type ShopResumeSubscriptionMutation = { resumeSubscription: { subscription: { id: string, status: SubscriptionStatus } | null, userErrors: Array<{ code: string }> } };

export type ShopSkipSubscriptionChargeMutationVariables = Exact<{
  id: string | number;
}>;


export type ShopSkipSubscriptionChargeMutation = { skipSubscriptionCharge: { subscription: { id: string, nextChargeAt: string | null } | null, userErrors: Array<{ code: string }> } };

export type ShopCancelSubscriptionMutationVariables = Exact<{
  id: string | number;
}>;


export type ShopCancelSubscriptionMutation = { cancelSubscription: { subscription: { id: string, status: SubscriptionStatus } | null, userErrors: Array<{ code: string }> } };

export type ShopUpdateSubscriptionMutationVariables = Exact<{
  id: string | number;
  quantity?: number | null | undefined;
  interval?: SubscriptionInterval | null | undefined;
}>;


export type ShopUpdateSubscriptionMutation = { updateSubscription: { subscription: { id: string, quantity: number, interval: SubscriptionInterval } | null, userErrors: Array<{ code: string }> } };

export type AdminSubscriptionListQueryVariables = Exact<{
  status?: SubscriptionStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type AdminSubscriptionListQuery = { subscriptions: { edges: Array<{ node: { id: string, title: string, quantity: number, interval: SubscriptionInterval, status: SubscriptionStatus, email: string, nextChargeAt: string | null, failureCount: number, createdAt: string, lastTotal: { amount: string, currency: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, subscriptionSettings: { enabled: boolean } };

export type AdminCancelCustomerSubscriptionMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminCancelCustomerSubscriptionMutation = { cancelCustomerSubscription: { subscription: { id: string, status: SubscriptionStatus } | null, userErrors: Array<{ code: string, message: string }> } };

export type AdminUpdateSubscriptionSettingsMutationVariables = Exact<{
  enabled: boolean;
}>;


export type AdminUpdateSubscriptionSettingsMutation = { updateSubscriptionSettings: { settings: { enabled: boolean } | null, userErrors: Array<{ code: string, message: string }> } };

export type ShopSubscriptionSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopSubscriptionSettingsQuery = { subscriptionSettings: { enabled: boolean } };

export type ShopSubscribeMutationVariables = Exact<{
  input: SubscribeInput;
}>;


export type ShopSubscribeMutation = { subscribe: { subscription: { id: string } | null, order: { id: string } | null, payment: { authorizationUrl: string | null } | null, userErrors: Array<{ code: string, field: Array<string> | null }> } };

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
export const AdminCategoryFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminCategoryFields on Category {
  id
  name
  slug
  position
}
    `, {"fragmentName":"AdminCategoryFields"}) as unknown as TypedDocumentString<AdminCategoryFieldsFragment, unknown>;
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
export const AdminJournalEntryFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminJournalEntryFields on JournalEntry {
  id
  kind
  memo
  referenceType
  referenceId
  occurredAt
  postedAt
  reversesEntryId
}
    `, {"fragmentName":"AdminJournalEntryFields"}) as unknown as TypedDocumentString<AdminJournalEntryFieldsFragment, unknown>;
export const AdminAgentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminAgentFields on AgentProfile {
  id
  email
  code
  status
  createdAt
  upline {
    id
    code
    email
  }
  downline {
    id
    code
    email
    status
  }
}
    `, {"fragmentName":"AdminAgentFields"}) as unknown as TypedDocumentString<AdminAgentFieldsFragment, unknown>;
export const AdminRevenueModelFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminRevenueModelFields on RevenueModel {
  id
  name
  preset
  residual
  assigned
  shares {
    beneficiary
    level
    bps
  }
}
    `, {"fragmentName":"AdminRevenueModelFields"}) as unknown as TypedDocumentString<AdminRevenueModelFieldsFragment, unknown>;
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
export const AdminNotificationMessageFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminNotificationMessageFields on NotificationMessage {
  id
  template
  channel
  recipient
  locale
  status
  lastError
  attempts
  createdAt
}
    `, {"fragmentName":"AdminNotificationMessageFields"}) as unknown as TypedDocumentString<AdminNotificationMessageFieldsFragment, unknown>;
export const AdminNotificationTemplateFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminNotificationTemplateFields on NotificationTemplate {
  key
  channel
  locale
  subject
  body
  customised
  variables
}
    `, {"fragmentName":"AdminNotificationTemplateFields"}) as unknown as TypedDocumentString<AdminNotificationTemplateFieldsFragment, unknown>;
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
export const AdminPosDeviceFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminPosDeviceFields on PosDevice {
  id
  name
  number
  receiptPrefix
  locationId
  status
  pairingExpiresAt
  lastSeenAt
  backlog
  salesCount
  openConflicts
}
    `, {"fragmentName":"AdminPosDeviceFields"}) as unknown as TypedDocumentString<AdminPosDeviceFieldsFragment, unknown>;
export const AdminPosPairingFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminPosPairingFields on PosPairingPayload {
  device {
    ...AdminPosDeviceFields
  }
  pairingCode
  userErrors {
    ...AdminUserError
  }
}
    fragment AdminPosDeviceFields on PosDevice {
  id
  name
  number
  receiptPrefix
  locationId
  status
  pairingExpiresAt
  lastSeenAt
  backlog
  salesCount
  openConflicts
}
fragment AdminUserError on UserError {
  code
  message
  field
}`, {"fragmentName":"AdminPosPairingFields"}) as unknown as TypedDocumentString<AdminPosPairingFieldsFragment, unknown>;
export const AdminPriceListFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminPriceListFields on PriceList {
  id
  name
  channel
  customerGroup
  currency
  priority
  startsAt
  endsAt
}
    `, {"fragmentName":"AdminPriceListFields"}) as unknown as TypedDocumentString<AdminPriceListFieldsFragment, unknown>;
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
export const AdminCouponFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminCouponFields on Coupon {
  id
  code
  description
  kind
  percentBps
  amount {
    ...MoneyFields
  }
  minimumSpend {
    ...MoneyFields
  }
  usageLimit
  perCustomerLimit
  used
  posUses
  overLimitUses
  discountGiven {
    ...MoneyFields
  }
  startsAt
  endsAt
  active
  productIds
  categoryIds
  vendorIds
  fundedBy
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"fragmentName":"AdminCouponFields"}) as unknown as TypedDocumentString<AdminCouponFieldsFragment, unknown>;
export const AdminExpenseFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminExpenseFields on Expense {
  id
  category
  supplier
  spentOn
  amount {
    ...MoneyFields
  }
  vatPaid {
    ...MoneyFields
  }
  total {
    ...MoneyFields
  }
  note
  receiptId
  status
  createdByUserId
  submittedAt
  decidedAt
  rejectionReason
  journalEntryId
  payment {
    paidFrom
    paidOn
    reference
    journalEntryId
  }
  createdAt
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"fragmentName":"AdminExpenseFields"}) as unknown as TypedDocumentString<AdminExpenseFieldsFragment, unknown>;
export const InvoiceSummaryFragmentDoc = new TypedDocumentString(`
    fragment InvoiceSummary on Invoice {
  id
  kind
  number
  vendorName
  issuedAt
  total {
    ...MoneyFields
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"fragmentName":"InvoiceSummary"}) as unknown as TypedDocumentString<InvoiceSummaryFragment, unknown>;
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
export const AdminPromotionFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminPromotionFields on Promotion {
  id
  vendorId
  name
  kind
  buyQuantity
  getQuantity
  getPercentBps
  threshold {
    ...MoneyFields
  }
  amount {
    ...MoneyFields
  }
  bundlePrice {
    ...MoneyFields
  }
  productIds
  variantIds
  discountGiven {
    ...MoneyFields
  }
  startsAt
  endsAt
  active
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"fragmentName":"AdminPromotionFields"}) as unknown as TypedDocumentString<AdminPromotionFieldsFragment, unknown>;
export const LoyaltyProgrammeFieldsFragmentDoc = new TypedDocumentString(`
    fragment LoyaltyProgrammeFields on LoyaltyProgramme {
  enabled
  currency
  spendPerPoint {
    ...MoneyFields
  }
  pointValue {
    ...MoneyFields
  }
  expiryDays
  maxRedeemBps
  tiers {
    name
    minPoints
    multiplierBps
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"fragmentName":"LoyaltyProgrammeFields"}) as unknown as TypedDocumentString<LoyaltyProgrammeFieldsFragment, unknown>;
export const CustomerRewardsFieldsFragmentDoc = new TypedDocumentString(`
    fragment CustomerRewardsFields on CustomerRewards {
  userId
  points
  pointsValue {
    ...MoneyFields
  }
  tier
  pointsEarnedLastYear
  storeCredit {
    ...MoneyFields
  }
  history {
    id
    kind
    points
    amount {
      ...MoneyFields
    }
    reason
    note
    createdAt
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"fragmentName":"CustomerRewardsFields"}) as unknown as TypedDocumentString<CustomerRewardsFieldsFragment, unknown>;
export const RiderTrackingFieldsFragmentDoc = new TypedDocumentString(`
    fragment RiderTrackingFields on RiderTracking {
  orderId
  shipments {
    shipmentId
    status
    positions {
      latitude
      longitude
      accuracyMeters
      at
    }
  }
}
    `, {"fragmentName":"RiderTrackingFields"}) as unknown as TypedDocumentString<RiderTrackingFieldsFragment, unknown>;
export const AdminShipmentFieldsFragmentDoc = new TypedDocumentString(`
    fragment AdminShipmentFields on Shipment {
  id
  orderId
  orderNumber
  carrier
  trackingNumber
  status
  riderUserId
  codeTriesLeft
  codeLocked
  failureReason
  overrideReason
  createdAt
  deliveredAt
  quotedPrice {
    amount
    currency
  }
  amountToCollect {
    amount
    currency
  }
  address {
    name
    phone
    line1
    line2
    city
    region
    country
    latitude
    longitude
  }
  items {
    id
    title
    sku
    quantity
  }
  returnRequestId
  returnItems {
    id
    title
    quantity
  }
}
    `, {"fragmentName":"AdminShipmentFields"}) as unknown as TypedDocumentString<AdminShipmentFieldsFragment, unknown>;
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
  latitude
  longitude
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
  productId
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
  promotions {
    name
    discount {
      ...MoneyFields
    }
  }
  couponsAccepted
  coupon {
    code
    freeShipping
    discount {
      ...MoneyFields
    }
    problem {
      code
      message
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment ShopQuoteLine on CartQuoteLine {
  variantId
  productId
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
export const ShopReturnRequestFieldsFragmentDoc = new TypedDocumentString(`
    fragment ShopReturnRequestFields on ReturnRequest {
  id
  reference
  orderId
  orderNumber
  vendorName
  status
  reason
  details
  instructions
  refusalReason
  exchangeNote
  refundAmount {
    amount
    currency
  }
  createdAt
  lines {
    id
    title
    quantity
  }
  shippingWay
  shippingPaidBy
  shippingCharge {
    amount
    currency
  }
  customerCarrier
  customerTrackingNumber
  returnShipment {
    id
    carrier
    trackingNumber
    status
    events {
      id
      status
      note
      location
      at
    }
  }
}
    `, {"fragmentName":"ShopReturnRequestFields"}) as unknown as TypedDocumentString<ShopReturnRequestFieldsFragment, unknown>;
export const ShopReturnableLineFieldsFragmentDoc = new TypedDocumentString(`
    fragment ShopReturnableLineFields on ReturnableLine {
  orderLineId
  title
  sku
  quantity
  returnable
  closesAt
  problem
}
    `, {"fragmentName":"ShopReturnableLineFields"}) as unknown as TypedDocumentString<ShopReturnableLineFieldsFragment, unknown>;
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
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!, $from: AccountSurface) {
  requestPasswordReset(email: $email, from: $from) {
    ok
    userErrors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:4c64bb107d1bde3a2729fe3c0bf45c163ae49d2a64b221d84770b884f42e9a3b"}) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword) {
    email
    userErrors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:e3992df4fcf61c89ad66580d60211cd1c5a60f0f8896ccfb0d2b7fdfbfaf6a4b"}) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token) {
    email
    userErrors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:b1b3e734a2695725e75c0b39c8bd2a0ba8441bc1ba690a1d22df6ce7a343ff6b"}) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const ResendEmailVerificationDocument = new TypedDocumentString(`
    mutation ResendEmailVerification($from: AccountSurface) {
  resendEmailVerification(from: $from) {
    sent
    userErrors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:bf0ffaf8251c1a3019f6b32d618d8a3dd1d787e426c19d7a905e2e688dc6ff2f"}) as unknown as TypedDocumentString<ResendEmailVerificationMutation, ResendEmailVerificationMutationVariables>;
export const EmailVerifiedDocument = new TypedDocumentString(`
    query EmailVerified {
  me {
    id
    emailVerified
  }
}
    `, {"hash":"sha256:e57c80d122c5532d955afcc8b872c233d8ab700c2c96c172a41e0da348856cc3"}) as unknown as TypedDocumentString<EmailVerifiedQuery, EmailVerifiedQueryVariables>;
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
}`, {"hash":"sha256:cfeb8808b72597fedfec2f6dab05dea42c2dc215230a358c0659f0bb1a979540"}) as unknown as TypedDocumentString<AdminBeginTwoFactorMutation, AdminBeginTwoFactorMutationVariables>;
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
}`, {"hash":"sha256:e9eea7c4df9e627be2f5d54361f69930fc52b6146c9762dd9615a79fd8b1f619"}) as unknown as TypedDocumentString<AdminConfirmTwoFactorMutation, AdminConfirmTwoFactorMutationVariables>;
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
}`, {"hash":"sha256:9789b046835dbe4bb2d76a20d28576648beb1f184c15a2cab4abe24d03024a07"}) as unknown as TypedDocumentString<AdminBeginTwoFactorResetMutation, AdminBeginTwoFactorResetMutationVariables>;
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
}`, {"hash":"sha256:4a9fcf62560470a62995d7a76144a3d50b36fbc76fde5b0b36236c6ad4d43e3c"}) as unknown as TypedDocumentString<AdminConfirmTwoFactorResetMutation, AdminConfirmTwoFactorResetMutationVariables>;
export const AdminLogoutEverywhereDocument = new TypedDocumentString(`
    mutation AdminLogoutEverywhere {
  logoutEverywhere {
    sessionsEnded
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}`, {"hash":"sha256:bcbda4785dfb1207cd2d61bc984f2aa182ffa4448444dd3a91a0eae19920a975"}) as unknown as TypedDocumentString<AdminLogoutEverywhereMutation, AdminLogoutEverywhereMutationVariables>;
export const AdminDisableTwoFactorDocument = new TypedDocumentString(`
    mutation AdminDisableTwoFactor($code: String!) {
  disableTwoFactor(code: $code) {
    ok
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}`, {"hash":"sha256:fce1a5d714b262afea2d4fddb3a0d26c21ce22d7b9e432bf6aca2616858a7103"}) as unknown as TypedDocumentString<AdminDisableTwoFactorMutation, AdminDisableTwoFactorMutationVariables>;
export const AdminMySessionsDocument = new TypedDocumentString(`
    query AdminMySessions {
  mySessions {
    id
    current
    startedAt
    lastActiveAt
    twoFactorVerified
    tenant {
      name
    }
  }
}
    `, {"hash":"sha256:a8d7364f7f2002615f1b834721ffb4b34eb62e419eb2d61b0adf0a8a50022a99"}) as unknown as TypedDocumentString<AdminMySessionsQuery, AdminMySessionsQueryVariables>;
export const AdminEndMySessionDocument = new TypedDocumentString(`
    mutation AdminEndMySession($sessionId: ID!) {
  endMySession(sessionId: $sessionId) {
    ok
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}`, {"hash":"sha256:4037567eecb62fc15595baa21251f292658e9a98bae6e665dd370a8715c72f51"}) as unknown as TypedDocumentString<AdminEndMySessionMutation, AdminEndMySessionMutationVariables>;
export const AdminChangePasswordDocument = new TypedDocumentString(`
    mutation AdminChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    sessionsEnded
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}`, {"hash":"sha256:4c4ace1399f6c27ca3c145af4604130f5bcddafc9bc7cf77dece4c65b0159769"}) as unknown as TypedDocumentString<AdminChangePasswordMutation, AdminChangePasswordMutationVariables>;
export const AdminRequestAccountDeletionDocument = new TypedDocumentString(`
    mutation AdminRequestAccountDeletion($password: String!) {
  requestAccountDeletion(password: $password) {
    purgeAfter
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}`, {"hash":"sha256:39fbf7287d8fc335b10d555f213e8daacaa8e506e474c30bd62060775bc20e35"}) as unknown as TypedDocumentString<AdminRequestAccountDeletionMutation, AdminRequestAccountDeletionMutationVariables>;
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
    `, {"hash":"sha256:d07b26c3e98870f3acb768371f70a6b2a565f16b7e4f5603ab8649f570d13041"}) as unknown as TypedDocumentString<AdminApiKeysQuery, AdminApiKeysQueryVariables>;
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
}`, {"hash":"sha256:798272fa5165bcb21e143e4692013bffa211a2ed2e0dbfe645123b93c3d37d0d"}) as unknown as TypedDocumentString<AdminCreateApiKeyMutation, AdminCreateApiKeyMutationVariables>;
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
}`, {"hash":"sha256:9ace7b3f86f5e40db55195cb12b4c71343c242e08ca1f065f5b639296d6c3836"}) as unknown as TypedDocumentString<AdminRevokeApiKeyMutation, AdminRevokeApiKeyMutationVariables>;
export const AdminAuditEventsDocument = new TypedDocumentString(`
    query AdminAuditEvents($type: String, $after: String) {
  auditEvents(first: 25, type: $type, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        type
        actorUserId
        subjectId
        createdAt
      }
    }
  }
}
    `, {"hash":"sha256:8d3d7377391126fb66d5799805802f35e3fe4e943f92a56b36748100b0bcd1b2"}) as unknown as TypedDocumentString<AdminAuditEventsQuery, AdminAuditEventsQueryVariables>;
export const AdminAuditEventDocument = new TypedDocumentString(`
    query AdminAuditEvent($id: ID!) {
  auditEvent(id: $id) {
    id
    type
    actorUserId
    subjectId
    data
    ip
    requestId
    createdAt
  }
}
    `, {"hash":"sha256:9fa48b52e0628a82aebde1873d4996751b88c3c4416dcb2d019a3b807963c601"}) as unknown as TypedDocumentString<AdminAuditEventQuery, AdminAuditEventQueryVariables>;
export const AdminBulkPricePlanDocument = new TypedDocumentString(`
    query AdminBulkPricePlan($filters: ProductSearchFilters, $after: String) {
  searchProducts(filters: $filters, sort: NEWEST, after: $after, first: 20) {
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
}`, {"hash":"sha256:2b21cd71f25b21771dad5432c243d2012bbf12251b72fb6501a2565aca20386d"}) as unknown as TypedDocumentString<AdminBulkPricePlanQuery, AdminBulkPricePlanQueryVariables>;
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
}`, {"hash":"sha256:f0cbc3923f552fb3aeefdf5f055349da8c731c139c5772fd5f240960408e0b01"}) as unknown as TypedDocumentString<AdminBulkPriceProductByIdQuery, AdminBulkPriceProductByIdQueryVariables>;
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
    `, {"hash":"sha256:7deb18b1feaab8ec8f905d7727c83eec00864bd0d4720a59ad0dd5eb27d15fc7"}) as unknown as TypedDocumentString<AdminRunsTripsQuery, AdminRunsTripsQueryVariables>;
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
}`, {"hash":"sha256:83db5477bc071204838dce6908524b158a1f2a838b6cada5ff4f75af437467a7"}) as unknown as TypedDocumentString<AdminAgentCashPositionsQuery, AdminAgentCashPositionsQueryVariables>;
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
}`, {"hash":"sha256:eb9fbf7ab3e1f2d49e8a182db5cc92038d9ddea55117969af1ec415d5a99499d"}) as unknown as TypedDocumentString<AdminMyCashPositionQuery, AdminMyCashPositionQueryVariables>;
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
}`, {"hash":"sha256:dec2d81ab706a8faeecc422a3ef7252fc155c34c22b9eb73d3dc6e3780c20766"}) as unknown as TypedDocumentString<AdminRecordCashHandInMutation, AdminRecordCashHandInMutationVariables>;
export const AdminCashHandInsDocument = new TypedDocumentString(`
    query AdminCashHandIns($agentUserId: ID, $after: String) {
  cashHandIns(agentUserId: $agentUserId, first: 20, after: $after) {
    edges {
      node {
        id
        agentUserId
        amount {
          amount
          currency
        }
        note
        receivedByUserId
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:2ffe2155bd2357314cd58cca98656b058303089c62666c953a8d0bb42db9c3d1"}) as unknown as TypedDocumentString<AdminCashHandInsQuery, AdminCashHandInsQueryVariables>;
export const AdminCatalogSettingsDocument = new TypedDocumentString(`
    query AdminCatalogSettings {
  catalogSettings {
    taxRateBps
    pricesIncludeTax
    defaultCommissionBps
  }
}
    `, {"hash":"sha256:d30b5841e602506b0d7d26d2d40fa58f93b224194c1d27a38e389e5ea1b23f5e"}) as unknown as TypedDocumentString<AdminCatalogSettingsQuery, AdminCatalogSettingsQueryVariables>;
export const AdminUpdateCatalogSettingsDocument = new TypedDocumentString(`
    mutation AdminUpdateCatalogSettings($input: UpdateCatalogSettingsInput!) {
  updateCatalogSettings(input: $input) {
    settings {
      taxRateBps
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
}`, {"hash":"sha256:fa91b94cb8bda3ae4d20da262698e1bc883fb3405eb03766dd7423013a4f0cb6"}) as unknown as TypedDocumentString<AdminUpdateCatalogSettingsMutation, AdminUpdateCatalogSettingsMutationVariables>;
export const AdminCollectionsDocument = new TypedDocumentString(`
    query AdminCollections {
  collections(first: 100) {
    edges {
      node {
        id
        title
        slug
      }
    }
  }
}
    `, {"hash":"sha256:2f12fabe130783e50c94fe66eab159262bc09156c41f588dc8ad70db32ae2180"}) as unknown as TypedDocumentString<AdminCollectionsQuery, AdminCollectionsQueryVariables>;
export const AdminCollectionDocument = new TypedDocumentString(`
    query AdminCollection($slug: String!) {
  collection(slug: $slug) {
    id
    title
    slug
    description
    entries(first: 100) {
      edges {
        node {
          position
          product {
            id
            title
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:4be24d31123b3456655f36780529c633699ddc8ce5fc4af9c38093465de13991"}) as unknown as TypedDocumentString<AdminCollectionQuery, AdminCollectionQueryVariables>;
export const AdminCreateCollectionDocument = new TypedDocumentString(`
    mutation AdminCreateCollection($input: CreateCollectionInput!) {
  createCollection(input: $input) {
    collection {
      slug
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
}`, {"hash":"sha256:749b0ef331f594b0ac3794152c6bba2931e574683fbfae19ed79cdee06e150f4"}) as unknown as TypedDocumentString<AdminCreateCollectionMutation, AdminCreateCollectionMutationVariables>;
export const AdminAddToCollectionDocument = new TypedDocumentString(`
    mutation AdminAddToCollection($input: AddToCollectionInput!) {
  addToCollection(input: $input) {
    collection {
      slug
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
}`, {"hash":"sha256:ad708577e16568bc597a620a122394def7d4f994dff7bd3d4a79fffd6099c890"}) as unknown as TypedDocumentString<AdminAddToCollectionMutation, AdminAddToCollectionMutationVariables>;
export const AdminMarketplaceListingsDocument = new TypedDocumentString(`
    query AdminMarketplaceListings($after: String) {
  marketplaceListings(first: 50, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        commissionBps
        active
        createdAt
        product {
          id
          title
        }
        vendor {
          id
          name
        }
      }
    }
  }
}
    `, {"hash":"sha256:cb59e1c994227ac85bc75d11fe05e4149dc08aec5314b88e4a404ac48a9f6537"}) as unknown as TypedDocumentString<AdminMarketplaceListingsQuery, AdminMarketplaceListingsQueryVariables>;
export const AdminListProductDocument = new TypedDocumentString(`
    mutation AdminListProduct($productId: ID!, $commissionBps: Int) {
  listProductInMarketplace(productId: $productId, commissionBps: $commissionBps) {
    listing {
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
}`, {"hash":"sha256:577b2990241361cf58f3b973c9febd731808cf1e4df1c8152770e5efe34c505f"}) as unknown as TypedDocumentString<AdminListProductMutation, AdminListProductMutationVariables>;
export const AdminRemoveFromCollectionDocument = new TypedDocumentString(`
    mutation AdminRemoveFromCollection($collectionId: ID!, $productId: ID!) {
  removeFromCollection(collectionId: $collectionId, productId: $productId) {
    collection {
      slug
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
}`, {"hash":"sha256:2ea4ab4483cd980146e5f4d5ae52e76f28efd8604aa8b69c90c521eaca3a6a8c"}) as unknown as TypedDocumentString<AdminRemoveFromCollectionMutation, AdminRemoveFromCollectionMutationVariables>;
export const AdminCategoryTreeDocument = new TypedDocumentString(`
    query AdminCategoryTree {
  categories {
    ...AdminCategoryFields
    children {
      ...AdminCategoryFields
      children {
        ...AdminCategoryFields
      }
    }
  }
}
    fragment AdminCategoryFields on Category {
  id
  name
  slug
  position
}`, {"hash":"sha256:e6725a99eae2cb470efddf2858b971c080b18918fbd1128ae10a4a7323899f24"}) as unknown as TypedDocumentString<AdminCategoryTreeQuery, AdminCategoryTreeQueryVariables>;
export const AdminCategorySiblingsDocument = new TypedDocumentString(`
    query AdminCategorySiblings($parentId: ID) {
  categories(parentId: $parentId) {
    id
    position
  }
}
    `, {"hash":"sha256:9a4d6a778322857c6e0c672a2b9c45b797409752f088404eb4a71306dd168d03"}) as unknown as TypedDocumentString<AdminCategorySiblingsQuery, AdminCategorySiblingsQueryVariables>;
export const AdminCreateCategoryDocument = new TypedDocumentString(`
    mutation AdminCreateCategory($input: CreateCategoryInput!) {
  createCategory(input: $input) {
    category {
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
}`, {"hash":"sha256:bd0fce358f1561b79a0b8c558fc4830a331b9a9ee58ec405e3f096809fc56ce5"}) as unknown as TypedDocumentString<AdminCreateCategoryMutation, AdminCreateCategoryMutationVariables>;
export const AdminUpdateCategoryDocument = new TypedDocumentString(`
    mutation AdminUpdateCategory($input: UpdateCategoryInput!) {
  updateCategory(input: $input) {
    category {
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
}`, {"hash":"sha256:71a5f0c1ba94bdc0091386a07c6e50ce6430012e58752cdf578a465492505824"}) as unknown as TypedDocumentString<AdminUpdateCategoryMutation, AdminUpdateCategoryMutationVariables>;
export const AdminMoveCategoryDocument = new TypedDocumentString(`
    mutation AdminMoveCategory($input: MoveCategoryInput!) {
  moveCategory(input: $input) {
    category {
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
}`, {"hash":"sha256:17209882447e2a7225e778fec72ab26e11e7ac81692358590c272a8164dc3aa1"}) as unknown as TypedDocumentString<AdminMoveCategoryMutation, AdminMoveCategoryMutationVariables>;
export const AdminDeleteCategoryDocument = new TypedDocumentString(`
    mutation AdminDeleteCategory($id: ID!) {
  deleteCategory(id: $id) {
    category {
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
}`, {"hash":"sha256:10b4bfa9659eea5ff4864aef97c7ba1e01924027ae0def2703bcab5cd37c3fde"}) as unknown as TypedDocumentString<AdminDeleteCategoryMutation, AdminDeleteCategoryMutationVariables>;
export const AdminProductCountDocument = new TypedDocumentString(`
    query AdminProductCount($vendorId: ID) {
  searchProducts(first: 1, filters: {vendorId: $vendorId}) {
    totalCount
  }
}
    `, {"hash":"sha256:9b4cd84cb4ddca8674715ef2c37231ac44f4fe80af87e36b3c4d65ad2be8e9b5"}) as unknown as TypedDocumentString<AdminProductCountQuery, AdminProductCountQueryVariables>;
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
    `, {"hash":"sha256:178b88fc33b0af82c2986e07b10782d0bd866a0bdec64dbf0ef0900a8bd7aafe"}) as unknown as TypedDocumentString<AdminProductIdsQuery, AdminProductIdsQueryVariables>;
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
}`, {"hash":"sha256:9329e8bc9f8c3402e0b1258d744d9a020b9acf6b068ebed081a2b18086f8dbcf"}) as unknown as TypedDocumentString<AdminStockOverviewQuery, AdminStockOverviewQueryVariables>;
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
}`, {"hash":"sha256:2c8e864a8c9354f9b1e33ad9c68526033e46e953badc7386f16197da11413159"}) as unknown as TypedDocumentString<AdminCommerceTilesQuery, AdminCommerceTilesQueryVariables>;
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
}`, {"hash":"sha256:c3065d487edf37c2f4c17c78ea118a5a3ad60a29e29a78fc6736fd0ba43ac8c2"}) as unknown as TypedDocumentString<AdminPayoutsDueQuery, AdminPayoutsDueQueryVariables>;
export const AdminReadinessDocument = new TypedDocumentString(`
    query AdminReadiness($withShipping: Boolean!) {
  locations(active: true, first: 1) {
    edges {
      node {
        id
      }
    }
  }
  shippingZones @include(if: $withShipping) {
    id
    rates {
      id
    }
  }
}
    `, {"hash":"sha256:d039adf0c465f3c63a721d9631acd89baab78183eef0ee41cf6a8eb4160342ff"}) as unknown as TypedDocumentString<AdminReadinessQuery, AdminReadinessQueryVariables>;
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
}`, {"hash":"sha256:5478a934a5be1726b5208e74dd027c26002c2f69863dc567984f42fdf6b4a7a7"}) as unknown as TypedDocumentString<AdminTenantDomainsQuery, AdminTenantDomainsQueryVariables>;
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
}`, {"hash":"sha256:9aa5226377b6034e3ccd662cf6674a557a8cb435db06717b309d4317cd840ade"}) as unknown as TypedDocumentString<AdminAddTenantDomainMutation, AdminAddTenantDomainMutationVariables>;
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
}`, {"hash":"sha256:6fd1ac0e66ff02cc0f9f1165a89d9f1adf81603fc156d8209c8c9f9ed61d4ce7"}) as unknown as TypedDocumentString<AdminVerifyTenantDomainMutation, AdminVerifyTenantDomainMutationVariables>;
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
}`, {"hash":"sha256:64dd59b1418d95b610b25bd8403854fa742376d7c169a9d43a67fe8038b06558"}) as unknown as TypedDocumentString<AdminRemoveTenantDomainMutation, AdminRemoveTenantDomainMutationVariables>;
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
    `, {"hash":"sha256:d1d5970f778005fe82d8cd6ccc3de88921b6ad55f0db34aacddcec07f64cafd4"}) as unknown as TypedDocumentString<AdminMyTenantsQuery, AdminMyTenantsQueryVariables>;
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
}`, {"hash":"sha256:bc8ed13b6591a8d17529399f1b125eea283b0b846cbafc242cd7deaf3a4db308"}) as unknown as TypedDocumentString<AdminSwitchTenantMutation, AdminSwitchTenantMutationVariables>;
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
    `, {"hash":"sha256:3d7cb896ff7e0a623a3a97d24a22e8d12ccde64e83466598cc73ebcf4a44b1f2"}) as unknown as TypedDocumentString<AdminLocationsQuery, AdminLocationsQueryVariables>;
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
    `, {"hash":"sha256:1c670f36641e84e6e984c1bc7bf276fea942dcae15a8b53e0fd06faf8d86ccd2"}) as unknown as TypedDocumentString<AdminStockLevelsQuery, AdminStockLevelsQueryVariables>;
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
}`, {"hash":"sha256:c1bf683a8bc5453a9f3b3e0fba1fa14c7570881c90031cdbd855138b5b1532cf"}) as unknown as TypedDocumentString<AdminStockMovementsQuery, AdminStockMovementsQueryVariables>;
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
}`, {"hash":"sha256:dbe6224f011f68708e6dffe89e821c4066424912e38640557f4c6830e62060bc"}) as unknown as TypedDocumentString<AdminStockIssuesQuery, AdminStockIssuesQueryVariables>;
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
}`, {"hash":"sha256:5101fbb1cc4239af8aa56612857beaa835156ecb41f008c886ef163b2f63a104"}) as unknown as TypedDocumentString<AdminAdjustStockMutation, AdminAdjustStockMutationVariables>;
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
}`, {"hash":"sha256:5c12ff9aa4c842b40d3c5558e723d51e8086d5bb2407b7df23006e369d6ee193"}) as unknown as TypedDocumentString<AdminReceiveStockMutation, AdminReceiveStockMutationVariables>;
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
}`, {"hash":"sha256:4640bb2043c79277dc9fa606621c65aa86e3af8d0268fe82b6cda8fa1a7ccf58"}) as unknown as TypedDocumentString<AdminTransferStockMutation, AdminTransferStockMutationVariables>;
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
}`, {"hash":"sha256:e8054737b7d8fecb760127dd7d00d6fc9fa6590c6c2020b676b03f4a7c4b6997"}) as unknown as TypedDocumentString<AdminAcknowledgeAlertMutation, AdminAcknowledgeAlertMutationVariables>;
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
}`, {"hash":"sha256:17d58a0e4040b707e9c74108273f21b18fb7bcdb9f128f508caac87f8ca85fc5"}) as unknown as TypedDocumentString<AdminResolveConflictMutation, AdminResolveConflictMutationVariables>;
export const AdminInvitationsDocument = new TypedDocumentString(`
    query AdminInvitations {
  invitations(first: 50) {
    edges {
      node {
        id
        email
        role
        state
        createdAt
        expiresAt
      }
    }
  }
}
    `, {"hash":"sha256:ac068041e15b3951b79ac491caf20ddb353627c09854555ed6f7341e0d4a1f94"}) as unknown as TypedDocumentString<AdminInvitationsQuery, AdminInvitationsQueryVariables>;
export const AdminInviteMemberDocument = new TypedDocumentString(`
    mutation AdminInviteMember($email: String!, $role: Role!) {
  inviteMember(email: $email, role: $role) {
    token
    invitation {
      id
      email
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
}`, {"hash":"sha256:8ddd10e066a0cdbde6525d4364d130dbe77708989b42b67197e52aa33341bd98"}) as unknown as TypedDocumentString<AdminInviteMemberMutation, AdminInviteMemberMutationVariables>;
export const AdminRevokeInvitationDocument = new TypedDocumentString(`
    mutation AdminRevokeInvitation($id: ID!) {
  revokeInvitation(id: $id) {
    invitation {
      id
      state
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
}`, {"hash":"sha256:5ee2a5ae7309386bd688d314392374ed24162b9905f3600e6483bb20ae08d6d5"}) as unknown as TypedDocumentString<AdminRevokeInvitationMutation, AdminRevokeInvitationMutationVariables>;
export const InvitationPreviewDocument = new TypedDocumentString(`
    query InvitationPreview($token: String!) {
  invitationPreview(token: $token) {
    email
    role
    expiresAt
    hasAccount
    tenant {
      slug
      name
    }
  }
}
    `, {"hash":"sha256:cb1baecfd4439c36167900f0ad85318a142dfae305654354abbfd253cb11708d"}) as unknown as TypedDocumentString<InvitationPreviewQuery, InvitationPreviewQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    email
    tenant {
      slug
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
}`, {"hash":"sha256:2e3a804d0328074937cc0cbe3d14b98862b1cef25c8e7b9cbd8165ff9b0d57b2"}) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const AdminJournalDocument = new TypedDocumentString(`
    query AdminJournal($kind: JournalKind, $after: String, $withRejected: Boolean!) {
  journalEntries(filter: {kind: $kind}, after: $after, first: 25) {
    edges {
      node {
        ...AdminJournalEntryFields
        lines {
          id
          side
          amount {
            ...MoneyFields
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  rejectedPostings(first: 10) @include(if: $withRejected) {
    edges {
      node {
        id
        idempotencyKey
        reason
        createdAt
      }
    }
  }
}
    fragment AdminJournalEntryFields on JournalEntry {
  id
  kind
  memo
  referenceType
  referenceId
  occurredAt
  postedAt
  reversesEntryId
}
fragment MoneyFields on Money {
  amount
  currency
}`, {"hash":"sha256:c0f8d8157c7e61537223c3920b5f73389a05805b44076a954060476e78a89ea0"}) as unknown as TypedDocumentString<AdminJournalQuery, AdminJournalQueryVariables>;
export const AdminAdjustmentAccountsDocument = new TypedDocumentString(`
    query AdminAdjustmentAccounts {
  ledgerAccounts(first: 100) {
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
}`, {"hash":"sha256:a49ec13ee883bd872d81d4573253b107dddc05750f60b67ddb73c67f917f4587"}) as unknown as TypedDocumentString<AdminAdjustmentAccountsQuery, AdminAdjustmentAccountsQueryVariables>;
export const AdminJournalEntryDocument = new TypedDocumentString(`
    query AdminJournalEntry($id: ID!, $reference: String!) {
  journalEntry(id: $id) {
    ...AdminJournalEntryFields
    createdByUserId
    lines {
      id
      position
      side
      memo
      amount {
        ...MoneyFields
      }
      account {
        ...AdminLedgerAccountFields
      }
    }
  }
  reversals: journalEntries(
    filter: {referenceType: "JournalEntry", referenceId: $reference}
    first: 5
  ) {
    edges {
      node {
        id
        kind
        postedAt
      }
    }
  }
}
    fragment AdminJournalEntryFields on JournalEntry {
  id
  kind
  memo
  referenceType
  referenceId
  occurredAt
  postedAt
  reversesEntryId
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
}`, {"hash":"sha256:65de91f42b49ded1959b329ad531f1d2cb77bcad5ad37a65ba07ac284b4bee65"}) as unknown as TypedDocumentString<AdminJournalEntryQuery, AdminJournalEntryQueryVariables>;
export const AdminPostAdjustmentDocument = new TypedDocumentString(`
    mutation AdminPostAdjustment($input: PostAdjustmentInput!) {
  postAdjustment(input: $input) {
    entry {
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
}`, {"hash":"sha256:1f8e4a7bd48996c5f849f229bb82cb2cd5cfb7db70c7b8a65b726b44d4f484e6"}) as unknown as TypedDocumentString<AdminPostAdjustmentMutation, AdminPostAdjustmentMutationVariables>;
export const AdminReverseJournalEntryDocument = new TypedDocumentString(`
    mutation AdminReverseJournalEntry($id: ID!, $reason: String!) {
  reverseJournalEntry(id: $id, reason: $reason) {
    entry {
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
}`, {"hash":"sha256:b3d7fa2c9d03aff78484a6e0abad2488f2e448231e675146f8b4708db89f9973"}) as unknown as TypedDocumentString<AdminReverseJournalEntryMutation, AdminReverseJournalEntryMutationVariables>;
export const AdminTrialBalanceDocument = new TypedDocumentString(`
    query AdminTrialBalance($currency: String!) {
  trialBalance(currency: $currency) {
    currency
    balanced
    rows {
      purpose
      normalSide
      debits {
        ...MoneyFields
      }
      credits {
        ...MoneyFields
      }
      balance {
        ...MoneyFields
      }
    }
    otherBooksDebits {
      ...MoneyFields
    }
    otherBooksCredits {
      ...MoneyFields
    }
    totalDebits {
      ...MoneyFields
    }
    totalCredits {
      ...MoneyFields
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"hash":"sha256:7c865e2c931c5e6f06fe50fec762c90324b291fd719b9a8e50a5f425686cd338"}) as unknown as TypedDocumentString<AdminTrialBalanceQuery, AdminTrialBalanceQueryVariables>;
export const AdminPayoutSettingsDocument = new TypedDocumentString(`
    query AdminPayoutSettings {
  payoutSettings {
    schedule
    nextRunAt
    thresholds {
      currency
      minimum {
        ...MoneyFields
      }
    }
  }
  payoutItems(first: 25) {
    edges {
      node {
        id
        batchId
        status
        createdAt
        amount {
          ...MoneyFields
        }
        account {
          ...AdminLedgerAccountFields
        }
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
}`, {"hash":"sha256:888e3d57ce22cfb521ddad687fc0deb329b6a39b91ec94ed92da9acf40070b20"}) as unknown as TypedDocumentString<AdminPayoutSettingsQuery, AdminPayoutSettingsQueryVariables>;
export const AdminSetPayoutSettingsDocument = new TypedDocumentString(`
    mutation AdminSetPayoutSettings($input: SetPayoutSettingsInput!) {
  setPayoutSettings(input: $input) {
    settings {
      schedule
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
}`, {"hash":"sha256:86b550d5c4e2b2eae80c302333673f41b25b143d120599e5bea99eea8a02fb72"}) as unknown as TypedDocumentString<AdminSetPayoutSettingsMutation, AdminSetPayoutSettingsMutationVariables>;
export const AdminMembersDocument = new TypedDocumentString(`
    query AdminMembers($role: Role, $after: String) {
  members(first: 50, role: $role, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        role
        createdAt
        user {
          id
          name
          email
        }
      }
    }
  }
}
    `, {"hash":"sha256:e7ab10778d9f78f860c6af3f28ba8827065f9ad201bf610e6b80bc6d94376fd0"}) as unknown as TypedDocumentString<AdminMembersQuery, AdminMembersQueryVariables>;
export const AdminGrantRoleDocument = new TypedDocumentString(`
    mutation AdminGrantRole($email: String!, $role: Role!) {
  grantRole(email: $email, role: $role) {
    membership {
      id
      role
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
}`, {"hash":"sha256:392d87db6d707580b6197ac3a0a4156d38fc49c2e08d58c7ddebed5c6ef5063e"}) as unknown as TypedDocumentString<AdminGrantRoleMutation, AdminGrantRoleMutationVariables>;
export const AdminRevokeRoleDocument = new TypedDocumentString(`
    mutation AdminRevokeRole($membershipId: ID!) {
  revokeRole(membershipId: $membershipId) {
    membership {
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
}`, {"hash":"sha256:08579520332391da776458bdf87f86462e37e06f6a0fdc0c9d57e5290785abde"}) as unknown as TypedDocumentString<AdminRevokeRoleMutation, AdminRevokeRoleMutationVariables>;
export const AdminAgentsDocument = new TypedDocumentString(`
    query AdminAgents {
  agents(first: 100) {
    edges {
      node {
        ...AdminAgentFields
      }
    }
  }
}
    fragment AdminAgentFields on AgentProfile {
  id
  email
  code
  status
  createdAt
  upline {
    id
    code
    email
  }
  downline {
    id
    code
    email
    status
  }
}`, {"hash":"sha256:a28d61111f5e22bb539179cf6337ac98dcc6c7b3379420df8d4f19f0b2942ab2"}) as unknown as TypedDocumentString<AdminAgentsQuery, AdminAgentsQueryVariables>;
export const AdminAgentProfileDocument = new TypedDocumentString(`
    query AdminAgentProfile($id: ID!) {
  agentProfile(id: $id) {
    ...AdminAgentFields
  }
  agents(first: 100) {
    edges {
      node {
        id
        code
        email
      }
    }
  }
}
    fragment AdminAgentFields on AgentProfile {
  id
  email
  code
  status
  createdAt
  upline {
    id
    code
    email
  }
  downline {
    id
    code
    email
    status
  }
}`, {"hash":"sha256:2339974f5008fb81952897032c2f2baad6876fb5083bfdc541172db4e937cee1"}) as unknown as TypedDocumentString<AdminAgentProfileQuery, AdminAgentProfileQueryVariables>;
export const AdminMyAgentProfileDocument = new TypedDocumentString(`
    query AdminMyAgentProfile {
  myReferral {
    code
    link
    agent {
      ...AdminAgentFields
    }
  }
}
    fragment AdminAgentFields on AgentProfile {
  id
  email
  code
  status
  createdAt
  upline {
    id
    code
    email
  }
  downline {
    id
    code
    email
    status
  }
}`, {"hash":"sha256:a9d4d07bef2ad4dfb646735454b422d47fe39e9ec3c49be9d4c5641e13d24217"}) as unknown as TypedDocumentString<AdminMyAgentProfileQuery, AdminMyAgentProfileQueryVariables>;
export const AdminCreateAgentDocument = new TypedDocumentString(`
    mutation AdminCreateAgent($input: CreateAgentInput!) {
  createAgent(input: $input) {
    agent {
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
}`, {"hash":"sha256:4db6d6a31f5ef2fb1978c0190eeb0462dd5207c6ca5d0c400203339e66b097b7"}) as unknown as TypedDocumentString<AdminCreateAgentMutation, AdminCreateAgentMutationVariables>;
export const AdminSetAgentUplineDocument = new TypedDocumentString(`
    mutation AdminSetAgentUpline($agentId: ID!, $uplineId: ID) {
  setAgentUpline(agentId: $agentId, uplineId: $uplineId) {
    agent {
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
}`, {"hash":"sha256:a53e7c1ba661afee9a8c5e403e0337070cf1f3566726be14ed36836d7816b8a8"}) as unknown as TypedDocumentString<AdminSetAgentUplineMutation, AdminSetAgentUplineMutationVariables>;
export const AdminSetAgentStatusDocument = new TypedDocumentString(`
    mutation AdminSetAgentStatus($agentId: ID!, $status: AgentStatus!) {
  setAgentStatus(agentId: $agentId, status: $status) {
    agent {
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
}`, {"hash":"sha256:e9e0839d8e7f373dfc6f169bcdd4176659f4b53e1491d214472e255360850317"}) as unknown as TypedDocumentString<AdminSetAgentStatusMutation, AdminSetAgentStatusMutationVariables>;
export const AdminRevenueModelsDocument = new TypedDocumentString(`
    query AdminRevenueModels {
  revenueModels {
    ...AdminRevenueModelFields
  }
  revenueModel {
    id
  }
}
    fragment AdminRevenueModelFields on RevenueModel {
  id
  name
  preset
  residual
  assigned
  shares {
    beneficiary
    level
    bps
  }
}`, {"hash":"sha256:a9aeba71372c7dd60fe6ef703b797956638784a9a6bdad94fc5ae0e04907b25a"}) as unknown as TypedDocumentString<AdminRevenueModelsQuery, AdminRevenueModelsQueryVariables>;
export const AdminCreateRevenueModelDocument = new TypedDocumentString(`
    mutation AdminCreateRevenueModel($input: CreateRevenueModelInput!) {
  createRevenueModel(input: $input) {
    revenueModel {
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
}`, {"hash":"sha256:0af70354c493b72d082fcfb7aab663d90ef6e749c3e0964dc4dd6174c04a4acf"}) as unknown as TypedDocumentString<AdminCreateRevenueModelMutation, AdminCreateRevenueModelMutationVariables>;
export const AdminUpdateRevenueModelDocument = new TypedDocumentString(`
    mutation AdminUpdateRevenueModel($input: UpdateRevenueModelInput!) {
  updateRevenueModel(input: $input) {
    revenueModel {
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
}`, {"hash":"sha256:701cf725e27fd2a2d5fdc97757f4b1ce3186594006cabf8b90752f92bb9b864a"}) as unknown as TypedDocumentString<AdminUpdateRevenueModelMutation, AdminUpdateRevenueModelMutationVariables>;
export const AdminAssignRevenueModelDocument = new TypedDocumentString(`
    mutation AdminAssignRevenueModel($id: ID!) {
  assignRevenueModel(id: $id) {
    revenueModel {
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
}`, {"hash":"sha256:e2d915f97fce9205b90de91e9d0eb2f233c3b3dad27e79c4394f951da7e99f97"}) as unknown as TypedDocumentString<AdminAssignRevenueModelMutation, AdminAssignRevenueModelMutationVariables>;
export const AdminAttributionSettingsDocument = new TypedDocumentString(`
    query AdminAttributionSettings {
  attributionSettings {
    attribution
    windowDays
    ticketCommissionBps
    revenueModel {
      id
      name
    }
  }
}
    `, {"hash":"sha256:9047726482a54c61582c5eb889243335cd752ec09af1efc161182dac4ffc2304"}) as unknown as TypedDocumentString<AdminAttributionSettingsQuery, AdminAttributionSettingsQueryVariables>;
export const AdminSetAttributionSettingsDocument = new TypedDocumentString(`
    mutation AdminSetAttributionSettings($input: SetAttributionSettingsInput!) {
  setAttributionSettings(input: $input) {
    settings {
      windowDays
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
}`, {"hash":"sha256:9ab607403976991ae451c694f46a9cebb4ef92ba7eda5f0f0c30baae713f0db6"}) as unknown as TypedDocumentString<AdminSetAttributionSettingsMutation, AdminSetAttributionSettingsMutationVariables>;
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
}`, {"hash":"sha256:9d6498f35d6ccd198897a5221981ca5815f826067842cefa97edf70660a4a5ff"}) as unknown as TypedDocumentString<AdminPayableAccountsQuery, AdminPayableAccountsQueryVariables>;
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
}`, {"hash":"sha256:4b2d7e822fd8c22557675e1678c3d208b1145d3ee58e621d55bc3e05431832b0"}) as unknown as TypedDocumentString<AdminMyLedgerAccountsQuery, AdminMyLedgerAccountsQueryVariables>;
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
}`, {"hash":"sha256:affe438b67e57115a0d2ac75c1fcb890c465200acf3ea36556a3b2706e9f73c9"}) as unknown as TypedDocumentString<AdminLedgerStatementQuery, AdminLedgerStatementQueryVariables>;
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
}`, {"hash":"sha256:329794889ced98df99b849ad903aa255707c7cb4567834b6762d3c6328a15176"}) as unknown as TypedDocumentString<AdminPayoutBatchesQuery, AdminPayoutBatchesQueryVariables>;
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
}`, {"hash":"sha256:c6f257ce6f6638141f9498a4769536d61dfcf287605a4cf1ab6e8d1d15ede988"}) as unknown as TypedDocumentString<AdminPayoutBatchQuery, AdminPayoutBatchQueryVariables>;
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
}`, {"hash":"sha256:81a3a13077edbec5a70902d3e5f74e26b1881aaea3a7c1bf98d9ef1c806d41d4"}) as unknown as TypedDocumentString<AdminCreatePayoutBatchMutation, AdminCreatePayoutBatchMutationVariables>;
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
}`, {"hash":"sha256:0f603a2b074add574ca0a0286d44e4f4fd968b88e2fcbf46f0322022b414123e"}) as unknown as TypedDocumentString<AdminSubmitPayoutBatchMutation, AdminSubmitPayoutBatchMutationVariables>;
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
}`, {"hash":"sha256:f493aa57dbe9eafd384db7a37262761b92e9e08a2a37db329d48bc706f03864b"}) as unknown as TypedDocumentString<AdminMarkPayoutItemPaidMutation, AdminMarkPayoutItemPaidMutationVariables>;
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
}`, {"hash":"sha256:4702eb89309c17c980e040a0efd4d11ecfcaf5cdb19f03b4f50fc27d36cd26a4"}) as unknown as TypedDocumentString<AdminMarkPayoutItemFailedMutation, AdminMarkPayoutItemFailedMutationVariables>;
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
}`, {"hash":"sha256:973f91dec88fe8474019720283b37fd47018000551d5dd4b63aa4075b89f9286"}) as unknown as TypedDocumentString<AdminCommissionsQuery, AdminCommissionsQueryVariables>;
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
}`, {"hash":"sha256:cb4771f8a2c3ecd7bb3946cf4a51fd07a4ba709344583abb45803ca41dd4f65b"}) as unknown as TypedDocumentString<AdminMyCommissionsQuery, AdminMyCommissionsQueryVariables>;
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
    `, {"hash":"sha256:733e8d605cf732eb6ca2a30f6672eed504db974d1837a8753837c79048684145"}) as unknown as TypedDocumentString<AdminOwnerDirectoryQuery, AdminOwnerDirectoryQueryVariables>;
export const AdminNotificationMessagesDocument = new TypedDocumentString(`
    query AdminNotificationMessages($status: NotificationStatus, $channel: NotificationChannel, $recipient: String, $after: String) {
  notificationMessages(
    status: $status
    channel: $channel
    recipient: $recipient
    first: 30
    after: $after
  ) {
    edges {
      node {
        ...AdminNotificationMessageFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment AdminNotificationMessageFields on NotificationMessage {
  id
  template
  channel
  recipient
  locale
  status
  lastError
  attempts
  createdAt
}`, {"hash":"sha256:46db7c2fc8273e1b402c66aac93239cf1ef66de1cec9188fb0a4eed88ba985dd"}) as unknown as TypedDocumentString<AdminNotificationMessagesQuery, AdminNotificationMessagesQueryVariables>;
export const AdminNotificationMessageDocument = new TypedDocumentString(`
    query AdminNotificationMessage($id: ID!) {
  notificationMessage(id: $id) {
    ...AdminNotificationMessageFields
    subject
    body
    lastError
    provider
    providerMessageId
    sentAt
    deliveredAt
    nextAttemptAt
  }
}
    fragment AdminNotificationMessageFields on NotificationMessage {
  id
  template
  channel
  recipient
  locale
  status
  lastError
  attempts
  createdAt
}`, {"hash":"sha256:ece759b591107e25f905e80ba77c6091c275c335d8f85e519b4c2d8e64738cfa"}) as unknown as TypedDocumentString<AdminNotificationMessageQuery, AdminNotificationMessageQueryVariables>;
export const AdminRetryNotificationDocument = new TypedDocumentString(`
    mutation AdminRetryNotification($id: ID!) {
  retryNotification(id: $id) {
    message {
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
}`, {"hash":"sha256:e4f29fe9678c7da76af2ddf221a77032554836f0ba626762d79d167ce47f54fa"}) as unknown as TypedDocumentString<AdminRetryNotificationMutation, AdminRetryNotificationMutationVariables>;
export const AdminNotificationTemplatesDocument = new TypedDocumentString(`
    query AdminNotificationTemplates($locale: String) {
  notificationTemplates(locale: $locale) {
    ...AdminNotificationTemplateFields
  }
}
    fragment AdminNotificationTemplateFields on NotificationTemplate {
  key
  channel
  locale
  subject
  body
  customised
  variables
}`, {"hash":"sha256:b1999740226859de6413328a0d61e7e832cf614fb16099f3fa5338f773f81664"}) as unknown as TypedDocumentString<AdminNotificationTemplatesQuery, AdminNotificationTemplatesQueryVariables>;
export const AdminPreviewNotificationTemplateDocument = new TypedDocumentString(`
    query AdminPreviewNotificationTemplate($input: NotificationTemplateInput!) {
  previewNotificationTemplate(input: $input) {
    subject
    text
    html
  }
}
    `, {"hash":"sha256:5af0771bed550ab349363d07be3f8ce65787e9e4c6071fd892549291ca47b33e"}) as unknown as TypedDocumentString<AdminPreviewNotificationTemplateQuery, AdminPreviewNotificationTemplateQueryVariables>;
export const AdminSaveNotificationTemplateDocument = new TypedDocumentString(`
    mutation AdminSaveNotificationTemplate($input: NotificationTemplateInput!) {
  saveNotificationTemplate(input: $input) {
    template {
      ...AdminNotificationTemplateFields
    }
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminNotificationTemplateFields on NotificationTemplate {
  key
  channel
  locale
  subject
  body
  customised
  variables
}
fragment AdminUserError on UserError {
  code
  message
  field
}`, {"hash":"sha256:d4d5e1698af5b30658ae312b63b8db424bfb5a5424d5f031e2bababdd7733689"}) as unknown as TypedDocumentString<AdminSaveNotificationTemplateMutation, AdminSaveNotificationTemplateMutationVariables>;
export const AdminResetNotificationTemplateDocument = new TypedDocumentString(`
    mutation AdminResetNotificationTemplate($key: String!, $channel: NotificationChannel!, $locale: String!) {
  resetNotificationTemplate(key: $key, channel: $channel, locale: $locale) {
    template {
      ...AdminNotificationTemplateFields
    }
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminNotificationTemplateFields on NotificationTemplate {
  key
  channel
  locale
  subject
  body
  customised
  variables
}
fragment AdminUserError on UserError {
  code
  message
  field
}`, {"hash":"sha256:9dfa88d659fac54bbeff78177f65d6c2fe11d19b559c08a0489a05209a6aa9f5"}) as unknown as TypedDocumentString<AdminResetNotificationTemplateMutation, AdminResetNotificationTemplateMutationVariables>;
export const AdminNotificationProvidersDocument = new TypedDocumentString(`
    query AdminNotificationProviders {
  notificationProviders {
    channel
    provider
    senderId
    baseUrl
    configured
    sandbox
    deliveryReportUrl
  }
}
    `, {"hash":"sha256:e45839401dbeb44e6de49a40c86913c6be57ab83112d05ad75360e0fc3ce705e"}) as unknown as TypedDocumentString<AdminNotificationProvidersQuery, AdminNotificationProvidersQueryVariables>;
export const AdminSaveNotificationProviderDocument = new TypedDocumentString(`
    mutation AdminSaveNotificationProvider($input: SaveNotificationProviderInput!) {
  saveNotificationProvider(input: $input) {
    provider {
      channel
      provider
      configured
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
}`, {"hash":"sha256:a540393b031563b531666c7808c930ce7cea8da374bc832a00879ff3614d594b"}) as unknown as TypedDocumentString<AdminSaveNotificationProviderMutation, AdminSaveNotificationProviderMutationVariables>;
export const AdminSandboxMessagesDocument = new TypedDocumentString(`
    query AdminSandboxMessages($channel: NotificationChannel, $to: String) {
  sandboxMessages(channel: $channel, to: $to, first: 100) {
    id
    channel
    provider
    from
    to
    subject
    text
    html
    receivedAt
  }
}
    `, {"hash":"sha256:7427830afdc5694945c124eebd8136af160b8332f2b3adf1d8e510ca212a5c7f"}) as unknown as TypedDocumentString<AdminSandboxMessagesQuery, AdminSandboxMessagesQueryVariables>;
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
}`, {"hash":"sha256:bba3260172e105e39ee7d72c9dcadca48b49bd0450c3dff81c36751f0962de89"}) as unknown as TypedDocumentString<AdminOrderListQuery, AdminOrderListQueryVariables>;
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
    prepaid {
      ...MoneyFields
    }
    amountDue {
      ...MoneyFields
    }
    tenders {
      kind
      points
      status
      amount {
        ...MoneyFields
      }
      refunded {
        ...MoneyFields
      }
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
      method
      bankAccountNumber
      bankName
      ussdBank
      ussdCode
      mobileMoneyNetwork
      mobileMoneyPhone
      received {
        ...MoneyFields
      }
      stillToPay {
        ...MoneyFields
      }
      collectedVia
      collectedAt
      handedIn
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
}`, {"hash":"sha256:06c21342bbd7d93b3fdcb927f134b6f57906ef5b3c5256b0843b79c3756bf78d"}) as unknown as TypedDocumentString<AdminOrderDetailQuery, AdminOrderDetailQueryVariables>;
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
}`, {"hash":"sha256:6dbdd0d5b73c6954b8f74f0e6c8df6caa8e21e6b64afd682e01ccb8887fc4375"}) as unknown as TypedDocumentString<AdminFulfilOrderMutation, AdminFulfilOrderMutationVariables>;
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
}`, {"hash":"sha256:f6100a9ab5b2e873c772312359766d7550fcf3c9029fb1748bfb1bf9c4c15dc7"}) as unknown as TypedDocumentString<AdminShipOrderMutation, AdminShipOrderMutationVariables>;
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
}`, {"hash":"sha256:55de2e64124d70045086033415a771ec5234f3607975ffedbe1829be831262b5"}) as unknown as TypedDocumentString<AdminDeliverOrderMutation, AdminDeliverOrderMutationVariables>;
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
}`, {"hash":"sha256:2ef92bf1a8a530940e9988ad2c3f903b863ae2ed4b016783b271204ea50ad7c5"}) as unknown as TypedDocumentString<AdminCompleteOrderMutation, AdminCompleteOrderMutationVariables>;
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
}`, {"hash":"sha256:5ac3f781f576569fb3ece7ca622e4f09d96b8bae87b9cdf29f48a379ea24e930"}) as unknown as TypedDocumentString<AdminCancelOrderMutation, AdminCancelOrderMutationVariables>;
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
}`, {"hash":"sha256:97c95964ab59e5063fe03e27e1476fddf8230b17d15e98c68f7972c0fcba567f"}) as unknown as TypedDocumentString<AdminFulfilVendorOrderMutation, AdminFulfilVendorOrderMutationVariables>;
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
}`, {"hash":"sha256:742f202e2ced221e9bbdf5bc15e838a6181d17e5e129dccfff727c2ac01963e9"}) as unknown as TypedDocumentString<AdminShipVendorOrderMutation, AdminShipVendorOrderMutationVariables>;
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
}`, {"hash":"sha256:bc122f291a2ea20bab5f9e1907dbca47aecab73954af0cb85e53547310f4f9dd"}) as unknown as TypedDocumentString<AdminDeliverVendorOrderMutation, AdminDeliverVendorOrderMutationVariables>;
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
}`, {"hash":"sha256:72729612a92855d87aede758e80a1b8671a9a917aa23ef996f708d5beca96cfd"}) as unknown as TypedDocumentString<AdminRefundOrderMutation, AdminRefundOrderMutationVariables>;
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
}`, {"hash":"sha256:29c6a5f1d0adf4847da196d5f8fd70446109b2540c8480b88e40a6b09ee10bd9"}) as unknown as TypedDocumentString<AdminRefundPreviewQuery, AdminRefundPreviewQueryVariables>;
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
}`, {"hash":"sha256:3c1b3dee89500a90b8e1db1da80e53f52a315edcc915cb4ed187d5978cb6d416"}) as unknown as TypedDocumentString<AdminOpenDisputeMutation, AdminOpenDisputeMutationVariables>;
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
}`, {"hash":"sha256:d32b7491aab514c98360e51e8b9dc05c79ddad36a8116891f16e4f7f2e1b3ac1"}) as unknown as TypedDocumentString<AdminCloseDisputeMutation, AdminCloseDisputeMutationVariables>;
export const AdminOrdersToCollectDocument = new TypedDocumentString(`
    query AdminOrdersToCollect {
  payOnDeliveryOrders(first: 100) {
    id
    number
    email
    createdAt
    shippingAddress {
      name
      line1
      city
      phone
    }
    payments {
      method
      status
      amount {
        amount
        currency
      }
    }
  }
}
    `, {"hash":"sha256:eda51bed90bc2fda27ecbbd6745befb43eab10fa5daa8da60bb5b0fb8e481299"}) as unknown as TypedDocumentString<AdminOrdersToCollectQuery, AdminOrdersToCollectQueryVariables>;
export const AdminCollectOnDeliveryDocument = new TypedDocumentString(`
    mutation AdminCollectOnDelivery($input: CollectOnDeliveryInput!) {
  collectOnDelivery(input: $input) {
    order {
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
}`, {"hash":"sha256:466a44d84940b99ae68816585bb4859b53971ee94b57286693ad1d3a02797b2c"}) as unknown as TypedDocumentString<AdminCollectOnDeliveryMutation, AdminCollectOnDeliveryMutationVariables>;
export const AdminCollectorCashDocument = new TypedDocumentString(`
    query AdminCollectorCash {
  cashHeldByCollectors {
    collectorUserId
    openCollections
    held {
      amount
      currency
    }
    oldestCollectedAt
  }
  collectorHandIns(first: 20) {
    id
    collectorUserId
    expected {
      amount
      currency
    }
    amount {
      amount
      currency
    }
    overShort {
      amount
      currency
    }
    note
    createdAt
  }
}
    `, {"hash":"sha256:9af72d97baad1f950c07afbfb03a74de1d42055fd3c9d99547a92a8605c4e09d"}) as unknown as TypedDocumentString<AdminCollectorCashQuery, AdminCollectorCashQueryVariables>;
export const AdminHandInCollectedCashDocument = new TypedDocumentString(`
    mutation AdminHandInCollectedCash($input: HandInCollectedCashInput!) {
  handInCollectedCash(input: $input) {
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
}`, {"hash":"sha256:d0a48c6bcf75bdad91bd9da1a729b525e44dcefa24e3676f1e58316bbfd0fc44"}) as unknown as TypedDocumentString<AdminHandInCollectedCashMutation, AdminHandInCollectedCashMutationVariables>;
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
    `, {"hash":"sha256:92fb86fb3ae842f92ee1deb19c99186b244a33c63e7a51a64c47b3fdc1bc7bef"}) as unknown as TypedDocumentString<AdminVendorPayoutBankQuery, AdminVendorPayoutBankQueryVariables>;
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
    `, {"hash":"sha256:20479df60962e7139b0b80a865b1458176439d30bf95370c63751829c0645efe"}) as unknown as TypedDocumentString<AdminMyVendorPayoutBankQuery, AdminMyVendorPayoutBankQueryVariables>;
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
}`, {"hash":"sha256:f8ec666a90a37a0e673db8433e03d8dc5c780b25e6f20ad03f9177804a9c905f"}) as unknown as TypedDocumentString<AdminSetVendorPayoutBankMutation, AdminSetVendorPayoutBankMutationVariables>;
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
}`, {"hash":"sha256:e601b98a95c8d333a38169db67d33e4997770e916a00e9170a08f2b41386bcf0"}) as unknown as TypedDocumentString<AdminPayoutPlanQuery, AdminPayoutPlanQueryVariables>;
export const AdminPosDevicesDocument = new TypedDocumentString(`
    query AdminPosDevices {
  posDevices {
    ...AdminPosDeviceFields
  }
  locations(first: 100) {
    edges {
      node {
        id
        name
        active
      }
    }
  }
}
    fragment AdminPosDeviceFields on PosDevice {
  id
  name
  number
  receiptPrefix
  locationId
  status
  pairingExpiresAt
  lastSeenAt
  backlog
  salesCount
  openConflicts
}`, {"hash":"sha256:aa1a4020d49b0498e19fd10a656ba52b33823a8f06d74bb168eee7c9220d24c1"}) as unknown as TypedDocumentString<AdminPosDevicesQuery, AdminPosDevicesQueryVariables>;
export const AdminRegisterPosDeviceDocument = new TypedDocumentString(`
    mutation AdminRegisterPosDevice($input: RegisterPosDeviceInput!) {
  registerPosDevice(input: $input) {
    ...AdminPosPairingFields
  }
}
    fragment AdminPosDeviceFields on PosDevice {
  id
  name
  number
  receiptPrefix
  locationId
  status
  pairingExpiresAt
  lastSeenAt
  backlog
  salesCount
  openConflicts
}
fragment AdminPosPairingFields on PosPairingPayload {
  device {
    ...AdminPosDeviceFields
  }
  pairingCode
  userErrors {
    ...AdminUserError
  }
}
fragment AdminUserError on UserError {
  code
  message
  field
}`, {"hash":"sha256:ab9c025e023169572e50b583dee27f422a4464c844f05fb846e6d1c3088b0f3e"}) as unknown as TypedDocumentString<AdminRegisterPosDeviceMutation, AdminRegisterPosDeviceMutationVariables>;
export const AdminRenewPosPairingCodeDocument = new TypedDocumentString(`
    mutation AdminRenewPosPairingCode($id: ID!) {
  renewPosPairingCode(id: $id) {
    ...AdminPosPairingFields
  }
}
    fragment AdminPosDeviceFields on PosDevice {
  id
  name
  number
  receiptPrefix
  locationId
  status
  pairingExpiresAt
  lastSeenAt
  backlog
  salesCount
  openConflicts
}
fragment AdminPosPairingFields on PosPairingPayload {
  device {
    ...AdminPosDeviceFields
  }
  pairingCode
  userErrors {
    ...AdminUserError
  }
}
fragment AdminUserError on UserError {
  code
  message
  field
}`, {"hash":"sha256:f4e116dd0115683e4fb8e51fa886c8ec3ebc9b0f951a01e865a905bb8180aa9f"}) as unknown as TypedDocumentString<AdminRenewPosPairingCodeMutation, AdminRenewPosPairingCodeMutationVariables>;
export const AdminRevokePosDeviceDocument = new TypedDocumentString(`
    mutation AdminRevokePosDevice($id: ID!) {
  revokePosDevice(id: $id) {
    device {
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
}`, {"hash":"sha256:f506833cd18add9ec0402f8b81812b76ecd11a3e792bebb4c4800598bbada794"}) as unknown as TypedDocumentString<AdminRevokePosDeviceMutation, AdminRevokePosDeviceMutationVariables>;
export const AdminPosCashiersDocument = new TypedDocumentString(`
    query AdminPosCashiers {
  posCashiers {
    id
    name
    role
    discountLimitBps
    active
    createdAt
  }
}
    `, {"hash":"sha256:de0240e7aef36b5139bc356a128072ca530eb3dc53c539a1201861309fefd40c"}) as unknown as TypedDocumentString<AdminPosCashiersQuery, AdminPosCashiersQueryVariables>;
export const AdminSavePosCashierDocument = new TypedDocumentString(`
    mutation AdminSavePosCashier($input: SavePosCashierInput!) {
  savePosCashier(input: $input) {
    cashier {
      id
      name
      active
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
}`, {"hash":"sha256:df547d277d0c5bda12a8ad6987f1c79d102a8d363c8ad096682fc18209686a1c"}) as unknown as TypedDocumentString<AdminSavePosCashierMutation, AdminSavePosCashierMutationVariables>;
export const AdminPosSettingsDocument = new TypedDocumentString(`
    query AdminPosSettings {
  posSettings {
    receiptHeader
    receiptFooter
    vatNumber
  }
}
    `, {"hash":"sha256:9df99fa2801ca53e550d69d713fbb8c492a420a392c0aedb743eed2a5f591352"}) as unknown as TypedDocumentString<AdminPosSettingsQuery, AdminPosSettingsQueryVariables>;
export const AdminUpdatePosSettingsDocument = new TypedDocumentString(`
    mutation AdminUpdatePosSettings($input: UpdatePosSettingsInput!) {
  updatePosSettings(input: $input) {
    settings {
      receiptHeader
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
}`, {"hash":"sha256:0473a6e5853c85e532eb1890065cacfb407a7cadecbc784c469cc3a55fce9b75"}) as unknown as TypedDocumentString<AdminUpdatePosSettingsMutation, AdminUpdatePosSettingsMutationVariables>;
export const AdminTillSessionsDocument = new TypedDocumentString(`
    query AdminTillSessions($after: String) {
  tillSessions(first: 30, after: $after) {
    edges {
      node {
        id
        deviceId
        number
        status
        openedAt
        closedAt
        openingFloat {
          amount
          currency
        }
        report {
          salesCount
          netSales {
            amount
            currency
          }
          overShort {
            amount
            currency
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  posDevices {
    id
    name
    receiptPrefix
  }
}
    `, {"hash":"sha256:ee1e1b7eb63bcff7d48a318fe7a80ba361eee9585888280248f9a082542208b0"}) as unknown as TypedDocumentString<AdminTillSessionsQuery, AdminTillSessionsQueryVariables>;
export const AdminTillSessionDocument = new TypedDocumentString(`
    query AdminTillSession($id: ID!) {
  tillSession(id: $id) {
    id
    deviceId
    number
    status
    openedAt
    closedAt
    openedById
    closedById
    report {
      salesCount
      returnsCount
      sales {
        amount
        currency
      }
      discounts {
        amount
        currency
      }
      tax {
        amount
        currency
      }
      refunds {
        amount
        currency
      }
      netSales {
        amount
        currency
      }
      byTender {
        tender
        count
        amount {
          amount
          currency
        }
      }
      payIns {
        amount
        currency
      }
      payOuts {
        amount
        currency
      }
      openingFloat {
        amount
        currency
      }
      expectedCash {
        amount
        currency
      }
      countedCash {
        amount
        currency
      }
      overShort {
        amount
        currency
      }
    }
  }
  posSales(sessionId: $id, first: 100) {
    edges {
      node {
        id
        kind
        receiptNumber
        receiptCode
        cashierId
        occurredAt
        total {
          amount
          currency
        }
        tenders {
          tender
        }
      }
    }
    pageInfo {
      hasNextPage
    }
  }
  posCashiers {
    id
    name
  }
}
    `, {"hash":"sha256:281745311891ed510ff9c8486ac335565d24c18ddd164d6ca649eef7d9896893"}) as unknown as TypedDocumentString<AdminTillSessionQuery, AdminTillSessionQueryVariables>;
export const AdminPosDeviceDocument = new TypedDocumentString(`
    query AdminPosDevice($id: ID!) {
  posDevice(id: $id) {
    id
    name
    receiptPrefix
  }
}
    `, {"hash":"sha256:58cacf3532460a12a7f358721d21cf5a9ad4ffd1c51f630ab5af0860396bea03"}) as unknown as TypedDocumentString<AdminPosDeviceQuery, AdminPosDeviceQueryVariables>;
export const AdminPosConflictsDocument = new TypedDocumentString(`
    query AdminPosConflicts($open: Boolean) {
  posConflicts(open: $open) {
    id
    deviceId
    saleId
    kind
    message
    createdAt
    resolvedAt
    resolution
  }
  posDevices {
    id
    name
    receiptPrefix
  }
  posSales(first: 100) {
    edges {
      node {
        id
        receiptNumber
      }
    }
  }
}
    `, {"hash":"sha256:d641643877abb4ea4274f7e55c36def640a18780b7f890f46ff95597c1f528a6"}) as unknown as TypedDocumentString<AdminPosConflictsQuery, AdminPosConflictsQueryVariables>;
export const AdminResolvePosConflictDocument = new TypedDocumentString(`
    mutation AdminResolvePosConflict($id: ID!, $note: String!) {
  resolvePosConflict(id: $id, note: $note) {
    conflict {
      id
      resolvedAt
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
}`, {"hash":"sha256:30090c189d58b1a41336a9a83f7fe39afae00bc3ddb1ae5409b26dda414bdfe4"}) as unknown as TypedDocumentString<AdminResolvePosConflictMutation, AdminResolvePosConflictMutationVariables>;
export const AdminPriceListsDocument = new TypedDocumentString(`
    query AdminPriceLists {
  priceLists(first: 100) {
    edges {
      node {
        ...AdminPriceListFields
      }
    }
  }
}
    fragment AdminPriceListFields on PriceList {
  id
  name
  channel
  customerGroup
  currency
  priority
  startsAt
  endsAt
}`, {"hash":"sha256:9a55f6167346907c62bd27d8f8d4df9bbab0a7be288a06a574cb0377ac3d438c"}) as unknown as TypedDocumentString<AdminPriceListsQuery, AdminPriceListsQueryVariables>;
export const AdminPricingProductDocument = new TypedDocumentString(`
    query AdminPricingProduct($id: ID!) {
  productById(id: $id) {
    id
    title
    vendor {
      id
      name
    }
    variants {
      id
      sku
      title
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
    }
  }
}
    `, {"hash":"sha256:1dd4e278dc23728dd6ada32be1fa860cc60f102224881eaf978d65fc310c380b"}) as unknown as TypedDocumentString<AdminPricingProductQuery, AdminPricingProductQueryVariables>;
export const AdminCreatePriceListDocument = new TypedDocumentString(`
    mutation AdminCreatePriceList($input: CreatePriceListInput!) {
  createPriceList(input: $input) {
    priceList {
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
}`, {"hash":"sha256:330e8ff8f0691d36b8d3a26def377589739802db8f0385d91c3c39b6aebf4abb"}) as unknown as TypedDocumentString<AdminCreatePriceListMutation, AdminCreatePriceListMutationVariables>;
export const AdminRemovePriceListDocument = new TypedDocumentString(`
    mutation AdminRemovePriceList($id: ID!) {
  removePriceList(id: $id) {
    priceList {
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
}`, {"hash":"sha256:b64f4f2e9a7b128089f0c2e6a31e274c87fe1cb76508f3dc5c219aa93dcc35fb"}) as unknown as TypedDocumentString<AdminRemovePriceListMutation, AdminRemovePriceListMutationVariables>;
export const AdminSetSalePriceDocument = new TypedDocumentString(`
    mutation AdminSetSalePrice($input: SetSalePriceInput!) {
  setSalePrice(input: $input) {
    price {
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
}`, {"hash":"sha256:b6cf01b0934f1ed5d5a4381133706ff4538f4de1dd4d8c1beb5437e97936f446"}) as unknown as TypedDocumentString<AdminSetSalePriceMutation, AdminSetSalePriceMutationVariables>;
export const AdminSetTierPriceDocument = new TypedDocumentString(`
    mutation AdminSetTierPrice($input: SetTierPriceInput!) {
  setTierPrice(input: $input) {
    price {
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
}`, {"hash":"sha256:e69d3d3637f08cda8e6cfdbf2d5322a48d34d44a30ae46d187b2f7a0749404d1"}) as unknown as TypedDocumentString<AdminSetTierPriceMutation, AdminSetTierPriceMutationVariables>;
export const AdminSetListPriceDocument = new TypedDocumentString(`
    mutation AdminSetListPrice($input: SetListPriceInput!) {
  setListPrice(input: $input) {
    price {
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
}`, {"hash":"sha256:8653df2685a94bc922690ed69ab0f4f89ac5c7f496a17ecee6bdcea512337754"}) as unknown as TypedDocumentString<AdminSetListPriceMutation, AdminSetListPriceMutationVariables>;
export const AdminRemovePriceDocument = new TypedDocumentString(`
    mutation AdminRemovePrice($id: ID!) {
  removePrice(id: $id) {
    price {
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
}`, {"hash":"sha256:6e92c8daff42377f4809935a035b016aa9bd9cf44a0958eb3610d12c272d3007"}) as unknown as TypedDocumentString<AdminRemovePriceMutation, AdminRemovePriceMutationVariables>;
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
    `, {"hash":"sha256:9610a747ce45351739f143d218bbe0332e636b857cfed51482e39af3d00aaad4"}) as unknown as TypedDocumentString<AdminImportCategoriesQuery, AdminImportCategoriesQueryVariables>;
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
    `, {"hash":"sha256:e4390955518f9043b67a01f39038f04482e52c3a78b3c96729685cb1c28f1f62"}) as unknown as TypedDocumentString<AdminImportSkusQuery, AdminImportSkusQueryVariables>;
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
}`, {"hash":"sha256:321427c59cbbdd264a22b6b5af1267a0da886c8e0c5a3cc26c3b1824978c9ff2"}) as unknown as TypedDocumentString<AdminImportCreateProductMutation, AdminImportCreateProductMutationVariables>;
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
}`, {"hash":"sha256:e4e2587a1210815777fa39aaa4324426817a64b2dffc0d48b449f86a4cdf56a5"}) as unknown as TypedDocumentString<AdminProductListQuery, AdminProductListQueryVariables>;
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
}`, {"hash":"sha256:165d8894ed17f789e70e036900da73f78ca1e164dbeeec41d4b3b64650160a77"}) as unknown as TypedDocumentString<AdminProductSearchQuery, AdminProductSearchQueryVariables>;
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
    `, {"hash":"sha256:c6440bcb4d0102c4f77022ebbf0c2d709010fe09372242892f5c6dc0a5013637"}) as unknown as TypedDocumentString<AdminProductFormOptionsQuery, AdminProductFormOptionsQueryVariables>;
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
      weightGrams
      lengthMm
      widthMm
      heightMm
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
    `, {"hash":"sha256:f87b02cc6a827da7ac3baf6ae95bc20030436a20fc0ce200cb6f0bac9d2870d5"}) as unknown as TypedDocumentString<AdminProductQuery, AdminProductQueryVariables>;
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
}`, {"hash":"sha256:2cec68526033c3668b8c496af5212408cb39e37b99ddec5335d3fc065fad30ae"}) as unknown as TypedDocumentString<AdminCreateProductMutation, AdminCreateProductMutationVariables>;
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
}`, {"hash":"sha256:42007494415ef90350f97def6808d9acadb79d75ed1302f2da3961447b115209"}) as unknown as TypedDocumentString<AdminUpdateProductMutation, AdminUpdateProductMutationVariables>;
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
}`, {"hash":"sha256:65b873c27c19bdf9858e7c67addd5e62af80fd58f057c828e8578e88182e148d"}) as unknown as TypedDocumentString<AdminSetProductStatusMutation, AdminSetProductStatusMutationVariables>;
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
}`, {"hash":"sha256:4239a771bf45ad8d2102574638b10a0c9405b98e08da306c4e40adb84ff2efe7"}) as unknown as TypedDocumentString<AdminAddVariantMutation, AdminAddVariantMutationVariables>;
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
}`, {"hash":"sha256:5a1123036c7e581445fa9fa50d81485a43dc5e83f55a5ee21f2492d4a13851ba"}) as unknown as TypedDocumentString<AdminUpdateVariantMutation, AdminUpdateVariantMutationVariables>;
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
}`, {"hash":"sha256:a3ba3dd65972b6368a91aad381e57b7bc170618f589fd546c875559e824a64e9"}) as unknown as TypedDocumentString<AdminSetBasePriceMutation, AdminSetBasePriceMutationVariables>;
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
}`, {"hash":"sha256:07de1e99261091b8b7c9d4ef2c87153715f428b6e1d1d22429661d4e163cd924"}) as unknown as TypedDocumentString<AdminAddMediaMutation, AdminAddMediaMutationVariables>;
export const AdminSalesTilesDocument = new TypedDocumentString(`
    query AdminSalesTiles($from: DateTime!, $to: DateTime!, $timeZone: String) {
  salesSummary(from: $from, to: $to) {
    orders
    revenue {
      ...MoneyFields
    }
    refunded {
      ...MoneyFields
    }
    averageOrderValue {
      ...MoneyFields
    }
  }
  salesReport(from: $from, to: $to, groupBy: PRODUCT, timeZone: $timeZone) {
    key
    label
    units
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"hash":"sha256:8441dc9ed6fb6f29301d7ae425b878c191c0c405d2571d99d6fff3fe1b8bd1e6"}) as unknown as TypedDocumentString<AdminSalesTilesQuery, AdminSalesTilesQueryVariables>;
export const AdminSalesReportDocument = new TypedDocumentString(`
    query AdminSalesReport($from: DateTime!, $to: DateTime!, $groupBy: SalesGrouping!, $timeZone: String) {
  salesSummary(from: $from, to: $to) {
    orders
    revenue {
      ...MoneyFields
    }
    tax {
      ...MoneyFields
    }
    refunded {
      ...MoneyFields
    }
    averageOrderValue {
      ...MoneyFields
    }
  }
  salesReport(from: $from, to: $to, groupBy: $groupBy, timeZone: $timeZone) {
    key
    label
    orders
    units
    revenue {
      ...MoneyFields
    }
    tax {
      ...MoneyFields
    }
    refunded {
      ...MoneyFields
    }
    commission {
      ...MoneyFields
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"hash":"sha256:99b3f55a3bf206a4200b0bad813e5d4f6429b5db29c5f14360d843a60a3bd55a"}) as unknown as TypedDocumentString<AdminSalesReportQuery, AdminSalesReportQueryVariables>;
export const AdminStockReportDocument = new TypedDocumentString(`
    query AdminStockReport($groupBy: StockGrouping!) {
  stockReport(groupBy: $groupBy) {
    key
    label
    product {
      id
      title
    }
    variants
    onHand
    reserved
    available
  }
}
    `, {"hash":"sha256:52e48b48c68037957964f5c9c56ea750ce265179e457bf1ac0473af12dcf0f6c"}) as unknown as TypedDocumentString<AdminStockReportQuery, AdminStockReportQueryVariables>;
export const AdminTicketSalesReportDocument = new TypedDocumentString(`
    query AdminTicketSalesReport($from: DateTime!, $to: DateTime!) {
  ticketSalesReport(from: $from, to: $to) {
    tripId
    routeCode
    origin
    destination
    departureAt
    seats
    seatsSold
    seatsBoarded
    revenue {
      ...MoneyFields
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"hash":"sha256:bcc59ef7d502d74923011ffacbf96dd93fe906e8639084ba9d31ee062ec7b7b6"}) as unknown as TypedDocumentString<AdminTicketSalesReportQuery, AdminTicketSalesReportQueryVariables>;
export const AdminCommissionReportDocument = new TypedDocumentString(`
    query AdminCommissionReport($from: DateTime!, $to: DateTime!) {
  commissionReport(from: $from, to: $to) {
    beneficiary
    level
    beneficiaryId
    agentCode
    lines
    amount {
      ...MoneyFields
    }
    clawedBack {
      ...MoneyFields
    }
    held {
      ...MoneyFields
    }
    posted {
      ...MoneyFields
    }
    flagged {
      ...MoneyFields
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"hash":"sha256:7e96acdaa7238d0292313fa72a2a92bd08046fcc14a8e85ab23f735eeda60d0f"}) as unknown as TypedDocumentString<AdminCommissionReportQuery, AdminCommissionReportQueryVariables>;
export const AdminPayoutReportDocument = new TypedDocumentString(`
    query AdminPayoutReport($from: DateTime!, $to: DateTime!) {
  payoutReport(from: $from, to: $to) {
    accountId
    ownerType
    ownerId
    purpose
    items
    amount {
      ...MoneyFields
    }
    paid {
      ...MoneyFields
    }
    pending {
      ...MoneyFields
    }
    failed {
      ...MoneyFields
    }
    bankName
    accountLast4
    lastPaidAt
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"hash":"sha256:b7eb24d26525df04366d73e9ae0e7ac815a61809c715c35a585ce8c61f81d4b2"}) as unknown as TypedDocumentString<AdminPayoutReportQuery, AdminPayoutReportQueryVariables>;
export const AdminReturnListDocument = new TypedDocumentString(`
    query AdminReturnList($status: ReturnStatus, $after: String) {
  returnRequests(first: 25, after: $after, status: $status) {
    edges {
      node {
        id
        reference
        orderId
        orderNumber
        vendorName
        status
        reason
        createdAt
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
    `, {"hash":"sha256:aa3980e9fc540de667699a81e00eb2518d82bc3f32b58113979fd3754f7ce163"}) as unknown as TypedDocumentString<AdminReturnListQuery, AdminReturnListQueryVariables>;
export const AdminReturnDetailDocument = new TypedDocumentString(`
    query AdminReturnDetail($id: ID!) {
  returnRequest(id: $id) {
    id
    reference
    orderId
    orderNumber
    vendorName
    status
    reason
    details
    instructions
    refusalReason
    exchangeNote
    refundAmount {
      ...MoneyFields
    }
    shippingWay
    shippingPaidBy
    shippingCharge {
      ...MoneyFields
    }
    customerCarrier
    customerTrackingNumber
    customerSentAt
    returnShipment {
      id
      carrier
      trackingNumber
      status
      riderUserId
      events {
        id
        status
        note
        location
        at
      }
    }
    canRefund
    createdAt
    lines {
      id
      orderLineId
      title
      sku
      quantity
    }
    photos {
      id
      width
      height
    }
    timeline {
      id
      fromStatus
      toStatus
      actorType
      note
      at
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"hash":"sha256:e455957a6dcb22ca317959fce44f356d6315a222a11e7e8b55ba4c3df306a946"}) as unknown as TypedDocumentString<AdminReturnDetailQuery, AdminReturnDetailQueryVariables>;
export const AdminReturnSettingsDocument = new TypedDocumentString(`
    query AdminReturnSettings {
  returnSettings {
    windowDays
  }
}
    `, {"hash":"sha256:80baaeff24b508ef15e027106f1943b5b83a72206b0a1c795dd6c5c5cd2caf43"}) as unknown as TypedDocumentString<AdminReturnSettingsQuery, AdminReturnSettingsQueryVariables>;
export const AdminUpdateReturnSettingsDocument = new TypedDocumentString(`
    mutation AdminUpdateReturnSettings($windowDays: Int!) {
  updateReturnSettings(windowDays: $windowDays) {
    settings {
      windowDays
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
}`, {"hash":"sha256:c73e5d254257f7acf41a5ecb2a004c68a4f0e386cbae7c448f74c2698f263128"}) as unknown as TypedDocumentString<AdminUpdateReturnSettingsMutation, AdminUpdateReturnSettingsMutationVariables>;
export const AdminApproveReturnDocument = new TypedDocumentString(`
    mutation AdminApproveReturn($id: ID!, $instructions: String!) {
  approveReturn(id: $id, instructions: $instructions) {
    returnRequest {
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
}`, {"hash":"sha256:8c49c3a5dfedbcca49a159c9c0cc8c7ba826ee758b9c42d36bfdb6e976e1bf87"}) as unknown as TypedDocumentString<AdminApproveReturnMutation, AdminApproveReturnMutationVariables>;
export const AdminRefuseReturnDocument = new TypedDocumentString(`
    mutation AdminRefuseReturn($id: ID!, $reason: String!) {
  refuseReturn(id: $id, reason: $reason) {
    returnRequest {
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
}`, {"hash":"sha256:393c98a8c773d61198ca1081101e67718247a7d96196fd0fb21f97359b372e30"}) as unknown as TypedDocumentString<AdminRefuseReturnMutation, AdminRefuseReturnMutationVariables>;
export const AdminReceiveReturnDocument = new TypedDocumentString(`
    mutation AdminReceiveReturn($id: ID!, $note: String) {
  receiveReturn(id: $id, note: $note) {
    returnRequest {
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
}`, {"hash":"sha256:7f6bcc7fb08bdedafca0e4d7195d0f6e4973231a4a9220e9504407342c606524"}) as unknown as TypedDocumentString<AdminReceiveReturnMutation, AdminReceiveReturnMutationVariables>;
export const AdminExchangeReturnDocument = new TypedDocumentString(`
    mutation AdminExchangeReturn($id: ID!, $note: String!, $restock: Boolean) {
  exchangeReturn(id: $id, note: $note, restock: $restock) {
    returnRequest {
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
}`, {"hash":"sha256:d3ee34c8e117e853393faa3427c7227608256bae64ee2173eab71b4ae73d4b39"}) as unknown as TypedDocumentString<AdminExchangeReturnMutation, AdminExchangeReturnMutationVariables>;
export const AdminRefundReturnDocument = new TypedDocumentString(`
    mutation AdminRefundReturn($id: ID!, $restock: Boolean) {
  refundReturn(id: $id, restock: $restock) {
    returnRequest {
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
}`, {"hash":"sha256:0b4a0701e306fa3cf16f516ab50b3dc647ebdb05b06d573d6f0e17c2f800bad9"}) as unknown as TypedDocumentString<AdminRefundReturnMutation, AdminRefundReturnMutationVariables>;
export const AdminArrangeReturnShippingDocument = new TypedDocumentString(`
    mutation AdminArrangeReturnShipping($input: ArrangeReturnShippingInput!) {
  arrangeReturnShipping(input: $input) {
    returnRequest {
      id
      shippingWay
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
}`, {"hash":"sha256:c02a4655ed2ba57932b40b87702dd5a8649db07bab0831e5c0014d0d2c9b9527"}) as unknown as TypedDocumentString<AdminArrangeReturnShippingMutation, AdminArrangeReturnShippingMutationVariables>;
export const AdminReceiveReturnShipmentDocument = new TypedDocumentString(`
    mutation AdminReceiveReturnShipment($id: ID!, $note: String) {
  receiveReturnShipment(id: $id, note: $note) {
    returnRequest {
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
}`, {"hash":"sha256:45a1e3ae4a86edb1ee9793ac7093cd088254feae154aa169cd45776a0aeaa511"}) as unknown as TypedDocumentString<AdminReceiveReturnShipmentMutation, AdminReceiveReturnShipmentMutationVariables>;
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
    `, {"hash":"sha256:d3040e4d947bb85c97ef3e91960cc488f5fb95930ddd6c16e8ad0fb678fc520a"}) as unknown as TypedDocumentString<AdminViewerQuery, AdminViewerQueryVariables>;
export const AdminMyVendorDocument = new TypedDocumentString(`
    query AdminMyVendor {
  myVendor {
    id
    name
    status
  }
}
    `, {"hash":"sha256:946961af6047bed6679cfd620852c61afb80c7197cd2d5a46dbbc53d33d7c4e7"}) as unknown as TypedDocumentString<AdminMyVendorQuery, AdminMyVendorQueryVariables>;
export const AdminCommerceSettingsDocument = new TypedDocumentString(`
    query AdminCommerceSettings {
  commerceSettings {
    taxShipping
    paymentProvider
    paymentWindowMinutes
  }
}
    `, {"hash":"sha256:025d7119739d46de40f4b2336a09a1626eec9b426394c803424b75e50a1169ce"}) as unknown as TypedDocumentString<AdminCommerceSettingsQuery, AdminCommerceSettingsQueryVariables>;
export const AdminUpdateCommerceSettingsDocument = new TypedDocumentString(`
    mutation AdminUpdateCommerceSettings($input: UpdateCommerceSettingsInput!) {
  updateCommerceSettings(input: $input) {
    settings {
      taxShipping
      paymentProvider
      paymentWindowMinutes
      paymentMethods
      checkoutCarrier
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
}`, {"hash":"sha256:2fcaeebfc296804e1ad9691b6d6a40ac8173312a48e3bf898c554dab73a0e3b6"}) as unknown as TypedDocumentString<AdminUpdateCommerceSettingsMutation, AdminUpdateCommerceSettingsMutationVariables>;
export const AdminShippingZonesDocument = new TypedDocumentString(`
    query AdminShippingZones {
  commerceSettings {
    checkoutCarrier
  }
  shippingZones {
    id
    name
    country
    regions
    rates {
      id
      method
      name
      active
      amount {
        ...MoneyFields
      }
      freeOver {
        ...MoneyFields
      }
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"hash":"sha256:7ded8ceddc78d632129e840a04789670aad9d69a2837cd4eae147c2f7a4a5240"}) as unknown as TypedDocumentString<AdminShippingZonesQuery, AdminShippingZonesQueryVariables>;
export const AdminSetShippingZoneDocument = new TypedDocumentString(`
    mutation AdminSetShippingZone($input: ShippingZoneInput!) {
  setShippingZone(input: $input) {
    zone {
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
}`, {"hash":"sha256:684bc2d844d2d29269e29c3e58e7a3961a7cd28445af6173a88551bc09e03f8a"}) as unknown as TypedDocumentString<AdminSetShippingZoneMutation, AdminSetShippingZoneMutationVariables>;
export const AdminRemoveShippingZoneDocument = new TypedDocumentString(`
    mutation AdminRemoveShippingZone($id: ID!) {
  removeShippingZone(id: $id) {
    zone {
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
}`, {"hash":"sha256:c399cb87b52ccb2219287c4cc2d21364558447462ab6f879b8b98f53b589ca2f"}) as unknown as TypedDocumentString<AdminRemoveShippingZoneMutation, AdminRemoveShippingZoneMutationVariables>;
export const AdminSetShippingRateDocument = new TypedDocumentString(`
    mutation AdminSetShippingRate($input: ShippingRateInput!) {
  setShippingRate(input: $input) {
    rate {
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
}`, {"hash":"sha256:da83422290766c5f0c8906032eaaeb6529d32ee190a38029bf58ae2785149f34"}) as unknown as TypedDocumentString<AdminSetShippingRateMutation, AdminSetShippingRateMutationVariables>;
export const AdminRemoveShippingRateDocument = new TypedDocumentString(`
    mutation AdminRemoveShippingRate($id: ID!) {
  removeShippingRate(id: $id) {
    rate {
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
}`, {"hash":"sha256:bce08b65e9c7937909c4c9284f2da67240e6ebf4111e0410597eecca98f84b14"}) as unknown as TypedDocumentString<AdminRemoveShippingRateMutation, AdminRemoveShippingRateMutationVariables>;
export const AdminPaymentSettingsDocument = new TypedDocumentString(`
    query AdminPaymentSettings {
  commerceSettings {
    paymentProvider
    paymentMethods
    payOnDeliveryMaxTotal
  }
  paymentProviderAccounts {
    provider
    publicKey
    hasWebhookSecret
    updatedAt
  }
}
    `, {"hash":"sha256:6b0da6c9086c788ccb736a8468bfd1d3c55276d8de0b0585d56edba6cdeb74a4"}) as unknown as TypedDocumentString<AdminPaymentSettingsQuery, AdminPaymentSettingsQueryVariables>;
export const AdminSetPaymentProviderCredentialsDocument = new TypedDocumentString(`
    mutation AdminSetPaymentProviderCredentials($input: PaymentProviderCredentialsInput!) {
  setPaymentProviderCredentials(input: $input) {
    account {
      provider
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
}`, {"hash":"sha256:664e639304bba3576e8659617e6e45639c7f56c00cc34b93cc93129d4bc70f75"}) as unknown as TypedDocumentString<AdminSetPaymentProviderCredentialsMutation, AdminSetPaymentProviderCredentialsMutationVariables>;
export const AdminLocationListDocument = new TypedDocumentString(`
    query AdminLocationList {
  locations(first: 100) {
    edges {
      node {
        id
        code
        name
        kind
        active
        createdAt
      }
    }
  }
}
    `, {"hash":"sha256:b9ab1a8f5044a7771d5b0fc9435bf4d9a8355ef2de765a71ed95ab51e86b7ebd"}) as unknown as TypedDocumentString<AdminLocationListQuery, AdminLocationListQueryVariables>;
export const AdminCreateLocationDocument = new TypedDocumentString(`
    mutation AdminCreateLocation($input: CreateLocationInput!) {
  createLocation(input: $input) {
    location {
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
}`, {"hash":"sha256:d4cee6fbe7557be4f8a542305a194285e65aa6018c0fb7b7334d1df139f7bd18"}) as unknown as TypedDocumentString<AdminCreateLocationMutation, AdminCreateLocationMutationVariables>;
export const AdminUpdateLocationDocument = new TypedDocumentString(`
    mutation AdminUpdateLocation($input: UpdateLocationInput!) {
  updateLocation(input: $input) {
    location {
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
}`, {"hash":"sha256:03b3b8eef1e97c9b8fc53fdbac07e10cbf56ae17cad673ec0b37f4bd38dc6c2f"}) as unknown as TypedDocumentString<AdminUpdateLocationMutation, AdminUpdateLocationMutationVariables>;
export const AdminDeactivateLocationDocument = new TypedDocumentString(`
    mutation AdminDeactivateLocation($id: ID!) {
  deactivateLocation(id: $id) {
    location {
      id
      active
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
}`, {"hash":"sha256:b6f83f4d516c538c60c50ac06f77a11954ead1612e711169ec1e3cf57af249b6"}) as unknown as TypedDocumentString<AdminDeactivateLocationMutation, AdminDeactivateLocationMutationVariables>;
export const AdminReorderSuggestionsDocument = new TypedDocumentString(`
    query AdminReorderSuggestions($locationId: ID, $after: String, $first: Int!) {
  reorderSuggestions(locationId: $locationId, after: $after, first: $first) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        available
        reorderPoint
        suggestedQuantity
        stockLevel {
          id
          sku
          onHand
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
      }
    }
  }
}
    `, {"hash":"sha256:57cac2c5cd978f83fa82c60be44ffad9b8474150cce91e39aad92a6d98817f67"}) as unknown as TypedDocumentString<AdminReorderSuggestionsQuery, AdminReorderSuggestionsQueryVariables>;
export const AdminStockThresholdsDocument = new TypedDocumentString(`
    query AdminStockThresholds($sku: String!, $locationId: ID) {
  stockLevels(sku: $sku, locationId: $locationId, first: 10) {
    edges {
      node {
        id
        sku
        available
        lowStockThreshold
        reorderPoint
        reorderQuantity
        location {
          id
        }
      }
    }
  }
}
    `, {"hash":"sha256:5cce4cc3661e9048e64eb46abe97e0b87dc6e1087c8049358ad95dfa729d6963"}) as unknown as TypedDocumentString<AdminStockThresholdsQuery, AdminStockThresholdsQueryVariables>;
export const AdminSetStockThresholdsDocument = new TypedDocumentString(`
    mutation AdminSetStockThresholds($input: SetStockThresholdsInput!) {
  setStockThresholds(input: $input) {
    stockLevel {
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
}`, {"hash":"sha256:629f26d89dbdd9c5f7819d06b1e20d8d0d642daa5f3281c44a72ec831988bf08"}) as unknown as TypedDocumentString<AdminSetStockThresholdsMutation, AdminSetStockThresholdsMutationVariables>;
export const AdminChannelsDocument = new TypedDocumentString(`
    query AdminChannels($channel: StockChannel, $after: String) {
  channelPolicies {
    channel
    mode
    updatedAt
  }
  channelAllocations(channel: $channel, after: $after, first: 50) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        sku
        channel
        quantity
        reserved
        available
        updatedAt
        location {
          id
          name
        }
      }
    }
  }
}
    `, {"hash":"sha256:31ef89aa66ec90c1c0ef277cf7d2a05ed27318d547aa4d9e9e5e3675594dae0b"}) as unknown as TypedDocumentString<AdminChannelsQuery, AdminChannelsQueryVariables>;
export const AdminSetChannelPolicyDocument = new TypedDocumentString(`
    mutation AdminSetChannelPolicy($channel: StockChannel!, $mode: ChannelMode!) {
  setChannelPolicy(channel: $channel, mode: $mode) {
    policy {
      channel
      mode
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
}`, {"hash":"sha256:f224dad6567d008ce77d8776cc351920d9b418a8c325e2238c7fb054c0eb8307"}) as unknown as TypedDocumentString<AdminSetChannelPolicyMutation, AdminSetChannelPolicyMutationVariables>;
export const AdminAllocateStockDocument = new TypedDocumentString(`
    mutation AdminAllocateStock($input: AllocateStockInput!) {
  allocateStock(input: $input) {
    allocation {
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
}`, {"hash":"sha256:f86c0bcaff4fdaad387503b1eddbf908cf52d04272bc40bd1cd880356de02e80"}) as unknown as TypedDocumentString<AdminAllocateStockMutation, AdminAllocateStockMutationVariables>;
export const AdminDeallocateStockDocument = new TypedDocumentString(`
    mutation AdminDeallocateStock($input: AllocateStockInput!) {
  deallocateStock(input: $input) {
    allocation {
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
}`, {"hash":"sha256:08bbf766be6e709042cf1378f6ff293397053efb71e9cfb7f54ba298bd869db6"}) as unknown as TypedDocumentString<AdminDeallocateStockMutation, AdminDeallocateStockMutationVariables>;
export const AdminChildTenantsDocument = new TypedDocumentString(`
    query AdminChildTenants($under: ID, $after: String) {
  childTenants(first: 50, under: $under, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        slug
        name
        primaryColor
        createdAt
        suspendedAt
      }
    }
  }
  myTenants {
    tenant {
      id
    }
    roles
  }
}
    `, {"hash":"sha256:0945554734c13e4631e8a20400fcb6c955baf15df50e2fa7289304a4f7000df6"}) as unknown as TypedDocumentString<AdminChildTenantsQuery, AdminChildTenantsQueryVariables>;
export const AdminCreateTenantDocument = new TypedDocumentString(`
    mutation AdminCreateTenant($input: CreateTenantInput!) {
  createTenant(input: $input) {
    tenant {
      id
      slug
      name
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
}`, {"hash":"sha256:14d9ff928232e4c48f25420d1cdf640d3ff7530f15199503c0fa8b56a7e87760"}) as unknown as TypedDocumentString<AdminCreateTenantMutation, AdminCreateTenantMutationVariables>;
export const AdminBrandingDocument = new TypedDocumentString(`
    query AdminBranding {
  currentTenant {
    id
    name
    logoUrl
    primaryColor
  }
}
    `, {"hash":"sha256:b2bc40ab43d8851c892df828026c2d606fcdba9349fb12b372efa0fe29d627b4"}) as unknown as TypedDocumentString<AdminBrandingQuery, AdminBrandingQueryVariables>;
export const AdminUpdateTenantDocument = new TypedDocumentString(`
    mutation AdminUpdateTenant($input: UpdateTenantInput!) {
  updateTenant(input: $input) {
    tenant {
      id
      name
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
}`, {"hash":"sha256:5cc8ee1d611907c747024259a280c173038141e46a5417e86ad4cfe809b3e722"}) as unknown as TypedDocumentString<AdminUpdateTenantMutation, AdminUpdateTenantMutationVariables>;
export const AdminTenantBySlugDocument = new TypedDocumentString(`
    query AdminTenantBySlug($slug: String!) {
  tenantBySlug(slug: $slug) {
    id
    kind
    slug
    name
  }
}
    `, {"hash":"sha256:3b77d7a04aba701dce146d4826410d2bf819caee072b11bc0dea4bd69a62b58d"}) as unknown as TypedDocumentString<AdminTenantBySlugQuery, AdminTenantBySlugQueryVariables>;
export const AdminSuspendTenantDocument = new TypedDocumentString(`
    mutation AdminSuspendTenant($tenantId: ID!, $reason: String!) {
  suspendTenant(tenantId: $tenantId, reason: $reason) {
    tenant {
      id
      suspendedAt
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
}`, {"hash":"sha256:c8947a35cce9afdc93276876bd47f9c2efdfeb49e5139f1c942bd23058f03236"}) as unknown as TypedDocumentString<AdminSuspendTenantMutation, AdminSuspendTenantMutationVariables>;
export const AdminReinstateTenantDocument = new TypedDocumentString(`
    mutation AdminReinstateTenant($tenantId: ID!) {
  reinstateTenant(tenantId: $tenantId) {
    tenant {
      id
      suspendedAt
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
}`, {"hash":"sha256:f3d97a8364badfcf7ff43d421dfbfda9305a51f4d25e2aefe3697b155eeeb82d"}) as unknown as TypedDocumentString<AdminReinstateTenantMutation, AdminReinstateTenantMutationVariables>;
export const AdminTransportNetworkDocument = new TypedDocumentString(`
    query AdminTransportNetwork {
  parks {
    id
    name
    city
    state
  }
  transportRoutes {
    id
    code
    origin {
      id
      name
      city
    }
    destination {
      id
      name
      city
    }
    stops
    fares {
      seatClass
      price {
        amount
        currency
      }
    }
  }
  vehicles {
    id
    registration
    layout {
      seats {
        seatClass
      }
    }
  }
}
    `, {"hash":"sha256:6b182682d01a9b3e400b145605de24a1ce6358c7103a08b8a4632c8328a6c1f5"}) as unknown as TypedDocumentString<AdminTransportNetworkQuery, AdminTransportNetworkQueryVariables>;
export const AdminCreateParkDocument = new TypedDocumentString(`
    mutation AdminCreatePark($input: CreateParkInput!) {
  createPark(input: $input) {
    park {
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
}`, {"hash":"sha256:25c8a1860864b00af83b0dd55cd37b27e3fd1804b71b4935d1e1afa935edf96d"}) as unknown as TypedDocumentString<AdminCreateParkMutation, AdminCreateParkMutationVariables>;
export const AdminCreateRouteDocument = new TypedDocumentString(`
    mutation AdminCreateRoute($input: CreateRouteInput!) {
  createRoute(input: $input) {
    route {
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
}`, {"hash":"sha256:2e3f7b7eabe2e5af87569d449e76c2507863e113681a009ba22f2ef75c571957"}) as unknown as TypedDocumentString<AdminCreateRouteMutation, AdminCreateRouteMutationVariables>;
export const AdminUpdateRouteDocument = new TypedDocumentString(`
    mutation AdminUpdateRoute($input: UpdateRouteInput!) {
  updateRoute(input: $input) {
    route {
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
}`, {"hash":"sha256:cc51cfed8b76e3925c4ab20037c99d398b0c06334d9260215867ac6548b58d02"}) as unknown as TypedDocumentString<AdminUpdateRouteMutation, AdminUpdateRouteMutationVariables>;
export const AdminSetRouteFaresDocument = new TypedDocumentString(`
    mutation AdminSetRouteFares($input: SetRouteFaresInput!) {
  setRouteFares(input: $input) {
    route {
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
}`, {"hash":"sha256:dabf5b8671852560bc1599aa18ce608f7ce973f55c840552db47b19136dba788"}) as unknown as TypedDocumentString<AdminSetRouteFaresMutation, AdminSetRouteFaresMutationVariables>;
export const AdminVehiclesDocument = new TypedDocumentString(`
    query AdminVehicles {
  vehicles {
    id
    registration
    name
    seatCount
    layout {
      rows
      columns
      aisleAfterColumn
      seats {
        label
        row
        column
        seatClass
      }
    }
  }
}
    `, {"hash":"sha256:cc6e88b78f22d25fe872e407495a80fe2760e4452d0f73f512b0f7a3b05c3ade"}) as unknown as TypedDocumentString<AdminVehiclesQuery, AdminVehiclesQueryVariables>;
export const AdminCreateVehicleDocument = new TypedDocumentString(`
    mutation AdminCreateVehicle($input: CreateVehicleInput!) {
  createVehicle(input: $input) {
    vehicle {
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
}`, {"hash":"sha256:186a1a7d418b8fc30c33b880e9286bb2620673c996be32fffbcb83f29551b7e6"}) as unknown as TypedDocumentString<AdminCreateVehicleMutation, AdminCreateVehicleMutationVariables>;
export const AdminUpcomingTripsDocument = new TypedDocumentString(`
    query AdminUpcomingTrips {
  upcomingTrips(first: 50) {
    id
    operatorId
    departureAt
    route {
      code
      origin {
        name
      }
      destination {
        name
      }
    }
    vehicle {
      registration
      seatCount
    }
    availableSeats
    fares {
      seatClass
      price {
        amount
        currency
      }
    }
  }
}
    `, {"hash":"sha256:3f3af275a32695662ddcd155307cd5c39a5f9aceff48c91003fb702f92644140"}) as unknown as TypedDocumentString<AdminUpcomingTripsQuery, AdminUpcomingTripsQueryVariables>;
export const AdminScheduleTripDocument = new TypedDocumentString(`
    mutation AdminScheduleTrip($input: ScheduleTripInput!) {
  scheduleTrip(input: $input) {
    trip {
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
}`, {"hash":"sha256:2a18cc2eec0a0c25ef3256870ffde2b07c83fb85b909ee0265d0920440c2cdae"}) as unknown as TypedDocumentString<AdminScheduleTripMutation, AdminScheduleTripMutationVariables>;
export const AdminTripManifestDocument = new TypedDocumentString(`
    query AdminTripManifest($id: ID!, $after: String) {
  trip(id: $id) {
    id
    operatorId
    departureAt
    route {
      code
      stops
      origin {
        name
      }
      destination {
        name
      }
    }
    vehicle {
      registration
      name
    }
    seatMap {
      seats {
        label
        seatClass
        state
      }
    }
  }
  bookings(tripId: $id, first: 100, after: $after) {
    edges {
      node {
        reference
        contactPhone
        channel
        tickets {
          seatLabel
          passengerName
          boardedAt
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:4984202a5655991535a35682ef0a3aa714eb6a0778184cc9d3dac90e7d0b3fce"}) as unknown as TypedDocumentString<AdminTripManifestQuery, AdminTripManifestQueryVariables>;
export const AdminScheduleRecurringTripsDocument = new TypedDocumentString(`
    mutation AdminScheduleRecurringTrips($input: ScheduleRecurringTripsInput!) {
  scheduleRecurringTrips(input: $input) {
    trips {
      id
    }
    skippedDays
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}`, {"hash":"sha256:46af3cf2c9f2fa6303fdbde0e18e8c456fe13a789b1d09278c07e117cc177e75"}) as unknown as TypedDocumentString<AdminScheduleRecurringTripsMutation, AdminScheduleRecurringTripsMutationVariables>;
export const AdminTripAllotmentsDocument = new TypedDocumentString(`
    query AdminTripAllotments($tripId: ID!) {
  agentAllotments(tripId: $tripId) {
    id
    agentUserId
    createdAt
    seatLabels
    soldSeatLabels
  }
  agents(first: 100, status: ACTIVE) {
    edges {
      node {
        userId
        email
        code
      }
    }
  }
}
    `, {"hash":"sha256:c1f26ff2fd188941334cceeab2c55d79272d11ebce5bbcf245c501120419e05e"}) as unknown as TypedDocumentString<AdminTripAllotmentsQuery, AdminTripAllotmentsQueryVariables>;
export const AdminAllotSeatsDocument = new TypedDocumentString(`
    mutation AdminAllotSeats($input: AllotSeatsInput!) {
  allotSeats(input: $input) {
    allotment {
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
}`, {"hash":"sha256:abedab57645eee2e54f441c3bfaed8585a47c7947990afac7c49623513e7e9a9"}) as unknown as TypedDocumentString<AdminAllotSeatsMutation, AdminAllotSeatsMutationVariables>;
export const AdminReleaseAllotmentDocument = new TypedDocumentString(`
    mutation AdminReleaseAllotment($id: ID!) {
  releaseAllotment(id: $id) {
    allotment {
      id
      releasedAt
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
}`, {"hash":"sha256:ae80cd793c2ef4d51a0ffed795166347ae950d7a8066f10f49d54f84d84488f1"}) as unknown as TypedDocumentString<AdminReleaseAllotmentMutation, AdminReleaseAllotmentMutationVariables>;
export const AdminParkListingsDocument = new TypedDocumentString(`
    query AdminParkListings($after: String) {
  parkListings(first: 50, after: $after) {
    edges {
      node {
        id
        parkTenantId
        operatorId
        operatorName
        status
        updatedAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  myTenants {
    tenant {
      id
      name
    }
  }
}
    `, {"hash":"sha256:e217d8d9ddfaaffdaf93c6a07a983860dac15b98e3a28d96f7e6610e0aa5844a"}) as unknown as TypedDocumentString<AdminParkListingsQuery, AdminParkListingsQueryVariables>;
export const AdminMotorParkDocument = new TypedDocumentString(`
    query AdminMotorPark($slug: String!) {
  tenantBySlug(slug: $slug) {
    id
    kind
    name
  }
}
    `, {"hash":"sha256:3e5cbe63ac9cef0468145e24b0dfff50ed95a2149c2f15bb2ee5f99f00e5363f"}) as unknown as TypedDocumentString<AdminMotorParkQuery, AdminMotorParkQueryVariables>;
export const AdminRequestParkListingDocument = new TypedDocumentString(`
    mutation AdminRequestParkListing($parkTenantId: ID!) {
  requestParkListing(parkTenantId: $parkTenantId) {
    listing {
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
}`, {"hash":"sha256:3f1f916a32cd2d51837616dbdadbbf20528f0cb257dbd96a326a50361d578745"}) as unknown as TypedDocumentString<AdminRequestParkListingMutation, AdminRequestParkListingMutationVariables>;
export const AdminSetParkListingStatusDocument = new TypedDocumentString(`
    mutation AdminSetParkListingStatus($id: ID!, $status: ParkListingDecision!) {
  setParkListingStatus(id: $id, status: $status) {
    listing {
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
}`, {"hash":"sha256:11b516b94ae7b3baa23f685159b88bd2a50cbe219fb2af32c2d9b2348b34564e"}) as unknown as TypedDocumentString<AdminSetParkListingStatusMutation, AdminSetParkListingStatusMutationVariables>;
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
    `, {"hash":"sha256:42f4d8e63b91b051dd2720e8a51426a2b16cf81c83c130ba16861f8809382585"}) as unknown as TypedDocumentString<AdminVendorApplicationsQuery, AdminVendorApplicationsQueryVariables>;
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
}`, {"hash":"sha256:b4c20d973ce9bad7cd9cda4a6bfda050b5b2d651e442418927138cb0cc375801"}) as unknown as TypedDocumentString<AdminApproveVendorMutation, AdminApproveVendorMutationVariables>;
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
}`, {"hash":"sha256:6d5c16c23868e842dd3eba2fa698d098ea90350c48346cfe3e6feddd7b117f34"}) as unknown as TypedDocumentString<AdminRejectVendorMutation, AdminRejectVendorMutationVariables>;
export const AdminSuspendVendorDocument = new TypedDocumentString(`
    mutation AdminSuspendVendor($id: ID!, $reason: String!) {
  suspendVendor(id: $id, reason: $reason) {
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
}`, {"hash":"sha256:117fd14065b677d08acbc877dda849b85ba152d2a914c2cbc62d94a26f15cc8d"}) as unknown as TypedDocumentString<AdminSuspendVendorMutation, AdminSuspendVendorMutationVariables>;
export const AdminReinstateVendorDocument = new TypedDocumentString(`
    mutation AdminReinstateVendor($id: ID!, $reason: String) {
  reinstateVendor(id: $id, reason: $reason) {
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
}`, {"hash":"sha256:e6ae79b64a71225d5f926ea7d7aec8c981edbdd1d657af449988eed5c9f70d79"}) as unknown as TypedDocumentString<AdminReinstateVendorMutation, AdminReinstateVendorMutationVariables>;
export const AdminMyVendorProfileDocument = new TypedDocumentString(`
    query AdminMyVendorProfile {
  myVendor {
    id
    name
    slug
    legalName
    tin
    email
    phone
    address
  }
}
    `, {"hash":"sha256:ebefff22360d7c5aa90ff979f9330ad9ecaea8353ce8fd51a5ee18d88f6e078b"}) as unknown as TypedDocumentString<AdminMyVendorProfileQuery, AdminMyVendorProfileQueryVariables>;
export const AdminUpdateMyVendorProfileDocument = new TypedDocumentString(`
    mutation AdminUpdateMyVendorProfile($input: VendorProfileInput!) {
  updateMyVendorProfile(input: $input) {
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
}`, {"hash":"sha256:de6f5e00198de6834ff5677848e5c5ff1f93f73522b7692f3db061a8f67fa5c7"}) as unknown as TypedDocumentString<AdminUpdateMyVendorProfileMutation, AdminUpdateMyVendorProfileMutationVariables>;
export const AdminConversationsDocument = new TypedDocumentString(`
    query AdminConversations($handler: ConversationHandler) {
  conversations(handler: $handler) {
    id
    customerPhone
    customerName
    handler
    updatedAt
  }
  whatsappSimulatorAvailable
}
    `, {"hash":"sha256:a535f3fb1ce068e554f342bfe542baa1c5e40d01939c8f3bbe8641108fe27c22"}) as unknown as TypedDocumentString<AdminConversationsQuery, AdminConversationsQueryVariables>;
export const AdminConversationDocument = new TypedDocumentString(`
    query AdminConversation($id: ID!) {
  conversation(id: $id) {
    id
    customerPhone
    customerName
    handler
    language
    windowOpen
    approvedTemplates
    templates {
      name
      language
      bodyVariables
    }
    messages {
      id
      direction
      text
      status
      error
      fromStaff
      sentAt
    }
    orders {
      id
      number
      status
      total {
        amount
        currency
      }
      createdAt
    }
  }
}
    `, {"hash":"sha256:a2fab7abcafbfd744dda89be6f37eb853b1d8220de9482b01dbcfdebc8091046"}) as unknown as TypedDocumentString<AdminConversationQuery, AdminConversationQueryVariables>;
export const AdminWhatsappConnectionDocument = new TypedDocumentString(`
    query AdminWhatsappConnection {
  whatsappConnection {
    phoneNumberId
    displayPhoneNumber
    baseUrl
    verifyToken
    webhookUrl
    approvedTemplates
    templateLanguage
    templates {
      name
      language
      bodyVariables
    }
  }
  whatsappSimulatorAvailable
}
    `, {"hash":"sha256:88a5f7607b23ac35b5374ef64f9e05bcd65cf9780037b53e41d2b891a289211f"}) as unknown as TypedDocumentString<AdminWhatsappConnectionQuery, AdminWhatsappConnectionQueryVariables>;
export const AdminSaveWhatsappConnectionDocument = new TypedDocumentString(`
    mutation AdminSaveWhatsappConnection($input: WhatsappConnectionInput!) {
  saveWhatsappConnection(input: $input) {
    connection {
      phoneNumberId
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
}`, {"hash":"sha256:4b3533af96303b5da27bbbd25547746c7755e9656b3cb5755344cb433e364206"}) as unknown as TypedDocumentString<AdminSaveWhatsappConnectionMutation, AdminSaveWhatsappConnectionMutationVariables>;
export const AdminRemoveWhatsappConnectionDocument = new TypedDocumentString(`
    mutation AdminRemoveWhatsappConnection {
  removeWhatsappConnection {
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}`, {"hash":"sha256:c29b8613548fc4f0134a824bd2a24c34adedccf602fa0907c49a5f6aa0606733"}) as unknown as TypedDocumentString<AdminRemoveWhatsappConnectionMutation, AdminRemoveWhatsappConnectionMutationVariables>;
export const AdminReplyToConversationDocument = new TypedDocumentString(`
    mutation AdminReplyToConversation($id: ID!, $text: String, $template: String, $templateParameters: [String!], $clientId: String!) {
  replyToConversation(
    conversationId: $id
    text: $text
    template: $template
    templateParameters: $templateParameters
    clientId: $clientId
  ) {
    conversation {
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
}`, {"hash":"sha256:c8535a52e9cf5f273337a330b76b2c9bf2fe9aae10f45275c4feda6f2d447263"}) as unknown as TypedDocumentString<AdminReplyToConversationMutation, AdminReplyToConversationMutationVariables>;
export const AdminWhatsappConversationExportDocument = new TypedDocumentString(`
    query AdminWhatsappConversationExport($phone: String!) {
  whatsappConversationExport(phone: $phone)
}
    `, {"hash":"sha256:502df15408e5fe919f4f217a0dcee29727c142df42ca0979108f6cdf857403b9"}) as unknown as TypedDocumentString<AdminWhatsappConversationExportQuery, AdminWhatsappConversationExportQueryVariables>;
export const AdminEraseWhatsappConversationDocument = new TypedDocumentString(`
    mutation AdminEraseWhatsappConversation($phone: String!) {
  eraseWhatsappConversation(phone: $phone) {
    erased
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}`, {"hash":"sha256:0bd99a602194bb393d996b1c6c40bdd3eed7ad1d8a5bd5b53ee5e985089c94fe"}) as unknown as TypedDocumentString<AdminEraseWhatsappConversationMutation, AdminEraseWhatsappConversationMutationVariables>;
export const AdminSetConversationHandlerDocument = new TypedDocumentString(`
    mutation AdminSetConversationHandler($id: ID!, $handler: ConversationHandler!) {
  setConversationHandler(conversationId: $id, handler: $handler) {
    conversation {
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
}`, {"hash":"sha256:f254ef9a6f6875a2f27d8ce356119ad9bf5d00595a316c052e9e99a82906353a"}) as unknown as TypedDocumentString<AdminSetConversationHandlerMutation, AdminSetConversationHandlerMutationVariables>;
export const AdminCouponsDocument = new TypedDocumentString(`
    query AdminCoupons {
  coupons {
    ...AdminCouponFields
  }
}
    fragment AdminCouponFields on Coupon {
  id
  code
  description
  kind
  percentBps
  amount {
    ...MoneyFields
  }
  minimumSpend {
    ...MoneyFields
  }
  usageLimit
  perCustomerLimit
  used
  posUses
  overLimitUses
  discountGiven {
    ...MoneyFields
  }
  startsAt
  endsAt
  active
  productIds
  categoryIds
  vendorIds
  fundedBy
}
fragment MoneyFields on Money {
  amount
  currency
}`, {"hash":"sha256:96190eee45338f0afe21b1dd1ccde908620a44042437b6dace428b884a7366b2"}) as unknown as TypedDocumentString<AdminCouponsQuery, AdminCouponsQueryVariables>;
export const AdminCreateCouponDocument = new TypedDocumentString(`
    mutation AdminCreateCoupon($input: CouponInput!) {
  createCoupon(input: $input) {
    coupon {
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
}`, {"hash":"sha256:8531177a560257a36d6b3cb6bc8728ee592dfb329b3e67f37b17ee7f5462c085"}) as unknown as TypedDocumentString<AdminCreateCouponMutation, AdminCreateCouponMutationVariables>;
export const AdminUpdateCouponDocument = new TypedDocumentString(`
    mutation AdminUpdateCoupon($id: ID!, $input: CouponInput!) {
  updateCoupon(id: $id, input: $input) {
    coupon {
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
}`, {"hash":"sha256:0cbe6703762291285fb4e1e4e437ceb695f1a9ac35329ad071c52fe9d8d52a50"}) as unknown as TypedDocumentString<AdminUpdateCouponMutation, AdminUpdateCouponMutationVariables>;
export const AdminDeactivateCouponDocument = new TypedDocumentString(`
    mutation AdminDeactivateCoupon($id: ID!) {
  deactivateCoupon(id: $id) {
    coupon {
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
}`, {"hash":"sha256:bc56be9f0aceda524930c53f9458612eb9a362d3180c1d45bd1804499edb8949"}) as unknown as TypedDocumentString<AdminDeactivateCouponMutation, AdminDeactivateCouponMutationVariables>;
export const ShopApplyCouponDocument = new TypedDocumentString(`
    mutation ShopApplyCoupon($input: CartCouponInput!) {
  applyCouponToCart(input: $input) {
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
}`, {"hash":"sha256:8e33525efdaf27a3b05e3b5941f31a8f65b6b7cf8d38c2bdd62a25dbdd6b0136"}) as unknown as TypedDocumentString<ShopApplyCouponMutation, ShopApplyCouponMutationVariables>;
export const ShopRemoveCouponDocument = new TypedDocumentString(`
    mutation ShopRemoveCoupon($cartToken: String) {
  removeCouponFromCart(cartToken: $cartToken) {
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
}`, {"hash":"sha256:f9ed50f75841e97ecfce32b1fad8543e919d919e8d979b70cebbab272d32c770"}) as unknown as TypedDocumentString<ShopRemoveCouponMutation, ShopRemoveCouponMutationVariables>;
export const AdminExpensesDocument = new TypedDocumentString(`
    query AdminExpenses($status: ExpenseStatus, $paid: Boolean, $after: ID) {
  expenses(status: $status, paid: $paid, first: 50, after: $after) {
    ...AdminExpenseFields
  }
}
    fragment AdminExpenseFields on Expense {
  id
  category
  supplier
  spentOn
  amount {
    ...MoneyFields
  }
  vatPaid {
    ...MoneyFields
  }
  total {
    ...MoneyFields
  }
  note
  receiptId
  status
  createdByUserId
  submittedAt
  decidedAt
  rejectionReason
  journalEntryId
  payment {
    paidFrom
    paidOn
    reference
    journalEntryId
  }
  createdAt
}
fragment MoneyFields on Money {
  amount
  currency
}`, {"hash":"sha256:f63ae955d9d8bb76c2c00577eacdec20678619302cdf5cb8feb752eec225fade"}) as unknown as TypedDocumentString<AdminExpensesQuery, AdminExpensesQueryVariables>;
export const AdminExpenseDocument = new TypedDocumentString(`
    query AdminExpense($id: ID!) {
  expense(id: $id) {
    ...AdminExpenseFields
  }
}
    fragment AdminExpenseFields on Expense {
  id
  category
  supplier
  spentOn
  amount {
    ...MoneyFields
  }
  vatPaid {
    ...MoneyFields
  }
  total {
    ...MoneyFields
  }
  note
  receiptId
  status
  createdByUserId
  submittedAt
  decidedAt
  rejectionReason
  journalEntryId
  payment {
    paidFrom
    paidOn
    reference
    journalEntryId
  }
  createdAt
}
fragment MoneyFields on Money {
  amount
  currency
}`, {"hash":"sha256:e6c743a9014a87a0857d2d2b887dfc185401746bffac62084509dcedaa54c2bb"}) as unknown as TypedDocumentString<AdminExpenseQuery, AdminExpenseQueryVariables>;
export const AdminCreateExpenseDocument = new TypedDocumentString(`
    mutation AdminCreateExpense($input: ExpenseInput!, $submit: Boolean) {
  createExpense(input: $input, submit: $submit) {
    expense {
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
}`, {"hash":"sha256:b77262364160781e34b48ac8958a17712e3f6b4652c2cc5a4c77675f5867a3cc"}) as unknown as TypedDocumentString<AdminCreateExpenseMutation, AdminCreateExpenseMutationVariables>;
export const AdminUpdateExpenseDocument = new TypedDocumentString(`
    mutation AdminUpdateExpense($id: ID!, $input: ExpenseInput!) {
  updateExpense(id: $id, input: $input) {
    expense {
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
}`, {"hash":"sha256:2ce029378469b987249fc3e4095b72b8407815c9108a50287808c48e515cfd74"}) as unknown as TypedDocumentString<AdminUpdateExpenseMutation, AdminUpdateExpenseMutationVariables>;
export const AdminSubmitExpenseDocument = new TypedDocumentString(`
    mutation AdminSubmitExpense($id: ID!) {
  submitExpense(id: $id) {
    expense {
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
}`, {"hash":"sha256:2dd41b413eba9f7e4a4b5aeb5d39173caf10a9d83c1c76aa1ed25e13f6b178e2"}) as unknown as TypedDocumentString<AdminSubmitExpenseMutation, AdminSubmitExpenseMutationVariables>;
export const AdminDeleteExpenseDocument = new TypedDocumentString(`
    mutation AdminDeleteExpense($id: ID!) {
  deleteExpense(id: $id) {
    deleted
    userErrors {
      ...AdminUserError
    }
  }
}
    fragment AdminUserError on UserError {
  code
  message
  field
}`, {"hash":"sha256:eb5b1b8d497aaf3ab1dcdabbdfc86952fe51b1d636d947b05cb32475fab72d53"}) as unknown as TypedDocumentString<AdminDeleteExpenseMutation, AdminDeleteExpenseMutationVariables>;
export const AdminPayExpenseDocument = new TypedDocumentString(`
    mutation AdminPayExpense($id: ID!, $paidFrom: ExpensePaidFrom!, $paidOn: DateTime!, $reference: String!) {
  payExpense(id: $id, paidFrom: $paidFrom, paidOn: $paidOn, reference: $reference) {
    expense {
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
}`, {"hash":"sha256:9b1fb495f1df0d0782d1bc8011fece5d800559a9062a004da11eac495e0a71c0"}) as unknown as TypedDocumentString<AdminPayExpenseMutation, AdminPayExpenseMutationVariables>;
export const AdminApproveExpenseDocument = new TypedDocumentString(`
    mutation AdminApproveExpense($id: ID!) {
  approveExpense(id: $id) {
    expense {
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
}`, {"hash":"sha256:a0d6072b9ca1cf01da6a1942c071ca599dfbe4215e7744b493a1bcff79f8079d"}) as unknown as TypedDocumentString<AdminApproveExpenseMutation, AdminApproveExpenseMutationVariables>;
export const AdminRejectExpenseDocument = new TypedDocumentString(`
    mutation AdminRejectExpense($id: ID!, $reason: String!) {
  rejectExpense(id: $id, reason: $reason) {
    expense {
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
}`, {"hash":"sha256:65288e8608d1e4e80e9da7b91a9666847a4385acfab35a7e7de80571c2bb992b"}) as unknown as TypedDocumentString<AdminRejectExpenseMutation, AdminRejectExpenseMutationVariables>;
export const AdminVatReturnTotalsDocument = new TypedDocumentString(`
    query AdminVatReturnTotals($from: DateTime!, $to: DateTime!, $timeZone: String) {
  vatReturnTotals(from: $from, to: $to, timeZone: $timeZone) {
    currency
    expenses
    outputVat {
      ...MoneyFields
    }
    inputVat {
      ...MoneyFields
    }
    vatPayable {
      ...MoneyFields
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"hash":"sha256:ddf538aaf21e858abc764af288114a070312fef622450c98f000788271e129cf"}) as unknown as TypedDocumentString<AdminVatReturnTotalsQuery, AdminVatReturnTotalsQueryVariables>;
export const AdminProfitAndLossDocument = new TypedDocumentString(`
    query AdminProfitAndLoss($from: DateTime!, $to: DateTime!, $currency: String!) {
  profitAndLoss(from: $from, to: $to, currency: $currency) {
    currency
    sales {
      ...MoneyFields
    }
    commission {
      ...MoneyFields
    }
    revenue {
      ...MoneyFields
    }
    discounts {
      ...MoneyFields
    }
    cashOverShort {
      ...MoneyFields
    }
    expenses {
      category
      amount {
        ...MoneyFields
      }
    }
    totalExpenses {
      ...MoneyFields
    }
    netProfit {
      ...MoneyFields
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"hash":"sha256:10f4489d876f6221d35315a03af476fe36fc7a17ba86377e079035a62931272d"}) as unknown as TypedDocumentString<AdminProfitAndLossQuery, AdminProfitAndLossQueryVariables>;
export const AdminVendorStatementDocument = new TypedDocumentString(`
    query AdminVendorStatement($vendorId: ID!, $currency: String!, $from: DateTime!, $to: DateTime!) {
  vendorStatement(vendorId: $vendorId, currency: $currency, from: $from, to: $to) {
    vendorId
    opening {
      ...MoneyFields
    }
    sales {
      ...MoneyFields
    }
    refunds {
      ...MoneyFields
    }
    commission {
      ...MoneyFields
    }
    payouts {
      ...MoneyFields
    }
    adjustments {
      ...MoneyFields
    }
    closing {
      ...MoneyFields
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"hash":"sha256:9080cf505aaa835322cdd2e4f5852123fb3b89ef0bb8ed35bda10d44dc64276d"}) as unknown as TypedDocumentString<AdminVendorStatementQuery, AdminVendorStatementQueryVariables>;
export const AdminReportCurrenciesDocument = new TypedDocumentString(`
    query AdminReportCurrencies($vendorId: ID) {
  ledgerReportCurrencies(vendorId: $vendorId)
}
    `, {"hash":"sha256:672111b3a9239def041132ddc0fae3af30129ff3db0971bbaf2c3b0b29f04ab1"}) as unknown as TypedDocumentString<AdminReportCurrenciesQuery, AdminReportCurrenciesQueryVariables>;
export const AdminLedgerReportPdfDocument = new TypedDocumentString(`
    query AdminLedgerReportPdf($report: LedgerReportPdf!, $from: DateTime, $to: DateTime, $currency: String, $timeZone: String) {
  ledgerReportPdf(
    report: $report
    from: $from
    to: $to
    currency: $currency
    timeZone: $timeZone
  ) {
    filename
    contentBase64
  }
}
    `, {"hash":"sha256:c39ec0100e8830695d5a4820a9198ede7fee8f11d5441463bb1402902eb902b8"}) as unknown as TypedDocumentString<AdminLedgerReportPdfQuery, AdminLedgerReportPdfQueryVariables>;
export const AdminVendorStatementPdfDocument = new TypedDocumentString(`
    query AdminVendorStatementPdf($vendorId: ID!, $from: DateTime!, $to: DateTime!, $currency: String, $timeZone: String) {
  vendorStatementPdf(
    vendorId: $vendorId
    from: $from
    to: $to
    currency: $currency
    timeZone: $timeZone
  ) {
    filename
    contentBase64
  }
}
    `, {"hash":"sha256:e9be8b14267cd6b46e46dc118083099021a8d1b6b0f4dca663a2d3fee97c82ce"}) as unknown as TypedDocumentString<AdminVendorStatementPdfQuery, AdminVendorStatementPdfQueryVariables>;
export const GiftCardProductsDocument = new TypedDocumentString(`
    query GiftCardProducts($ids: [ID!]!) {
  giftCardProducts(productIds: $ids)
}
    `, {"hash":"sha256:ee52923db8b809661ae6e07ca9c39a6ce1e5e5dda78cd5efd2ca1f2f15615a9a"}) as unknown as TypedDocumentString<GiftCardProductsQuery, GiftCardProductsQueryVariables>;
export const AdminSetGiftCardProductDocument = new TypedDocumentString(`
    mutation AdminSetGiftCardProduct($productId: ID!, $giftCard: Boolean!) {
  setGiftCardProduct(productId: $productId, giftCard: $giftCard) {
    giftCard
    userErrors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:7df22894d6a745b06ce0979fb75dbcbab85b34e76fd2140c67153facec4f29c2"}) as unknown as TypedDocumentString<AdminSetGiftCardProductMutation, AdminSetGiftCardProductMutationVariables>;
export const OrderInvoicesDocument = new TypedDocumentString(`
    query OrderInvoices($orderId: ID!) {
  orderInvoices(orderId: $orderId) {
    ...InvoiceSummary
  }
}
    fragment InvoiceSummary on Invoice {
  id
  kind
  number
  vendorName
  issuedAt
  total {
    ...MoneyFields
  }
}
fragment MoneyFields on Money {
  amount
  currency
}`, {"hash":"sha256:6d50d378951ee5bf528a3fda7ad6a68d030c983d5c0494394b0bc243da3ce04f"}) as unknown as TypedDocumentString<OrderInvoicesQuery, OrderInvoicesQueryVariables>;
export const InvoicePdfDocument = new TypedDocumentString(`
    query InvoicePdf($id: ID!) {
  invoice(id: $id) {
    id
    number
    pdfBase64
  }
}
    `, {"hash":"sha256:5e229a461156a71e7a8ee48b409dc496ca3dba663ac2f4bc44e505b093f4e040"}) as unknown as TypedDocumentString<InvoicePdfQuery, InvoicePdfQueryVariables>;
export const GuestOrderInvoicesDocument = new TypedDocumentString(`
    query GuestOrderInvoices($orderId: ID!, $cartToken: String!) {
  guestOrderInvoices(orderId: $orderId, cartToken: $cartToken) {
    ...InvoiceSummary
  }
}
    fragment InvoiceSummary on Invoice {
  id
  kind
  number
  vendorName
  issuedAt
  total {
    ...MoneyFields
  }
}
fragment MoneyFields on Money {
  amount
  currency
}`, {"hash":"sha256:ebe2b2757ef559b8380946820aa8b8fc6f767e622b7a871660cb7e72e2d42957"}) as unknown as TypedDocumentString<GuestOrderInvoicesQuery, GuestOrderInvoicesQueryVariables>;
export const GuestInvoicePdfDocument = new TypedDocumentString(`
    query GuestInvoicePdf($id: ID!, $cartToken: String!) {
  guestInvoice(id: $id, cartToken: $cartToken) {
    id
    number
    pdfBase64
  }
}
    `, {"hash":"sha256:4bb65c2ce2fe5d88c2931a5c8529cd43fd5f1107b244d8605bf124881152e43c"}) as unknown as TypedDocumentString<GuestInvoicePdfQuery, GuestInvoicePdfQueryVariables>;
export const AdminInvoicesDocument = new TypedDocumentString(`
    query AdminInvoices($kind: InvoiceKind, $first: Int, $after: ID) {
  invoices(kind: $kind, first: $first, after: $after) {
    id
    kind
    number
    orderId
    orderNumber
    vendorName
    customerName
    customerEmail
    issuedAt
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
}`, {"hash":"sha256:643b00964fe5a07ca725f231541b33af84e7ef89597753468a680c3701f35349"}) as unknown as TypedDocumentString<AdminInvoicesQuery, AdminInvoicesQueryVariables>;
export const AdminInvoiceSettingsDocument = new TypedDocumentString(`
    query AdminInvoiceSettings {
  invoiceSettings {
    legalName
    address
    taxId
    vatNumber
    updatedAt
  }
}
    `, {"hash":"sha256:9f0aac3c1bc14a824f37e880f5e8f23a3f730c5b02f8abe067b92009c1976828"}) as unknown as TypedDocumentString<AdminInvoiceSettingsQuery, AdminInvoiceSettingsQueryVariables>;
export const AdminUpdateInvoiceSettingsDocument = new TypedDocumentString(`
    mutation AdminUpdateInvoiceSettings($input: UpdateInvoiceSettingsInput!) {
  updateInvoiceSettings(input: $input) {
    settings {
      legalName
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
}`, {"hash":"sha256:0499112376e1fc34ecb6d7992dc765270e2c7c9b53e0c27633956df46ba7ead2"}) as unknown as TypedDocumentString<AdminUpdateInvoiceSettingsMutation, AdminUpdateInvoiceSettingsMutationVariables>;
export const AdminVatReturnDocument = new TypedDocumentString(`
    query AdminVatReturn($from: DateTime!, $to: DateTime!) {
  vatReturn(from: $from, to: $to) {
    currency
    taxRateBps
    invoices
    creditNotes
    salesNet {
      ...MoneyFields
    }
    salesVat {
      ...MoneyFields
    }
    creditedNet {
      ...MoneyFields
    }
    creditedVat {
      ...MoneyFields
    }
    netSales {
      ...MoneyFields
    }
    outputVat {
      ...MoneyFields
    }
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"hash":"sha256:9ff5ad6dd39c3c05a7a960fece11f57f4c798ca94c2ac55c1b6bba7e2e02d5e5"}) as unknown as TypedDocumentString<AdminVatReturnQuery, AdminVatReturnQueryVariables>;
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
    `, {"hash":"sha256:3dc748d06c1046b630500bd7d33f1bb74d8945b1baeac79f86fdfbdc06e2fff6"}) as unknown as TypedDocumentString<TenantBySlugQuery, TenantBySlugQueryVariables>;
export const TenantByDomainDocument = new TypedDocumentString(`
    query TenantByDomain($domain: String!) {
  tenantByDomain(domain: $domain) {
    slug
    kind
  }
}
    `, {"hash":"sha256:01785fc445f3de71d68990f47e0b359cfa0500685dac7bde68236b17d66a2c8d"}) as unknown as TypedDocumentString<TenantByDomainQuery, TenantByDomainQueryVariables>;
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
}`, {"hash":"sha256:bd97855ef29cc10c97c8a4b59bf6f3dbaf4662536b0e849a83e69b9d42fa28bf"}) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
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
}`, {"hash":"sha256:6f029921477db631b794326b69bdb2b9fbe1eefa5eb213386b096d40cc52dcf9"}) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
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
    `, {"hash":"sha256:977def0ffe50cdfa8f5ae411ade141bf4a27ab5a1939eebf150641c742010a6b"}) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    name
    email
    phone
  }
}
    `, {"hash":"sha256:c097f5dd23c5947a692884a394f4e4b052cc8c85d116306db559f3e2a1154096"}) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
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
    `, {"hash":"sha256:bfc4c10d7d0ab95ef61c7dde3cfa39200558cb3bdb2dcad60cc955df5901c6d6"}) as unknown as TypedDocumentString<CategoryTreeQuery, CategoryTreeQueryVariables>;
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
}`, {"hash":"sha256:0588cba2afc548948316b00dfc9aba18561cd3e7d154c5859d6c9356b64a6d5b"}) as unknown as TypedDocumentString<StoreHomeQuery, StoreHomeQueryVariables>;
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
}`, {"hash":"sha256:735df63c2c8b3136c43795bbd6c82cfa93c6b029eeb9dd953fb05526037a23a7"}) as unknown as TypedDocumentString<ProductSearchQuery, ProductSearchQueryVariables>;
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
}`, {"hash":"sha256:ee0d1f6defd0fd7fa49d5c115473b5cd521f23858b4fa40d6b1a68af0f6e732d"}) as unknown as TypedDocumentString<ProductPageQuery, ProductPageQueryVariables>;
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
    `, {"hash":"sha256:968d71ca582a90a41ed42e5015c6b5eabffbf797a3655474d28e1f0d7d318176"}) as unknown as TypedDocumentString<VendorProfileQuery, VendorProfileQueryVariables>;
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
    `, {"hash":"sha256:64e6d5f31aafc318c369996d21f8230ebe3a2516c38541cac6053b1aa82cdc10"}) as unknown as TypedDocumentString<VendorListQuery, VendorListQueryVariables>;
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
    `, {"hash":"sha256:f9dcc311240c6c10557cd79148e1695c3c84888183d039295e8c249ac55f9f06"}) as unknown as TypedDocumentString<SitemapProductsQuery, SitemapProductsQueryVariables>;
export const MyVendorDocument = new TypedDocumentString(`
    query MyVendor {
  myVendor {
    id
    name
    status
  }
}
    `, {"hash":"sha256:23300751477b28fc49d4644523046f2c8bbf002b9f52db1945a5152d1935a792"}) as unknown as TypedDocumentString<MyVendorQuery, MyVendorQueryVariables>;
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
    `, {"hash":"sha256:78e0fc5298759adb64561ce2a67423c49caffffb05f5e8ed75ae6bc8e89fcf23"}) as unknown as TypedDocumentString<ApplyAsVendorMutation, ApplyAsVendorMutationVariables>;
export const PosCatalogueDocument = new TypedDocumentString(`
    query PosCatalogue($after: String, $priceContext: PriceContextInput!) {
  products(status: ACTIVE, first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        category {
          id
        }
        vendor {
          id
        }
        variants {
          id
          sku
          barcode
          title
          price(context: $priceContext) {
            unit {
              amount
            }
            taxInclusive
            taxRateBps
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:96f37786eaa9ea34f8fd0bcc2a46543754edb0a22b4d6a7312ddcbf83e75eb12"}) as unknown as TypedDocumentString<PosCatalogueQuery, PosCatalogueQueryVariables>;
export const PosCouponsDocument = new TypedDocumentString(`
    query PosCoupons {
  posCoupons {
    id
    codeHash
    kind
    percentBps
    amount
    currency
    minimumSpend
    productIds
    categoryIds
    vendorIds
    startsAt
    endsAt
  }
}
    `, {"hash":"sha256:ab2315c8a04088e1314c6d946c43c864da5e5da6e7cd92a24a025c48ad59b929"}) as unknown as TypedDocumentString<PosCouponsQuery, PosCouponsQueryVariables>;
export const PosStockDocument = new TypedDocumentString(`
    query PosStock($locationId: ID!, $after: String) {
  stockLevels(locationId: $locationId, first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        variantId
        onHand
      }
    }
  }
}
    `, {"hash":"sha256:83d17d105fc22c1ac60be22a2886a8c45a93000ec897bede681cbc6fd7331d4f"}) as unknown as TypedDocumentString<PosStockQuery, PosStockQueryVariables>;
export const PosTillDocument = new TypedDocumentString(`
    query PosTill {
  posTill {
    device {
      id
      name
      locationId
    }
    receiptPrefix
    cashiers {
      id
      name
      role
      discountLimitBps
      pinSalt
      pinHash
    }
    settings {
      receiptHeader
      receiptFooter
      vatNumber
    }
    openSession {
      id
      openedAt
      openingFloat {
        amount
      }
    }
    nextSequence
  }
  currentTenant {
    currency
  }
}
    `, {"hash":"sha256:144497aca138b5bca42d67357e440ce6b1101dbf715c5ee7c63788b4d029fb5f"}) as unknown as TypedDocumentString<PosTillQuery, PosTillQueryVariables>;
export const PosLocationsDocument = new TypedDocumentString(`
    query PosLocations {
  locations(first: 100) {
    edges {
      node {
        id
        name
      }
    }
  }
}
    `, {"hash":"sha256:02f180dce924b678b98c910873d96c8f29d3d49729b59bb8f688ed735ae3ee12"}) as unknown as TypedDocumentString<PosLocationsQuery, PosLocationsQueryVariables>;
export const PosPairDocument = new TypedDocumentString(`
    mutation PosPair($code: String!) {
  pairPosDevice(code: $code) {
    deviceKey
    userErrors {
      code
      message
    }
  }
}
    `, {"hash":"sha256:4f9ae7351d36a43758c53a8d99961d770ccd7c8f15bcea7f5516643cc13e9d19"}) as unknown as TypedDocumentString<PosPairMutation, PosPairMutationVariables>;
export const PosSyncDocument = new TypedDocumentString(`
    mutation PosSync($events: [PosEventInput!]!) {
  syncPosBatch(events: $events) {
    results {
      clientId
      status
    }
    lastSequence
    userErrors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:da44fc21b9e0876552e594d09ff5a49206c406ad69887b8df35850eadd4fd2a5"}) as unknown as TypedDocumentString<PosSyncMutation, PosSyncMutationVariables>;
export const PosReceiptDocument = new TypedDocumentString(`
    query PosReceipt($code: String!) {
  posReceipt(code: $code) {
    sale {
      receiptNumber
      occurredAt
      lines {
        variantId
        title
        quantity
        unitPrice {
          formatted
        }
        discount {
          amount
          formatted
        }
        total {
          formatted
        }
      }
      tax {
        formatted
      }
      total {
        formatted
      }
      change {
        amount
        formatted
      }
      tenders {
        tender
        reference
        amount {
          formatted
        }
      }
    }
    settings {
      receiptHeader
      receiptFooter
      vatNumber
    }
  }
}
    `, {"hash":"sha256:367ac0a455a3a09c743a06c737cc263df1afd5a22a9e83b00afe44bd73a35f96"}) as unknown as TypedDocumentString<PosReceiptQuery, PosReceiptQueryVariables>;
export const PosCustomerDocument = new TypedDocumentString(`
    query PosCustomer($email: String, $phone: String) {
  posCustomer(email: $email, phone: $phone) {
    id
    name
    points
    pointsValue
    pointsCurrency
  }
}
    `, {"hash":"sha256:f7e89ecfe93cdf242a9333a6e75eae5db88689f36f3549a4246c76bc01545bb7"}) as unknown as TypedDocumentString<PosCustomerQuery, PosCustomerQueryVariables>;
export const TakePosHoldDocument = new TypedDocumentString(`
    mutation TakePosHold($input: TakePosHoldInput!) {
  takePosHold(input: $input) {
    hold {
      id
      kind
      amount
      points
      status
      expiresAt
      remainingPoints
      remainingGiftCard
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:ebd66c7535c9c8b60fabc4ba7432dc6aef273c5569a0e7da155d4da34d47ce62"}) as unknown as TypedDocumentString<TakePosHoldMutation, TakePosHoldMutationVariables>;
export const SendPosPointsCodeDocument = new TypedDocumentString(`
    mutation SendPosPointsCode($customerUserId: ID!, $points: Int!) {
  sendPosPointsCode(customerUserId: $customerUserId, points: $points) {
    sent {
      sentTo
      channel
      maxPoints
      expiresAt
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:76cbc0cfa65b5eb4c77fb1545c3181ff3c91fc1ac1f7c0fc422b26d6a1ff9498"}) as unknown as TypedDocumentString<SendPosPointsCodeMutation, SendPosPointsCodeMutationVariables>;
export const ReleasePosHoldDocument = new TypedDocumentString(`
    mutation ReleasePosHold($holdId: ID!) {
  releasePosHold(holdId: $holdId) {
    hold {
      id
      status
    }
    userErrors {
      code
      message
    }
  }
}
    `, {"hash":"sha256:d0aebf0665ce0e1359fe1e647ee5998011b74a226672595f55c6e7ff8200f11f"}) as unknown as TypedDocumentString<ReleasePosHoldMutation, ReleasePosHoldMutationVariables>;
export const AdminPromotionsDocument = new TypedDocumentString(`
    query AdminPromotions {
  promotions {
    ...AdminPromotionFields
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment AdminPromotionFields on Promotion {
  id
  vendorId
  name
  kind
  buyQuantity
  getQuantity
  getPercentBps
  threshold {
    ...MoneyFields
  }
  amount {
    ...MoneyFields
  }
  bundlePrice {
    ...MoneyFields
  }
  productIds
  variantIds
  discountGiven {
    ...MoneyFields
  }
  startsAt
  endsAt
  active
}`, {"hash":"sha256:4157f6c557a0ef21fe1aac6f64838a4f0492c1ab6d8ced3ffd633e7fc12c3782"}) as unknown as TypedDocumentString<AdminPromotionsQuery, AdminPromotionsQueryVariables>;
export const AdminCreatePromotionDocument = new TypedDocumentString(`
    mutation AdminCreatePromotion($input: PromotionInput!) {
  createPromotion(input: $input) {
    promotion {
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
}`, {"hash":"sha256:012074abcbe8933f8a7e306119ff2f410497c9bb84fb3e2b33cdcb7443868567"}) as unknown as TypedDocumentString<AdminCreatePromotionMutation, AdminCreatePromotionMutationVariables>;
export const AdminUpdatePromotionDocument = new TypedDocumentString(`
    mutation AdminUpdatePromotion($id: ID!, $input: PromotionInput!) {
  updatePromotion(id: $id, input: $input) {
    promotion {
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
}`, {"hash":"sha256:02897437e6e49092117361d0328196b125c362aa9727b1b6233b28366ffba66a"}) as unknown as TypedDocumentString<AdminUpdatePromotionMutation, AdminUpdatePromotionMutationVariables>;
export const AdminDeactivatePromotionDocument = new TypedDocumentString(`
    mutation AdminDeactivatePromotion($id: ID!) {
  deactivatePromotion(id: $id) {
    promotion {
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
}`, {"hash":"sha256:31af4f315391d03c31c4d0f873ec92b99fc50619d580d87f426c247ae30131f5"}) as unknown as TypedDocumentString<AdminDeactivatePromotionMutation, AdminDeactivatePromotionMutationVariables>;
export const AdminRewardsDocument = new TypedDocumentString(`
    query AdminRewards($after: String) {
  giftCards(first: 50, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        last4
        initialValue {
          ...MoneyFields
        }
        balance {
          ...MoneyFields
        }
        status
        source
        expiresAt
        recipientEmail
        note
        createdAt
      }
    }
  }
  loyaltyProgramme {
    ...LoyaltyProgrammeFields
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment LoyaltyProgrammeFields on LoyaltyProgramme {
  enabled
  currency
  spendPerPoint {
    ...MoneyFields
  }
  pointValue {
    ...MoneyFields
  }
  expiryDays
  maxRedeemBps
  tiers {
    name
    minPoints
    multiplierBps
  }
}`, {"hash":"sha256:7ac93fa38374eb7cc5fb4c5cb93122e118bff9c12daab7abef9e06c95ce04f72"}) as unknown as TypedDocumentString<AdminRewardsQuery, AdminRewardsQueryVariables>;
export const AdminCustomerRewardsDocument = new TypedDocumentString(`
    query AdminCustomerRewards($userId: ID!) {
  customerRewards(userId: $userId) {
    ...CustomerRewardsFields
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment CustomerRewardsFields on CustomerRewards {
  userId
  points
  pointsValue {
    ...MoneyFields
  }
  tier
  pointsEarnedLastYear
  storeCredit {
    ...MoneyFields
  }
  history {
    id
    kind
    points
    amount {
      ...MoneyFields
    }
    reason
    note
    createdAt
  }
}`, {"hash":"sha256:725f0a89a463d3019cbe5479226a4aaddc52dae55b30eb6c642998fee8228a3a"}) as unknown as TypedDocumentString<AdminCustomerRewardsQuery, AdminCustomerRewardsQueryVariables>;
export const AdminCustomerSearchDocument = new TypedDocumentString(`
    query AdminCustomerSearch($text: String!, $after: String) {
  customerSearch(text: $text, first: 20, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        email
        phone
      }
    }
  }
}
    `, {"hash":"sha256:9aded2af2704db3596632977b5e67cd9042626c56f59126a973e1bbb7d3d47b9"}) as unknown as TypedDocumentString<AdminCustomerSearchQuery, AdminCustomerSearchQueryVariables>;
export const AdminIssueGiftCardDocument = new TypedDocumentString(`
    mutation AdminIssueGiftCard($input: IssueGiftCardInput!) {
  issueGiftCard(input: $input) {
    code
    giftCard {
      id
      last4
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
}`, {"hash":"sha256:76af864a5aecd307d297676e6cef8b4e53c5380d7c8d24cb836f243dde366f8a"}) as unknown as TypedDocumentString<AdminIssueGiftCardMutation, AdminIssueGiftCardMutationVariables>;
export const AdminSetGiftCardStatusDocument = new TypedDocumentString(`
    mutation AdminSetGiftCardStatus($id: ID!, $status: GiftCardStatus!) {
  setGiftCardStatus(id: $id, status: $status) {
    giftCard {
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
}`, {"hash":"sha256:bcaacad972e04a5bc297cf5a5a0e62cb7cc07acd685645b51cc82badd7ee2167"}) as unknown as TypedDocumentString<AdminSetGiftCardStatusMutation, AdminSetGiftCardStatusMutationVariables>;
export const AdminSaveLoyaltyProgrammeDocument = new TypedDocumentString(`
    mutation AdminSaveLoyaltyProgramme($input: SaveLoyaltyProgrammeInput!) {
  saveLoyaltyProgramme(input: $input) {
    programme {
      enabled
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
}`, {"hash":"sha256:b0094cc8a55aab36c2d6fb836de94e482e327845e74a78033f41e12661131fc2"}) as unknown as TypedDocumentString<AdminSaveLoyaltyProgrammeMutation, AdminSaveLoyaltyProgrammeMutationVariables>;
export const AdminAdjustPointsDocument = new TypedDocumentString(`
    mutation AdminAdjustPoints($input: AdjustPointsInput!) {
  adjustPoints(input: $input) {
    rewards {
      userId
      points
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
}`, {"hash":"sha256:9e6d23db917a9d8e3b07e089ae24b484e52e14ac21e3359293ff414306cfc791"}) as unknown as TypedDocumentString<AdminAdjustPointsMutation, AdminAdjustPointsMutationVariables>;
export const AdminAdjustStoreCreditDocument = new TypedDocumentString(`
    mutation AdminAdjustStoreCredit($input: AdjustStoreCreditInput!) {
  adjustStoreCredit(input: $input) {
    rewards {
      userId
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
}`, {"hash":"sha256:d3838bb373c4a4c6017b18f10b844d354162f0f14a54a5d43049b9b49e6c263a"}) as unknown as TypedDocumentString<AdminAdjustStoreCreditMutation, AdminAdjustStoreCreditMutationVariables>;
export const ShopGiftCardBalanceDocument = new TypedDocumentString(`
    query ShopGiftCardBalance($code: String!) {
  giftCardBalance(code: $code) {
    last4
    balance {
      ...MoneyFields
    }
    status
    expiresAt
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}`, {"hash":"sha256:7d3cb7964c7b58e880ecb0643de6adafbd1786fb36425999e76b94080592c5bb"}) as unknown as TypedDocumentString<ShopGiftCardBalanceQuery, ShopGiftCardBalanceQueryVariables>;
export const ShopMyRewardsDocument = new TypedDocumentString(`
    query ShopMyRewards {
  myRewards {
    ...CustomerRewardsFields
  }
  loyaltyProgramme {
    ...LoyaltyProgrammeFields
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment LoyaltyProgrammeFields on LoyaltyProgramme {
  enabled
  currency
  spendPerPoint {
    ...MoneyFields
  }
  pointValue {
    ...MoneyFields
  }
  expiryDays
  maxRedeemBps
  tiers {
    name
    minPoints
    multiplierBps
  }
}
fragment CustomerRewardsFields on CustomerRewards {
  userId
  points
  pointsValue {
    ...MoneyFields
  }
  tier
  pointsEarnedLastYear
  storeCredit {
    ...MoneyFields
  }
  history {
    id
    kind
    points
    amount {
      ...MoneyFields
    }
    reason
    note
    createdAt
  }
}`, {"hash":"sha256:56c932febacdb41abdf9948e78914d3a9e60af3828e206f3bfcf9d7aa161b446"}) as unknown as TypedDocumentString<ShopMyRewardsQuery, ShopMyRewardsQueryVariables>;
export const ShopPayWithDocument = new TypedDocumentString(`
    query ShopPayWith {
  myRewards {
    points
    storeCredit {
      ...MoneyFields
    }
  }
  loyaltyProgramme {
    ...LoyaltyProgrammeFields
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment LoyaltyProgrammeFields on LoyaltyProgramme {
  enabled
  currency
  spendPerPoint {
    ...MoneyFields
  }
  pointValue {
    ...MoneyFields
  }
  expiryDays
  maxRedeemBps
  tiers {
    name
    minPoints
    multiplierBps
  }
}`, {"hash":"sha256:14268124732559f545199b112ae227a305915421c76e89306349a263993e5070"}) as unknown as TypedDocumentString<ShopPayWithQuery, ShopPayWithQueryVariables>;
export const ShopLoyaltyProgrammeDocument = new TypedDocumentString(`
    query ShopLoyaltyProgramme {
  loyaltyProgramme {
    ...LoyaltyProgrammeFields
  }
}
    fragment MoneyFields on Money {
  amount
  currency
}
fragment LoyaltyProgrammeFields on LoyaltyProgramme {
  enabled
  currency
  spendPerPoint {
    ...MoneyFields
  }
  pointValue {
    ...MoneyFields
  }
  expiryDays
  maxRedeemBps
  tiers {
    name
    minPoints
    multiplierBps
  }
}`, {"hash":"sha256:59d3eda430105feeb03f74031070f3348cae3daadc91ec4f967f41571b2b51f0"}) as unknown as TypedDocumentString<ShopLoyaltyProgrammeQuery, ShopLoyaltyProgrammeQueryVariables>;
export const RiderReportLocationDocument = new TypedDocumentString(`
    mutation RiderReportLocation($shipmentId: ID!, $latitude: Float!, $longitude: Float!, $accuracyMeters: Float!) {
  reportRiderLocation(
    shipmentId: $shipmentId
    latitude: $latitude
    longitude: $longitude
    accuracyMeters: $accuracyMeters
  ) {
    accepted
    userErrors {
      field
      message
      code
    }
  }
}
    `, {"hash":"sha256:e0053a3886c28c7d1566b9e2c4710d6241bde7afc08ba415e36e6d62bd128610"}) as unknown as TypedDocumentString<RiderReportLocationMutation, RiderReportLocationMutationVariables>;
export const ShopRiderTrackingDocument = new TypedDocumentString(`
    query ShopRiderTracking($orderId: ID!, $cartToken: String) {
  riderTracking(orderId: $orderId, cartToken: $cartToken) {
    trackingKey
    ...RiderTrackingFields
  }
}
    fragment RiderTrackingFields on RiderTracking {
  orderId
  shipments {
    shipmentId
    status
    positions {
      latitude
      longitude
      accuracyMeters
      at
    }
  }
}`, {"hash":"sha256:38d879a98298b55d7b6cbcb46ca61c25e8b7597e206fb7d2cf79679d51d20416"}) as unknown as TypedDocumentString<ShopRiderTrackingQuery, ShopRiderTrackingQueryVariables>;
export const RiderTrackingByKeyDocument = new TypedDocumentString(`
    query RiderTrackingByKey($orderId: ID!, $trackingKey: String!) {
  riderTracking(orderId: $orderId, trackingKey: $trackingKey) {
    ...RiderTrackingFields
  }
}
    fragment RiderTrackingFields on RiderTracking {
  orderId
  shipments {
    shipmentId
    status
    positions {
      latitude
      longitude
      accuracyMeters
      at
    }
  }
}`, {"hash":"sha256:79a27e1ceb0d1d16fb57a0fb1f7db8149c56d489dcd8a43d83181aecf0a002ed"}) as unknown as TypedDocumentString<RiderTrackingByKeyQuery, RiderTrackingByKeyQueryVariables>;
export const RiderTrackingLiveDocument = new TypedDocumentString(`
    subscription RiderTrackingLive($orderId: ID!, $trackingKey: String!) {
  riderTracking(orderId: $orderId, trackingKey: $trackingKey) {
    ...RiderTrackingFields
  }
}
    fragment RiderTrackingFields on RiderTracking {
  orderId
  shipments {
    shipmentId
    status
    positions {
      latitude
      longitude
      accuracyMeters
      at
    }
  }
}`, {"hash":"sha256:c823998288cc30ba80573875b582ede44f5fe0960ab6d07c1423f7f1569b138e"}) as unknown as TypedDocumentString<RiderTrackingLiveSubscription, RiderTrackingLiveSubscriptionVariables>;
export const AdminShipmentsDocument = new TypedDocumentString(`
    query AdminShipments($status: ShipmentStatus, $orderId: ID) {
  shipments(status: $status, orderId: $orderId, first: 100) {
    ...AdminShipmentFields
  }
}
    fragment AdminShipmentFields on Shipment {
  id
  orderId
  orderNumber
  carrier
  trackingNumber
  status
  riderUserId
  codeTriesLeft
  codeLocked
  failureReason
  overrideReason
  createdAt
  deliveredAt
  quotedPrice {
    amount
    currency
  }
  amountToCollect {
    amount
    currency
  }
  address {
    name
    phone
    line1
    line2
    city
    region
    country
    latitude
    longitude
  }
  items {
    id
    title
    sku
    quantity
  }
  returnRequestId
  returnItems {
    id
    title
    quantity
  }
}`, {"hash":"sha256:fa387950ee819563e6be368de59228f37e29c120aae109d594aa003c05de77a2"}) as unknown as TypedDocumentString<AdminShipmentsQuery, AdminShipmentsQueryVariables>;
export const AdminShipmentDocument = new TypedDocumentString(`
    query AdminShipment($id: ID!) {
  shipment(id: $id) {
    ...AdminShipmentFields
    vendorOrderId
    pickedUpAt
    packages {
      id
      weightGrams
      lengthMm
      widthMm
      heightMm
    }
    events {
      id
      status
      note
      location
      fromCarrier
      at
    }
  }
}
    fragment AdminShipmentFields on Shipment {
  id
  orderId
  orderNumber
  carrier
  trackingNumber
  status
  riderUserId
  codeTriesLeft
  codeLocked
  failureReason
  overrideReason
  createdAt
  deliveredAt
  quotedPrice {
    amount
    currency
  }
  amountToCollect {
    amount
    currency
  }
  address {
    name
    phone
    line1
    line2
    city
    region
    country
    latitude
    longitude
  }
  items {
    id
    title
    sku
    quantity
  }
  returnRequestId
  returnItems {
    id
    title
    quantity
  }
}`, {"hash":"sha256:128ffd5dd1f14fa34f3db34da4d3be0f0ea263f43e1bb55b97a0203a76c66f26"}) as unknown as TypedDocumentString<AdminShipmentQuery, AdminShipmentQueryVariables>;
export const AdminShipmentOrderDocument = new TypedDocumentString(`
    query AdminShipmentOrder($id: ID!) {
  shippingCarriers
  order(id: $id) {
    id
    number
    status
    shippingAddress {
      latitude
      longitude
    }
    vendorOrders {
      id
      vendorName
      lines {
        id
        title
        sku
        quantity
        source
      }
    }
  }
  shipments(orderId: $id, first: 100) {
    id
    status
    trackingNumber
    items {
      id
      quantity
      orderLineId
    }
  }
}
    `, {"hash":"sha256:b9fc29fde7f3f77f5392c73d9bb112da116a70d22e3a27b83deae2c3a4d36ec5"}) as unknown as TypedDocumentString<AdminShipmentOrderQuery, AdminShipmentOrderQueryVariables>;
export const AdminShipmentQuoteDocument = new TypedDocumentString(`
    query AdminShipmentQuote($orderId: ID!, $carrier: CarrierName!, $packages: [ShipmentPackageInput!]!, $latitude: Float, $longitude: Float) {
  shipmentQuote(
    orderId: $orderId
    carrier: $carrier
    packages: $packages
    latitude: $latitude
    longitude: $longitude
  ) {
    price {
      amount
      currency
    }
    etaHours
  }
}
    `, {"hash":"sha256:7fb480c99069bbe38d1fe742e177c1fba9ea5bbe95bdaf18d1d7249e0e5bf50a"}) as unknown as TypedDocumentString<AdminShipmentQuoteQuery, AdminShipmentQuoteQueryVariables>;
export const RiderDeliveriesDocument = new TypedDocumentString(`
    query RiderDeliveries {
  myDeliveries {
    ...AdminShipmentFields
  }
}
    fragment AdminShipmentFields on Shipment {
  id
  orderId
  orderNumber
  carrier
  trackingNumber
  status
  riderUserId
  codeTriesLeft
  codeLocked
  failureReason
  overrideReason
  createdAt
  deliveredAt
  quotedPrice {
    amount
    currency
  }
  amountToCollect {
    amount
    currency
  }
  address {
    name
    phone
    line1
    line2
    city
    region
    country
    latitude
    longitude
  }
  items {
    id
    title
    sku
    quantity
  }
  returnRequestId
  returnItems {
    id
    title
    quantity
  }
}`, {"hash":"sha256:11c334e4a2a1ec337d0992d0b726b5c679bdb9abe34291ebe8ce2d25f7154a0f"}) as unknown as TypedDocumentString<RiderDeliveriesQuery, RiderDeliveriesQueryVariables>;
export const AdminCreateShipmentDocument = new TypedDocumentString(`
    mutation AdminCreateShipment($input: CreateShipmentInput!) {
  createShipment(input: $input) {
    shipment {
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
}`, {"hash":"sha256:14d8571e12c8e010efc4f6be63d727625e22e463dee37cf00ab13f8452c79716"}) as unknown as TypedDocumentString<AdminCreateShipmentMutation, AdminCreateShipmentMutationVariables>;
export const RiderStepShipmentDocument = new TypedDocumentString(`
    mutation RiderStepShipment($shipmentId: ID!, $status: ShipmentRiderStep!, $note: String) {
  stepShipment(shipmentId: $shipmentId, status: $status, note: $note) {
    shipment {
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
}`, {"hash":"sha256:3d8ef7b2448d92bb428869aaa98a7114da3f62c4ce57910baec253b7f09f9d90"}) as unknown as TypedDocumentString<RiderStepShipmentMutation, RiderStepShipmentMutationVariables>;
export const RiderDeliverShipmentDocument = new TypedDocumentString(`
    mutation RiderDeliverShipment($shipmentId: ID!, $code: String!, $collection: ShipmentCollectionInput) {
  deliverShipment(shipmentId: $shipmentId, code: $code, collection: $collection) {
    shipment {
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
}`, {"hash":"sha256:a819803a7c9e02bd331a51476d42cdcba7be4fb9702385dbd488a8582eb3deef"}) as unknown as TypedDocumentString<RiderDeliverShipmentMutation, RiderDeliverShipmentMutationVariables>;
export const AdminOverrideShipmentDeliveryDocument = new TypedDocumentString(`
    mutation AdminOverrideShipmentDelivery($shipmentId: ID!, $reason: String!, $collection: ShipmentCollectionInput) {
  overrideShipmentDelivery(
    shipmentId: $shipmentId
    reason: $reason
    collection: $collection
  ) {
    shipment {
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
}`, {"hash":"sha256:93d0f4da1b787c51830a3f00da5902d7a96fde2bd661a4c329eedf576f8a0366"}) as unknown as TypedDocumentString<AdminOverrideShipmentDeliveryMutation, AdminOverrideShipmentDeliveryMutationVariables>;
export const AdminCloseShipmentDocument = new TypedDocumentString(`
    mutation AdminCloseShipment($shipmentId: ID!, $status: ShipmentClose!, $note: String!) {
  closeShipment(shipmentId: $shipmentId, status: $status, note: $note) {
    shipment {
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
}`, {"hash":"sha256:6593e2bd3e32041fb44d9f4b4dac431d7ca6f46e7955f48aff9f9363b2e45059"}) as unknown as TypedDocumentString<AdminCloseShipmentMutation, AdminCloseShipmentMutationVariables>;
export const AdminSimulateCarrierEventDocument = new TypedDocumentString(`
    mutation AdminSimulateCarrierEvent($shipmentId: ID!, $status: ShipmentStatus!) {
  simulateCarrierEvent(shipmentId: $shipmentId, status: $status) {
    shipment {
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
}`, {"hash":"sha256:1629633d73184e964c92927b1b595a43e1c07ef23084771886e3f6ca2e58a8ad"}) as unknown as TypedDocumentString<AdminSimulateCarrierEventMutation, AdminSimulateCarrierEventMutationVariables>;
export const ShopOrderShipmentsDocument = new TypedDocumentString(`
    query ShopOrderShipments($orderId: ID!, $cartToken: String) {
  orderShipments(orderId: $orderId, cartToken: $cartToken) {
    deliveryCode
    shipment {
      id
      carrier
      trackingNumber
      status
      items {
        id
        title
        quantity
      }
      events {
        id
        status
        note
        location
        at
      }
    }
  }
}
    `, {"hash":"sha256:48eaaab609eb742dbf9f0e58327c6c2686f5d44e25222f81610e3787fb9742c6"}) as unknown as TypedDocumentString<ShopOrderShipmentsQuery, ShopOrderShipmentsQueryVariables>;
export const AdminKwikAccountDocument = new TypedDocumentString(`
    query AdminKwikAccount {
  kwikAccount {
    connected
    emailMasked
    domainName
    baseUrl
    callbackUrl
    updatedAt
    pickup {
      name
      phone
      address
      latitude
      longitude
    }
  }
}
    `, {"hash":"sha256:3a29a7dda895bd670172742152732b82fbade173539546b19cd7692a72d29fc2"}) as unknown as TypedDocumentString<AdminKwikAccountQuery, AdminKwikAccountQueryVariables>;
export const AdminConnectKwikDocument = new TypedDocumentString(`
    mutation AdminConnectKwik($input: KwikAccountInput!) {
  connectKwik(input: $input) {
    account {
      connected
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
}`, {"hash":"sha256:d05f7ce6f7df52cdac7923fdf45bf44a74da06a54c4518f1a9b40aa47883b002"}) as unknown as TypedDocumentString<AdminConnectKwikMutation, AdminConnectKwikMutationVariables>;
export const AdminDisconnectKwikDocument = new TypedDocumentString(`
    mutation AdminDisconnectKwik {
  disconnectKwik {
    account {
      connected
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
}`, {"hash":"sha256:ae2111878dd932d00dfb3683fc805eb35cc1a3a4eac643a5183063ddb6fb30de"}) as unknown as TypedDocumentString<AdminDisconnectKwikMutation, AdminDisconnectKwikMutationVariables>;
export const AdminDeliveryPeopleDocument = new TypedDocumentString(`
    query AdminDeliveryPeople {
  deliveryPeople {
    userId
    name
    roles
  }
}
    `, {"hash":"sha256:5a02052e816e0a99892486d4e6fcb6e0b6df9b85784038c833f13dc1e95ab8b2"}) as unknown as TypedDocumentString<AdminDeliveryPeopleQuery, AdminDeliveryPeopleQueryVariables>;
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
  latitude
  longitude
  isDefault
}`, {"hash":"sha256:27e766db528911039f5cf74cf47215878a0e915921cd7f2a408dc531f663fc65"}) as unknown as TypedDocumentString<ShopMyAddressesQuery, ShopMyAddressesQueryVariables>;
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
}`, {"hash":"sha256:b8e421f739b185cfcfe27d161097b91cf0173980681aa28de049b2098e725fd3"}) as unknown as TypedDocumentString<ShopAddAddressMutation, ShopAddAddressMutationVariables>;
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
}`, {"hash":"sha256:f61ce2786b56fb022bf92ebd7047f8023aeee5e1731432cf46eb6ecd9a461f9d"}) as unknown as TypedDocumentString<ShopUpdateAddressMutation, ShopUpdateAddressMutationVariables>;
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
}`, {"hash":"sha256:905192c66106f473cdb01f4ee2c71b87bfde6db550e10081c20711a13c92197e"}) as unknown as TypedDocumentString<ShopSetDefaultAddressMutation, ShopSetDefaultAddressMutationVariables>;
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
}`, {"hash":"sha256:31205a5cccd5af8450974f049f3f295db6b3dfdccc54545d95f1f578ace87ba5"}) as unknown as TypedDocumentString<ShopRemoveAddressMutation, ShopRemoveAddressMutationVariables>;
export const ShopMyNotificationPreferencesDocument = new TypedDocumentString(`
    query ShopMyNotificationPreferences {
  myNotificationPreferences {
    marketingEmail
    marketingSms
    orderUpdatesSms
    orderUpdatesWhatsapp
  }
}
    `, {"hash":"sha256:6a35a39b06030499748036e6d81cc1503fae8df16521215a9341cfaa0ba151bb"}) as unknown as TypedDocumentString<ShopMyNotificationPreferencesQuery, ShopMyNotificationPreferencesQueryVariables>;
export const ShopSetMyNotificationPreferencesDocument = new TypedDocumentString(`
    mutation ShopSetMyNotificationPreferences($input: NotificationPreferencesInput!) {
  setMyNotificationPreferences(input: $input) {
    preferences {
      marketingEmail
      marketingSms
      orderUpdatesSms
      orderUpdatesWhatsapp
    }
    userErrors {
      code
      field
    }
  }
}
    `, {"hash":"sha256:6fa389b5fb1c85f52b46634a9e6d0c46ac54798381b863aa9b0e4dce9c506547"}) as unknown as TypedDocumentString<ShopSetMyNotificationPreferencesMutation, ShopSetMyNotificationPreferencesMutationVariables>;
export const UnsubscribeDocument = new TypedDocumentString(`
    mutation Unsubscribe($token: String!) {
  unsubscribe(token: $token) {
    ok
    userErrors {
      code
    }
  }
}
    `, {"hash":"sha256:75fa5a4ab2829551b9d20c54eb3b6cf965d235eb373cf8882d4e58b7423c0137"}) as unknown as TypedDocumentString<UnsubscribeMutation, UnsubscribeMutationVariables>;
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
  productId
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
  promotions {
    name
    discount {
      ...MoneyFields
    }
  }
  couponsAccepted
  coupon {
    code
    freeShipping
    discount {
      ...MoneyFields
    }
    problem {
      code
      message
    }
  }
}`, {"hash":"sha256:d949b91ef20dad3ee13da5831c7163495882dfde18cebb404314489633e4a493"}) as unknown as TypedDocumentString<ShopCartQuery, ShopCartQueryVariables>;
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
}`, {"hash":"sha256:0e321851f13679f4092e9a30511024075657146ca3a4e9de72b7fc43874325ab"}) as unknown as TypedDocumentString<ShopAddCartLineMutation, ShopAddCartLineMutationVariables>;
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
}`, {"hash":"sha256:2e0e9ffee3103a2d4b4427349c76f042b1ba65024c55cb3207b638c2561150b9"}) as unknown as TypedDocumentString<ShopUpdateCartLineMutation, ShopUpdateCartLineMutationVariables>;
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
}`, {"hash":"sha256:2dc438ad5fc97d20cdd02ee4d70a0a7e9d562d047752a2590bb39e19ef495f50"}) as unknown as TypedDocumentString<ShopMergeGuestCartMutation, ShopMergeGuestCartMutationVariables>;
export const ShopShippingOptionsDocument = new TypedDocumentString(`
    query ShopShippingOptions($destination: ShippingDestinationInput!) {
  checkoutPaymentMethods
  checkoutUssdBanks {
    code
    name
  }
  checkoutMobileMoneyNetworks {
    code
    name
  }
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
}`, {"hash":"sha256:eb54114facbb0574e6c8d14e221bb6fa57e260173e6bc50dac36a439872f593e"}) as unknown as TypedDocumentString<ShopShippingOptionsQuery, ShopShippingOptionsQueryVariables>;
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
}`, {"hash":"sha256:b0eec650a18077c4119e94f76878d5aa0900d3efd3d3afd17db44bc21a284587"}) as unknown as TypedDocumentString<ShopCheckoutMutation, ShopCheckoutMutationVariables>;
export const ShopRetryPaymentDocument = new TypedDocumentString(`
    mutation ShopRetryPayment($orderId: ID!, $cartToken: String, $returnUrl: String) {
  retryPayment(orderId: $orderId, cartToken: $cartToken, returnUrl: $returnUrl) {
    payment {
      authorizationUrl
      status
      chargeInstruction
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
}`, {"hash":"sha256:9e2c4164217bd7afc6eb695dd7da23970492e7c40c79818aa7a2a96625e1258d"}) as unknown as TypedDocumentString<ShopRetryPaymentMutation, ShopRetryPaymentMutationVariables>;
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
}`, {"hash":"sha256:291c3cc7a8fc8aedcfc780a435528dd7cfc88eeabc5e2710752de39da3e4c58d"}) as unknown as TypedDocumentString<ShopRefreshPaymentMutation, ShopRefreshPaymentMutationVariables>;
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
    prepaid {
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
      provider
      method
      bankAccountNumber
      bankName
      bankAccountName
      ussdCode
      chargeInstruction
      mobileMoneyPhone
      amount {
        ...MoneyFields
      }
      received {
        ...MoneyFields
      }
      stillToPay {
        ...MoneyFields
      }
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
}`, {"hash":"sha256:73a86d8e9b8abc2effe00cbe32cd7d240d6400c691b9311658babdc42bc80eef"}) as unknown as TypedDocumentString<ShopOrderQuery, ShopOrderQueryVariables>;
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
}`, {"hash":"sha256:ef9346f10144028aa74c9fa2dfa7e99d216d4f94b1cf50b7db706235c1e948c1"}) as unknown as TypedDocumentString<ShopMyOrdersQuery, ShopMyOrdersQueryVariables>;
export const ShopExportMyDataDocument = new TypedDocumentString(`
    query ShopExportMyData {
  exportMyData
}
    `, {"hash":"sha256:8c35fcc7146b1aab6aa6e332febf51b5df94048d8cc96d341858d56a08067f78"}) as unknown as TypedDocumentString<ShopExportMyDataQuery, ShopExportMyDataQueryVariables>;
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
}`, {"hash":"sha256:f5bd4931464021083e8cb9cfbbc82597b8e138ae2270c3a57805d31a3059557c"}) as unknown as TypedDocumentString<ShopSignUpMutation, ShopSignUpMutationVariables>;
export const ShopRecordReferralTouchDocument = new TypedDocumentString(`
    mutation ShopRecordReferralTouch($code: String!, $visitorId: String!) {
  recordReferralTouch(code: $code, visitorId: $visitorId) {
    recorded
  }
}
    `, {"hash":"sha256:8adafc70137f129f95af89a2f7fa02e14cecdc31a7a5d42f8ab0cebcac843607"}) as unknown as TypedDocumentString<ShopRecordReferralTouchMutation, ShopRecordReferralTouchMutationVariables>;
export const ShopQuoteCheckoutShippingDocument = new TypedDocumentString(`
    mutation ShopQuoteCheckoutShipping($cartToken: String, $destination: ShippingQuoteDestinationInput!) {
  quoteCheckoutShipping(cartToken: $cartToken, destination: $destination) {
    quote {
      id
      method
      carrierName
      etaDays
      amount {
        amount
        currency
      }
    }
    userErrors {
      code
    }
  }
}
    `, {"hash":"sha256:65c63a117b7ac48092e9ae5396a41634aedc91822f99f71eb5ebad01798628eb"}) as unknown as TypedDocumentString<ShopQuoteCheckoutShippingMutation, ShopQuoteCheckoutShippingMutationVariables>;
export const RequestSignInCodeDocument = new TypedDocumentString(`
    mutation RequestSignInCode($tenantSlug: String!, $phone: String!) {
  requestSignInCode(tenantSlug: $tenantSlug, phone: $phone) {
    phone
    userErrors {
      code
      message
    }
  }
}
    `, {"hash":"sha256:f9917b99fe4799c1a646d1a217ba81f5c9328084310c12d7e47b4028c89f3716"}) as unknown as TypedDocumentString<RequestSignInCodeMutation, RequestSignInCodeMutationVariables>;
export const SignInWithCodeDocument = new TypedDocumentString(`
    mutation SignInWithCode($input: SignInWithCodeInput!) {
  signInWithCode(input: $input) {
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
}`, {"hash":"sha256:a2a4e91b7660f63a5c8cf56a2703247cdb4aa5bb6aa3cc12b335cb560a995675"}) as unknown as TypedDocumentString<SignInWithCodeMutation, SignInWithCodeMutationVariables>;
export const RequestAccountCodeDocument = new TypedDocumentString(`
    mutation RequestAccountCode {
  requestAccountCode {
    sentTo
    userErrors {
      code
      message
    }
  }
}
    `, {"hash":"sha256:c754862989746efdcac15018dfe4bf35281f8634c39a29e988262e5ae0c0e9a6"}) as unknown as TypedDocumentString<RequestAccountCodeMutation, RequestAccountCodeMutationVariables>;
export const CloseMyAccountDocument = new TypedDocumentString(`
    mutation CloseMyAccount($password: String, $code: String) {
  requestAccountDeletion(password: $password, code: $code) {
    purgeAfter
    userErrors {
      code
      message
    }
  }
}
    `, {"hash":"sha256:8dd2f3c6b11cef16239310e4998f07a891650aa22da2b8582e348037efa51bf5"}) as unknown as TypedDocumentString<CloseMyAccountMutation, CloseMyAccountMutationVariables>;
export const ShopWebPushPublicKeyDocument = new TypedDocumentString(`
    query ShopWebPushPublicKey {
  webPushPublicKey
}
    `, {"hash":"sha256:f04a868518dff4f10516c7fcc706a8c598f324bbf79baee9f2395766d98552d7"}) as unknown as TypedDocumentString<ShopWebPushPublicKeyQuery, ShopWebPushPublicKeyQueryVariables>;
export const ShopRegisterPushSubscriptionDocument = new TypedDocumentString(`
    mutation ShopRegisterPushSubscription($input: RegisterPushSubscriptionInput!) {
  registerPushSubscription(input: $input) {
    subscription {
      id
    }
    userErrors {
      code
      field
    }
  }
}
    `, {"hash":"sha256:0ef1880aef09669c8d72ed0233c4f9c829dccea9bda165be377ff7729f513895"}) as unknown as TypedDocumentString<ShopRegisterPushSubscriptionMutation, ShopRegisterPushSubscriptionMutationVariables>;
export const ShopRemovePushSubscriptionDocument = new TypedDocumentString(`
    mutation ShopRemovePushSubscription($endpoint: String!) {
  removePushSubscription(endpoint: $endpoint) {
    removed
    userErrors {
      code
    }
  }
}
    `, {"hash":"sha256:cc45c286bc48af288e95ecb9c509933bbcd056d5c9f9b647c70494fe5cf251be"}) as unknown as TypedDocumentString<ShopRemovePushSubscriptionMutation, ShopRemovePushSubscriptionMutationVariables>;
export const ShopReturnableLinesDocument = new TypedDocumentString(`
    query ShopReturnableLines($orderId: ID!) {
  returnableLines(orderId: $orderId) {
    ...ShopReturnableLineFields
  }
}
    fragment ShopReturnableLineFields on ReturnableLine {
  orderLineId
  title
  sku
  quantity
  returnable
  closesAt
  problem
}`, {"hash":"sha256:d326b6891dde019d6b0d6ce36db4c199c59cfc8486d7d3ab47b33f0e8a525a0f"}) as unknown as TypedDocumentString<ShopReturnableLinesQuery, ShopReturnableLinesQueryVariables>;
export const ShopMyReturnsDocument = new TypedDocumentString(`
    query ShopMyReturns($orderId: ID) {
  returnRequests(first: 50, mine: true, orderId: $orderId) {
    edges {
      node {
        ...ShopReturnRequestFields
      }
    }
  }
}
    fragment ShopReturnRequestFields on ReturnRequest {
  id
  reference
  orderId
  orderNumber
  vendorName
  status
  reason
  details
  instructions
  refusalReason
  exchangeNote
  refundAmount {
    amount
    currency
  }
  createdAt
  lines {
    id
    title
    quantity
  }
  shippingWay
  shippingPaidBy
  shippingCharge {
    amount
    currency
  }
  customerCarrier
  customerTrackingNumber
  returnShipment {
    id
    carrier
    trackingNumber
    status
    events {
      id
      status
      note
      location
      at
    }
  }
}`, {"hash":"sha256:7a6bf96a321f9c1ccb19d8605bd47c5756be6b7e540163fe6c572c6cf20a20a7"}) as unknown as TypedDocumentString<ShopMyReturnsQuery, ShopMyReturnsQueryVariables>;
export const ShopRequestReturnDocument = new TypedDocumentString(`
    mutation ShopRequestReturn($input: RequestReturnInput!) {
  requestReturn(input: $input) {
    returnRequests {
      id
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:0937aba0b6a7eca531295ad65964792cea697ac8efe98c4c62085117d3a0ece5"}) as unknown as TypedDocumentString<ShopRequestReturnMutation, ShopRequestReturnMutationVariables>;
export const ShopGuestReturnableLinesDocument = new TypedDocumentString(`
    query ShopGuestReturnableLines($orderId: ID!, $cartToken: String!) {
  guestReturnableLines(orderId: $orderId, cartToken: $cartToken) {
    ...ShopReturnableLineFields
  }
}
    fragment ShopReturnableLineFields on ReturnableLine {
  orderLineId
  title
  sku
  quantity
  returnable
  closesAt
  problem
}`, {"hash":"sha256:0aec006bdf31358273352e915fadfbd3f7e70d076ab6aa6e87d0c8f6d2e6af96"}) as unknown as TypedDocumentString<ShopGuestReturnableLinesQuery, ShopGuestReturnableLinesQueryVariables>;
export const ShopGuestReturnsDocument = new TypedDocumentString(`
    query ShopGuestReturns($orderId: ID!, $cartToken: String!) {
  guestReturnRequests(orderId: $orderId, cartToken: $cartToken) {
    ...ShopReturnRequestFields
  }
}
    fragment ShopReturnRequestFields on ReturnRequest {
  id
  reference
  orderId
  orderNumber
  vendorName
  status
  reason
  details
  instructions
  refusalReason
  exchangeNote
  refundAmount {
    amount
    currency
  }
  createdAt
  lines {
    id
    title
    quantity
  }
  shippingWay
  shippingPaidBy
  shippingCharge {
    amount
    currency
  }
  customerCarrier
  customerTrackingNumber
  returnShipment {
    id
    carrier
    trackingNumber
    status
    events {
      id
      status
      note
      location
      at
    }
  }
}`, {"hash":"sha256:5123119208204a52b3da0d2ab87c8c1ca7b1d096edc668e770a34db5f65a4458"}) as unknown as TypedDocumentString<ShopGuestReturnsQuery, ShopGuestReturnsQueryVariables>;
export const ShopGuestRequestReturnDocument = new TypedDocumentString(`
    mutation ShopGuestRequestReturn($cartToken: String!, $input: RequestReturnInput!) {
  guestRequestReturn(cartToken: $cartToken, input: $input) {
    returnRequests {
      id
    }
    userErrors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:c138b0bd592e2bf9456b7efc397ef25b401b73bcb130e58872251df6371c39b2"}) as unknown as TypedDocumentString<ShopGuestRequestReturnMutation, ShopGuestRequestReturnMutationVariables>;
export const ShopLookUpGuestOrderDocument = new TypedDocumentString(`
    mutation ShopLookUpGuestOrder($orderNumber: String!, $email: String!) {
  lookUpGuestOrder(orderNumber: $orderNumber, email: $email) {
    orderId
    cartToken
    userErrors {
      code
      message
      field
    }
  }
}
    `, {"hash":"sha256:fb558a2966c99ef45a30a07a50a4a3d6fa92bcc1f126966e2963b63517970803"}) as unknown as TypedDocumentString<ShopLookUpGuestOrderMutation, ShopLookUpGuestOrderMutationVariables>;
export const ShopSendReturnMyselfDocument = new TypedDocumentString(`
    mutation ShopSendReturnMyself($id: ID!, $carrier: String!, $trackingNumber: String!, $cartToken: String) {
  sendReturnMyself(
    id: $id
    carrier: $carrier
    trackingNumber: $trackingNumber
    cartToken: $cartToken
  ) {
    returnRequest {
      id
    }
    userErrors {
      code
      field
      message
    }
  }
}
    `, {"hash":"sha256:2d563dc8cf96491870ea6121cd1cc441e37ac8e56bc0ea4c58fb692facd0d1df"}) as unknown as TypedDocumentString<ShopSendReturnMyselfMutation, ShopSendReturnMyselfMutationVariables>;
export const ShopMySubscriptionsDocument = new TypedDocumentString(`
    query ShopMySubscriptions {
  mySubscriptions {
    id
    title
    quantity
    interval
    status
    nextChargeAt
    lastTotal {
      amount
      currency
    }
  }
}
    `, {"hash":"sha256:7ebf6defc5e8c8b91572eb791ff41f0244dd9c6a2184bdaff960bac3c5848a04"}) as unknown as TypedDocumentString<ShopMySubscriptionsQuery, ShopMySubscriptionsQueryVariables>;
export const ShopPauseSubscriptionDocument = new TypedDocumentString(`
    mutation ShopPauseSubscription($id: ID!) {
  pauseSubscription(id: $id) {
    subscription {
      id
      status
    }
    userErrors {
      code
    }
  }
}
    `, {"hash":"sha256:6c0fd723c7706a93b84e0c9273bc7930865c49113ce9cc4f8305733ccb238e50"}) as unknown as TypedDocumentString<ShopPauseSubscriptionMutation, ShopPauseSubscriptionMutationVariables>;
export const ShopResumeSubscriptionDocument = new TypedDocumentString(`
    mutation ShopResumeSubscription($id: ID!) {
  resumeSubscription(id: $id) {
    subscription {
      id
      status
    }
    userErrors {
      code
    }
  }
}
    `, {"hash":"sha256:c7bc466fac71fda841881e428caa7429f2cf947eec0e8e2fea78c45a1da45a4c"}) as unknown as TypedDocumentString<ShopResumeSubscriptionMutation, ShopResumeSubscriptionMutationVariables>;
export const ShopSkipSubscriptionChargeDocument = new TypedDocumentString(`
    mutation ShopSkipSubscriptionCharge($id: ID!) {
  skipSubscriptionCharge(id: $id) {
    subscription {
      id
      nextChargeAt
    }
    userErrors {
      code
    }
  }
}
    `, {"hash":"sha256:7e2d1c48cceb34888a9f66db344d747eb028130a7b6739dba4daa6e8bdd69727"}) as unknown as TypedDocumentString<ShopSkipSubscriptionChargeMutation, ShopSkipSubscriptionChargeMutationVariables>;
export const ShopCancelSubscriptionDocument = new TypedDocumentString(`
    mutation ShopCancelSubscription($id: ID!) {
  cancelSubscription(id: $id) {
    subscription {
      id
      status
    }
    userErrors {
      code
    }
  }
}
    `, {"hash":"sha256:b8961b52bc9a67a42a4197c9f76db0f6d6f9e3eeb50697a76097c26d288f3a08"}) as unknown as TypedDocumentString<ShopCancelSubscriptionMutation, ShopCancelSubscriptionMutationVariables>;
export const ShopUpdateSubscriptionDocument = new TypedDocumentString(`
    mutation ShopUpdateSubscription($id: ID!, $quantity: Int, $interval: SubscriptionInterval) {
  updateSubscription(id: $id, quantity: $quantity, interval: $interval) {
    subscription {
      id
      quantity
      interval
    }
    userErrors {
      code
    }
  }
}
    `, {"hash":"sha256:14cec69934774863b7e444602362476eceff27836da57c440de38816807f801e"}) as unknown as TypedDocumentString<ShopUpdateSubscriptionMutation, ShopUpdateSubscriptionMutationVariables>;
export const AdminSubscriptionListDocument = new TypedDocumentString(`
    query AdminSubscriptionList($status: SubscriptionStatus, $after: String) {
  subscriptions(first: 25, status: $status, after: $after) {
    edges {
      node {
        id
        title
        quantity
        interval
        status
        email
        nextChargeAt
        failureCount
        createdAt
        lastTotal {
          amount
          currency
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  subscriptionSettings {
    enabled
  }
}
    `, {"hash":"sha256:c013da8bb5f19b3a4e69e9c62f4877f05d8ecd388527f7c0897158ed6edf90d1"}) as unknown as TypedDocumentString<AdminSubscriptionListQuery, AdminSubscriptionListQueryVariables>;
export const AdminCancelCustomerSubscriptionDocument = new TypedDocumentString(`
    mutation AdminCancelCustomerSubscription($id: ID!) {
  cancelCustomerSubscription(id: $id) {
    subscription {
      id
      status
    }
    userErrors {
      code
      message
    }
  }
}
    `, {"hash":"sha256:1f3bf305b6ffba3693a803abfea4705d63a8013ffff9256539bc17d1b6e050dc"}) as unknown as TypedDocumentString<AdminCancelCustomerSubscriptionMutation, AdminCancelCustomerSubscriptionMutationVariables>;
export const AdminUpdateSubscriptionSettingsDocument = new TypedDocumentString(`
    mutation AdminUpdateSubscriptionSettings($enabled: Boolean!) {
  updateSubscriptionSettings(enabled: $enabled) {
    settings {
      enabled
    }
    userErrors {
      code
      message
    }
  }
}
    `, {"hash":"sha256:09b3a2d30108c1bbdd6df4044375b84ef745f7f22ee09cd996615ed4e98fbaa2"}) as unknown as TypedDocumentString<AdminUpdateSubscriptionSettingsMutation, AdminUpdateSubscriptionSettingsMutationVariables>;
export const ShopSubscriptionSettingsDocument = new TypedDocumentString(`
    query ShopSubscriptionSettings {
  subscriptionSettings {
    enabled
  }
}
    `, {"hash":"sha256:0e5d7ffa89de4422d42e008401dd0bb0f07a73f2a13e7c5498e529d780597bda"}) as unknown as TypedDocumentString<ShopSubscriptionSettingsQuery, ShopSubscriptionSettingsQueryVariables>;
export const ShopSubscribeDocument = new TypedDocumentString(`
    mutation ShopSubscribe($input: SubscribeInput!) {
  subscribe(input: $input) {
    subscription {
      id
    }
    order {
      id
    }
    payment {
      authorizationUrl
    }
    userErrors {
      code
      field
    }
  }
}
    `, {"hash":"sha256:08633fc5e6015b9b6c483d057882c52eef93f1491d1ba5a699b022f24480a23b"}) as unknown as TypedDocumentString<ShopSubscribeMutation, ShopSubscribeMutationVariables>;
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
}`, {"hash":"sha256:7a5041a7f4fd0428de8ca9eed67509f96769f6c4c583f72fdea6ef3752098dca"}) as unknown as TypedDocumentString<TransportSearchTripsQuery, TransportSearchTripsQueryVariables>;
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
}`, {"hash":"sha256:02bd0c5b87114792dce7c0d324c1ebd085553790b7fe231678a52b2d3b17a226"}) as unknown as TypedDocumentString<TransportUpcomingTripsQuery, TransportUpcomingTripsQueryVariables>;
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
    `, {"hash":"sha256:7d02ef662ee1b0aede9476c60997f6fc32f249edd820ba41728ec91cad166c0e"}) as unknown as TypedDocumentString<TransportParksQuery, TransportParksQueryVariables>;
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
}`, {"hash":"sha256:8b2e5ab0cf44b8a7ba0b58973b302ba2be88a293510837390bf159c4687e2aac"}) as unknown as TypedDocumentString<TransportTripQuery, TransportTripQueryVariables>;
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
}`, {"hash":"sha256:c8b8287886db3a5380a2f0188a972d425cb46bcf451a46e39f4793acbb88d5be"}) as unknown as TypedDocumentString<TransportSeatMapQuery, TransportSeatMapQueryVariables>;
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
}`, {"hash":"sha256:3697d9c1c39b716ec65489b33454c380bd55b15bad45f4eafc88dc4f7d2b7fa0"}) as unknown as TypedDocumentString<TransportSeatMapLiveSubscription, TransportSeatMapLiveSubscriptionVariables>;
export const TransportPresenceLiveDocument = new TypedDocumentString(`
    subscription TransportPresenceLive($tripId: ID!) {
  tripPresence(tripId: $tripId) {
    viewers
  }
}
    `, {"hash":"sha256:c4eddcd17f74152f93173a4cdcd493485c06ad8bd8f8b1b7f75b1b6e9ef522f7"}) as unknown as TypedDocumentString<TransportPresenceLiveSubscription, TransportPresenceLiveSubscriptionVariables>;
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
    `, {"hash":"sha256:ccacb30450709320f731ab753b56bbf92403a4c01cbd7b5162400d3e08e59651"}) as unknown as TypedDocumentString<TransportHeartbeatMutation, TransportHeartbeatMutationVariables>;
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
}`, {"hash":"sha256:e8429080b517bd7fcc7ec79704fc58a6aa0a522576b7695891139c56f1a6b3dd"}) as unknown as TypedDocumentString<TransportSeatHoldQuery, TransportSeatHoldQueryVariables>;
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
}`, {"hash":"sha256:47d376f9d6d397ab975b96801eb3f30cb948685e77e7e94378f1ed856328aed1"}) as unknown as TypedDocumentString<TransportHoldSeatsMutation, TransportHoldSeatsMutationVariables>;
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
}`, {"hash":"sha256:2498d23868a4c38a86294fb44b06d66c7c11d56acc89570c020d898421f4c5ee"}) as unknown as TypedDocumentString<TransportExtendHoldMutation, TransportExtendHoldMutationVariables>;
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
}`, {"hash":"sha256:51926caa28c11669fe0049931d7ed9d3396e5d26bc50527330a7e1499008b1c7"}) as unknown as TypedDocumentString<TransportReleaseHoldMutation, TransportReleaseHoldMutationVariables>;
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
    `, {"hash":"sha256:80476161faa2be3058ca1a9cd4e668512a7e9e8ae9c05cb85ce1f462f171e805"}) as unknown as TypedDocumentString<TransportViewerQuery, TransportViewerQueryVariables>;
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
    `, {"hash":"sha256:80f4e7aa0b335f9e61a7b8781c4e31ed4498a283a64818233db9753df19d0531"}) as unknown as TypedDocumentString<TransportConfirmBookingMutation, TransportConfirmBookingMutationVariables>;
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
}`, {"hash":"sha256:d1b5b2d427f84dcffb68e8557d31025c491c65f88c75c895a500a79d04cac035"}) as unknown as TypedDocumentString<TransportBookingQuery, TransportBookingQueryVariables>;
export const TransportVerificationKeyDocument = new TypedDocumentString(`
    query TransportVerificationKey {
  ticketVerificationKey {
    operatorId
    keyId
    algorithm
    publicKey
  }
}
    `, {"hash":"sha256:fe9d0e332cad64e9c0c6cb7e3eef9b0b18f426a926f3e6509db288f7c7c8c5d0"}) as unknown as TypedDocumentString<TransportVerificationKeyQuery, TransportVerificationKeyQueryVariables>;
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
    `, {"hash":"sha256:579e7713199460ecf079d883d56c175e8dc4a4f5b5b778f6e88c671dc662341d"}) as unknown as TypedDocumentString<TransportAgentSalesQuery, TransportAgentSalesQueryVariables>;
export const TransportTicketStatusDocument = new TypedDocumentString(`
    query TransportTicketStatus($id: ID!) {
  ticket(id: $id) {
    id
    boardedAt
  }
}
    `, {"hash":"sha256:df7a631ca9ff7ff003f6a520918a4fabb020d9012bc42adfcbf9903b3ac73881"}) as unknown as TypedDocumentString<TransportTicketStatusQuery, TransportTicketStatusQueryVariables>;
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
    `, {"hash":"sha256:ffc6bef4aafb393dd7228238f0320deb07559b428c355424c7be49a1a961d2a8"}) as unknown as TypedDocumentString<TransportBoardTicketMutation, TransportBoardTicketMutationVariables>;
export const TransportAgentAllotmentsDocument = new TypedDocumentString(`
    query TransportAgentAllotments {
  agentAllotments {
    id
    tripId
    seatLabels
    soldSeatLabels
  }
}
    `, {"hash":"sha256:2e6d938c1a603f94e4f452157e9895eee1176c4936e0f58d6a8a52f879940833"}) as unknown as TypedDocumentString<TransportAgentAllotmentsQuery, TransportAgentAllotmentsQueryVariables>;
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
}`, {"hash":"sha256:44a80b35394f757f372f490f0d658aee015e775df773d52a3706f628ccfbebc5"}) as unknown as TypedDocumentString<TransportAgentTripQuery, TransportAgentTripQueryVariables>;
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
    `, {"hash":"sha256:951d142044238d07c48ec154dd26bf0d38be4f592b48a5da0ad0f6525a09b362"}) as unknown as TypedDocumentString<TransportSyncAgentSalesMutation, TransportSyncAgentSalesMutationVariables>;
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
    `, {"hash":"sha256:921a59b7c6799be9bed0ac6d283c3b195a037ee4a53dce4553ac815a9096ef8a"}) as unknown as TypedDocumentString<TransportBuySeatsMutation, TransportBuySeatsMutationVariables>;
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
}`, {"hash":"sha256:a252ba1212c8bfa42ef2b45ab59d1615a3029111a8afe5a844c1b0814d6012ea"}) as unknown as TypedDocumentString<TransportTripOrderQuery, TransportTripOrderQueryVariables>;
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
    `, {"hash":"sha256:588bcfedf32dd799699568c6e600c82e52502fe518e7029a7d0dffa1c5397ebb"}) as unknown as TypedDocumentString<TransportRefreshPaymentMutation, TransportRefreshPaymentMutationVariables>;