'use server';

import { redirect } from 'next/navigation';
import { adminBase } from './admin/access';
import { gatewayRequest, GatewayUnavailableError } from './gateway';
import { hasMessage, t } from './messages';
import { RequestPasswordResetMutation, ResendEmailVerificationMutation, ResetPasswordMutation, VerifyEmailMutation } from './account-link-operations';
import type { AccountLinkState } from './account-link-state';
import { forwardedFor } from './request';
import { endSession } from './session';
import { shopRequest } from './shop/shopper';
import { storeBase } from './site';
import { SLUG_PATTERN } from './slug';

// Server actions of the password reset and e-mail verification pages (issue 15, decision 0056). `surface`
// says whose pages these are: the shop's (`kind` s or m) or the back office's (`kind` admin).

export type LinkSurface = 's' | 'm' | 'admin';

function check(surface: unknown, slug: unknown): { surface: LinkSurface; slug: string } {
  if ((surface !== 's' && surface !== 'm' && surface !== 'admin') || typeof slug !== 'string' || !SLUG_PATTERN.test(slug)) throw new Error('invalid storefront');
  return { surface, slug };
}

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

type Failure = { code: string; message?: string | null; field?: readonly string[] | null };

/** Our wording for an identity error code (`accountLink.error.<CODE>`), else identity's own message. */
function failed(error: Failure, email?: string): AccountLinkState {
  const key = `accountLink.error.${error.code}`;
  const message = hasMessage(key) ? t(key) : error.message || t('accountLink.error.UNKNOWN');
  return { status: 'error', message, field: error.field?.at(-1) ?? undefined, email };
}

/** The first userError, or the GraphQL error, of a result with no usable payload. */
function problemOf(payload: { userErrors: readonly Failure[] } | null | undefined, errors: readonly { message: string; extensions?: { code?: unknown } }[]): Failure | null {
  if (payload && payload.userErrors.length === 0) return null;
  if (payload) return payload.userErrors[0];
  const code = errors[0]?.extensions?.code;
  return { code: typeof code === 'string' ? code : 'UNKNOWN', message: errors[0]?.message };
}

const unavailable = (email?: string): AccountLinkState => ({ status: 'error', message: t('error.UNAVAILABLE'), email });

/** "Forgot password?": asks identity to mail a reset link. The answer is the same for every address. */
export async function requestPasswordReset(surface: LinkSurface, slug: string, _previous: AccountLinkState, formData: FormData): Promise<AccountLinkState> {
  const target = check(surface, slug);
  const email = field(formData, 'email').trim();
  if (!email) return { status: 'error', message: t('accountLink.forgot.missing'), field: 'email', email };
  let result;
  try {
    result = await gatewayRequest(
      RequestPasswordResetMutation,
      { email, from: target.surface === 'admin' ? 'BACK_OFFICE' : 'SHOP' },
      { tenant: target.slug, forwardedFor: await forwardedFor() },
    );
  } catch (error) {
    if (error instanceof GatewayUnavailableError) return unavailable(email);
    throw error;
  }
  const problem = problemOf(result.data?.requestPasswordReset, result.errors);
  if (problem) return failed(problem, email);
  return { status: 'done', message: t('accountLink.forgot.sent', { email }), email };
}

/**
 * Sets the new password with the link's token; on success this browser's session here ends too (identity
 * ended them all) and the person signs in with the new password.
 */
export async function resetPassword(surface: LinkSurface, slug: string, token: string, _previous: AccountLinkState, formData: FormData): Promise<AccountLinkState> {
  const target = check(surface, slug);
  const newPassword = field(formData, 'newPassword');
  if (!newPassword) return { status: 'error', message: t('accountLink.reset.missing'), field: 'newPassword' };
  if (newPassword !== field(formData, 'confirm')) return { status: 'error', message: t('accountLink.reset.mismatch'), field: 'confirm' };
  let result;
  try {
    result = await gatewayRequest(ResetPasswordMutation, { token, newPassword }, { tenant: target.slug, forwardedFor: await forwardedFor() });
  } catch (error) {
    if (error instanceof GatewayUnavailableError) return unavailable();
    throw error;
  }
  const problem = problemOf(result.data?.resetPassword, result.errors);
  if (problem) return failed(problem);
  await endSession(target.slug);
  const base = target.surface === 'admin' ? adminBase(target.slug) : await storeBase(target.surface, target.slug);
  redirect(`${base}/sign-in?reset=1`);
}

/** Confirms the address with the verification link's token (a button, so that mail scanners opening links do not). */
export async function verifyEmail(surface: LinkSurface, slug: string, token: string, _previous: AccountLinkState, _formData: FormData): Promise<AccountLinkState> {
  const target = check(surface, slug);
  let result;
  try {
    result = await gatewayRequest(VerifyEmailMutation, { token }, { tenant: target.slug, forwardedFor: await forwardedFor() });
  } catch (error) {
    if (error instanceof GatewayUnavailableError) return unavailable();
    throw error;
  }
  const problem = problemOf(result.data?.verifyEmail, result.errors);
  if (problem) return failed(problem);
  return { status: 'done', message: t('accountLink.verify.done', { email: result.data?.verifyEmail?.email ?? '' }) };
}

/** Mails the signed-in customer a new verification link. */
export async function resendEmailVerification(surface: LinkSurface, slug: string, _previous: AccountLinkState, _formData: FormData): Promise<AccountLinkState> {
  const target = check(surface, slug);
  let result;
  try {
    result = await shopRequest(target.slug, ResendEmailVerificationMutation, { from: target.surface === 'admin' ? 'BACK_OFFICE' : 'SHOP' });
  } catch (error) {
    if (error instanceof GatewayUnavailableError) return unavailable();
    throw error;
  }
  const problem = problemOf(result.data?.resendEmailVerification, result.errors);
  if (problem) return failed(problem);
  return { status: 'done', message: t(result.data?.resendEmailVerification?.sent ? 'accountLink.resend.sent' : 'accountLink.resend.already') };
}
