'use client';

// Returns at the till, from a receipt this device printed: found in the device's own journal by receipt number
// (typed or scanned), some units of each line back (never more than was sold less what came back before),
// each back on the shelf or written off, refunded by the original tenders (points and gift cards to the hold
// that paid them, decision 0084; less what earlier returns gave back), approved by a supervisor's PIN.
// Recorded offline like a sale (a RETURN event naming the sale by its clientId, which is the server's id).
import { useState } from 'react';
import { done, tx } from '../../lib/pos/idb';
import { receiptCode } from '../../lib/pos/ids';
import { pt, type PosMessageKey } from '../../lib/pos/messages';
import { formatQuantity, parseQuantity, receiptNumber, refundOf, refundTenders, type Tender } from '../../lib/pos/sale-math';
import { sellableQuantity, type SaleLineRecord, type TillCashier, type TillEvent } from '../../lib/pos/till';
import type { TillContext } from './context';
import { PinForm } from './PinForm';

interface Found {
  sale: TillEvent;
  /** Thousandths already returned, per line. */
  returned: bigint[];
  /** What earlier returns of the sale refunded, by tender (points and gift cards by their hold). */
  refunded: { tender: Tender; amount: bigint; reference: string | null }[];
}

/** The sale behind a receipt number of this device (T01-000042 → sequence 42), with what came back of it. */
async function findSale(db: IDBDatabase, prefix: string, number: string): Promise<Found | null> {
  const m = new RegExp(`^${prefix.replace(/[^\w]/g, '\\$&')}-(\\d+)$`, 'i').exec(number.trim());
  if (!m) return null;
  return tx(db, ['journal'], 'readonly', async (t) => {
    const store = t.objectStore('journal');
    const sale = (await done(store.get(Number(m[1])))) as TillEvent | undefined;
    if (!sale || sale.type !== 'SALE') return null;
    const all = (await done(store.getAll())) as TillEvent[];
    const lines = (sale.lines ?? []) as SaleLineRecord[];
    const returned = lines.map(() => 0n);
    const refunded: Found['refunded'] = [];
    for (const e of all) {
      if (e.type !== 'RETURN' || e.returnOfSaleId !== sale.clientId) continue;
      for (const t of e.tenders ?? []) refunded.push({ tender: t.tender, amount: BigInt(t.amount), reference: t.reference ?? null });
      for (const l of (e.lines ?? []) as { variantId: string; quantity: string }[]) {
        const i = lines.findIndex((x) => x.variantId === l.variantId);
        if (i >= 0) returned[i] += parseQuantity(l.quantity) ?? 0n;
      }
    }
    return { sale, returned, refunded };
  });
}

export function ReturnPanel({ ctx, db }: { ctx: TillContext; db: IDBDatabase }) {
  const [number, setNumber] = useState('');
  const [found, setFound] = useState<Found | null>(null);
  const [qty, setQty] = useState<string[]>([]);
  const [restock, setRestock] = useState<boolean[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [approving, setApproving] = useState(false);

  const lines = ((found?.sale.lines ?? []) as SaleLineRecord[]).map((l, i) => {
    const sold = parseQuantity(l.quantity) ?? 0n;
    const left = sold - (found?.returned[i] ?? 0n);
    const q = qty[i] ? sellableQuantity(qty[i], parseQuantity) : 0n;
    const ok = q !== null && q <= left;
    const refund = ok && q > 0n ? refundOf({ quantityMilli: sold, total: BigInt(l.total), tax: BigInt(l.tax) }, q) : { amount: 0n, tax: 0n };
    return { l, left, q: ok ? q : 0n, ok, refund };
  });
  const refund = lines.reduce((s, x) => s + x.refund.amount, 0n);
  const valid = found !== null && refund > 0n && lines.every((x) => x.ok);

  const complete = async (supervisor: TillCashier) => {
    if (!found) return;
    const sale = found.sale;
    const tenders = refundTenders(refund, (sale.tenders ?? []).map((t) => ({ tender: t.tender, amount: BigInt(t.amount), reference: t.reference ?? null })), BigInt(sale.change ?? '0'), found.refunded);
    await ctx.record({
      type: 'RETURN',
      currency: ctx.snap.currency,
      receiptCode: receiptCode(),
      returnOfSaleId: sale.clientId,
      lines: lines
        .map((x, i) => ({ x, i }))
        .filter(({ x }) => x.q > 0n)
        .map(({ x, i }) => ({ variantId: x.l.variantId, sku: x.l.sku, title: x.l.title, quantity: formatQuantity(x.q), amount: x.refund.amount.toString(), tax: x.refund.tax.toString(), restock: restock[i] ?? true })),
      tenders: tenders.map((t) => ({ tender: t.tender, amount: t.amount.toString(), reference: t.reference ?? null })),
      approvedBy: supervisor.id,
    });
    setApproving(false);
    setFound(null);
    setNumber('');
    setMessage(pt('return.done', { amount: ctx.money(refund), how: tenders.map((t) => `${pt(`tender.${t.tender}` as PosMessageKey)} ${ctx.money(t.amount)}`).join(', ') }));
  };

  return (
    <section aria-labelledby="pos-return-title">
      <h2 id="pos-return-title">{pt('return.title')}</h2>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          const f = await findSale(db, ctx.snap.device.receiptPrefix, number);
          setFound(f);
          setQty([]);
          setRestock([]);
          setMessage(f ? null : pt('return.notFound', { number }));
        }}
      >
        <label htmlFor="pos-return-number">{pt('return.number')}</label>
        <input id="pos-return-number" value={number} placeholder={receiptNumber(ctx.snap.device.receiptPrefix, 1)} onChange={(e) => setNumber(e.target.value)} autoComplete="off" />
        <button type="submit">{pt('return.find')}</button>
      </form>
      {message && <p role="status">{message}</p>}
      {found && (
        <div className="pos-card">
          <h3>{pt('receipt.title', { number: receiptNumber(ctx.snap.device.receiptPrefix, found.sale.sequence) })}</h3>
          <ul className="pos-cart">
            {lines.map((x, i) => (
              <li key={`${x.l.variantId}-${i}`} className="pos-line">
                <p className="pos-line-title">
                  {x.l.title} <span>{pt('return.left', { count: formatQuantity(x.left) })}</span>
                </p>
                <div className="pos-row">
                  <label>
                    {pt('return.quantity', { title: x.l.title })}
                    <input inputMode="decimal" size={5} value={qty[i] ?? ''} aria-invalid={!x.ok} onChange={(e) => setQty((q) => Object.assign([...q], { [i]: e.target.value }))} />
                  </label>
                  <label>
                    <input type="checkbox" checked={restock[i] ?? true} onChange={(e) => setRestock((r) => Object.assign([...r], { [i]: e.target.checked }))} /> {pt('return.restock')}
                  </label>
                </div>
              </li>
            ))}
          </ul>
          <p role="status">{pt('return.refund', { amount: ctx.money(refund) })}</p>
          {approving ? (
            <PinForm cashiers={ctx.snap.cashiers.filter((c) => c.role === 'SUPERVISOR')} title={pt('approve.title')} submit={pt('return.submit')} onMatch={(c) => void complete(c)} onCancel={() => setApproving(false)} />
          ) : (
            <button type="button" className="pos-primary" disabled={!valid} onClick={() => setApproving(true)}>{pt('return.approve')}</button>
          )}
        </div>
      )}
    </section>
  );
}
