import type { InvoiceKind } from '../../gql/graphql';
import { adminBase, sectionPath } from '../../lib/admin/access';
import { formatDateTime } from '../../lib/admin/format';
import { adminQuery } from '../../lib/admin/session';
import { ilabel, invt } from '../../lib/invoices/messages';
import { AdminInvoicesQuery } from '../../lib/invoices/operations';
import { formatMoney } from '../../lib/money';
import { DataTable } from '../admin/DataTable';
import { requireBookReader } from '../admin/ledger/manager';
import { MoneyTabs } from '../admin/ledger/MoneyTabs';
import { one, query } from '../admin/pages/params';

const PAGE = 50;
const KINDS: readonly InvoiceKind[] = ['INVOICE', 'CREDIT_NOTE'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The book's invoices and credit notes, newest first, each a PDF download and a link to its order (decision 0077). Managers. */
export async function InvoicesPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = `${sectionPath(slug, 'money')}/invoices`;
  await requireBookReader(slug, base);
  const kind = KINDS.find((k) => k === one(params, 'kind')) ?? null;
  const after = UUID.test(one(params, 'after')) ? one(params, 'after') : null;
  const { invoices } = await adminQuery(slug, AdminInvoicesQuery, { kind, first: PAGE, after });
  const last = invoices.length === PAGE ? invoices[invoices.length - 1].id : null;
  return (
    <div>
      <h1>{invt('invoices.title')}</h1>
      <MoneyTabs slug={slug} current="invoices" />
      <p className="hint">{invt('invoices.listIntro')}</p>
      <form method="get" action={base} className="filter-bar" aria-label={invt('invoices.filter')}>
        <div className="field">
          <label htmlFor="invoice-kind">{invt('invoices.filter')}</label>
          <select id="invoice-kind" name="kind" defaultValue={kind ?? ''}>
            <option value="">{invt('invoices.filter.all')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {ilabel(`invoices.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{invt('invoices.filter')}</button>
      </form>
      {invoices.length === 0 ? (
        <p className="empty">{invt('invoices.listEmpty')}</p>
      ) : (
        <DataTable label={invt('invoices.title')}>
          <thead>
            <tr>
              <th scope="col">{invt('invoices.col.number')}</th>
              <th scope="col">{invt('invoices.col.date')}</th>
              <th scope="col">{invt('invoices.col.order')}</th>
              <th scope="col">{invt('invoices.col.customer')}</th>
              <th scope="col">{invt('invoices.col.seller')}</th>
              <th scope="col">{invt('invoices.col.vat')}</th>
              <th scope="col">{invt('invoices.col.total')}</th>
            </tr>
          </thead>
          <tbody data-testid="invoice-rows">
            {invoices.map((i) => (
              <tr key={i.id}>
                <th scope="row">
                  <a href={`${adminBase(slug)}/invoices/${i.id}`} download>
                    {i.number}
                  </a>
                  <span className="hint"> {ilabel(`invoices.kind.${i.kind}`)}</span>
                </th>
                <td>{formatDateTime(i.issuedAt)}</td>
                <td>
                  <a href={`${sectionPath(slug, 'orders')}/${i.orderId}`}>{i.orderNumber}</a>
                </td>
                <td>{i.customerName ?? i.customerEmail ?? invt('invoices.walkIn')}</td>
                <td>{i.vendorName}</td>
                <td>{formatMoney(i.tax)}</td>
                <td>{formatMoney(i.total)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {last && (
        <p>
          <a href={`${base}${query({ kind: kind ?? undefined, after: last })}`}>{invt('invoices.more')} →</a>
        </p>
      )}
    </div>
  );
}
