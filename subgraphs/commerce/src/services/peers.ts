/**
 * Commerce's synchronous calls to other subgraphs, each as a service actor holding only the scope it
 * needs: catalog prices a checkout (`catalog:read`), inventory holds, sells and returns stock
 * (`inventory:write`). Idempotency keys and client ids make every inventory call safe to repeat after a
 * crash or a timeout.
 */
import { callPeer, DomainError, ErrorCode, type UserError } from '@webwaka/kit';
import type { ServiceContext } from './context';

type Ctx = Pick<ServiceContext, 'peers' | 'requestId'>;

export interface QuotedLine {
  variantId: string;
  quantity: number;
  sellable: boolean;
  reason: string | null;
  sku: string | null;
  title: string | null;
  productId: string | null;
  /** The product's category (coupons may apply to categories). */
  categoryId?: string | null;
  vendorId: string | null;
  vendorName: string | null;
  vendorOwnerUserId: string | null;
  commissionBps: number;
  currency: string;
  unit: string | null;
  subtotal: string | null;
  tax: string | null;
  totalInclTax: string | null;
  totalExclTax: string | null;
  taxInclusive: boolean | null;
  taxRateBps: number | null;
  /** One unit's packed weight and box size (decision 0091: carrier quotes); null: unknown. */
  weightGrams?: number | null;
  lengthMm?: number | null;
  widthMm?: number | null;
  heightMm?: number | null;
}

/** Catalog's authoritative quote for each line (its @inaccessible `checkoutQuote`). */
export async function quoteLines(ctx: Ctx, tenantId: string, channel: 'SVM' | 'MVM' | 'POS', currency: string, lines: { variantId: string; quantity: number }[]): Promise<QuotedLine[]> {
  const data = await callPeer<{ checkoutQuote: QuotedLine[] }>(
    ctx.peers,
    'catalog',
    `query ($lines: [CheckoutQuoteLineInput!]!, $channel: SalesChannel!, $currency: String!) {
      checkoutQuote(lines: $lines, channel: $channel, currency: $currency) {
        variantId quantity sellable reason sku title productId categoryId vendorId vendorName vendorOwnerUserId commissionBps currency
        unit subtotal tax totalInclTax totalExclTax taxInclusive taxRateBps weightGrams lengthMm widthMm heightMm
      }
    }`,
    { lines, channel, currency },
    { tenantId, service: 'commerce', scopes: ['catalog:read'], requestId: ctx.requestId },
  );
  return data.checkoutQuote;
}

export interface HeldStock {
  id: string;
  status: string;
  expiresAt: string;
  locationId: string;
}

const RESERVATION_FIELDS = 'id status expiresAt location { id }';
const toHeld = (r: { id: string; status: string; expiresAt: string; location: { id: string } }): HeldStock => ({ id: r.id, status: r.status, expiresAt: r.expiresAt, locationId: r.location.id });

async function inventoryMutation<T>(ctx: Ctx, tenantId: string, query: string, variables: Record<string, unknown>, field: string): Promise<T & { userErrors: UserError[] }> {
  const data = await callPeer<Record<string, T & { userErrors: UserError[] }>>(ctx.peers, 'inventory', query, variables, {
    tenantId,
    service: 'commerce',
    scopes: ['inventory:write'],
    requestId: ctx.requestId,
  });
  return data[field];
}

/**
 * Holds stock for one checkout line. The idempotency key makes a retry return the same reservation.
 * INSUFFICIENT_STOCK (and any other refusal) comes back as a DomainError.
 */
export async function reserve(ctx: Ctx, tenantId: string, input: { variantId: string; quantity: number; channel: 'SVM' | 'MVM' | 'POS'; ttlSeconds: number; reference: string; idempotencyKey: string }): Promise<HeldStock> {
  const p = await inventoryMutation<{ reservation: Parameters<typeof toHeld>[0] | null }>(
    ctx,
    tenantId,
    `mutation ($input: ReserveStockInput!) { reserveStock(input: $input) { reservation { ${RESERVATION_FIELDS} } userErrors { code message field } } }`,
    { input },
    'reserveStock',
  );
  if (p.userErrors.length) throw new DomainError(p.userErrors[0].code, p.userErrors[0].message);
  return toHeld(p.reservation!);
}

