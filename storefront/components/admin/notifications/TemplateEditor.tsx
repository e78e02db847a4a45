'use client';

import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { FormState } from '../../../lib/admin/form-state';
import type { PreviewResult } from '../../../lib/admin/notification-actions';
import { fill } from '../../../lib/fill';
import { useActionForm } from '../useActionForm';
import { HtmlFrame } from './HtmlFrame';

type Text = Record<
  | 'label'
  | 'subject'
  | 'subjectHint'
  | 'body'
  | 'bodyHint'
  | 'secretHint'
  | 'save'
  | 'saving'
  | 'previewTitle'
  | 'previewHint'
  | 'refresh'
  | 'updating'
  | 'failed'
  | 'previewSubject'
  | 'previewText'
  | 'previewHtml'
  | 'frame',
  string
>;

interface Props {
  save: (previous: FormState, formData: FormData) => Promise<FormState>;
  preview: (subject: string, body: string) => Promise<PreviewResult>;
  subject: string | null;
  withSubject: boolean;
  body: string;
  text: Text;
}

/** How long typing must pause before the preview is asked for again. */
const PREVIEW_DELAY_MS = 400;

/**
 * A template's subject and body with a live preview: each pause in typing renders the wording as typed with
 * sample details (previewNotificationTemplate, nothing saved); an HTML e-mail shows in a sandboxed frame.
 * Saving posts the form (it works without JavaScript too; the preview then needs its button).
 */
export function TemplateEditor({ save, preview, subject, withSubject, body, text }: Props) {
  const { state, formAction, pending, alertRef, onSubmit } = useActionForm(save);
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [shown, setShown] = useState<PreviewResult | null>(null);
  const [busy, setBusy] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const asked = useRef(0);

  const refresh = useCallback(async () => {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    const ticket = ++asked.current;
    setBusy(true);
    try {
      const result = await preview(String(data.get('subject') ?? ''), String(data.get('body') ?? ''));
      // Only the answer to the latest wording is shown (answers may arrive out of order).
      if (ticket === asked.current) setShown(result);
    } catch (error) {
      if (ticket === asked.current) setShown({ ok: false, message: error instanceof Error ? error.message : String(error) });
    } finally {
      if (ticket === asked.current) setBusy(false);
    }
  }, [preview]);

  useEffect(() => {
    void refresh();
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [refresh]);

  const schedule = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void refresh(), PREVIEW_DELAY_MS);
  };

  const error = (name: string) => state.fieldErrors[name];
  const describedBy = (name: string, hints: string[]) => [error(name) ? `${id}-${name}-error` : '', ...hints].filter(Boolean).join(' ') || undefined;

  return (
    <div className="template-editor">
      <form ref={formRef} className="admin-form card" action={formAction} onSubmit={onSubmit} onInput={schedule} aria-label={text.label}>
        {state.status === 'error' && state.message && (
          <p ref={alertRef} tabIndex={-1} role="alert" className="alert">
            {state.message}
          </p>
        )}
        {withSubject && (
          <div className="field">
            <label htmlFor={`${id}-subject`}>{text.subject}</label>
            <input
              id={`${id}-subject`}
              name="subject"
              type="text"
              defaultValue={state.values.subject ?? subject ?? ''}
              autoComplete="off"
              aria-invalid={error('subject') ? true : undefined}
              aria-describedby={describedBy('subject', [`${id}-subject-hint`])}
            />
            {error('subject') && (
              <p id={`${id}-subject-error`} className="field-error">
                {error('subject')}
              </p>
            )}
            <p id={`${id}-subject-hint`} className="hint">
              {text.subjectHint}
            </p>
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-body`}>{text.body}</label>
          <textarea
            id={`${id}-body`}
            name="body"
            required
            rows={12}
            defaultValue={state.values.body ?? body}
            spellCheck
            aria-invalid={error('body') ? true : undefined}
            aria-describedby={describedBy('body', [`${id}-body-hint`, text.secretHint ? `${id}-secret-hint` : ''])}
          />
          {error('body') && (
            <p id={`${id}-body-error`} className="field-error">
              {error('body')}
            </p>
          )}
          <p id={`${id}-body-hint`} className="hint">
            {text.bodyHint}
          </p>
          {text.secretHint && (
            <p id={`${id}-secret-hint`} className="hint">
              {text.secretHint}
            </p>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" disabled={pending} aria-busy={pending || undefined}>
            {pending ? text.saving : text.save}
          </button>
          <button type="button" className="secondary" onClick={() => void refresh()}>
            {text.refresh}
          </button>
        </div>
      </form>
      <section className="card" aria-labelledby={`${id}-preview-title`} data-testid="template-preview">
        <h2 id={`${id}-preview-title`}>{text.previewTitle}</h2>
        <p className="hint">{text.previewHint}</p>
        <p role="status" className="preview-status">
          {busy ? text.updating : shown && !shown.ok ? fill(text.failed, { reason: shown.message }) : ''}
        </p>
        {shown?.ok && (
          <>
            {shown.subject !== null && (
              <p>
                <strong>{text.previewSubject}:</strong> <span data-testid="preview-subject">{shown.subject}</span>
              </p>
            )}
            {shown.html ? (
              <>
                <h3>{text.previewHtml}</h3>
                <HtmlFrame html={shown.html} title={text.frame} testId="preview-html" />
              </>
            ) : null}
            <h3>{text.previewText}</h3>
            <pre className="message-body" data-testid="preview-text">
              {shown.text}
            </pre>
          </>
        )}
      </section>
    </div>
  );
}
