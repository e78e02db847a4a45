import { sectionPath } from '../../../lib/admin/access';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { rt } from '../../../lib/rewards/messages';
import { AdminCustomerSearchQuery } from '../../../lib/rewards/operations';
import { CustomerSearchForm } from '../rewards/CustomerSearchForm';
import { one } from './params';

/**
 * Gift cards & loyalty › Customers: the shop's customers whose name (or a word of it), e-mail or saved phone
 * starts with what was typed, 20 a page, each linking to their points and store credit. Administrators only
 * (identity's customerSearch asks the same role as the adjustments); one card per customer for phones.
 */
export async function CustomerSearchPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'rewards');
  const q = (one(params, 'q') ?? '').trim().slice(0, 100);
  const after = one(params, 'after');
  await requireViewer(slug, `${base}/customers${q ? `?q=${encodeURIComponent(q)}` : ''}`, 'rewards');
  const result = q.length >= 2 ? (await adminQuery(slug, AdminCustomerSearchQuery, { text: q, after: after || null })).customerSearch : null;
  const customers = result?.edges.map((e) => e.node) ?? [];

  return (
    <div>
      <p>
        <a href={base}>{rt('rewards.back')}</a>
      </p>
      <h1>{rt('rewards.findTitle')}</h1>
      <p className="hint">{rt('rewards.findHint')}</p>
      <CustomerSearchForm action={`${base}/customers`} q={q} />
      {!result ? (
        <p className="empty">{rt('rewards.findShort')}</p>
      ) : (
        <section aria-labelledby="customers-heading">
          <h2 id="customers-heading">{rt('rewards.findResults', { q })}</h2>
          {customers.length === 0 ? (
            <p className="empty">{rt('rewards.findNone', { q })}</p>
          ) : (
            <ul className="card-list" data-testid="customer-results">
              {customers.map((c) => (
                <li key={c.id} className="card" data-customer={c.email}>
                  <h3>
                    <a href={`${base}/customers/${encodeURIComponent(c.id)}`} aria-label={rt('rewards.findOpen', { name: c.name })}>
                      {c.name}
                    </a>
                  </h3>
                  <p>
                    {c.email} · {c.phone ?? rt('rewards.findNoPhone')}
                  </p>
                </li>
              ))}
            </ul>
          )}
          {result.pageInfo.hasNextPage && result.pageInfo.endCursor && (
            <a href={`${base}/customers?q=${encodeURIComponent(q)}&after=${encodeURIComponent(result.pageInfo.endCursor)}`}>{rt('rewards.findMore')}</a>
          )}
        </section>
      )}
    </div>
  );
}
