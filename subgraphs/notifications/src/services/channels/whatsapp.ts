/**
 * WhatsApp through Meta's Cloud API: `POST {base}/v21.0/{phone-number-id}/messages` with a bearer token and
 * `{ messaging_product: 'whatsapp', recipient_type: 'individual', to, type: 'text', text: { body, preview_url } }`,
 * answering `{ messages: [{ id: 'wamid...' }] }`. Meta delivers free-form text only inside the customer's
 * 24-hour window; outside it a business sends approved templates (issue 17 builds the conversation and its
 * templates): an error here then fails the message with Meta's reason, for an administrator to see.
 */
import { postJson } from '@webwaka/kit';
import { httpFailure, type ChannelSender, type Outgoing, type ProviderConfig, type SendResult } from './types';

export const WHATSAPP_BASE_URL = 'https://graph.facebook.com';
export const WHATSAPP_API_VERSION = 'v21.0';

export function whatsappSender(config: ProviderConfig): ChannelSender {
  const base = (config.baseUrl || WHATSAPP_BASE_URL).replace(/\/+$/, '');
  return {
    provider: 'whatsapp-cloud',
    async send(m: Outgoing): Promise<SendResult> {
      if (!config.credentials || !config.account) return { ok: false, error: 'WhatsApp needs a phone number id and an access token', permanent: true };
      const body = JSON.stringify({ messaging_product: 'whatsapp', recipient_type: 'individual', to: m.to.replace(/[^\d]/g, ''), type: 'text', text: { preview_url: true, body: m.text } });
      const res = await postJson(`${base}/${WHATSAPP_API_VERSION}/${encodeURIComponent(config.account)}/messages`, body, {
        headers: { authorization: `Bearer ${config.credentials}` },
        timeoutMs: 15_000,
      });
      if (res.status < 200 || res.status >= 300) return httpFailure(res.status, res.text);
      const id = (JSON.parse(res.text) as { messages?: { id: string }[] }).messages?.[0]?.id;
      return id ? { ok: true, providerMessageId: id } : { ok: false, error: 'No message id in the answer', permanent: false };
    },
  };
}
