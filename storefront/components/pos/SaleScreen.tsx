'use client';

// Selling: one input that keeps focus takes a keyboard-wedge scanner's burst (a barcode and Enter) or a
// search by name or SKU; the camera scans where the browser has BarcodeDetector. Lines take decimal
// quantities and discounts; the order a discount; a discount above the cashier's limit needs a supervisor's
// PIN. A sale can be parked and resumed (kept in IndexedDB, so a reload keeps it too). Tender, then the
// sale is recorded on the device (lib/pos/till.ts) before anything is sent.
import { useEffect, useMemo, useRef, useState } from 'react';
import { done, kvGet, kvSet, tx } from '../../lib/pos/idb';
import { receiptCode, uuidv7 } from '../../lib/pos/ids';
import { pt, type PosMessageKey } from '../../lib/pos/messages';
import { couponByHash, totalsWithCoupon } from '../../lib/pos/coupons';
import { couponCodeHash, discountFrom, formatQuantity, lineGross, needsApproval, parseQuantity, tenderState, type CouponOutcome, type Tender, type TenderLine } from '../../lib/pos/sale-math';
import { sellableQuantity, type TillCashier, type TillEvent, type TillItem } from '../../lib/pos/till';
import type { TillContext } from './context';
import { PinForm } from './PinForm';

interface CartLine {
  item: TillItem;
  quantity: string;
  discount: string;
}

/** A customer as the till found them; points when the shop runs a programme (as they stood when found). */
interface Customer {
  id: string;
  name: string;
  points?: number | null;
  pointsValue?: string | null;
}

interface Cart {
  lines: CartLine[];
  orderDiscount: string;
  /** A known customer (found online by e-mail or phone): named on the sale, and the only way to sell on account. */
  customer?: Customer | null;
  /** The shop's coupon the cashier entered (decision 0071): its id in the snapshot and the code as typed. */
  coupon?: { id: string; code: string } | null;
  parkedAt?: string;
}

const EMPTY: Cart = { lines: [], orderDiscount: '' };
const TENDER_CHOICES: Tender[] = ['CASH', 'CARD', 'TRANSFER', 'MOBILE_MONEY', 'ON_ACCOUNT'];

function find(items: TillItem[], query: string): TillItem[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  return items.filter((i) => i.title.toLowerCase().includes(q) || i.sku.toLowerCase().includes(q) || i.barcode === q).slice(0, 20);
}

