'use client';

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import { initialFormState, type FormState } from '../../lib/admin/form-state';

/**
 * A back-office form's state from its server action: the form-level alert takes focus after a failed
 * attempt, and with JavaScript the form submits through a transition so React does not reset it after a
 * failed attempt (without JavaScript it posts to `formAction`).
 */
export function useActionForm(action: (previous: FormState, formData: FormData) => Promise<FormState>) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const alertRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (state.status === 'error') alertRef.current?.focus();
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  return { state, formAction, pending, alertRef, onSubmit };
}
