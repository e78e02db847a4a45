'use client';

import { startTransition, useActionState, useId, type FormEvent } from 'react';
import type { TextOf, VENDOR_APPLICATION_TEXT } from '../lib/client-text';
import { fill } from '../lib/fill';
import { initialVendorApplicationState, type ApplicationField, type VendorApplicationState } from '../lib/vendor-application-state';

interface Props {
  /** The applyAsVendor server action, bound to the marketplace's slug. */
  action: (previous: VendorApplicationState, formData: FormData) => Promise<VendorApplicationState>;
  /** `textFor(VENDOR_APPLICATION_TEXT)`, picked by the server component that renders the form. */
  text: TextOf<typeof VENDOR_APPLICATION_TEXT>;
}

type FieldSpec = { name: ApplicationField; type?: string; autoComplete?: string; inputMode?: 'email' | 'tel'; hint?: 'sell.tinHint' | 'sell.phoneHint' | 'sell.documentsHint'; multiline?: boolean; required?: boolean };

const FIELDS: FieldSpec[] = [
  { name: 'businessName', autoComplete: 'organization', required: true },
  { name: 'legalName', required: true },
  { name: 'tin', hint: 'sell.tinHint', required: true },
  { name: 'email', type: 'email', autoComplete: 'email', inputMode: 'email', required: true },
  { name: 'phone', type: 'tel', autoComplete: 'tel', inputMode: 'tel', hint: 'sell.phoneHint', required: true },
  { name: 'address', autoComplete: 'street-address', multiline: true, required: true },
  { name: 'documentUrls', hint: 'sell.documentsHint', multiline: true },
];

const LABELS: Record<ApplicationField, 'sell.businessName' | 'sell.legalName' | 'sell.tin' | 'sell.email' | 'sell.phone' | 'sell.address' | 'sell.documents'> = {
  businessName: 'sell.businessName',
  legalName: 'sell.legalName',
  tin: 'sell.tin',
  email: 'sell.email',
  phone: 'sell.phone',
  address: 'sell.address',
  documentUrls: 'sell.documents',
};

export function VendorApplicationForm({ action, text }: Props) {
  const [state, formAction, pending] = useActionState(action, initialVendorApplicationState);
  const id = useId();

  // With JavaScript, submit in a transition so React keeps what was typed after a failed attempt.
  // Without JavaScript the form posts to the action and the page re-renders with the returned state.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  if (state.status === 'done') {
    return (
      <p role="status" className="notice">
        {fill(text['sell.submitted'], { vendor: state.vendorName ?? '' })}
      </p>
    );
  }

  return (
    <form className="stacked-form" action={formAction} onSubmit={onSubmit} noValidate={false}>
      {state.status === 'error' && state.message && (
        <p role="alert" className="alert">
          {state.message}
        </p>
      )}
      {FIELDS.map((f) => {
        const inputId = `${id}-${f.name}`;
        const error = state.fieldErrors[f.name];
        const describedBy = [f.hint ? `${inputId}-hint` : null, error ? `${inputId}-error` : null].filter(Boolean).join(' ') || undefined;
        const common = {
          id: inputId,
          name: f.name,
          required: f.required,
          defaultValue: state.values[f.name] ?? '',
          'aria-invalid': error ? true : undefined,
          'aria-describedby': describedBy,
          autoComplete: f.autoComplete,
        };
        return (
          <div className="field" key={f.name}>
            <label htmlFor={inputId}>{text[LABELS[f.name]]}</label>
            {f.multiline ? <textarea rows={3} {...common} /> : <input type={f.type ?? 'text'} inputMode={f.inputMode} {...common} />}
            {f.hint && (
              <p id={`${inputId}-hint`} className="hint">
                {text[f.hint]}
              </p>
            )}
            {error && (
              <p id={`${inputId}-error`} className="field-error">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <button type="submit" disabled={pending} aria-busy={pending || undefined}>
        {pending ? text['sell.submitting'] : text['sell.submit']}
      </button>
    </form>
  );
}
