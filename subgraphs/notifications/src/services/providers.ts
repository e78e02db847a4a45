/**
 * Which provider carries a tenant's messages on a channel. A tenant's own (MessageProvider, its credentials
 * sealed) wins; otherwise the installation's: SMTP_URL for e-mail, SMS_PROVIDER (termii | africastalking)
 * with SMS_API_KEY / SMS_USERNAME / SMS_SENDER_ID / SMS_BASE_URL, WHATSAPP_ACCESS_TOKEN with
 * WHATSAPP_PHONE_NUMBER_ID / WHATSAPP_BASE_URL. Where none is configured the local sandbox carries it
 * (the embedded default): the adapters are the same, only the base URL differs. Push goes to each browser's
 * own push service, signed with the installation's VAPID key (decision 0063): no tenant setting.
 */
import { decryptSecret, DomainError, encryptSecret, ErrorCode, type MessageChannel } from '@webwaka/kit';
import type { Db } from './context';
import { emailSender } from './channels/email';
import { africasTalkingSender, termiiSender } from './channels/sms';
import type { ChannelSender, ProviderConfig } from './channels/types';
import { vapidKeys, webpushSender } from './channels/webpush';
import { whatsappSender } from './channels/whatsapp';

/** The channels messages are sent on (PUSH to the browsers a user subscribed: decision 0063). */
export const SENDABLE: readonly MessageChannel[] = ['EMAIL', 'SMS', 'WHATSAPP', 'PUSH'];

export const PROVIDERS_BY_CHANNEL: Record<MessageChannel, readonly string[]> = {
  EMAIL: ['smtp', 'sandbox'],
  SMS: ['termii', 'africastalking', 'sandbox'],
  WHATSAPP: ['whatsapp-cloud', 'sandbox'],
  PUSH: ['webpush'],
};

/** Where the local sandbox listens, once it does (set by the server that started it, or SANDBOX_* in the environment). */
let sandbox: { smtpUrl: string; httpUrl: string } | null = null;
export function useSandbox(urls: { smtpUrl: string; httpUrl: string } | null): void {
  sandbox = urls;
}
export function sandboxUrls(): { smtpUrl: string; httpUrl: string } | null {
  if (sandbox) return sandbox;
  const { SANDBOX_SMTP_URL, SANDBOX_HTTP_URL } = process.env;
  return SANDBOX_SMTP_URL && SANDBOX_HTTP_URL ? { smtpUrl: SANDBOX_SMTP_URL, httpUrl: SANDBOX_HTTP_URL } : null;
}

export interface ResolvedProvider extends ProviderConfig {
  /** Whether the local sandbox carries it. */
  sandbox: boolean;
  /** Whether it is the tenant's own (false: the installation's). */
  own: boolean;
}

function sandboxConfig(channel: MessageChannel): ResolvedProvider | null {
  const urls = sandboxUrls();
  if (!urls) return null;
  if (channel === 'EMAIL') return { provider: 'smtp', senderId: null, baseUrl: null, credentials: urls.smtpUrl, sandbox: true, own: false };
  if (channel === 'SMS') return { provider: 'termii', senderId: 'WebWaka', baseUrl: `${urls.httpUrl}/termii`, credentials: 'sandbox', sandbox: true, own: false };
  if (channel === 'WHATSAPP') return { provider: 'whatsapp-cloud', senderId: 'sandbox', account: 'sandbox', baseUrl: `${urls.httpUrl}/whatsapp`, credentials: 'sandbox', sandbox: true, own: false };
  return null;
}

function installationConfig(channel: MessageChannel, env = process.env): ResolvedProvider | null {
  if (channel === 'EMAIL' && env.SMTP_URL) return { provider: 'smtp', senderId: env.MAIL_FROM ?? null, baseUrl: null, credentials: env.SMTP_URL, sandbox: false, own: false };
  if (channel === 'SMS' && env.SMS_PROVIDER && env.SMS_API_KEY) {
    return { provider: env.SMS_PROVIDER, senderId: env.SMS_SENDER_ID ?? null, baseUrl: env.SMS_BASE_URL ?? null, credentials: env.SMS_API_KEY, account: env.SMS_USERNAME ?? null, sandbox: false, own: false };
  }
  if (channel === 'WHATSAPP' && env.WHATSAPP_ACCESS_TOKEN && env.WHATSAPP_PHONE_NUMBER_ID) {
    return { provider: 'whatsapp-cloud', senderId: env.WHATSAPP_PHONE_NUMBER_ID, account: env.WHATSAPP_PHONE_NUMBER_ID, baseUrl: env.WHATSAPP_BASE_URL ?? null, credentials: env.WHATSAPP_ACCESS_TOKEN, sandbox: false, own: false };
  }
  return sandboxConfig(channel);
}

