import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { t } from '../../lib/messages';
import { getTenant } from '../../lib/tenant';

/** The back office's signed-out pages' frame (as its sign-in page): the tenant's name over one card. */
export async function AdminDoor({ slug, children }: { slug: string; children: (tenant: { slug: string; name: string }) => ReactNode }) {
  const tenant = await getTenant(slug);
  if (!tenant) notFound();
  return (
    <main id="main" className="admin-main admin-door">
      <p className="admin-brand">
        <span className="admin-tenant">{tenant.name}</span>
        <span className="admin-kind">{t('admin.title')}</span>
      </p>
      {children(tenant)}
    </main>
  );
}
