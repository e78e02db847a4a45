import 'server-only';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import type { AdminViewerQuery } from '../../gql/graphql';
import { gatewayRequest, GatewayGraphQLErrors, type GatewayResult } from '../gateway';
import { refreshOnce } from '../refresh';
import { forwardedFor } from '../request';
import { saveSession } from '../session';
import { accessCookieName, bindingCookieName, refreshCookieName } from '../session-cookies';
import { SLUG_PATTERN } from '../slug';
import { accessFor, adminBase, type Access, type Section } from './access';
import { AdminRunsTripsQuery } from './cash-operations';
import { AdminMyVendorQuery, AdminViewerQuery as AdminViewerDocument } from './session-operations';

export type AdminTenant = NonNullable<AdminViewerQuery['currentTenant']>;
export type AdminUser = NonNullable<AdminViewerQuery['me']>;

export interface Viewer {
  user: AdminUser;
  tenant: AdminTenant;
  roles: string[];
  access: Access;
}

/** Where a signed-out visitor of `path` signs in (and comes back to `path`). */
export function signInPath(slug: string, path: string): string {
  return `${adminBase(slug)}/sign-in?next=${encodeURIComponent(path)}`;
}

/** Where a page sends the browser to renew an expired access token before coming back to `path`. */
function renewPath(slug: string, path: string): string {
  return `${adminBase(slug)}/session?next=${encodeURIComponent(path)}`;
}

type TokenState = { kind: 'token'; token: string } | { kind: 'expired' } | { kind: 'none' };

async function tokenState(slug: string): Promise<TokenState> {
  const jar = await cookies();
  const token = jar.get(accessCookieName(slug))?.value;
  if (token) return { kind: 'token', token };
  return jar.get(refreshCookieName(slug))?.value ? { kind: 'expired' } : { kind: 'none' };
}

/**
 * The signed-in user in this tenant with their roles and what they may see, or null when signed out (or
 * when the token was refused). Asked once per request (React cache) by the layout and the page.
 */
export const getViewer = cache(async (slug: string): Promise<Viewer | 'expired' | null> => {
  if (!SLUG_PATTERN.test(slug)) return null;
  const state = await tokenState(slug);
  if (state.kind === 'expired') return 'expired';
  if (state.kind === 'none') return null;
  const options = { tenant: slug, accessToken: state.token, forwardedFor: await forwardedFor() };
  const result = await gatewayRequest(AdminViewerDocument, {}, options);
  const me = result.data?.me;
  const tenant = result.data?.currentTenant;
  if (!me || !tenant) return null;
  const roles = me.memberships.map((m) => m.role);
  // Only someone with the VENDOR role has a vendor account worth asking about, and only those who could see
  // the cash section ask whether the tenant runs trips (it has routes). Both at once; a separate request
  // each, so a transport outage only hides the cash section.
  const mayHandleCash = roles.some((r) => r === 'STAFF' || r === 'AGENT' || r.endsWith('_ADMIN'));
  const [vendor, trips] = await Promise.all([
    roles.includes('VENDOR') ? gatewayRequest(AdminMyVendorQuery, {}, options).then((r) => r.data?.myVendor ?? null) : null,
    mayHandleCash ? gatewayRequest(AdminRunsTripsQuery, {}, options).then((r) => r.data) : null,
  ]);
  const runsTrips = (trips?.transportRoutes?.length ?? 0) > 0;
  // Trips and no catalogue at all (a bus operator, a motor park): a travel business, whose back office
  // has no product or stock pages. Unknown (catalog down) counts as a shop.
  const noCatalogue = trips?.categories?.length === 0 && trips?.searchProducts?.totalCount === 0;
  const travel = runsTrips && noCatalogue;
  return { user: me, tenant, roles, access: accessFor({ roles, twoFactorEnabled: me.twoFactorEnabled, tenantKind: tenant.kind, vendor, runsTrips, travel, noCatalogue }) };
});

/**
 * For every back-office page: the viewer, or a redirect — to sign-in when signed out, through the renewal
 * route when the access token has expired, to the dashboard when the section (nor `orSection`) is not theirs.
 */
export async function requireViewer(slug: string, path: string, section?: Section, orSection?: Section): Promise<Viewer> {
  const viewer = await getViewer(slug);
  if (viewer === 'expired') redirect(renewPath(slug, path));
  if (!viewer) redirect(signInPath(slug, path));
  if (section && !viewer.access.sections.includes(section) && !(orSection && viewer.access.sections.includes(orSection))) redirect(adminBase(slug));
  return viewer;
}

/**
 * The access token for a server action, renewed here when it has expired (actions may set cookies);
 * signed out: back to sign-in.
 */
export async function actionToken(slug: string, returnPath: string): Promise<string> {
  if (!SLUG_PATTERN.test(slug)) throw new Error('invalid tenant');
  const jar = await cookies();
  const token = jar.get(accessCookieName(slug))?.value;
  if (token) return token;
  const refreshToken = jar.get(refreshCookieName(slug))?.value;
  if (refreshToken) {
    const binding = jar.get(bindingCookieName(slug))?.value ?? null;
    const outcome = await refreshOnce(slug, refreshToken, await forwardedFor(), binding);
    if (outcome.kind === 'renewed') {
      await saveSession(slug, outcome.session, binding ?? undefined);
      return outcome.session.accessToken;
    }
  }
  redirect(signInPath(slug, returnPath));
}

/** Send one operation as the signed-in user (from a server component). */
export async function adminQuery<TData, TVariables>(
  slug: string,
  document: DocumentTypeDecoration<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const state = await tokenState(slug);
  const token = state.kind === 'token' ? state.token : undefined;
  const result = await gatewayRequest(document, variables, { tenant: slug, accessToken: token, forwardedFor: await forwardedFor() });
  if (result.errors.length > 0 || result.data === null) throw new GatewayGraphQLErrors(result.errors);
  return result.data;
}

/** Send one operation as the signed-in user from a server action; errors come back to the caller. */
export async function adminMutate<TData, TVariables>(
  slug: string,
  returnPath: string,
  document: DocumentTypeDecoration<TData, TVariables>,
  variables: TVariables,
): Promise<GatewayResult<TData>> {
  const token = await actionToken(slug, returnPath);
  return gatewayRequest(document, variables, { tenant: slug, accessToken: token, forwardedFor: await forwardedFor() });
}