export function SaleScreen({ ctx, db, onSold }: { ctx: TillContext; db: IDBDatabase; onSold: (e: TillEvent) => void }) {
  const [cart, setCart] = useState<Cart>(EMPTY);
  const [parked, setParked] = useState<Cart[]>([]);
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [paying, setPaying] = useState(false);
  const [approver, setApprover] = useState<TillCashier | null>(null);
  const [asking, setAsking] = useState(false);
  const scan = useRef<HTMLInputElement>(null);
  // The kept cart comes back from IndexedDB asynchronously. Until it has, the scan field is disabled (a
  // scan landing first would be wiped by the restore) and nothing is written back (an empty first render
  // would overwrite the kept cart).
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    void Promise.all([kvGet<Cart>(db, 'cart'), kvGet<Cart[]>(db, 'parked')]).then(([c, p]) => {
      // Never drop what the cashier already added (a camera scan can fire before the field is enabled).
      if (c) setCart((now) => (now.lines.length > 0 || now.customer ? now : c));
      setParked(p ?? []);
      setLoaded(true);
    });
  }, [db]);
  useEffect(() => {
    if (loaded) void kvSet(db, 'cart', cart);
  }, [db, cart, loaded]);
  // autoFocus does nothing on a disabled field: focus it once it is enabled, ready for the barcode scanner.
  useEffect(() => {
    if (loaded) scan.current?.focus();
  }, [loaded]);

  const lineInputs = cart.lines.map((l) => {
    const quantityMilli = sellableQuantity(l.quantity, parseQuantity) ?? 0n;
    const unitPrice = BigInt(l.item.unitPrice);
    const gross = lineGross({ unitPrice, quantityMilli });
    return { unitPrice, quantityMilli, discount: discountFrom(l.discount, gross, ctx.toMinor) ?? 0n, taxInclusive: l.item.taxInclusive, taxRateBps: l.item.taxRateBps };
  });
  const afterLines = lineInputs.reduce((s, l) => s + lineGross(l) - l.discount, 0n);
  const orderDiscount = discountFrom(cart.orderDiscount, afterLines, ctx.toMinor) ?? 0n;
  const coupon = cart.coupon ? ((ctx.snap.coupons ?? []).find((c) => c.id === cart.coupon!.id) ?? null) : null;
  const { totals, outcome: couponOutcome } = totalsWithCoupon(lineInputs, cart.lines.map((l) => l.item), orderDiscount, coupon, ctx.snap.currency, new Date());
  const couponApplied = couponOutcome?.ok === true;
  const overLimit = needsApproval(totals, ctx.cashier.discountLimitBps);
  const results = useMemo(() => find(ctx.snap.items, query), [ctx.snap.items, query]);

  const add = (item: TillItem) => {
    setCart((c) => {
      const at = c.lines.findIndex((l) => l.item.variantId === item.variantId);
      if (at < 0) return { ...c, lines: [...c.lines, { item, quantity: '1', discount: '' }] };
      const lines = c.lines.slice();
      const q = parseQuantity(lines[at].quantity) ?? 0n;
      lines[at] = { ...lines[at], quantity: formatQuantity(q + 1000n) };
      return { ...c, lines };
    });
    setNotice(pt('sale.added', { title: item.title }));
    setQuery('');
    scan.current?.focus();
  };
  const setLine = (i: number, patch: Partial<CartLine>) => setCart((c) => ({ ...c, lines: c.lines.map((l, j) => (j === i ? { ...l, ...patch } : l)) }));

  const onScan = (value: string) => {
    const v = value.trim();
    if (!v) return;
    const exact = ctx.snap.items.find((i) => i.barcode === v) ?? ctx.snap.items.find((i) => i.sku.toLowerCase() === v.toLowerCase());
    if (exact) add(exact);
    else if (results.length === 1) add(results[0]);
    else if (results.length === 0) setNotice(pt('sale.notFound', { code: v }));
  };

  const park = async () => {
    const next = [...parked, { ...cart, parkedAt: new Date().toISOString() }];
    await tx(db, ['kv'], 'readwrite', async (t) => {
      await done(t.objectStore('kv').put(next, 'parked'));
      await done(t.objectStore('kv').put(EMPTY, 'cart'));
    });
    setParked(next);
    setCart(EMPTY);
    setNotice(pt('sale.parked'));
  };
  const resume = async (i: number) => {
    const next = parked.filter((_, j) => j !== i);
    const back = cart.lines.length ? [...next, { ...cart, parkedAt: new Date().toISOString() }] : next;
    await kvSet(db, 'parked', back);
    setParked(back);
    setCart({ lines: parked[i].lines, orderDiscount: parked[i].orderDiscount, customer: parked[i].customer ?? null, coupon: parked[i].coupon ?? null });
  };

  const valid = cart.lines.length > 0 && cart.lines.every((l) => sellableQuantity(l.quantity, parseQuantity) !== null) && totals.total > 0n;

  if (paying) {
    return (
      <TenderPanel
        ctx={ctx}
        total={totals.total}
        hasCustomer={!!cart.customer}
        customer={cart.customer ?? null}
        onCancel={() => setPaying(false)}
        onPaid={async (tenders, change) => {
          const sale = await ctx.record({
            type: 'SALE',
            currency: ctx.snap.currency,
            taxInclusive: cart.lines[0]?.item.taxInclusive ?? ctx.snap.taxInclusive,
            taxRateBps: cart.lines[0]?.item.taxRateBps ?? ctx.snap.taxRateBps,
            receiptCode: receiptCode(),
            lines: cart.lines.map((l, i) => ({
              variantId: l.item.variantId,
              sku: l.item.sku,
              title: l.item.title,
              quantity: l.quantity.replace(',', '.'),
              unitPrice: l.item.unitPrice,
              discount: totals.lines[i].discount.toString(),
              tax: totals.lines[i].tax.toString(),
              total: totals.lines[i].total.toString(),
              catalogUnitPrice: l.item.unitPrice,
              couponDiscount: totals.lines[i].couponShare.toString(),
            })),
            discount: totals.discount.toString(),
            subtotal: (totals.total - totals.tax).toString(),
            tax: totals.tax.toString(),
            total: totals.total.toString(),
            tenders: tenders.map((t) => ({ tender: t.tender, amount: t.amount.toString(), reference: t.reference?.trim() || null })),
            change: change.toString(),
            customerUserId: cart.customer?.id ?? null,
            customerName: cart.customer?.name ?? null,
            approvedBy: overLimit ? (approver?.id ?? null) : null,
            couponId: couponApplied ? cart.coupon!.id : null,
            couponDiscount: couponApplied ? totals.couponDiscount.toString() : '0',
            couponCode: couponApplied ? cart.coupon!.code : null,
          });
          // Cleared durably now: the screen goes to the receipt at once, before the effect that keeps the
          // cart would run, and the next sale (or a reload) must not start with this one's customer and lines.
          await kvSet(db, 'cart', EMPTY);
          setCart(EMPTY);
          setApprover(null);
          setPaying(false);
          onSold(sale);
        }}
      />
    );
  }

  return (
    <section aria-labelledby="pos-sale-title" className="pos-sale">
      <h2 id="pos-sale-title">{pt('sale.title')}</h2>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          onScan(query);
        }}
      >
        <label htmlFor="pos-scan">{pt('sale.scan')}</label>
        <input id="pos-scan" ref={scan} type="search" autoFocus autoComplete="off" disabled={!loaded} value={query} onChange={(e) => setQuery(e.target.value)} />
        <CameraScan onCode={onScan} />
      </form>
      {notice && <p role="status" className="pos-notice">{notice}</p>}
      {results.length > 0 && (
        <ul className="pos-results" aria-label={pt('sale.results')}>
          {results.map((i) => (
            <li key={i.variantId}>
              <button type="button" onClick={() => add(i)}>
                {i.title} · {i.sku} · {ctx.money(i.unitPrice)}
                {i.stock !== null ? ` · ${pt('sale.stock', { count: i.stock })}` : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
      {cart.lines.length === 0 ? (
        <p>{pt('sale.empty')}</p>
      ) : (
        <ul className="pos-cart" aria-label={pt('sale.lines')}>
          {cart.lines.map((l, i) => {
            const qOk = sellableQuantity(l.quantity, parseQuantity) !== null;
            const dOk = discountFrom(l.discount, lineGross(lineInputs[i]), ctx.toMinor) !== null;
            return (
              <li key={l.item.variantId} className="pos-line">
                <p className="pos-line-title">
                  {l.item.title} <span>{ctx.money(totals.lines[i].total)}</span>
                </p>
                <div className="pos-row">
                  <label>
                    {pt('sale.quantity')}
                    <input inputMode="decimal" size={5} value={l.quantity} aria-invalid={!qOk} onChange={(e) => setLine(i, { quantity: e.target.value })} />
                  </label>
                  <label>
                    {pt('sale.lineDiscount')}
                    <input inputMode="decimal" size={6} value={l.discount} aria-invalid={!dOk} placeholder="0 / 10%" onChange={(e) => setLine(i, { discount: e.target.value })} />
                  </label>
                  <button type="button" onClick={() => setCart((c) => ({ ...c, lines: c.lines.filter((_, j) => j !== i) }))}>
                    {pt('sale.remove', { title: l.item.title })}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <CustomerPicker tenant={ctx.tenant} customer={cart.customer ?? null} money={ctx.money} onChange={(customer) => setCart((c) => ({ ...c, customer }))} />
      <CouponEntry
        ctx={ctx}
        coupon={cart.coupon ?? null}
        outcome={couponOutcome}
        discount={totals.couponDiscount}
        onChange={(c) => setCart((cur) => ({ ...cur, coupon: c }))}
      />
      <label htmlFor="pos-order-discount">{pt('sale.orderDiscount')}</label>
      <input id="pos-order-discount" inputMode="decimal" placeholder="0 / 10%" value={cart.orderDiscount} onChange={(e) => setCart((c) => ({ ...c, orderDiscount: e.target.value }))} />
      <dl className="pos-figures">
        <dt>{pt('sale.subtotal')}</dt><dd>{ctx.money(totals.subtotal)}</dd>
        <dt>{pt('sale.discount')}</dt><dd>{ctx.money(totals.discount)}</dd>
        <dt>{pt('sale.tax')}</dt><dd>{ctx.money(totals.tax)}</dd>
        <dt>{pt('sale.total')}</dt><dd data-testid="pos-total">{ctx.money(totals.total)}</dd>
      </dl>
      {overLimit && !approver && (asking ? (
        <PinForm cashiers={ctx.snap.cashiers.filter((c) => c.role === 'SUPERVISOR')} title={pt('approve.title')} submit={pt('approve.submit')} onMatch={(c) => { setApprover(c); setAsking(false); }} onCancel={() => setAsking(false)} />
      ) : (
        <p className="pos-error">
          {pt('approve.needed', { limit: (ctx.cashier.discountLimitBps / 100).toString() })}{' '}
          <button type="button" onClick={() => setAsking(true)}>{pt('approve.ask')}</button>
        </p>
      ))}
      {overLimit && approver && <p role="status">{pt('approve.by', { name: approver.name })}</p>}
      <div className="pos-row">
        <button type="button" className="pos-primary" disabled={!valid || (overLimit && !approver)} onClick={() => setPaying(true)}>{pt('sale.pay')}</button>
        <button type="button" disabled={cart.lines.length === 0} onClick={() => void park()}>{pt('sale.park')}</button>
      </div>
      {parked.length > 0 && (
        <section aria-labelledby="pos-parked-title">
          <h3 id="pos-parked-title">{pt('sale.parkedTitle', { count: parked.length })}</h3>
          <ul>
            {parked.map((p, i) => (
              <li key={p.parkedAt ?? i}>
                <button type="button" onClick={() => void resume(i)}>
                  {pt('sale.resume', { when: p.parkedAt ? new Date(p.parkedAt).toLocaleTimeString() : '', count: p.lines.length })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

/** Gives a points or gift-card hold back (the tender was taken off, or the sale left unpaid); best effort: unreleased, it expires. */
function releaseHold(tenant: string, holdId: string) {
  void fetch(`/pos/${encodeURIComponent(tenant)}/api/hold`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ release: holdId }), cache: 'no-store' }).catch(() => undefined);
}

/** Refusals of the customer's points code (decision 0084) the cashier reads in the till's words. */
const CODE_ERRORS: Record<string, PosMessageKey> = { INVALID_CREDENTIALS: 'rewards.codeWrong', TOKEN_EXPIRED: 'rewards.codeExpired', TOKEN_USED: 'rewards.codeUsed' };

/**
 * Points or a gift card as a tender (decision 0080): online only, the till asks for a hold first (the balance
 * is kept for this sale for 30 minutes), then tenders it with the hold's id. Offline the buttons say why not.
 * Points need the customer's consent (decision 0084): the till sends them a code, they read it out, and only
 * then is the hold taken.
 */
function RewardsTender({ ctx, total, due, customer, onHeld }: { ctx: TillContext; total: bigint; due: bigint; customer: Customer | null; onHeld: (t: TenderLine, left: string) => void }) {
  const [online, setOnline] = useState(true);
  const [code, setCode] = useState('');
  const [points, setPoints] = useState('');
  const [pointsCode, setPointsCode] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  const post = async <T,>(body: Record<string, unknown>, done: (data: T) => void) => {
    setBusy(true);
    setMessage(null);
    try {
      const res = await fetch(`/pos/${encodeURIComponent(ctx.tenant)}/api/hold`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), cache: 'no-store' });
      const data = (await res.json()) as T & { error?: string; message?: string };
      if (!res.ok) {
        const known = data.error ? CODE_ERRORS[data.error] : undefined;
        return setMessage(known ? pt(known) : res.status === 400 && data.message ? data.message : res.status >= 500 || res.status === 0 ? pt('rewards.offline') : (data.message ?? data.error ?? ''));
      }
      done(data);
    } catch {
      setMessage(pt('rewards.offline'));
    } finally {
      setBusy(false);
    }
  };
  const hold = (take: Record<string, unknown>) =>
    post<{ hold: { id: string; kind: 'POINTS' | 'GIFT_CARD'; amount: string; remainingPoints: number | null; remainingGiftCard: string | null } }>(
      { take: { ...take, currency: ctx.snap.currency, due: due.toString(), saleTotal: total.toString(), idempotencyKey: uuidv7() } },
      ({ hold: h }) => {
        onHeld({ tender: h.kind, amount: BigInt(h.amount), reference: h.id }, h.kind === 'POINTS' ? pt('rewards.pointsLeft', { points: h.remainingPoints ?? 0 }) : pt('rewards.cardLeft', { amount: ctx.money(BigInt(h.remainingGiftCard ?? '0')) }));
        setCode('');
        setPoints('');
        setPointsCode('');
        setSentTo(null);
      },
    );
  const sendCode = (customerUserId: string) => post<{ sent: { sentTo: string } }>({ sendCode: { customerUserId, points: Number(points) } }, ({ sent }) => setSentTo(sent.sentTo));
  if (!online) return <p role="status">{pt('rewards.offline')}</p>;
  return (
    <fieldset>
      <legend>{pt('rewards.title')}</legend>
      <div className="pos-row">
        <label>
          {pt('rewards.giftCard')}
          <input value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" autoCapitalize="characters" maxLength={24} />
        </label>
        <button type="button" disabled={busy || !code.trim()} onClick={() => hold({ kind: 'GIFT_CARD', giftCardCode: code })}>{pt('rewards.useCard')}</button>
      </div>
      {customer?.points ? (
        <>
          <div className="pos-row">
            <label>
              {pt('rewards.points', { points: customer.points })}
              <input inputMode="numeric" value={points} onChange={(e) => setPoints(e.target.value.replace(/\D/g, ''))} />
            </label>
            <button type="button" disabled={busy || !points} onClick={() => sendCode(customer.id)}>{pt('rewards.sendCode')}</button>
          </div>
          {sentTo && (
            <>
              <p role="status">{pt('rewards.codeSent', { to: sentTo })}</p>
              <div className="pos-row">
                <label>
                  {pt('rewards.code')}
                  <input inputMode="numeric" autoComplete="one-time-code" maxLength={6} value={pointsCode} onChange={(e) => setPointsCode(e.target.value.replace(/\D/g, ''))} />
                </label>
                <button type="button" disabled={busy || !points || pointsCode.length !== 6} onClick={() => hold({ kind: 'POINTS', customerUserId: customer.id, points: Number(points), code: pointsCode })}>{pt('rewards.usePoints')}</button>
              </div>
            </>
          )}
        </>
      ) : (
        <p>{pt(customer ? 'rewards.noPoints' : 'rewards.needCustomer')}</p>
      )}
      {message && <p role="alert" className="pos-error">{message}</p>}
    </fieldset>
  );
}

function TenderPanel({ ctx, total, hasCustomer, customer, onPaid, onCancel }: { ctx: TillContext; total: bigint; hasCustomer: boolean; customer: Customer | null; onPaid: (t: TenderLine[], change: bigint) => Promise<void>; onCancel: () => void }) {
  const [tenders, setTenders] = useState<TenderLine[]>([]);
  const [tender, setTender] = useState<Tender>('CASH');
  const [amount, setAmount] = useState('');
  const [reference, setReference] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [left, setLeft] = useState<string | null>(null);
  const state = tenderState(total, tenders, hasCustomer);
  const held = (t: TenderLine) => t.tender === 'POINTS' || t.tender === 'GIFT_CARD';
  const addTender = (e: React.FormEvent) => {
    e.preventDefault();
    const minor = amount.trim() ? ctx.toMinor(amount) : state.due.toString();
    if (minor === null || BigInt(minor) <= 0n) return setError(pt('amount.invalid'));
    if (tender !== 'CASH' && tender !== 'ON_ACCOUNT' && !reference.trim()) return setError(pt('tender.referenceNeeded'));
    setTenders((t) => [...t, { tender, amount: BigInt(minor), reference: tender === 'CASH' ? undefined : reference.trim() }]);
    setAmount('');
    setReference('');
    setError(null);
  };
  return (
    <section aria-labelledby="pos-tender-title" className="pos-card">
      <h2 id="pos-tender-title">{pt('tender.title', { total: ctx.money(total) })}</h2>
      {tenders.length > 0 && (
        <ul aria-label={pt('tender.list')}>
          {tenders.map((t, i) => (
            <li key={i}>
              {pt(`tender.${t.tender}` as PosMessageKey)} {ctx.money(t.amount)} {t.reference ? `(${t.reference})` : ''}{' '}
              <button
                type="button"
                onClick={() => {
                  if (held(t)) releaseHold(ctx.tenant, t.reference!);
                  setTenders((all) => all.filter((_, j) => j !== i));
                }}
              >
                {pt('tender.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" data-testid="pos-due">
        {state.due > 0n ? pt('tender.due', { amount: ctx.money(state.due) }) : pt('tender.change', { amount: ctx.money(state.change) })}
      </p>
      {left && <p role="status">{left}</p>}
      {state.due > 0n && (
        <RewardsTender
          ctx={ctx}
          total={total}
          due={state.due}
          customer={customer}
          onHeld={(t, remaining) => {
            setTenders((all) => [...all, t]);
            setLeft(remaining);
          }}
        />
      )}
      {state.due > 0n && (
        <form onSubmit={addTender}>
          <fieldset>
            <legend>{pt('tender.method')}</legend>
            {TENDER_CHOICES.filter((t) => t !== 'ON_ACCOUNT' || hasCustomer).map((t) => (
              <label key={t}>
                <input type="radio" name="pos-tender" checked={tender === t} onChange={() => setTender(t)} /> {pt(`tender.${t}` as PosMessageKey)}
              </label>
            ))}
          </fieldset>
          <label htmlFor="pos-tender-amount">{pt('tender.amount')}</label>
          <input id="pos-tender-amount" inputMode="decimal" value={amount} placeholder={ctx.money(state.due)} onChange={(e) => setAmount(e.target.value)} />
          {tender !== 'CASH' && tender !== 'ON_ACCOUNT' && (
            <>
              <label htmlFor="pos-tender-ref">{pt('tender.reference')}</label>
              <input id="pos-tender-ref" value={reference} onChange={(e) => setReference(e.target.value)} />
            </>
          )}
          {error && <p role="alert" className="pos-error">{error}</p>}
          <button type="submit">{pt('tender.add')}</button>
        </form>
      )}
      {state.problem === 'OVERPAID_NON_CASH' && <p role="alert" className="pos-error">{pt('tender.overpaid')}</p>}
      <div className="pos-row">
        <button
          type="button"
          className="pos-primary"
          disabled={!state.complete || busy}
          onClick={async () => {
            setBusy(true);
            try {
              await onPaid(tenders, state.change);
            } finally {
              setBusy(false);
            }
          }}
        >
          {pt('tender.complete')}
        </button>
        <button
          type="button"
          onClick={() => {
            // Back to the sale (or voiding it): what was held for it goes back.
            for (const t of tenders.filter(held)) releaseHold(ctx.tenant, t.reference!);
            onCancel();
          }}
        >
          {pt('tender.back')}
        </button>
      </div>
    </section>
  );
}

/**
 * The coupon button: the cashier types a code; the till hashes it and looks it up in its snapshot (no plain
 * codes are kept), offline. Shown with its discount, or why it does not apply to this sale.
 */
function CouponEntry({
  ctx,
  coupon,
  outcome,
  discount,
  onChange,
}: {
  ctx: TillContext;
  coupon: { id: string; code: string } | null;
  outcome: CouponOutcome | null;
  discount: bigint;
  onChange: (c: { id: string; code: string } | null) => void;
}) {
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  if (coupon) {
    const known = (ctx.snap.coupons ?? []).find((c) => c.id === coupon.id);
    const why =
      outcome && !outcome.ok
        ? pt(`coupon.${outcome.reason}` as PosMessageKey, { code: coupon.code, minimum: ctx.money(known?.minimumSpend ?? '0'), short: ctx.money(outcome.short ?? 0n) })
        : null;
    return (
      <div className="pos-coupon" data-testid="pos-coupon">
        {why ? <p role="alert" className="pos-error">{why}</p> : <p role="status">{pt('coupon.applied', { code: coupon.code, amount: ctx.money(discount) })} · {pt('coupon.notCashier')}</p>}
        <button type="button" onClick={() => onChange(null)}>{pt('coupon.remove')}</button>
      </div>
    );
  }
  if (!open) return <button type="button" onClick={() => setOpen(true)}>{pt('coupon.open')}</button>;
  return (
    <form
      className="pos-row"
      onSubmit={async (e) => {
        e.preventDefault();
        const typed = code.trim().toUpperCase();
        if (!typed) return;
        const found = couponByHash(ctx.snap.coupons, await couponCodeHash(typed));
        if (!found) return setMessage(pt('coupon.unknown', { code: typed }));
        onChange({ id: found.id, code: typed });
        setCode('');
        setMessage(null);
        setOpen(false);
      }}
    >
      <label>
        {pt('coupon.code')}
        <input value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" autoCapitalize="characters" maxLength={32} />
      </label>
      <button type="submit">{pt('coupon.apply')}</button>
      <button type="button" onClick={() => { setOpen(false); setMessage(null); }}>{pt('coupon.cancel')}</button>
      {message && <p role="alert" className="pos-error">{message}</p>}
    </form>
  );
}

/** Attach a known customer by e-mail or phone (needs the network: the till keeps no customer list). */
function CustomerPicker({ tenant, customer, money, onChange }: { tenant: string; customer: Customer | null; money: (minor: bigint) => string; onChange: (c: Customer | null) => void }) {
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  if (customer) {
    return (
      <p>
        {pt('customer.attached', { name: customer.name })}
        {customer.points != null && <> · {pt('customer.points', { points: customer.points, value: money(BigInt(customer.pointsValue ?? '0')) })}</>}{' '}
        <button type="button" onClick={() => onChange(null)}>{pt('customer.remove')}</button>
      </p>
    );
  }
  return (
    <div className="pos-row">
      <label>
        {pt('customer.email')}
        <input type="text" inputMode="email" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
      </label>
      <button
        type="button"
        disabled={!text.trim()}
        onClick={async () => {
          setMessage(null);
          const query = text.includes('@') ? { email: text.trim() } : { phone: text.trim() };
          try {
            const res = await fetch(`/pos/${encodeURIComponent(tenant)}/api/customer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(query), cache: 'no-store' });
            const data = (await res.json()) as { customer?: Customer | null; error?: string };
            if (data.customer) {
              onChange(data.customer);
              setText('');
            } else setMessage(res.status === 400 ? pt('customer.bad') : res.ok ? pt('customer.none') : pt('customer.offline'));
          } catch {
            setMessage(pt('customer.offline'));
          }
        }}
      >
        {pt('customer.find')}
      </button>
      {message && <p role="status">{message}</p>}
    </div>
  );
}

interface Detector {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}

/** The camera as a scanner, where the browser has BarcodeDetector (Chrome on Android); nothing elsewhere. */
function CameraScan({ onCode }: { onCode: (code: string) => void }) {
  const [on, setOn] = useState(false);
  const video = useRef<HTMLVideoElement>(null);
  const [supported, setSupported] = useState(false);
  useEffect(() => setSupported('BarcodeDetector' in window), []);
  useEffect(() => {
    if (!on || !video.current) return;
    let stream: MediaStream | null = null;
    let stop = false;
    const Ctor = (window as unknown as { BarcodeDetector: new () => Detector }).BarcodeDetector;
    const detector = new Ctor();
    void (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
        video.current!.srcObject = stream;
        await video.current!.play();
        while (!stop) {
          const found = await detector.detect(video.current!).catch(() => []);
          if (found[0]) {
            onCode(found[0].rawValue);
            setOn(false);
            break;
          }
          await new Promise((r) => setTimeout(r, 250));
        }
      } catch {
        setOn(false);
      }
    })();
    return () => {
      stop = true;
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [on, onCode]);
  if (!supported) return null;
  return (
    <>
      <button type="button" onClick={() => setOn((v) => !v)} aria-pressed={on}>{pt('sale.camera')}</button>
      {on && <video ref={video} className="pos-video" muted playsInline aria-label={pt('sale.cameraView')} />}
    </>
  );
}
