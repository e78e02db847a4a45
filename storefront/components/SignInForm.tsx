'use client';

import { startTransition, useActionState, useId, type FormEvent } from 'react';
import type { SIGN_IN_TEXT, TextOf } from '../lib/client-text';
import { initialSignInState, type SignInState } from '../lib/sign-in-state';

interface Props {
  /** The signIn server action, bound to this storefront's kind and slug. */
  action: (previous: SignInState, formData: FormData) => Promise<SignInState>;
  /** `textFor(SIGN_IN_TEXT)`, picked by the server component that renders the form. */
  text: TextOf<typeof SIGN_IN_TEXT>;
}

export function SignInForm({ action, text }: Props) {
  const [state, formAction, pending] = useActionState(action, initialSignInState);
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-totp-hint`;
  const failed = state.status === 'error';

  // With JavaScript, submit through a transition so React does not reset the form after a failed
  // attempt (the user keeps what they typed). Without JavaScript the form still posts to the action.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <form className="sign-in" action={formAction} onSubmit={onSubmit} aria-describedby={failed ? errorId : undefined}>
      {failed && (
        <p id={errorId} role="alert" className="alert">
          {state.message}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-email`}>{text['signIn.email']}</label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          defaultValue={state.email}
          aria-invalid={state.code === 'INVALID_CREDENTIALS' || undefined}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{text['signIn.password']}</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={state.code === 'INVALID_CREDENTIALS' || undefined}
        />
      </div>
      {state.twoFactorRequired && (
        <div className="field">
          <label htmlFor={`${id}-totp`}>{text['signIn.totp']}</label>
          <input
            id={`${id}-totp`}
            name="totpCode"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 \-]{6,12}"
            required
            autoFocus
            aria-describedby={hintId}
          />
          <p id={hintId} className="hint">
            {text['signIn.totpHint']}
          </p>
        </div>
      )}
      <button type="submit" disabled={pending} aria-busy={pending || undefined}>
        {pending ? text['signIn.submitting'] : text['signIn.submit']}
      </button>
    </form>
  );
}
