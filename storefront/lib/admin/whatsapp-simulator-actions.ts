'use server';

import { randomUUID } from 'node:crypto';
import { gatewayUrl } from '../config';
import { adminQuery } from './session';
import { wt } from './whatsapp-messages';
import { AdminConversationsQuery } from './whatsapp-operations';
import { chat, record, signature, simulatorPhoneNumberId, type SimulatorEntry } from './whatsapp-simulator';

// The WhatsApp simulator's phone (decision 0075): its own file, apart from the back office's forms, because
// the phone is a client component and must not pull the message catalogue into the browser's bundle.

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
