import type { MessageKey } from './messages';

// The strings of the password reset and e-mail verification forms (client components get them as props,
// picked with client-text's `textFor`; this file is plain data, so no catalogue reaches the browser).

export const FORGOT_PASSWORD_TEXT = ['accountLink.forgot.email', 'accountLink.forgot.submit', 'accountLink.forgot.submitting'] as const satisfies readonly MessageKey[];
export const RESET_PASSWORD_TEXT = [
  'accountLink.reset.newPassword',
  'accountLink.reset.confirm',
  'accountLink.reset.hint',
  'accountLink.reset.submit',
  'accountLink.reset.submitting',
] as const satisfies readonly MessageKey[];
export const VERIFY_EMAIL_TEXT = ['accountLink.verify.submit', 'accountLink.verify.submitting'] as const satisfies readonly MessageKey[];
export const RESEND_VERIFICATION_TEXT = ['accountLink.resend.submit', 'accountLink.resend.submitting'] as const satisfies readonly MessageKey[];
