/**
 * The payee's payout message (issue 15): when an administrator marks a payout item paid, the ledger asks
 * notifications for `payout.sent` in the same transaction, once per item (its key is the item's id; an item
 * is marked paid once). The ledger keeps no addresses: a vendor's name, e-mail and owner come from catalog,
 * asked before the transaction (no peer call inside one); a vendor catalog does not answer for is told
 * through its owner's account (`to.userId`, notifications asks identity) when known, else not at all.
 * Other payees (agents, tenants paid by arrangement) are not told yet.
 */
import { formatMoney, recordEvent, TOPICS, type MessageRequestedPayload } from '@webwaka/kit';
import { askCatalogAboutVendors } from './access';
import type { ServiceContext, Tx } from './context';

export interface Payee {
  name: string;
  email: string | null;
  ownerUserId: string | null;
}

/** The vendor paid by an item of a VENDOR account, from catalog; null for other payees or an unknown vendor. */
export async function payeeOf(ctx: Pick<ServiceContext, 'peers' | 'requestId'>, tenantId: string, account: { ownerType: string; ownerId: string }): Promise<Payee | null> {
  if (account.ownerType !== 'VENDOR' || !ctx.peers) return null;
  try {
    const found = await askCatalogAboutVendors<{ name: string; email: string | null; ownerUserId: string | null }>(ctx, tenantId, [account.ownerId], 'name email ownerUserId');
    const v = found.get(account.ownerId);
    return v ? { name: v.name, email: v.email ?? null, ownerUserId: v.ownerUserId ?? null } : null;
  } catch {
    return null;
  }
}

/** The message for a paid item (pure), or null when there is nobody to tell. */
export function payoutMessage(tenantId: string, item: { id: string; amount: bigint; currency: string }, reference: string | null, payee: Payee | null): MessageRequestedPayload | null {
  if (!payee || (!payee.email && !payee.ownerUserId)) return null;
  return {
    key: `payout.sent:${item.id}`,
    tenantId,
    template: 'payout.sent',
    to: { email: payee.email, name: payee.name, userId: payee.ownerUserId },
    channels: ['EMAIL'],
    variables: { vendorName: payee.name, amount: formatMoney({ amount: item.amount, currency: item.currency }), reference: reference ?? '' },
  };
}

export async function recordPayoutMessage(tx: Tx, tenantId: string, item: { id: string; amount: bigint; currency: string }, reference: string | null, payee: Payee | null): Promise<void> {
  const payload = payoutMessage(tenantId, item, reference, payee);
  if (payload) await recordEvent(tx, { tenantId, topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED, payload });
}
