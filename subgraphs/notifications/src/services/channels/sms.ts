/**
 * SMS through Nigerian providers, by their documented HTTP APIs:
 * - Termii: `POST {base}/api/sms/send`, JSON `{ api_key, to, from, sms, type: 'plain', channel: 'generic' }`
 *   (`to` in international form without '+'), answering `{ message_id, message, balance, user }`.
 * - Africa's Talking: `POST {base}/version1/messaging`, form-encoded `username, to, message, from`, header
 *   `apiKey`, answering `{ SMSMessageData: { Recipients: [{ statusCode, number, status, messageId }] } }`
 *   where statusCode 100–102 means accepted.
 * The sandbox answers both at its own base URL; nothing here knows the difference.
 */
import { postJson } from '@webwaka/kit';
import { httpFailure, type ChannelSender, type Outgoing, type ProviderConfig, type SendResult } from './types';

export const TERMII_BASE_URL = 'https://api.ng.termii.com';
export const AFRICASTALKING_BASE_URL = 'https://api.africastalking.com';
const TIMEOUT_MS = 15_000;

const digits = (phone: string) => phone.replace(/[^\d]/g, '');

export function termiiSender(config: ProviderConfig): ChannelSender {
  const base = (config.baseUrl || TERMII_BASE_URL).replace(/\/+$/, '');
  return {
    provider: 'termii',
    async send(m: Outgoing): Promise<SendResult> {
      if (!config.credentials) return { ok: false, error: 'Termii needs an API key', permanent: true };
      const body = JSON.stringify({ api_key: config.credentials, to: digits(m.to), from: config.senderId || 'WebWaka', sms: m.text, type: 'plain', channel: 'generic' });
      const res = await postJson(`${base}/api/sms/send`, body, { timeoutMs: TIMEOUT_MS });
      if (res.status < 200 || res.status >= 300) return httpFailure(res.status, res.text);
      const answer = JSON.parse(res.text) as { message_id?: string; message?: string };
      return answer.message_id ? { ok: true, providerMessageId: String(answer.message_id) } : { ok: false, error: String(answer.message ?? 'no message id'), permanent: false };
    },
  };
}

export function africasTalkingSender(config: ProviderConfig): ChannelSender {
  const base = (config.baseUrl || AFRICASTALKING_BASE_URL).replace(/\/+$/, '');
  return {
    provider: 'africastalking',
    async send(m: Outgoing): Promise<SendResult> {
      if (!config.credentials || !config.account) return { ok: false, error: "Africa's Talking needs a username and an API key", permanent: true };
      const form = new URLSearchParams({ username: config.account, to: `+${digits(m.to)}`, message: m.text, ...(config.senderId ? { from: config.senderId } : {}) });
      const res = await postJson(`${base}/version1/messaging`, form.toString(), {
        headers: { apiKey: config.credentials, accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
        timeoutMs: TIMEOUT_MS,
      });
      if (res.status < 200 || res.status >= 300) return httpFailure(res.status, res.text);
      const text = res.text;
      const recipient = (JSON.parse(text) as { SMSMessageData?: { Recipients?: { statusCode: number; status: string; messageId: string }[] } }).SMSMessageData?.Recipients?.[0];
      if (!recipient) return { ok: false, error: 'No recipient in the answer', permanent: false };
      if (recipient.statusCode >= 100 && recipient.statusCode <= 102) return { ok: true, providerMessageId: recipient.messageId };
      // 403 invalid number, 404 unsupported type, 406 blacklisted: final. The rest (balance, gateway) may pass.
      return { ok: false, error: `${recipient.statusCode} ${recipient.status}`, permanent: [402, 403, 404, 406].includes(recipient.statusCode) };
    },
  };
}
