/** What the password reset and e-mail verification actions hand back to their forms (server and client). */
export interface AccountLinkState {
  status: 'idle' | 'done' | 'error';
  /** What to say: the confirmation when done, the reason when not. */
  message?: string;
  /** The field the error is about (`email`, `newPassword`, `confirm`), when it is about one. */
  field?: string;
  /** The address typed, kept after a failed attempt. */
  email?: string;
}

export const initialAccountLinkState: AccountLinkState = { status: 'idle' };
