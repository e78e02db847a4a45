'use client';

import { useActionState } from 'react';
import { formatMoney } from '../../lib/money';
import { rt } from '../../lib/rewards/messages';
import type { GiftCardBalanceState } from '../../lib/rewards/shop-actions';

/** Enter a code, see its balance and expiry (the answer is announced). Works without JavaScript too. */
export function GiftCardBalanceForm({ action }: { action: (previous: GiftCardBalanceState, formData: FormData) => Promise<GiftCardBalanceState> }) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' });
  const day = (iso: string) => new Intl.DateTimeFormat('en-NG', { dateStyle: 'medium', timeZone: 'Africa/Lagos' }).format(new Date(iso));
  return (
    <>
      <form action={formAction} className="stacked-form">
        <div className="field">
          <label htmlFor="gift-code">{rt('shopRewards.code')}</label>
          <input id="gift-code" name="code" type="text" required maxLength={40} autoComplete="off" autoCapitalize="characters" spellCheck={false} />
        </div>
        <button type="submit" disabled={pending}>
          {rt('shopRewards.check')}
        </button>
      </form>
      <div aria-live="polite" data-testid="gift-card-result">
        {(state.status === 'notFound' || state.status === 'error') && (
          <p role="alert" className="alert">
            {rt('shopRewards.notFound')}
          </p>
        )}
        {state.status === 'found' && state.balance && (
          <div className="card">
            <p>{rt('shopRewards.cardEnding', { last4: state.last4 ?? '' })}</p>
            <p>
              <strong data-testid="gift-card-balance">{rt('shopRewards.balance', { balance: formatMoney(state.balance) })}</strong>
            </p>
            <p>{state.expiresAt ? rt('shopRewards.expires', { date: day(state.expiresAt) }) : rt('shopRewards.noExpiry')}</p>
            {state.cardStatus === 'DISABLED' && <p className="alert">{rt('shopRewards.disabled')}</p>}
          </div>
        )}
      </div>
    </>
  );
}
