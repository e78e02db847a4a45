import type { Metadata, Viewport } from 'next';
import { notFound, redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { getCategoryTree } from '../../lib/catalog';
import { t } from '../../lib/messages';
import { getSignedInUser } from '../../lib/session';
import { isTravelStorefront, sellsTrips as sellsTripsOf } from '../../lib/transport/data';
import { storeBase } from '../../lib/site';
import { brandPalette } from '../../lib/colour';
import { getTenant, safeColor, storefrontKindOf, tenantPath, type StorefrontKind } from '../../lib/tenant';
import { StoreShell } from '../StoreShell';

/**
 * Layout of every page of `/s/<slug>` and `/m/<slug>` (app/[kind]/[slug]): resolves the tenant (404 when
 * unknown or without a storefront; a store asked for under /m/ is sent to /s/, and the reverse), then the
 * branded shell. The category menu and the signed-in user are fetched at the same time as the tenant.
 */
export async function StoreLayout({ kind, slug, children }: { kind: StorefrontKind; slug: string; children: ReactNode }) {
  const categories = getCategoryTree(slug);
  const user = getSignedInUser(slug);
  // Bus operators and motor parks sell trips: their menu leads to trip search. A transport outage only
  // hides the link.
  const sellsTrips = sellsTripsOf(slug);
  const travel = isTravelStorefront(slug);
  // Settled below, or abandoned for a 404: never an unhandled rejection.
  categories.catch(() => undefined);
  user.catch(() => undefined);
  const tenant = await getTenant(slug);
  if (!tenant) notFound();
  const servedAs = storefrontKindOf(tenant);
  if (!servedAs) notFound(); // platform, partner and client tenants have no public storefront
  if (servedAs !== kind) redirect(tenantPath(servedAs, tenant.slug));
  const [tree, signedIn, base, trips, travelOnly] = await Promise.all([categories, user, storeBase(kind, slug), sellsTrips, travel]);
  return (
    <StoreShell kind={kind} tenant={tenant} base={base} categories={tree} user={signedIn} sellsTrips={trips} travel={travelOnly}>
      {children}
    </StoreShell>
  );
}

/** The shop's metadata, with its web app manifest (installable, decision 0053). */
export async function storeLayoutMetadata(kind: StorefrontKind, slug: string): Promise<Metadata> {
  const [tenant, base] = await Promise.all([getTenant(slug).catch(() => null), storeBase(kind, slug)]);
  if (!tenant) return {};
  const tenantKind = tenant.kind === 'MARKETPLACE' ? 'MARKETPLACE' : 'STORE';
  return {
    title: { default: tenant.name, template: `%s · ${tenant.name}` },
    description: t(`store.description.${tenantKind}`, { name: tenant.name }),
    applicationName: tenant.name,
    openGraph: { siteName: tenant.name, type: 'website' },
    manifest: `${base}/manifest.webmanifest`,
    appleWebApp: { capable: true, title: tenant.name },
  };
}

/** The browser's bar in the shop's colour, as in its manifest. */
export async function storeLayoutViewport(slug: string): Promise<Viewport> {
  const tenant = await getTenant(slug).catch(() => null);
  const colour = safeColor(tenant?.primaryColor);
  return colour ? { themeColor: brandPalette(colour).brand } : {};
}
