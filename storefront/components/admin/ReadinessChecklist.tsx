import { adminBase, sectionPath } from '../../lib/admin/access';
import { AdminReadinessQuery } from '../../lib/admin/dashboard-operations';
import type { ProductCounts } from '../../lib/admin/dashboard';
import { label } from '../../lib/admin/format';
import { adminQuery, type Viewer } from '../../lib/admin/session';
import { t } from '../../lib/messages';

/**
 * "Ready to sell?" on a new shop's dashboard: a shopper cannot buy until the shop keeps stock somewhere, has
 * an active product and delivers somewhere at a price — and nothing else says so (found by the partner-to-
 * purchase journey). Shown to managers of a shop or marketplace until every step is done; each step links
 * to the page that does it. Only what the viewer may read is asked (shipping zones: administrators).
 */
export async function ReadinessChecklist({ slug, viewer, counts }: { slug: string; viewer: Viewer; counts: ProductCounts | null }) {
  const { access } = viewer;
  if (!access.manager || access.travel || !['STORE', 'MARKETPLACE'].includes(viewer.tenant.kind)) return null;
  const admin = access.sections.includes('settings');
  const ready = await adminQuery(slug, AdminReadinessQuery, { withShipping: admin }).catch(() => null);
  if (!ready) return null;
  const steps = [
    { key: 'location', done: ready.locations.edges.length > 0, href: `${sectionPath(slug, 'inventory')}/locations` },
    { key: 'product', done: (counts?.ACTIVE ?? 0) > 0, href: `${sectionPath(slug, 'products')}/new` },
    ...(admin ? [{ key: 'shipping', done: (ready.shippingZones ?? []).some((z) => z.rates.length > 0), href: `${adminBase(slug)}/settings/shipping` }] : []),
  ];
  if (steps.every((s) => s.done)) return null;
  return (
    <section className="card" aria-labelledby="readiness-heading" data-testid="readiness">
      <h2 id="readiness-heading">{t('admin.readiness.title')}</h2>
      <p className="hint">{t('admin.readiness.intro')}</p>
      <ol className="checklist">
        {steps.map((step) => (
          <li key={step.key} data-step={step.key} data-done={step.done ? 'yes' : 'no'}>
            {step.done ? (
              <span>
                <span aria-hidden="true">✓ </span>
                {label(`admin.readiness.${step.key}`)} <span className="hint">({t('admin.readiness.done')})</span>
              </span>
            ) : (
              <a href={step.href}>{label(`admin.readiness.${step.key}`)}</a>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
