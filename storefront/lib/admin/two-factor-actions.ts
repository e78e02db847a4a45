'use server';

import QRCode from 'qrcode';
import type { AdminUserErrorFragment } from '../../gql/graphql';
import { t } from '../messages';
import { saveSession } from '../session';
import { adminBase } from './access';
import {
  AdminBeginTwoFactorMutation,
  AdminBeginTwoFactorResetMutation,
  AdminConfirmTwoFactorMutation,
  AdminConfirmTwoFactorResetMutation,
} from './account-operations';
import { adminMutate } from './session';
import type { TwoFactorState } from './two-factor-state';
import { outcomeOf, text } from './user-errors';

const accountPath = (slug: string) => `${adminBase(slug)}/account`;

/** The otpauth URL as a QR code: an SVG data URL made here, so the secret never goes to another service. */
async function qrFor(otpauthUrl: string): Promise<string> {
  const svg = await QRCode.toString(otpauthUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

function failed(errors: AdminUserErrorFragment[], keep: TwoFactorState): TwoFactorState {
  const first = errors[0];
  const field = first?.field?.[first.field.length - 1] ?? undefined;
  const message = first?.code === 'TWO_FACTOR_INVALID' ? t('admin.account.codeInvalid') : (first?.message ?? t('admin.error.failed'));
  return { ...keep, error: message, errorField: field === 'password' || field === 'code' ? field : undefined };
}

/**
 * One action for every step of enrolment (`mode` enrol: a user without two-factor) and reset (`mode`
 * reset: password and a current code or backup code first). Steps: begin → scan (QR code and secret) →
 * confirm a code → backup codes, shown once. Confirming re-issues the session with the second factor
 * verified, so an administrator's pages work at once. Works without JavaScript (the page re-renders with
 * the returned state; the scan step carries what it shows in hidden fields, the secret only as the reset's
 * sealed token is trusted).
 */
export async function twoFactorAction(slug: string, mode: 'enrol' | 'reset', _previous: TwoFactorState, formData: FormData): Promise<TwoFactorState> {
  const path = accountPath(slug);
  const intent = text(formData, 'intent');
  if (intent === 'confirm') {
    const code = text(formData, 'code').replace(/\s+/g, '');
    const otpauthUrl = text(formData, 'otpauthUrl');
    const resetToken = text(formData, 'resetToken');
    const scan: TwoFactorState = { step: 'scan', secret: text(formData, 'secret'), otpauthUrl, qr: otpauthUrl ? await qrFor(otpauthUrl) : undefined, resetToken: resetToken || undefined };
    if (!/^\d{6}$/.test(code)) return { ...scan, error: t('admin.account.codeInvalid'), errorField: 'code' };
    if (mode === 'reset') {
      const result = await adminMutate(slug, path, AdminConfirmTwoFactorResetMutation, { resetToken, code });
      const outcome = outcomeOf(result, (d) => d.confirmTwoFactorReset);
      const done = result.data?.confirmTwoFactorReset;
      if (!outcome.ok || !done?.session || !done.backupCodes) return failed(outcome.userErrors, scan);
      await saveSession(slug, done.session);
      return { step: 'codes', backupCodes: done.backupCodes };
    }
    const result = await adminMutate(slug, path, AdminConfirmTwoFactorMutation, { code });
    const outcome = outcomeOf(result, (d) => d.confirmTwoFactorEnrollment);
    const done = result.data?.confirmTwoFactorEnrollment;
    if (!outcome.ok || !done?.session || !done.backupCodes) return failed(outcome.userErrors, scan);
    await saveSession(slug, done.session);
    return { step: 'codes', backupCodes: done.backupCodes };
  }

  if (mode === 'reset') {
    const password = typeof formData.get('password') === 'string' ? (formData.get('password') as string) : '';
    const code = text(formData, 'code').replace(/\s+/g, '');
    if (!password || !code) return { step: 'start', error: t('admin.account.resetMissing') };
    const result = await adminMutate(slug, path, AdminBeginTwoFactorResetMutation, { password, code });
    const outcome = outcomeOf(result, (d) => d.beginTwoFactorReset);
    const begun = result.data?.beginTwoFactorReset;
    if (!outcome.ok || !begun?.secret || !begun.otpauthUrl || !begun.resetToken) return failed(outcome.userErrors, { step: 'start' });
    return { step: 'scan', secret: begun.secret, otpauthUrl: begun.otpauthUrl, qr: await qrFor(begun.otpauthUrl), resetToken: begun.resetToken };
  }
  const result = await adminMutate(slug, path, AdminBeginTwoFactorMutation, {});
  const outcome = outcomeOf(result, (d) => d.beginTwoFactorEnrollment);
  const begun = result.data?.beginTwoFactorEnrollment;
  if (!outcome.ok || !begun?.secret || !begun.otpauthUrl) return failed(outcome.userErrors, { step: 'start' });
  return { step: 'scan', secret: begun.secret, otpauthUrl: begun.otpauthUrl, qr: await qrFor(begun.otpauthUrl) };
}
