'use server';

import { redirect } from 'next/navigation';
import { GatewayUnavailableError } from '../gateway';
import { endSession } from '../session';
import { storeBase } from '../site';
import { SLUG_PATTERN } from '../slug';
import type { StorefrontKind } from '../tenant-kind';
import { CloseMyAccountMutation, RequestAccountCodeMutation } from './phone-sign-in-operations';
import { shopRequest } from './shopper';

// "Close my account" at a shop (decision 0079): a plain form posting here, so it works without JavaScript.
// `send` texts a code to the account's own number (phone-only accounts); `close` closes the account with
// the password or that code, then clears this shop's session cookies (identity has ended every session).

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

const problemOf = (payload: { userErrors: readonly { code: string }[] } | null | undefined, errors: readonly { extensions?: { code?: unknown } }[]): string | null => {
  if (payload) return payload.userErrors[0]?.code ?? null;
  const code = errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : 'UNKNOWN';
};

export async function closeAccount(kind: StorefrontKind, slug: string, formData: FormData): Promise<void> {
  if ((kind !== 's' && kind !== 'm') || !SLUG_PATTERN.test(slug)) throw new Error('invalid storefront');
  const page = `${await storeBase(kind, slug)}/account/close`;
  const intent = field(formData, 'intent');
  if (intent === 'send') {
    let problem: string | null;
    let sentTo: string | null = null;
    try {
      const r = await shopRequest(slug, RequestAccountCodeMutation, {});
      problem = problemOf(r.data?.requestAccountCode, r.errors);
      sentTo = r.data?.requestAccountCode.sentTo ?? null;
    } catch (error) {
      if (!(error instanceof GatewayUnavailableError)) throw error;
      problem = 'UNAVAILABLE';
    }
    redirect(problem || !sentTo ? `${page}?error=${problem ?? 'UNKNOWN'}` : `${page}?sent=${encodeURIComponent(sentTo)}`);
  }
  const password = field(formData, 'password');
  const code = field(formData, 'code').replace(/\s+/g, '');
  let problem: string | null;
  let purgeAfter: string | null = null;
  try {
    const r = await shopRequest(slug, CloseMyAccountMutation, { ...(password ? { password } : {}), ...(code ? { code } : {}) });
    problem = problemOf(r.data?.requestAccountDeletion, r.errors);
    purgeAfter = (r.data?.requestAccountDeletion.purgeAfter as string | null | undefined) ?? null;
  } catch (error) {
    if (!(error instanceof GatewayUnavailableError)) throw error;
    problem = 'UNAVAILABLE';
  }
  if (problem) redirect(`${page}?error=${problem}${code ? '&sent=1' : ''}`);
  await endSession(slug);
  redirect(`${page}?closed=${encodeURIComponent(purgeAfter ?? '')}`);
}
