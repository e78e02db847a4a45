'use client';

import { startTransition, useActionState, useEffect, useId, useRef, type FormEvent } from 'react';
import type { TextOf, TWO_FACTOR_TEXT } from '../../lib/client-text';
import { initialTwoFactorState, type TwoFactorState } from '../../lib/admin/two-factor-state';

interface Props {
  /** twoFactorAction bound to the tenant and the mode. */
  action: (previous: TwoFactorState, formData: FormData) => Promise<TwoFactorState>;
  mode: 'enrol' | 'reset';
  /** Where "Continue" goes once the backup codes are saved. */
  doneHref: string;
  text: TextOf<typeof TWO_FACTOR_TEXT>;
}

/**
 * Setting up (or resetting) two-factor authentication in three steps: start (a reset asks for the password
 * and a current code or backup code), scan the QR code or type the secret into an authenticator app and
 * confirm a code, then the backup codes, shown once, with "I have saved them" before going on. Every step
 * posts to the server action and works without JavaScript.
 */
export function TwoFactorSetup({ action, mode, doneHref, text }: Props) {
  const [state, formAction, pending] = useActionState(action, initialTwoFactorState);
  const id = useId();
  const alertRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.error) alertRef.current?.focus();
  }, [state]);

  // With JavaScript, submit in a transition so a failed attempt keeps what was typed.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  const alert = state.error && (
    <p id={`${id}-error`} ref={alertRef} tabIndex={-1} role="alert" className="alert">
      {state.error}
    </p>
  );
  const busy = { disabled: pending, 'aria-busy': pending || undefined };

  if (state.step === 'codes' && state.backupCodes) {
    return (
      <div className="two-factor-codes">
        <h3>{text['admin.account.backupTitle']}</h3>
        <p>{text['admin.account.backupHint']}</p>
        <ol className="backup-codes" data-testid="backup-codes">
          {state.backupCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
        <form action={doneHref} method="get" className="stacked-form">
          <label className="checkbox">
            <input type="checkbox" name="saved" value="1" required /> {text['admin.account.saved']}
          </label>
          <button type="submit">{text['admin.account.continue']}</button>
        </form>
      </div>
    );
  }

  if (state.step === 'scan') {
    return (
      <form action={formAction} onSubmit={onSubmit} className="stacked-form" aria-describedby={state.error ? `${id}-error` : undefined}>
        {alert}
        <p>{text['admin.account.scan']}</p>
        {state.qr && <img src={state.qr} alt={text['admin.account.qrAlt']} width={200} height={200} className="qr-code" />}
        <p>
          {text['admin.account.secretLabel']} <code data-testid="totp-secret">{state.secret}</code>
        </p>
        <input type="hidden" name="intent" value="confirm" />
        <input type="hidden" name="secret" value={state.secret ?? ''} />
        <input type="hidden" name="otpauthUrl" value={state.otpauthUrl ?? ''} />
        {state.resetToken && <input type="hidden" name="resetToken" value={state.resetToken} />}
        <div className="field">
          <label htmlFor={`${id}-code`}>{text['admin.account.newCode']}</label>
          <input id={`${id}-code`} name="code" type="text" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]{6,7}" required aria-invalid={state.errorField === 'code' || undefined} />
        </div>
        <button type="submit" {...busy}>
          {pending ? text['admin.account.working'] : text['admin.account.confirm']}
        </button>
      </form>
    );
  }

  return (
    <form action={formAction} onSubmit={onSubmit} className="stacked-form" aria-describedby={state.error ? `${id}-error` : undefined}>
      {alert}
      <input type="hidden" name="intent" value="begin" />
      {mode === 'reset' && (
        <>
          <div className="field">
            <label htmlFor={`${id}-password`}>{text['admin.account.password']}</label>
            <input id={`${id}-password`} name="password" type="password" autoComplete="current-password" required aria-invalid={state.errorField === 'password' || undefined} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-current`}>{text['admin.account.currentCode']}</label>
            <input id={`${id}-current`} name="code" type="text" autoComplete="one-time-code" required aria-describedby={`${id}-current-hint`} aria-invalid={state.errorField === 'code' || undefined} />
            <p id={`${id}-current-hint`} className="hint">
              {text['admin.account.currentCodeHint']}
            </p>
          </div>
        </>
      )}
      <button type="submit" {...busy}>
        {pending ? text['admin.account.working'] : mode === 'reset' ? text['admin.account.beginReset'] : text['admin.account.begin']}
      </button>
    </form>
  );
}
