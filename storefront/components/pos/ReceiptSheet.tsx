import { pt } from '../../lib/pos/messages';

// A receipt as printed (the till, after a sale) and as read behind its short link (/r/<tenant>/<code>): one
// layout, every amount already formatted by the caller.

export interface ReceiptSheetProps {
  header: string;
  footer: string;
  vatNumber: string;
  number: string;
  /** ISO time of the sale, and how to show it. */
  occurredAt: string;
  when: string;
  lines: { key: string; title: string; detail: string; total: string }[];
  tax: string;
  total: string;
  tenders: { label: string; amount: string }[];
  /** Formatted change, or null when none was given. */
  change: string | null;
  width: '58' | '80';
  /** Lines above the sale (the location, the cashier), and below it (the short link). */
  above?: string[];
  below?: string[];
}

export function ReceiptSheet(r: ReceiptSheetProps) {
  return (
    <article className="pos-receipt" data-width={r.width} aria-label={pt('receipt.label')}>
      {r.header && <p className="pos-receipt-header">{r.header}</p>}
      {r.vatNumber && <p>{pt('receipt.vat', { vat: r.vatNumber })}</p>}
      {(r.above ?? []).map((text) => <p key={text}>{text}</p>)}
      <p>
        <strong data-testid="pos-receipt-number">{r.number}</strong> · <time dateTime={r.occurredAt}>{r.when}</time>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{pt('receipt.item')}</th>
            <th scope="col">{pt('receipt.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {r.lines.map((l) => (
            <tr key={l.key}>
              <td>
                {l.title}
                <br />
                {l.detail}
              </td>
              <td>{l.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl>
        <div><dt>{pt('sale.tax')}</dt><dd>{r.tax}</dd></div>
        <div><dt>{pt('sale.total')}</dt><dd>{r.total}</dd></div>
        {r.tenders.map((t, i) => (
          <div key={i}><dt>{t.label}</dt><dd>{t.amount}</dd></div>
        ))}
        {r.change && <div><dt>{pt('receipt.change')}</dt><dd>{r.change}</dd></div>}
      </dl>
      {(r.below ?? []).map((text) => <p key={text} className="pos-receipt-link">{text}</p>)}
      {r.footer && <p>{r.footer}</p>}
    </article>
  );
}

/** A tender as the receipt names it: "Bank transfer (TRF-1)". */
export const tenderLabel = (tender: string, reference: string | null | undefined) => `${pt(`tender.${tender}` as Parameters<typeof pt>[0])}${reference ? ` (${reference})` : ''}`;