/** The sale went through: the held stock leaves. Idempotent; RESERVATION_EXPIRED when it lapsed. */
export async function commit(ctx: Ctx, tenantId: string, reservationId: string): Promise<HeldStock> {
  const p = await inventoryMutation<{ reservation: Parameters<typeof toHeld>[0] | null }>(
    ctx,
    tenantId,
    `mutation ($id: ID!) { commitReservation(id: $id) { reservation { ${RESERVATION_FIELDS} } userErrors { code message field } } }`,
    { id: reservationId },
    'commitReservation',
  );
  if (p.userErrors.length) throw new DomainError(p.userErrors[0].code, p.userErrors[0].message);
  return toHeld(p.reservation!);
}

/** Gives held stock back. Idempotent (an expired reservation holds nothing already). */
export async function release(ctx: Ctx, tenantId: string, reservationId: string): Promise<void> {
  const p = await inventoryMutation<{ reservation: { id: string } | null }>(
    ctx,
    tenantId,
    'mutation ($id: ID!) { releaseReservation(id: $id) { reservation { id } userErrors { code message field } } }',
    { id: reservationId },
    'releaseReservation',
  );
  const error = p.userErrors[0];
  // NOT_FOUND: nothing is held; anything else (a committed reservation) is a bug the caller must see.
  if (error && error.code !== ErrorCode.NOT_FOUND) throw new DomainError(error.code, error.message);
}

/**
 * Puts sold stock back at a location as a RETURN movement (refund restocks, sales that could not be
 * completed). `clientId` makes it count once however often it is sent.
 */
export async function returnStock(ctx: Ctx, tenantId: string, m: { clientId: string; variantId: string; locationId: string; quantity: number; reference: string }): Promise<void> {
  const p = await inventoryMutation<{ results: { status: string }[] | null }>(
    ctx,
    tenantId,
    'mutation ($m: [OfflineMovementInput!]!) { applyStockMovements(movements: $m) { results { status } userErrors { code message field } } }',
    { m: [{ ...m, reason: 'RETURN', occurredAt: new Date().toISOString() }] },
    'applyStockMovements',
  );
  if (p.userErrors.length) throw new DomainError(p.userErrors[0].code, p.userErrors[0].message);
}

/**
 * The shop's customer account for a phone number (identity's service-only `customerForPhone`, decision
 * 0081), found or made as a first sign-in by code makes it; null when that number's account is staff's or
 * being closed. Idempotent: asking twice gives the same account.
 */
export async function customerForPhone(ctx: Ctx, tenantId: string, phone: string, name: string | null): Promise<string | null> {
  const data = await callPeer<{ customerForPhone: { id: string } | null }>(
    ctx.peers,
    'identity',
    `mutation ($phone: String!, $name: String) { customerForPhone(phone: $phone, name: $name) { id } }`,
    { phone, name },
    { tenantId, service: 'commerce', scopes: ['identity:phone-customers'], requestId: ctx.requestId },
  );
  return data.customerForPhone?.id ?? null;
}

export interface CustomerContact {
  userId: string;
  email: string | null;
  phone: string | null;
  name: string;
}

/**
 * Where a shop's customer receives messages (identity's service-only `messageAudience`, scope
 * identity:contacts): the account's own e-mail and phone, never an address typed by someone else; null when
 * the user is not a member of the shop or is being deleted.
 */
export async function customerContact(ctx: Ctx, tenantId: string, userId: string): Promise<CustomerContact | null> {
  const data = await callPeer<{ messageAudience: { contacts: CustomerContact[] } | null }>(
    ctx.peers,
    'identity',
    `query ($userIds: [ID!]!) { messageAudience(userIds: $userIds) { contacts { userId email phone name } } }`,
    { userIds: [userId] },
    { tenantId, service: 'commerce', scopes: ['identity:contacts'], requestId: ctx.requestId },
  );
  return data.messageAudience?.contacts.find((c) => c.userId === userId) ?? null;
}
