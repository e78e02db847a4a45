/**
 * E-mail over SMTP (nodemailer). The installation's server is SMTP_URL (smtp://user:pass@host:587, or
 * smtps:// for implicit TLS); without one, the embedded default's local mail sink. A tenant may bring its
 * own SMTP server (its URL with password sealed as credentials).
 */
import { createTransport, type Transporter } from 'nodemailer';
import type { ChannelSender, Outgoing, ProviderConfig, SendResult } from './types';

const transports = new Map<string, Transporter>();

function transportFor(url: string): Transporter {
  let t = transports.get(url);
  if (!t) {
    // Pooled: one connection carries many messages; a sink on localhost needs no TLS.
    t = createTransport(url, { pool: true, maxConnections: 2, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as object);
    transports.set(url, t);
  }
  return t;
}

export function closeEmailTransports(): void {
  for (const t of transports.values()) t.close();
  transports.clear();
}

const DEFAULT_FROM = () => process.env.MAIL_FROM || 'no-reply@webwaka.local';

export function emailSender(config: ProviderConfig): ChannelSender {
  const url = config.credentials ?? config.baseUrl;
  return {
    provider: 'smtp',
    async send(m: Outgoing): Promise<SendResult> {
      if (!url) return { ok: false, error: 'No SMTP server is configured', permanent: false };
      const address = config.senderId || DEFAULT_FROM();
      try {
        const info = await transportFor(url).sendMail({
          from: { name: m.fromName, address },
          to: m.to,
          subject: m.subject ?? '',
          text: m.text,
          html: m.html ?? undefined,
          headers: m.headers,
          messageId: `<${m.messageId}@${address.split('@')[1] ?? 'webwaka.local'}>`,
        });
        if (info.rejected?.length) return { ok: false, error: `Refused by the server: ${String(info.response)}`, permanent: true };
        return { ok: true, providerMessageId: info.messageId ?? null };
      } catch (e) {
        const err = e as { responseCode?: number; message?: string };
        // 5xx from the server is final (unknown mailbox, refused content); connection trouble and 4xx pass.
        return { ok: false, error: String(err.message ?? e).slice(0, 300), permanent: !!err.responseCode && err.responseCode >= 500 };
      }
    },
  };
}
