import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { defaultTenantSlug } from '../lib/config';
import { tenantPath } from '../lib/tenant';

/** `/` sends visitors to the demo store (DEFAULT_TENANT_SLUG, read at request time). */
export default async function Home() {
  await connection();
  redirect(tenantPath('s', defaultTenantSlug()));
}
