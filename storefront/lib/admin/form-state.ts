// What back-office form actions hand back to their form (shared by server actions and the client form).

export interface FormState {
  status: 'idle' | 'error' | 'ok';
  /** A message for the whole form (an alert on error, a status line on success). */
  message?: string;
  /** Messages by field name, shown next to the field (aria-describedby, aria-invalid). */
  fieldErrors: Record<string, string>;
  /** What was submitted, to refill the form after an error (never passwords). */
  values: Record<string, string>;
  /** Something to show once, e.g. a new API key's secret. */
  reveal?: { label: string; value: string; hint: string };
}

export const initialFormState: FormState = { status: 'idle', fieldErrors: {}, values: {} };

/** One field of a generic back-office form, as plain data (server components describe, the client renders). */
export interface FieldSpec {
  name: string;
  label: string;
  type?: 'text' | 'textarea' | 'select' | 'number' | 'url' | 'email' | 'password' | 'date' | 'time' | 'checkboxes' | 'hidden' | 'file';
  /** For files: the types offered (e.g. `image/*`: phones offer the camera and the gallery). */
  accept?: string;
  defaultValue?: string;
  hint?: string;
  required?: boolean;
  placeholder?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  options?: { value: string; label: string }[];
  /** For checkboxes: the values ticked at first. */
  defaultValues?: string[];
  autoComplete?: string;
}

export interface FieldGroup {
  legend?: string;
  fields: FieldSpec[];
}
