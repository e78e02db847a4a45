import { notFound } from 'next/navigation';
import { Fragment } from 'react';
import { sectionPath } from '../../../lib/admin/access';
import { REPORT_ZONE, reportPeriod } from '../../../lib/admin/reports';
import { requireViewer } from '../../../lib/admin/session';
import { ext } from '../../../lib/expenses/messages';
import { vendorStatementsInEachCurrency } from '../../../lib/expenses/in-each-currency';
import { t } from '../../../lib/messages';
import { one, query } from '../pages/params';
import { VendorStatementTable } from './VendorStatementTable';

/** A vendor's own statement of a period (decision 0082), a table per currency as its CSV and PDF (0088); the ledger serves it only to the vendor's user. */
export async function OwnVendorStatementPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = `${sectionPath(slug, 'money')}/statement`;
  const period = reportPeriod({ from: one(params, 'from'), to: one(params, 'to') }, REPORT_ZONE);
  const search = query({ from: period.from, to: period.to });
  const viewer = await requireViewer(slug, `${base}${search}`, 'money');
  const vendor = viewer.access.vendor;
  if (!vendor) notFound();
  const found = await vendorStatementsInEachCurrency(slug, vendor.id, { from: period.fromInstant, to: period.toInstant });
  return (
    <div>
      <h1>{t('admin.reports.kind.vendors')}</h1>
      <p className="hint">{ext('vendors.intro')}</p>
      <form method="get" action={base} className="filter-bar" aria-label={t('admin.reports.period')}>
        <div className="field">
          <label htmlFor="statement-from">{t('admin.reports.from')}</label>
          <input id="statement-from" name="from" type="date" defaultValue={period.from} required />
        </div>
        <div className="field">
          <label htmlFor="statement-to">{t('admin.reports.to')}</label>
          <input id="statement-to" name="to" type="date" defaultValue={period.to} required />
        </div>
        <button type="submit">{ext('vendors.show')}</button>
      </form>
      <section aria-labelledby="statement-heading">
        <h2 id="statement-heading">{t('admin.reports.summary', { from: period.from, to: period.to })}</h2>
        {found ? (
          <>
            <p>
              <a href={`${base}/export${search}`} download>
                {t('admin.reports.csv')}
              </a>
              {' · '}
              <a href={`${base}/pdf${search}`} download>
                {t('admin.reports.pdf')}
              </a>
            </p>
            {found.map((statement) => (
              <Fragment key={statement.opening.currency}>
                {found.length > 1 && <h3>{statement.opening.currency}</h3>}
                <VendorStatementTable statement={statement} label={found.length > 1 ? `${vendor.name} (${statement.opening.currency})` : vendor.name} />
              </Fragment>
            ))}
          </>
        ) : (
          <p className="empty">{ext('vendors.none')}</p>
        )}
      </section>
    </div>
  );
}