/** The provider a tenant's messages on a channel go through now, or null when the channel has none. */
export async function providerFor(db: Db, tenantId: string, channel: MessageChannel): Promise<ResolvedProvider | null> {
  if (channel === 'PUSH') {
    const keys = await vapidKeys(db);
    const local = sandboxUrls();
    return { provider: 'webpush', senderId: keys.subject, baseUrl: local ? `${local.httpUrl}/push/` : null, credentials: keys.privateKey, account: keys.publicKey, sandbox: false, own: false };
  }
  const row = await db.messageProvider.findUnique({ where: { tenantId_channel: { tenantId, channel } } });
  if (!row || row.provider === 'sandbox') return row?.provider === 'sandbox' ? sandboxConfig(channel) : installationConfig(channel);
  const credentials = row.credentialsSealed ? decryptSecret(row.credentialsSealed) : null;
  // Africa's Talking's credentials are "username:apiKey"; WhatsApp's account is its phone number id (the sender).
  const [account, key] = row.provider === 'africastalking' && credentials?.includes(':') ? [credentials.slice(0, credentials.indexOf(':')), credentials.slice(credentials.indexOf(':') + 1)] : [row.senderId, credentials];
  return { provider: row.provider, senderId: row.senderId, baseUrl: row.baseUrl, credentials: key, account, sandbox: false, own: true };
}

export function senderFor(config: ProviderConfig, db: Db): ChannelSender {
  switch (config.provider) {
    case 'webpush':
      return webpushSender(config, db);
    case 'smtp':
      return emailSender(config);
    case 'termii':
      return termiiSender(config);
    case 'africastalking':
      return africasTalkingSender(config);
    case 'whatsapp-cloud':
      return whatsappSender(config);
    default:
      return { provider: config.provider, send: async () => ({ ok: false, error: `Unknown provider ${config.provider}`, permanent: true }) };
  }
}

export interface ProviderView {
  channel: MessageChannel;
  provider: string;
  senderId: string | null;
  baseUrl: string | null;
  configured: boolean;
  sandbox: boolean;
}

export async function listProviders(db: Db, tenantId: string): Promise<ProviderView[]> {
  const views: ProviderView[] = [];
  // Push has no per-tenant provider: each browser's push service, with the installation's VAPID key.
  for (const channel of SENDABLE.filter((c) => c !== 'PUSH')) {
    const p = await providerFor(db, tenantId, channel);
    views.push({ channel, provider: p?.provider ?? 'none', senderId: p?.own ? p.senderId : null, baseUrl: p?.own ? p.baseUrl : null, configured: !!p?.own, sandbox: !!p?.sandbox });
  }
  return views;
}

export interface ProviderInput {
  channel: MessageChannel;
  provider: string;
  senderId?: string | null;
  baseUrl?: string | null;
  /** Write-only; absent keeps the stored ones. */
  credentials?: string | null;
}

/** Sets (or, with provider 'default', removes) a tenant's provider for a channel. */
export async function saveProvider(db: Db, tenantId: string, input: ProviderInput): Promise<ProviderView> {
  if (!SENDABLE.includes(input.channel)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `Messages are not sent on ${input.channel} yet`, ['channel']);
  if (input.channel === 'PUSH') throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Push goes through each browser’s own push service with the installation’s VAPID key: there is nothing to set', ['channel']);
  if (input.provider === 'default') {
    await db.messageProvider.deleteMany({ where: { tenantId, channel: input.channel } });
  } else {
    if (!PROVIDERS_BY_CHANNEL[input.channel].includes(input.provider)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${input.channel} goes through ${PROVIDERS_BY_CHANNEL[input.channel].join(', ')}`, ['provider']);
    const baseUrl = input.baseUrl?.trim() || null;
    // A tenant's provider is reached from inside the platform: only public https addresses (no probing the private network).
    if (baseUrl && !/^https:\/\/[a-z0-9.-]+(:\d+)?(\/[\w./-]*)?$/i.test(baseUrl)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The base URL must be an https:// address', ['baseUrl']);
    const existing = await db.messageProvider.findUnique({ where: { tenantId_channel: { tenantId, channel: input.channel } } });
    const credentials = input.credentials?.trim();
    const sealed = credentials ? encryptSecret(credentials) : existing?.provider === input.provider ? existing.credentialsSealed : null;
    if (input.provider !== 'sandbox' && !sealed) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'This provider needs its credentials', ['credentials']);
    if (input.provider === 'smtp' && credentials && !/^smtps?:\/\//.test(credentials)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'SMTP credentials are the server URL: smtp://user:password@host:587', ['credentials']);
    const data = { provider: input.provider, senderId: input.senderId?.trim() || null, baseUrl, credentialsSealed: input.provider === 'sandbox' ? null : sealed };
    await db.messageProvider.upsert({ where: { tenantId_channel: { tenantId, channel: input.channel } }, create: { tenantId, channel: input.channel, ...data }, update: data });
  }
  return (await listProviders(db, tenantId)).find((p) => p.channel === input.channel)!;
}
