import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { adminBase } from '../../lib/admin/access';
import { t } from '../../lib/messages';
import { SLUG_PATTERN } from '../../lib/slug';

export const metadata: Metadata = { title: t('admin.choose.title') };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The back office's front door: which organisation (tenant) to sign in to. */
export default async function ChooseTenantPage({ searchParams }: Props) {
  const raw = (await searchParams).tenant;
  const tenant = (Array.isArray(raw) ? raw[0] : raw)?.trim().toLowerCase();
  const invalid = tenant !== undefined && tenant !== '' && !SLUG_PATTERN.test(tenant);
  if (tenant && !invalid) redirect(adminBase(tenant));
  return (
    <main id="main" className="admin-main admin-door">
      <section className="card narrow" aria-labelledby="choose-title">
        <h1 id="choose-title">{t('admin.choose.title')}</h1>
        <p>{t('admin.choose.intro')}</p>
        <form method="get" action="/admin" className="admin-form">
          {invalid && (
            <p role="alert" className="alert" id="tenant-error">
              {t('admin.choose.invalid')}
            </p>
          )}
          <div className="field">
            <label htmlFor="tenant">{t('admin.choose.label')}</label>
            <input id="tenant" name="tenant" type="text" required autoComplete="organization" aria-describedby="tenant-hint" aria-invalid={invalid || undefined} />
            <p id="tenant-hint" className="hint">
              {t('admin.choose.hint')}
            </p>
          </div>
          <button type="submit">{t('admin.choose.submit')}</button>
        </form>
      </section>
    </main>
  );
}
