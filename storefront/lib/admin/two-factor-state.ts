// What the two-factor actions hand back to their form (shared by the server actions and the client form).

export interface TwoFactorState {
  /** start: nothing yet (or the reset's password step); scan: a new secret to add; codes: done, backup codes shown once. */
  step: 'start' | 'scan' | 'codes';
  /** A message for the form after a failed attempt. */
  error?: string;
  /** The field the error is about (password or code). */
  errorField?: string;
  /** The new secret, for manual entry, and its QR code as an SVG data URL (rendered on the server). */
  secret?: string;
  otpauthUrl?: string;
  qr?: string;
  /** A reset's sealed token (the new secret waits in it until a code from it is confirmed). */
  resetToken?: string;
  backupCodes?: string[];
}

export const initialTwoFactorState: TwoFactorState = { step: 'start' };
