/** What the sign-in action hands back to the form (shared by server action and client component). */
export interface SignInState {
  status: 'idle' | 'error';
  /** Stable error code (INVALID_CREDENTIALS, TWO_FACTOR_REQUIRED, …) when status is "error". */
  code?: string;
  /** Human-readable message for the alert. */
  message?: string;
  /** Email to prefill after a failed attempt. */
  email: string;
  /** Show the authentication-code field. */
  twoFactorRequired: boolean;
}

export const initialSignInState: SignInState = { status: 'idle', email: '', twoFactorRequired: false };
