'use client';

import { useId, type ReactNode } from 'react';
import type { FieldGroup, FieldSpec, FormState } from '../../lib/admin/form-state';
import { useActionForm } from './useActionForm';

interface Props {
  /** A server action bound to its tenant (and record); returns the next state or redirects. */
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  groups: FieldGroup[];
  submitLabel: string;
  pendingLabel: string;
  /** Accessible name of the form (a heading's text). */
  label?: string;
  className?: string;
  /** Secondary style for small row forms (e.g. reject next to approve). */
  secondary?: boolean;
  /** Fields a data description cannot say (e.g. rows added on the phone), after the groups. */
  children?: ReactNode;
}

/**
 * A back-office form described as data: labelled fields, each with its hint and its error from the last
 * attempt (aria-invalid + aria-describedby), a form-level alert that takes focus after a failed attempt,
 * and the values kept. Posts without JavaScript too (the action re-renders the page with its state).
 */
export function ActionForm({ action, groups, submitLabel, pendingLabel, label, className, secondary, children }: Props) {
  const { state, formAction, pending, alertRef, onSubmit } = useActionForm(action);
  const id = useId();

  return (
    <form className={`admin-form ${className ?? ''}`} action={formAction} onSubmit={onSubmit} aria-label={label}>
      {state.status === 'error' && state.message && (
        <p ref={alertRef} tabIndex={-1} role="alert" className="alert">
          {state.message}
        </p>
      )}
      {state.status === 'ok' && state.message && (
        <p role="status" className="notice-ok">
          {state.message}
        </p>
      )}
      {state.reveal && (
        <div className="reveal" role="status">
          <p>
            <strong>{state.reveal.label}</strong>
          </p>
          <output className="secret" aria-label={state.reveal.label}>
            {state.reveal.value}
          </output>
          <p className="hint">{state.reveal.hint}</p>
        </div>
      )}
      {groups.map((group, index) =>
        group.legend ? (
          <fieldset key={index}>
            <legend>{group.legend}</legend>
            <Fields id={id} fields={group.fields} state={state} />
          </fieldset>
        ) : (
          <Fields key={index} id={id} fields={group.fields} state={state} />
        ),
      )}
      {children}
      <div className="form-actions">
        <button type="submit" className={secondary ? 'secondary' : undefined} disabled={pending} aria-busy={pending || undefined}>
          {pending ? pendingLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}

function Fields({ id, fields, state }: { id: string; fields: FieldSpec[]; state: FormState }) {
  return (
    <>
      {fields.map((field) => (
        <Field key={field.name} id={`${id}-${field.name}`} field={field} error={state.fieldErrors[field.name]} value={state.values[field.name]} />
      ))}
    </>
  );
}

function Field({ id, field, error, value }: { id: string; field: FieldSpec; error?: string; value?: string }) {
  const hintId = field.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  // A password is never written back into the page, not even after a failed attempt.
  const defaultValue = field.type === 'password' ? '' : (value ?? field.defaultValue ?? '');
  const common = { id, name: field.name, required: field.required, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy } as const;

  if (field.type === 'hidden') return <input type="hidden" name={field.name} value={field.defaultValue ?? ''} />;

  if (field.type === 'checkboxes') {
    const ticked = value !== undefined ? value.split('\n') : (field.defaultValues ?? []);
    return (
      <fieldset className="field" aria-describedby={describedBy}>
        <legend>{field.label}</legend>
        {errorId && (
          <p id={errorId} className="field-error">
            {error}
          </p>
        )}
        {field.options?.map((option) => (
          <label key={option.value} className="choice">
            <input type="checkbox" name={field.name} value={option.value} defaultChecked={ticked.includes(option.value)} />
            {option.label}
          </label>
        ))}
        {hintId && (
          <p id={hintId} className="hint">
            {field.hint}
          </p>
        )}
      </fieldset>
    );
  }

  return (
    <div className="field">
      <label htmlFor={id}>{field.label}</label>
      {field.type === 'textarea' ? (
        <textarea {...common} defaultValue={defaultValue} rows={4} placeholder={field.placeholder} />
      ) : field.type === 'select' ? (
        <select {...common} defaultValue={defaultValue}>
          {field.options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : field.type === 'file' ? (
        <input {...common} type="file" accept={field.accept} />
      ) : (
        <input
          {...common}
          type={field.type && ['url', 'email', 'password', 'number', 'date', 'time'].includes(field.type) ? field.type : 'text'}
          defaultValue={defaultValue}
          inputMode={field.inputMode}
          placeholder={field.placeholder}
          autoComplete={field.autoComplete ?? 'off'}
        />
      )}
      {errorId && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {hintId && (
        <p id={hintId} className="hint">
          {field.hint}
        </p>
      )}
    </div>
  );
}
