'use client';

import { startTransition, useActionState, useId, type FormEvent } from 'react';
import type { SIGN_UP_TEXT, TextOf } from '../../lib/client-text';
import { initialSignUpState, type SignUpState } from '../../lib/shop/sign-up-state';

interface Props {
  /** The signUp server action, bound to this storefront's kind, slug and the page to return to. */
  action: (previous: SignUpState, formData: FormData) => Promise<SignUpState>;
  /** `textFor(SIGN_UP_TEXT)`, picked by the server component that renders the form. */
  text: TextOf<typeof SIGN_UP_TEXT>;
}

const FIELDS = [
  { name: 'name', type: 'text', autoComplete: 'name' },
  { name: 'email', type: 'email', autoComplete: 'email' },
  { name: 'password', type: 'password', autoComplete: 'new-password' },
] as const;

/** Create an account: name, e-mail, password; identity's answer shown next to the field it names. */
export function SignUpForm({ action, text }: Props) {
  const [state, formAction, pending] = useActionState(action, initialSignUpState);
  const id = useId();
  const failed = state.status === 'error';

  // With JavaScript, submit in a transition so React keeps what was typed after a failed attempt.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return (
    <form className="stacked-form" action={formAction} onSubmit={onSubmit}>
      {failed && (
        <p id={`${id}-error`} role="alert" className="alert">
          {state.message}
        </p>
      )}
      {FIELDS.map((f) => (
        <div className="field" key={f.name}>
          <label htmlFor={`${id}-${f.name}`}>{text[`shop.signUp.${f.name}`]}</label>
          <input
            id={`${id}-${f.name}`}
            name={f.name}
            type={f.type}
            autoComplete={f.autoComplete}
            required
            minLength={f.name === 'password' ? 10 : undefined}
            defaultValue={f.name === 'password' ? undefined : state.values[f.name]}
            aria-invalid={(failed && state.field === f.name) || undefined}
            aria-describedby={[f.name === 'password' ? `${id}-password-hint` : null, failed && state.field === f.name ? `${id}-error` : null].filter(Boolean).join(' ') || undefined}
          />
          {f.name === 'password' && (
            <p id={`${id}-password-hint`} className="hint">
              {text['shop.signUp.passwordHint']}
            </p>
          )}
        </div>
      ))}
      <button type="submit" disabled={pending} aria-busy={pending || undefined}>
        {pending ? text['shop.signUp.submitting'] : text['shop.signUp.submit']}
      </button>
    </form>
  );
}
