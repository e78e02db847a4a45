'use client';

// The PIN form every till screen uses: a cashier signing in, a supervisor approving (checked on the device).
import { useRef, useState } from 'react';
import { pt } from '../../lib/pos/messages';
import { PIN_PATTERN, pinMatches } from '../../lib/pos/pin';
import type { TillCashier } from '../../lib/pos/till';

/** A PIN checked on the device; `who` limits the cashiers that may answer (supervisors for an approval). */
export function PinForm({ cashiers, title, submit, onMatch, onCancel }: { cashiers: TillCashier[]; title: string; submit: string; onMatch: (c: TillCashier) => void; onCancel?: () => void }) {
  const [id, setId] = useState(cashiers[0]?.id ?? '');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const prefix = useRef(`pin-${Math.random().toString(36).slice(2, 8)}`).current;
  if (cashiers.length === 0) return <p role="alert">{pt('pin.nobody')}</p>;
  return (
    <form
      className="pos-card"
      aria-label={title}
      onSubmit={async (e) => {
        e.preventDefault();
        const who = cashiers.find((c) => c.id === id);
        if (!who || !PIN_PATTERN.test(pin)) return setError(pt('pin.format'));
        setBusy(true);
        const ok = await pinMatches(pin, who);
        setBusy(false);
        setPin('');
        if (ok) onMatch(who);
        else setError(pt('pin.wrong'));
      }}
    >
      <h2>{title}</h2>
      <label htmlFor={`${prefix}-who`}>{pt('pin.cashier')}</label>
      <select id={`${prefix}-who`} value={id} onChange={(e) => setId(e.target.value)}>
        {cashiers.map((c) => (
          <option key={c.id} value={c.id}>{c.name}</option>
        ))}
      </select>
      <label htmlFor={`${prefix}-pin`}>{pt('pin.pin')}</label>
      <input id={`${prefix}-pin`} type="password" inputMode="numeric" autoComplete="off" pattern="\d{4,6}" maxLength={6} value={pin} onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))} required />
      {error && <p role="alert" className="pos-error">{error}</p>}
      <div className="pos-row">
        <button type="submit" disabled={busy}>{submit}</button>
        {onCancel && <button type="button" onClick={onCancel}>{pt('cancel')}</button>}
      </div>
    </form>
  );
}
