'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { t } from '../messages';
import type { FormState } from './form-state';
import { isChannel, isLocale, messagesPath, nt, TEMPLATE_KEY, templateEditorPath, type TemplateRef } from './notification-messages';
import {
  AdminPreviewNotificationTemplateQuery,
  AdminResetNotificationTemplateMutation,
  AdminRetryNotificationMutation,
  AdminSaveNotificationProviderMutation,
  AdminSaveNotificationTemplateMutation,
} from './notification-operations';
import { adminMutate } from './session';
import { errorState, formValues, outcomeOf, text } from './user-errors';

// The back office's Messages forms: one notifications operation each, as the signed-in user (notifications
// decides who may: the tenant's administrators). Credentials typed for a provider go to the API once and are
// never handed back to the form.

const invalid = (fieldErrors: Record<string, string>, values: Record<string, string>): FormState => ({ status: 'error', message: t('admin.error.fields'), fieldErrors, values });

/** Which template a form is about, checked (bound by the page, but an action's arguments can be forged). */
function checkedTemplate(ref: TemplateRef): { key: string; channel: 'EMAIL' | 'SMS' | 'WHATSAPP' | 'PUSH'; locale: string } {
  if (!TEMPLATE_KEY.test(ref.key) || !isChannel(ref.channel) || !isLocale(ref.locale)) throw new Error('invalid template');
  return { key: ref.key, channel: ref.channel, locale: ref.locale };
}

/** Send a FAILED or DEAD message again: queued at once (notifications refuses any other status). */
export async function retryNotificationAction(slug: string, id: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  const path = messagesPath(slug, `/${id}`);
  const outcome = outcomeOf(await adminMutate(slug, path, AdminRetryNotificationMutation, { id }), (d) => d.retryNotification);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  revalidatePath(messagesPath(slug));
  redirect(`${path}?done=retried`);
}

export type PreviewResult = { ok: true; subject: string | null; text: string; html: string | null } | { ok: false; message: string };

/** The template as typed, rendered with sample details (nothing saved): for the editor's live preview. */
export async function previewTemplateAction(slug: string, ref: TemplateRef, subject: string, body: string): Promise<PreviewResult> {
  const template = checkedTemplate(ref);
  const input = { ...template, subject: subject.trim() ? subject : null, body };
  const result = await adminMutate(slug, templateEditorPath(slug, template), AdminPreviewNotificationTemplateQuery, { input });
  const preview = result.data?.previewNotificationTemplate;
  if (!preview) return { ok: false, message: result.errors[0]?.message ?? t('admin.error.failed') };
  return { ok: true, subject: preview.subject ?? null, text: preview.text, html: preview.html ?? null };
}

/** Save the tenant's own wording of a template in one language. */
export async function saveTemplateAction(slug: string, ref: TemplateRef, _previous: FormState, formData: FormData): Promise<FormState> {
  const template = checkedTemplate(ref);
  const values = formValues(formData);
  const body = String(formData.get('body') ?? '');
  const subject = formData.has('subject') ? text(formData, 'subject') : null;
  if (!body.trim()) return invalid({ body: nt('editor.bodyMissing') }, values);
  const path = templateEditorPath(slug, template);
  const result = await adminMutate(slug, path, AdminSaveNotificationTemplateMutation, { input: { ...template, subject: subject || null, body } });
  const outcome = outcomeOf(result, (d) => d.saveNotificationTemplate);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (p === 'subject' || p === 'body' ? p : null));
  revalidatePath(messagesPath(slug, '/templates'));
  redirect(`${path}&done=saved`);
}

/** Remove the tenant's own wording: the default applies again. */
export async function resetTemplateAction(slug: string, ref: TemplateRef, _previous: FormState, _formData: FormData): Promise<FormState> {
  const template = checkedTemplate(ref);
  const path = templateEditorPath(slug, template);
  const outcome = outcomeOf(await adminMutate(slug, path, AdminResetNotificationTemplateMutation, template), (d) => d.resetNotificationTemplate);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  revalidatePath(messagesPath(slug, '/templates'));
  redirect(`${path}&done=reset`);
}

/** A channel's provider, sender and API address; credentials only when typed (empty keeps the ones set). */
export async function saveProviderAction(slug: string, channel: string, _previous: FormState, formData: FormData): Promise<FormState> {
  if (!isChannel(channel)) throw new Error('invalid channel');
  const values = formValues(formData);
  delete values.credentials;
  const provider = text(formData, 'provider');
  if (!provider) return invalid({ provider: nt('providers.providerMissing') }, values);
  const credentials = text(formData, 'credentials');
  const input = { channel, provider, senderId: text(formData, 'senderId') || null, baseUrl: text(formData, 'baseUrl') || null, ...(credentials ? { credentials } : {}) };
  const path = messagesPath(slug, '/providers');
  const result = await adminMutate(slug, path, AdminSaveNotificationProviderMutation, { input });
  const outcome = outcomeOf(result, (d) => d.saveNotificationProvider);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (['provider', 'senderId', 'baseUrl', 'credentials'].includes(p) ? p : null));
  revalidatePath(path);
  redirect(`${path}?done=provider#provider-${channel}`);
}
