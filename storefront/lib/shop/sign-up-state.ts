/** What the sign-up action hands back to its form (shared by the server action and the client form). */
export interface SignUpState {
  status: 'idle' | 'error';
  message?: string;
  /** The field the error is about (name, email, password), when identity named one. */
  field?: string;
  /** What was typed (never the password), to refill the form. */
  values: { name: string; email: string };
}

export const initialSignUpState: SignUpState = { status: 'idle', values: { name: '', email: '' } };
