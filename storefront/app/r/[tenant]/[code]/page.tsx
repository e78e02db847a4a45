import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { gatewayRequest } from '../../../../lib/gateway';
import { ReceiptSheet, tenderLabel } from '../../../../components/pos/ReceiptSheet';
import { pt } from '../../../../lib/pos/messages';
import { PosReceiptQuery } from '../../../../lib/pos/operations';
import { forwardedFor } from '../../../../lib/request';
import { SLUG_PATTERN } from '../../../../lib/slug';
import '../../../pos/[tenant]/till.css';

// A till receipt behind its short link /r/<tenant>/<code> (sent by SMS or WhatsApp from the till): anyone
// with the link reads it (posReceipt, anonymous in the tenant); no index, no link to anything else.

type Props = { params: Promise<{ tenant: string; code: string }> };

export const metadata: Metadata = { title: pt('receipt.label'), robots: { index: false, follow: false } };

export default async function ReceiptPage({ params }: Props) {
  const { tenant, code } = await params;
  if (!SLUG_PATTERN.test(tenant) || !/^[A-Za-z2-7]{10}$/.test(code)) notFound();
  const r = await gatewayRequest(PosReceiptQuery, { code: code.toUpperCase() }, { tenant, forwardedFor: await forwardedFor() });
  const receipt = r.data?.posReceipt;
  if (!receipt) notFound();
  const { sale, settings } = receipt;
  return (
    <main className="pos">
      <h1>{pt('receipt.title', { number: sale.receiptNumber })}</h1>
      <ReceiptSheet
        width="80"
        header={settings.receiptHeader}
        footer={settings.receiptFooter}
        vatNumber={settings.vatNumber}
        number={sale.receiptNumber}
        occurredAt={sale.occurredAt}
        when={new Date(sale.occurredAt).toLocaleString('en-NG', { timeZone: 'Africa/Lagos' })}
        lines={sale.lines.map((l, i) => ({
          key: `${l.variantId}-${i}`,
          title: l.title,
          detail: `${l.quantity}${l.unitPrice ? ` × ${l.unitPrice.formatted}` : ''}${l.discount && l.discount.amount !== '0' ? ` − ${l.discount.formatted}` : ''}`,
          total: l.total.formatted,
        }))}
        tax={sale.tax.formatted}
        total={sale.total.formatted}
        tenders={sale.tenders.map((t) => ({ label: tenderLabel(t.tender, t.reference), amount: t.amount.formatted }))}
        change={sale.change.amount !== '0' ? sale.change.formatted : null}
      />
    </main>
  );
}
