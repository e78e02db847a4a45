import type { OrderInvoicesQuery } from '../../gql/graphql';
import { formatDateTime } from '../../lib/admin/format';
import { ilabel, invt } from '../../lib/invoices/messages';
import { formatMoney } from '../../lib/money';

type Invoice = OrderInvoicesQuery['orderInvoices'][number];

/**
 * An order's invoices and credit notes, each a PDF download (decision 0077): on the customer's order page and
 * the back office's. `href` is where the page's host serves one (the shop's or the back office's route).
 */
export function OrderInvoices({ invoices, href }: { invoices: Invoice[] | null; href: (id: string) => string }) {
  return (
    <section className="card" aria-labelledby="order-invoices">
      <h2 id="order-invoices">{invt('invoices.orderHeading')}</h2>
      {!invoices || invoices.length === 0 ? (
        <p className="hint">{invt('invoices.none')}</p>
      ) : (
        <ul className="invoice-links" data-testid="order-invoices">
          {invoices.map((i) => (
            <li key={i.id}>
              <a href={href(i.id)} download>
                {invt('invoices.download', { number: i.number })}
              </a>
              <span className="hint">
                {' '}
                · {ilabel(`invoices.kind.${i.kind}`)} · {i.vendorName} · {formatMoney(i.total)} · <time dateTime={i.issuedAt}>{formatDateTime(i.issuedAt)}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
