'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { Role } from '../../gql/graphql';
import { gatewayRequest } from '../gateway';
import { t } from '../messages';
import { forwardedFor } from '../request';
import { absoluteUrl } from '../site';
import { SLUG_PATTERN } from '../slug';
import { adminBase, sectionPath } from './access';
import type { FormState } from './form-state';
import { AcceptInvitationMutation, AdminInviteMemberMutation, AdminRevokeInvitationMutation } from './invitation-operations';
import { ROLE_ORDER } from './members';
import { adminMutate } from './session';
import { errorState, formValues, outcomeOf, text } from './user-errors';

const membersPath = (slug: string) => sectionPath(slug, 'members');
/** The invitation page of a link's token (the token is the secret: nothing else in the link matters). */
const invitationPath = (slug: string, token: string) => `${adminBase(slug)}/invite/${encodeURIComponent(token)}`;

/**
 * Invite an address to a role: identity answers with the link's token, shown once here for the inviter to
 * pass on (until the platform sends mail, issue 15, this is how the link reaches the invitee).
 */
export async function inviteMemberAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const email = text(formData, 'email');
  const role = text(formData, 'role') as Role;
  const errors: Record<string, string> = {};
  if (!email) errors.email = t('admin.members.invalid.email');
  if (!ROLE_ORDER.includes(role)) errors.role = t('admin.members.invalid.role');
  if (Object.keys(errors).length > 0) return { status: 'error', message: t('admin.error.fields'), fieldErrors: errors, values };
  const result = await adminMutate(slug, membersPath(slug), AdminInviteMemberMutation, { email, role });
  const outcome = outcomeOf(result, (d) => d.inviteMember);
  const token = result.data?.inviteMember.token;
  if (!outcome.ok || !token) return errorState(outcome.userErrors, values, (p) => (p === 'email' || p === 'role' ? p : null));
  revalidatePath(membersPath(slug));
  return {
    status: 'ok',
    message: t('admin.invitations.sent', { email: email.toLowerCase() }),
    fieldErrors: {},
    values: {},
    reveal: { label: t('admin.invitations.link'), value: await absoluteUrl(invitationPath(slug, token)), hint: t('admin.invitations.linkHint') },
  };
}

export async function revokeInvitationAction(slug: string, id: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  const outcome = outcomeOf(await adminMutate(slug, membersPath(slug), AdminRevokeInvitationMutation, { id }), (d) => d.revokeInvitation);
  if (!outcome.ok) return { status: 'error', message: outcome.userErrors.map((e) => e.message).join(' '), fieldErrors: {}, values: {} };
  redirect(`${membersPath(slug)}?done=invitationRevoked`);
}

/**
 * Accept an invitation (signed out): identity checks the existing account's password or opens the account,
 * then the invitee signs in as usual (administrators enrol their second factor there).
 */
export async function acceptInvitationAction(slug: string, token: string, _previous: FormState, formData: FormData): Promise<FormState> {
  if (!SLUG_PATTERN.test(slug)) throw new Error('invalid tenant');
  const { password: _password, confirm: _confirm, ...values } = formValues(formData);
  const password = typeof formData.get('password') === 'string' ? String(formData.get('password')) : '';
  const confirm = formData.get('confirm');
  const name = text(formData, 'name');
  if (!password) return { status: 'error', message: t('admin.error.fields'), fieldErrors: { password: t('admin.invitations.invalid.password') }, values };
  if (confirm !== null && confirm !== password) return { status: 'error', message: t('admin.error.fields'), fieldErrors: { confirm: t('admin.invitations.invalid.confirm') }, values };
  const result = await gatewayRequest(AcceptInvitationMutation, { input: { token, password, name: name || null } }, { tenant: slug, forwardedFor: await forwardedFor() });
  const outcome = outcomeOf(result, (d) => d.acceptInvitation);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (p === 'password' || p === 'name' ? p : null));
  redirect(`${adminBase(slug)}/sign-in?joined=1`);
}
