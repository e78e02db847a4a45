'use server';

import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { FormState } from './form-state';
import { adminMutate } from './session';
import { errorState, formValues, outcomeOf, text } from './user-errors';
import { whatsappPath, wt } from './whatsapp-messages';
import {
  AdminEraseWhatsappConversationMutation,
  AdminRemoveWhatsappConnectionMutation,
  AdminReplyToConversationMutation,
  AdminSaveWhatsappConnectionMutation,
  AdminSetConversationHandlerMutation,
} from './whatsapp-operations';
import { simulatorAccessToken, simulatorAppSecret, simulatorPhoneNumberId } from './whatsapp-simulator';

// The back office's WhatsApp forms (commerce decides who may: administrators connect the number, the
// shop's administrators and staff answer); the simulator's phone is whatsapp-simulator-actions.ts (decision 0075).

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function saveConnectionAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const path = whatsappPath(slug, '/settings');
  const input = {
    phoneNumberId: text(formData, 'phoneNumberId'),
    displayPhoneNumber: text(formData, 'displayPhoneNumber'),
    accessToken: text(formData, 'accessToken') || null,
    appSecret: text(formData, 'appSecret') || null,
    baseUrl: text(formData, 'baseUrl') || null,
    // One template per line: its name, then optionally its language and its number of body variables; an empty box clears the list.
    templates: templateLines(String(formData.get('approvedTemplates') ?? '')),
    templateLanguage: text(formData, 'templateLanguage') || null,
  };
  const outcome = outcomeOf(await adminMutate(slug, path, AdminSaveWhatsappConnectionMutation, { input }), (d) => d.saveWhatsappConnection);
  if (!outcome.ok) return errorState(outcome.userErrors, { ...values, accessToken: '', appSecret: '' }, (p) => (p.startsWith('templates') ? 'approvedTemplates' : p));
  revalidatePath(path);
  redirect(`${path}?done=saved`);
}

/** "order_update en_US 2" → { name, language, bodyVariables }; a line of words the API checks (a bad count is sent as is). */
function templateLines(raw: string) {
  return raw
    .split(/\r?\n/)
    .map((line) => line.trim().split(/[\s,]+/).filter(Boolean))
    .filter((words) => words.length > 0)
    .map(([name, ...rest]) => {
      const count = rest.find((w) => /^-?\d+$/.test(w));
      const language = rest.find((w) => !/^-?\d+$/.test(w));
      return { name: name!, language: language ?? null, bodyVariables: count === undefined ? 0 : Number(count) };
    });
}

export async function removeConnectionAction(slug: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  const path = whatsappPath(slug, '/settings');
  const outcome = outcomeOf(await adminMutate(slug, path, AdminRemoveWhatsappConnectionMutation, {}), (d) => d.removeWhatsappConnection);
  if (!outcome.ok) return errorState(outcome.userErrors, {});
  revalidatePath(path);
  redirect(path);
}

export async function replyAction(slug: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  if (!UUID.test(id)) throw new Error('invalid conversation');
  const path = whatsappPath(slug, `/${id}`);
  const values = formValues(formData);
  const clientId = /^[\w-]{8,64}$/.test(text(formData, 'clientId')) ? text(formData, 'clientId') : randomUUID();
  const template = text(formData, 'template') || null;
  // The template's values, {{1}} first (fields templateParameter.0, .1, …).
  const templateParameters = [...formData.keys()].filter((k) => /^templateParameter\.\d+$/.test(k)).sort((a, b) => Number(a.split('.')[1]) - Number(b.split('.')[1])).map((k) => String(formData.get(k) ?? ''));
  const reply = template ? { template, templateParameters } : { text: String(formData.get('text') ?? '') };
  const outcome = outcomeOf(await adminMutate(slug, path, AdminReplyToConversationMutation, { id, ...reply, clientId }), (d) => d.replyToConversation);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (/^templateParameters\.\d+$/.test(p) ? p.replace('templateParameters', 'templateParameter') : p));
  revalidatePath(path);
  redirect(path);
}

/** Erases the shop's conversation with a number on the person's request (decision 0085), once ticked to confirm. */
export async function eraseConversationAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const path = whatsappPath(slug, '/privacy');
  const values = formValues(formData);
  if (formData.get('confirm') !== 'yes') return { status: 'error', message: wt('privacy.confirmNeeded'), fieldErrors: { confirm: wt('privacy.confirmNeeded') }, values };
  const result = await adminMutate(slug, path, AdminEraseWhatsappConversationMutation, { phone: text(formData, 'phone') });
  const outcome = outcomeOf(result, (d) => d.eraseWhatsappConversation);
  if (!outcome.ok) return errorState(outcome.userErrors, values);
  redirect(`${path}?done=${result.data?.eraseWhatsappConversation.erased ? 'erased' : 'none'}`);
}

export async function handlerAction(slug: string, id: string, handler: 'BOT' | 'STAFF', _previous: FormState, _formData: FormData): Promise<FormState> {
  if (!UUID.test(id) || !['BOT', 'STAFF'].includes(handler)) throw new Error('invalid conversation');
  const path = whatsappPath(slug, `/${id}`);
  const outcome = outcomeOf(await adminMutate(slug, path, AdminSetConversationHandlerMutation, { id, handler }), (d) => d.setConversationHandler);
  if (!outcome.ok) return errorState(outcome.userErrors, {});
  revalidatePath(path);
  redirect(path);
}

/** Makes the simulator the shop's WhatsApp number: its Cloud API address is this storefront's simulator route. */
export async function connectSimulatorAction(slug: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  const path = whatsappPath(slug, '/simulator');
  const host = (await headers()).get('host') ?? '';
  const phoneNumberId = simulatorPhoneNumberId(slug);
  const input = {
    phoneNumberId,
    displayPhoneNumber: '+234 800 000 0000',
    accessToken: simulatorAccessToken(phoneNumberId),
    appSecret: simulatorAppSecret(phoneNumberId),
    baseUrl: `http://${host}/whatsapp-simulator`,
  };
  const outcome = outcomeOf(await adminMutate(slug, path, AdminSaveWhatsappConnectionMutation, { input }), (d) => d.saveWhatsappConnection);
  if (!outcome.ok) return errorState(outcome.userErrors, {});
  revalidatePath(path);
  redirect(path);
}
