import type { MessageChannel } from '@webwaka/kit';

/** One rendered message, ready for a provider. */
export interface Outgoing {
  channel: MessageChannel;
  to: string;
  fromName: string;
  subject: string | null;
  text: string;
  html: string | null;
  /** Headers of an e-mail (List-Unsubscribe for marketing). */
  headers?: Record<string, string>;
  /** Our id, for the provider's logs where it takes one. */
  messageId: string;
}

/** What a provider said: accepted (with its id), or refused, and whether trying again may help. */
export type SendResult = { ok: true; providerMessageId: string | null } | { ok: false; error: string; permanent: boolean };

/** A provider adapter: speaks one provider's documented API. */
export interface ChannelSender {
  provider: string;
  send(message: Outgoing): Promise<SendResult>;
}

/** How a tenant (or the installation) sends on a channel. */
export interface ProviderConfig {
  provider: string;
  senderId: string | null;
  baseUrl: string | null;
  /** Clear credentials (unsealed just before use): an API key, token or SMTP URL. */
  credentials: string | null;
  /** Africa's Talking's username; WhatsApp's phone number id. */
  account?: string | null;
}

/** A failure by HTTP status: 4xx (bar 408/429) will fail again the same way; the rest may pass. */
export function httpFailure(status: number, text: string): SendResult {
  const permanent = status >= 400 && status < 500 && status !== 408 && status !== 429;
  return { ok: false, error: `HTTP ${status}: ${text.slice(0, 300)}`, permanent };
}
