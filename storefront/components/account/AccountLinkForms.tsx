'use client';

import { startTransition, useActionState, useId, type FormEvent } from 'react';
import type { TextOf } from '../../lib/client-text';
import type { FORGOT_PASSWORD_TEXT, RESET_PASSWORD_TEXT } from '../../lib/account-link-text';
import { initialAccountLinkState, type AccountLinkState } from '../../lib/account-link-state';

type Action = (previous: AccountLinkState, formData: FormData) => Promise<AccountLinkState>;

/** With JavaScript, submit in a transition so React keeps what was typed after a failed attempt. */
function useLinkAction(action: Action) {
  const [state, formAction, pending] = useActionState(action, initialAccountLinkState);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
  return { state, formAction, pending, onSubmit };
}

/** The answer of the last attempt: a status when done, an alert when not. */
function Outcome({ state, id }: { state: AccountLinkState; id: string }) {
  if (state.status === 'done') {
    return (
      <p id={id} role="status" className="notice-ok">
        {state.message}
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <p id={id} role="alert" className="alert">
        {state.message}
      </p>
    );
  }
  return null;
}

/** "Forgot password?": the e-mail address; the answer says a link is on its way (for every address). */
export function ForgotPasswordForm({ action, text }: { action: Action; text: TextOf<typeof FORGOT_PASSWORD_TEXT> }) {
  const { state, formAction, pending, onSubmit } = useLinkAction(action);
  const id = useId();
  const failed = state.status === 'error';
  return (
    <form className="stacked-form" action={formAction} onSubmit={onSubmit}>
      <Outcome state={state} id={`${id}-outcome`} />
      <div className="field">
        <label htmlFor={`${id}-email`}>{text['accountLink.forgot.email']}</label>
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          defaultValue={state.email}
          aria-invalid={failed || undefined}
          aria-describedby={failed ? `${id}-outcome` : undefined}
        />
      </div>
      <button type="submit" disabled={pending} aria-busy={pending || undefined}>
        {pending ? text['accountLink.forgot.submitting'] : text['accountLink.forgot.submit']}
      </button>
    </form>
  );
}

/** The new password, twice; identity's password rules answer next to the field. */
export function ResetPasswordForm({ action, text }: { action: Action; text: TextOf<typeof RESET_PASSWORD_TEXT> }) {
  const { state, formAction, pending, onSubmit } = useLinkAction(action);
  const id = useId();
  const failedOn = (name: string) => state.status === 'error' && state.field === name;
  const describedBy = (name: string) => [name === 'newPassword' ? `${id}-hint` : null, failedOn(name) ? `${id}-outcome` : null].filter(Boolean).join(' ') || undefined;
  return (
    <form className="stacked-form" action={formAction} onSubmit={onSubmit}>
      <Outcome state={state} id={`${id}-outcome`} />
      <div className="field">
        <label htmlFor={`${id}-newPassword`}>{text['accountLink.reset.newPassword']}</label>
        <input id={`${id}-newPassword`} name="newPassword" type="password" autoComplete="new-password" required minLength={10} aria-invalid={failedOn('newPassword') || undefined} aria-describedby={describedBy('newPassword')} />
        <p id={`${id}-hint`} className="hint">
          {text['accountLink.reset.hint']}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-confirm`}>{text['accountLink.reset.confirm']}</label>
        <input id={`${id}-confirm`} name="confirm" type="password" autoComplete="new-password" required minLength={10} aria-invalid={failedOn('confirm') || undefined} aria-describedby={describedBy('confirm')} />
      </div>
      <button type="submit" disabled={pending} aria-busy={pending || undefined}>
        {pending ? text['accountLink.reset.submitting'] : text['accountLink.reset.submit']}
      </button>
    </form>
  );
}

/** One button that runs an action (verify the address, send the link again) and says how it went. */
export function LinkButtonForm({ action, submit, submitting, doneHides = false }: { action: Action; submit: string; submitting: string; doneHides?: boolean }) {
  const { state, formAction, pending, onSubmit } = useLinkAction(action);
  const id = useId();
  return (
    <form className="stacked-form" action={formAction} onSubmit={onSubmit}>
      <Outcome state={state} id={`${id}-outcome`} />
      {!(doneHides && state.status === 'done') && (
        <button type="submit" disabled={pending} aria-busy={pending || undefined}>
          {pending ? submitting : submit}
        </button>
      )}
    </form>
  );
}
