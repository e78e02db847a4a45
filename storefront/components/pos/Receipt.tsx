'use client';

// A sale's receipt as the till prints it: the tenant's header, footer and VAT number from the settings, the
// receipt number (device prefix and sequence), the lines, tax and tenders, and the short link
// /r/<tenant>/<code> to send by SMS or WhatsApp. CSS print rules (till.css) print only the receipt, 58 mm
// or 80 mm wide as chosen here.
import { useState } from 'react';
import { pt } from '../../lib/pos/messages';
import { receiptNumber } from '../../lib/pos/sale-math';
import type { SaleLineRecord, TillEvent } from '../../lib/pos/till';
import { ReceiptSheet, tenderLabel } from './ReceiptSheet';
import type { TillContext } from './context';

export function Receipt({ ctx, event, onDone }: { ctx: TillContext; event: TillEvent; onDone: () => void }) {
  const [width, setWidth] = useState<'58' | '80'>('80');
  const { snap } = ctx;
  const number = receiptNumber(snap.device.receiptPrefix, event.sequence);
  const link = `${window.location.origin}/r/${encodeURIComponent(ctx.tenant)}/${event.receiptCode}`;
  const text = pt('receipt.shareText', { number, link });
  const lines = (event.lines ?? []) as SaleLineRecord[];
  const cashier = snap.cashiers.find((c) => c.id === event.cashierId)?.name ?? '';
  return (
    <section aria-labelledby="pos-receipt-title">
      <h2 id="pos-receipt-title">{pt('receipt.title', { number })}</h2>
      <div className="pos-row pos-noprint">
        <fieldset>
          <legend>{pt('receipt.width')}</legend>
          <label><input type="radio" name="pos-width" checked={width === '58'} onChange={() => setWidth('58')} /> 58 mm</label>
          <label><input type="radio" name="pos-width" checked={width === '80'} onChange={() => setWidth('80')} /> 80 mm</label>
        </fieldset>
        <button type="button" onClick={() => window.print()}>{pt('receipt.print')}</button>
        <a href={`sms:?body=${encodeURIComponent(text)}`}>{pt('receipt.sms')}</a>
        <a href={`https://wa.me/?text=${encodeURIComponent(text)}`} target="_blank" rel="noreferrer">{pt('receipt.whatsapp')}</a>
        <button type="button" className="pos-primary" onClick={onDone}>{pt('receipt.next')}</button>
      </div>
      <style>{`@media print { @page { size: ${width}mm auto; margin: 0; } }`}</style>
      <ReceiptSheet
        width={width}
        header={snap.settings.receiptHeader}
        footer={snap.settings.receiptFooter}
        vatNumber={snap.settings.vatNumber}
        number={number}
        occurredAt={event.occurredAt}
        when={new Date(event.occurredAt).toLocaleString()}
        above={[snap.device.locationName, pt('receipt.cashier', { name: cashier })].filter(Boolean)}
        lines={lines.map((l, i) => ({
          key: `${l.variantId}-${i}`,
          title: l.title,
          detail: `${l.quantity} × ${ctx.money(l.unitPrice)}${l.discount !== '0' ? ` − ${ctx.money(l.discount)}` : ''}`,
          total: ctx.money(l.total),
        })).concat(event.couponCode ? [{ key: 'coupon', title: pt('coupon.line', { code: event.couponCode }), detail: '', total: `−${ctx.money(event.couponDiscount ?? '0')}` }] : [])}
        tax={ctx.money(event.tax ?? '0')}
        total={ctx.money(event.total ?? '0')}
        tenders={(event.tenders ?? []).map((t) => ({ label: tenderLabel(t.tender, t.reference), amount: ctx.money(t.amount) }))}
        change={event.change && event.change !== '0' ? ctx.money(event.change) : null}
        below={[link]}
      />
    </section>
  );
}
