/**
 * The vendor's status message (issue 15): when an administrator approves, rejects, suspends or reinstates
 * a vendor, catalog asks notifications for `vendor.status_changed` in the same transaction as the move, to
 * the vendor's business e-mail (and its owner's account), once per move (the key is the status change's
 * id, and a move is a compare-and-set). An application (PENDING) is not announced to its own applicant,
 * and a store's own vendor (no e-mail) is never told. The link: the back office for an approved vendor,
 * the marketplace's "sell" page (the application's status, apply again) otherwise.
 */
import { recordEvent, TOPICS, type MessageRequestedPayload, type TenantLinks } from '@webwaka/kit';
import type { Tx } from './context';

/** What the vendor reads, by the action taken. */
const WORDS: Record<string, string> = { approve: 'approved', reject: 'rejected', suspend: 'suspended', reinstate: 'reinstated' };

/** The message for a vendor's move (pure), or null when this move is not announced. */
export function vendorMessage(
  tenantId: string,
  vendor: { name: string; email: string; ownerUserId: string | null },
  change: { id: string; action: string; to: string; reason: string | null },
  links: TenantLinks | null,
): MessageRequestedPayload | null {
  const status = WORDS[change.action];
  if (!status || !vendor.email) return null;
  const adminUrl = change.to === 'APPROVED' ? (links?.admin('') ?? '') : (links?.shop('/sell') ?? '');
  return {
    key: `vendor.status_changed:${change.id}`,
    tenantId,
    template: 'vendor.status_changed',
    to: { email: vendor.email, name: vendor.name, userId: vendor.ownerUserId },
    channels: ['EMAIL'],
    variables: { vendorName: vendor.name, status, reason: change.reason ?? '', adminUrl },
  };
}

export async function recordVendorMessage(tx: Tx, tenantId: string, vendor: Parameters<typeof vendorMessage>[1], change: Parameters<typeof vendorMessage>[2], links: TenantLinks | null): Promise<void> {
  const payload = vendorMessage(tenantId, vendor, change, links);
  if (payload) await recordEvent(tx, { tenantId, topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED, payload });
}
