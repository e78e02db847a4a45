/**
 * What notifications asks identity: the tenant's name and colours for a message's branding, and the
 * addresses of users a request names by id (or of the tenant's administrators). Identity answers only for
 * members of the tenant (its inaccessible `messageAudience`, scope identity:contacts). Cached for a
 * minute per tenant for the branding; contacts are asked each time (an address may have just changed).
 */
import { callPeer, type Peers } from '@webwaka/kit';
import type { Branding } from './render';

export interface Contact {
  userId: string;
  /** Null for a phone-only customer (decision 0062): e-mail is skipped for them. */
  email: string | null;
  /** E.164, when identity knows the person's phone (decision 0062). */
  phone: string | null;
  name: string;
}
export interface Audience extends Branding {
  tenantSlug: string;
  contacts: Contact[];
}

const QUERY = `query ($userIds: [ID!]!, $admins: Boolean) { messageAudience(userIds: $userIds, admins: $admins) { tenantName tenantSlug logoUrl primaryColor contacts { userId email phone name } } }`;
const BRANDING_TTL_MS = 60_000;
const branding = new Map<string, { at: number; audience: Audience }>();

export async function audienceOf(peers: Peers, tenantId: string, ask: { userIds?: string[]; admins?: boolean }, requestId: string): Promise<Audience | null> {
  const userIds = ask.userIds ?? [];
  const cached = branding.get(tenantId);
  if (!userIds.length && !ask.admins && cached && Date.now() - cached.at < BRANDING_TTL_MS) return cached.audience;
  const data = await callPeer<{ messageAudience: { tenantName: string; tenantSlug: string; logoUrl: string | null; primaryColor: string | null; contacts: Contact[] } | null }>(
    peers,
    'identity',
    QUERY,
    { userIds, admins: !!ask.admins },
    { tenantId, service: 'notifications', scopes: ['identity:contacts'], requestId },
  );
  const a = data.messageAudience;
  if (!a) return null;
  const audience: Audience = { storeName: a.tenantName, tenantSlug: a.tenantSlug, logoUrl: a.logoUrl, primaryColor: a.primaryColor, contacts: a.contacts };
  branding.set(tenantId, { at: Date.now(), audience: { ...audience, contacts: [] } });
  return audience;
}
