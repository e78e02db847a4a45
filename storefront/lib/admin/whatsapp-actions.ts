'use server';

import { randomUUID } from 'node:crypto';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { gatewayUrl } from '../config';
import type { FormState } from './form-state';
import { adminMutate, adminQuery } from './session';
import { errorState, formValues, outcomeOf, text } from './user-errors';
import { whatsappPath, wt } from './whatsapp-messages';
import {
  AdminConversationsQuery,
  AdminRemoveWhatsappConnectionMutation,
  AdminReplyToConversationMutation,
  AdminSaveWhatsappConnectionMutation,
  AdminSetConversationHandlerMutation,
} from './whatsapp-operations';
import { chat, record, signature, simulatorAccessToken, simulatorAppSecret, simulatorPhoneNumberId, type SimulatorEntry } from './whatsapp-simulator';

// The back office's WhatsApp forms (commerce decides who may: administrators connect the number, the
// shop's administrators and staff answer), and the simulator's phone (decision 0075).

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
  };
  const outcome = outcomeOf(await adminMutate(slug, path, AdminSaveWhatsappConnectionMutation, { input }), (d) => d.saveWhatsappConnection);
  if (!outcome.ok) return errorState(outcome.userErrors, { ...values, accessToken: '', appSecret: '' });
  revalidatePath(path);
  redirect(`${path}?done=saved`);
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
  const outcome = outcomeOf(await adminMutate(slug, path, AdminReplyToConversationMutation, { id, text: String(formData.get('text') ?? ''), clientId }), (d) => d.replyToConversation);
  if (!outcome.ok) return errorState(outcome.userErrors, values);
  revalidatePath(path);
  redirect(path);
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

export type SimulatorChat = { ok: true; entries: SimulatorEntry[] } | { ok: false; message: string };

/** Only the shop's own people, and only where the API allows the simulator. */
async function allowed(slug: string): Promise<boolean> {
  try {
    return (await adminQuery(slug, AdminConversationsQuery, { handler: 'STAFF' })).whatsappSimulatorAvailable === true;
  } catch {
    return false;
  }
}

const checkWaId = (waId: string) => /^\d{6,16}$/.test(waId);

/** What the simulator's phone shows for one customer number. */
export async function simulatorChatAction(slug: string, waId: string): Promise<SimulatorChat> {
  if (!checkWaId(waId) || !(await allowed(slug))) return { ok: false, message: wt('simulator.off') };
  return { ok: true, entries: chat(simulatorPhoneNumberId(slug), waId) };
}

/**
 * The customer writes (text) or taps a button or list row (choiceId): a webhook in Meta's shape, signed with
 * the simulator's app secret, to the gateway's WhatsApp callback — as Meta would post it.
 */
export async function simulatorSendAction(slug: string, waId: string, message: { text?: string; choiceId?: string; title?: string }): Promise<SimulatorChat> {
  if (!checkWaId(waId) || !(await allowed(slug))) return { ok: false, message: wt('simulator.off') };
  const phoneNumberId = simulatorPhoneNumberId(slug);
  const id = `wamid.sim-in-${randomUUID()}`;
  const content = message.choiceId
    ? { type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: message.choiceId.slice(0, 256), title: (message.title ?? '').slice(0, 24) } } }
    : { type: 'text', text: { body: (message.text ?? '').slice(0, 4096) } };
  const inbound = { from: waId, id, timestamp: String(Math.floor(Date.now() / 1000)), ...content };
  const body = JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [{ id: 'simulator', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '2348000000000', phone_number_id: phoneNumberId }, contacts: [{ wa_id: waId, profile: { name: 'Simulator' } }], messages: [inbound] } }] }],
  });
  const res = await fetch(`${new URL(gatewayUrl()).origin}/webhooks/whatsapp`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature(phoneNumberId, body) }, body }).catch(() => null);
  if (!res?.ok) return { ok: false, message: `${res?.status ?? 'no answer'}` };
  record(phoneNumberId, { id, direction: 'in', waId, body: inbound, at: Date.now() });
  return { ok: true, entries: chat(phoneNumberId, waId) };
}
