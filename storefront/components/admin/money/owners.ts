import type { AdminLedgerAccountFieldsFragment } from '../../../gql/graphql';
import { t } from '../../../lib/messages';

/** What a book owes out and pays out in payout batches (the ledger's payables). */
export const PAYABLE_PURPOSES = ['VENDOR_PAYABLE', 'AGENT_COMMISSION_PAYABLE', 'PARTNER_PAYABLE'] as const;

export interface OwnerDirectory {
  vendors: Map<string, string>;
  agents: Map<string, string>;
}

type Edges<T> = { edges: { node: T }[] } | null | undefined;

export function ownerDirectory(vendors: Edges<{ id: string; name: string }>, agents: Edges<{ userId: string; email: string | null; code: string }>): OwnerDirectory {
  return {
    vendors: new Map((vendors?.edges ?? []).map(({ node }) => [node.id, node.name])),
    agents: new Map((agents?.edges ?? []).map(({ node }) => [node.userId, node.email ? `${node.email} (${node.code})` : node.code])),
  };
}

/** The account's owner as people know it: the vendor's name, the agent's e-mail and code, else the kind. */
export function ownerName(account: Pick<AdminLedgerAccountFieldsFragment, 'ownerType' | 'ownerId'>, directory?: OwnerDirectory): string {
  const known = account.ownerType === 'VENDOR' ? directory?.vendors.get(account.ownerId) : account.ownerType === 'AGENT' ? directory?.agents.get(account.ownerId) : undefined;
  return known ?? t(`admin.money.owner.${account.ownerType}`);
}
