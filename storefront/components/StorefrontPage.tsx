import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getTenant, storefrontKindOf, tenantPath, type StorefrontKind } from '../lib/tenant';
import { TenantHome } from './TenantHome';

/** Shared body of `/s/[slug]` and `/m/[slug]`: resolve the tenant, 404 when unknown. */
export async function StorefrontPage({ kind, slug }: { kind: StorefrontKind; slug: string }) {
  const tenant = await getTenant(slug);
  if (!tenant) notFound();
  const servedAs = storefrontKindOf(tenant);
  if (!servedAs) notFound(); // platform, partner and client tenants have no public storefront
  if (servedAs !== kind) redirect(tenantPath(servedAs, tenant.slug)); // a store under /m/, or the reverse
  return <TenantHome kind={kind} tenant={tenant} />;
}

export async function storefrontMetadata(slug: string): Promise<Metadata> {
  const tenant = await getTenant(slug).catch(() => null);
  return tenant ? { title: tenant.name } : {};
}
