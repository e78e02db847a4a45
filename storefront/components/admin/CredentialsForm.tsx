'use client';

import { useId } from 'react';
import type { FormState } from '../../lib/admin/form-state';
import { useActionForm } from './useActionForm';

interface Props {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  providers: { value: string; label: string }[];
  text: { provider: string; publicKey: string; publicKeyHint: string; secretKey: string; secretKeyHint: string; webhookSecret: string; webhookSecretHint: string; submit: string; pending: string };
}

/**
 * Payment-provider keys, entered once. The secret fields are password inputs that start empty every time:
 * no default value, nothing refilled from the last attempt (the action hands back the provider and public
 * key only), no autofill, so a secret is never written into the page.
 */
export function CredentialsForm({ action, label, providers, text }: Props) {
  const { state, formAction, pending, alertRef, onSubmit } = useActionForm(action);
  const id = useId();
  const field = (name: string, caption: string, hint: string, secret: boolean, required: boolean) => {
    const error = state.fieldErrors[name];
    const describedBy = [error ? `${id}-${name}-error` : '', `${id}-${name}-hint`].filter(Boolean).join(' ');
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>{caption}</label>
        <input
          id={`${id}-${name}`}
          name={name}
          type={secret ? 'password' : 'text'}
          required={required}
          autoComplete={secret ? 'new-password' : 'off'}
          spellCheck={false}
          defaultValue={secret ? undefined : (state.values[name] ?? '')}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        {error && (
          <p id={`${id}-${name}-error`} className="field-error">
            {error}
          </p>
        )}
        <p id={`${id}-${name}-hint`} className="hint">
          {hint}
        </p>
      </div>
    );
  };
  return (
    <form className="admin-form" action={formAction} onSubmit={onSubmit} aria-label={label}>
      {state.status === 'error' && state.message && (
        <p ref={alertRef} tabIndex={-1} role="alert" className="alert">
          {state.message}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-provider`}>{text.provider}</label>
        <select id={`${id}-provider`} name="provider" defaultValue={state.values.provider ?? providers[0]?.value} required>
          {providers.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      {field('publicKey', text.publicKey, text.publicKeyHint, false, false)}
      {field('secretKey', text.secretKey, text.secretKeyHint, true, true)}
      {field('webhookSecret', text.webhookSecret, text.webhookSecretHint, true, false)}
      <div className="form-actions">
        <button type="submit" disabled={pending} aria-busy={pending || undefined}>
          {pending ? text.pending : text.submit}
        </button>
      </div>
    </form>
  );
}
