/**
 * The embedded default's outside world for messages (decision 0055): a real SMTP server (the mail sink) and
 * an HTTP server that answers like Termii's, Africa's Talking's and WhatsApp Cloud's send APIs, and like a
 * browser's web push service (push.ts). The
 * platform talks to them exactly as to the real providers, only at a local base URL; what they receive is
 * kept in SandboxMessage for platform operators to read in the back office. They listen on 127.0.0.1 only.
 * In the embedded cluster every worker starts them on the same ports (the cluster shares the listening
 * socket); a second process of the distributed topology finds the ports taken and uses the first one's.
 * Shortly after accepting an SMS or a WhatsApp message, the HTTP sandbox reports its delivery as the
 * provider would (decision 0066): in the provider's format, to the installation's callback on the gateway
 * (PUBLIC_GATEWAY_URL), or straight to the report handler when no gateway address is known. A number
 * ending in 999 is unreachable: its report is a failure, to see one in the back office.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { config, logger, uuidv7, type MessageChannel, type PrismaClient } from '@webwaka/kit';
import { deliveryReportToken, deliveryReportUrl, INSTALLATION_SCOPE, receiveDeliveryReport, sandboxWhatsappAppSecret, WHATSAPP_SIGNATURE_HEADER, whatsappSignature, type ReportingProvider } from '../services/delivery-reports';
import { handlePush, readBytes } from './push';

export interface RunningSandbox {
  smtpUrl: string;
  httpUrl: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
/** Mail larger than this is refused by the sink (what a real server's size limit does). */
const MAX_MAIL_BYTES = 10 * 1024 * 1024;
const MAX_HTTP_BODY = 256 * 1024;

async function store(prisma: PrismaClient, m: { channel: MessageChannel; provider: string; from?: string | null; to: string; subject?: string | null; text: string; html?: string | null }, providerMessageId: string) {
  await prisma.sandboxMessage.create({ data: { id: uuidv7(), providerMessageId, channel: m.channel, provider: m.provider, from: m.from ?? null, to: m.to, subject: m.subject ?? null, text: m.text, html: m.html ?? null } });
}

function startSmtpSink(prisma: PrismaClient, port: number): Promise<{ server: SMTPServer; port: number }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    size: MAX_MAIL_BYTES,
    banner: 'WebWaka mail sink',
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          const recipients = session.envelope.rcptTo.map((r) => r.address);
          const id = mail.messageId ?? `<${uuidv7()}@sink>`;
          for (const to of recipients) {
            await store(prisma, { channel: 'EMAIL', provider: 'smtp', from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null, to, subject: mail.subject ?? null, text: mail.text ?? '', html: typeof mail.html === 'string' ? mail.html : null }, recipients.length > 1 ? `${id}#${to}` : id);
          }
          callback();
        })
        .catch((e) => callback(e as Error));
    },
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => resolve({ server, port: (server.server.address() as AddressInfo).port }));
  });
}

const readBody = async (req: http.IncomingMessage): Promise<string> => (await readBytes(req, MAX_HTTP_BODY)).toString('utf8');

/** How long after accepting a message the sandbox reports it (SANDBOX_REPORT_MS). */
const REPORT_AFTER_MS = Number(process.env.SANDBOX_REPORT_MS ?? 500);
const unreachable = (to: string) => /999$/.test(to);

/** Delivery reports waiting to be sent; cleared when the sandbox closes. */
class Reporter {
  private readonly pending = new Set<NodeJS.Timeout>();
  constructor(private readonly prisma: PrismaClient) {}

  schedule(provider: ReportingProvider, body: string, headers: Record<string, string>): void {
    const timer = setTimeout(() => {
      this.pending.delete(timer);
      this.deliver(provider, body, headers).catch((e) => logger.warn('message sandbox: delivery report failed', { provider, error: String(e) }));
    }, REPORT_AFTER_MS);
    timer.unref();
    this.pending.add(timer);
  }

  private async deliver(provider: ReportingProvider, body: string, headers: Record<string, string>): Promise<void> {
    const gateway = config.publicGatewayUrl;
    if (gateway) {
      const res = await fetch(deliveryReportUrl(provider, INSTALLATION_SCOPE, gateway), { method: 'POST', headers, body, signal: AbortSignal.timeout(10_000) }).catch(() => null);
      if (res?.ok) return;
    }
    const token = provider === 'whatsapp-cloud' ? null : deliveryReportToken(provider, INSTALLATION_SCOPE);
    await receiveDeliveryReport(this.prisma, { provider, token, headers, rawBody: Buffer.from(body) });
  }

  close(): void {
    for (const t of this.pending) clearTimeout(t);
    this.pending.clear();
  }
}

const json = (res: http.ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

/** One provider's send API, as documented: checks what the real one checks first (credentials, fields). */
async function handle(prisma: PrismaClient, reporter: Reporter, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://sandbox');
  if (await handlePush(prisma, url, req, res)) return;
  if (req.method !== 'POST') return json(res, 405, { message: 'Method not allowed' });
  const raw = await readBody(req);
  if (url.pathname === '/termii/api/sms/send') {
    const b = JSON.parse(raw || '{}') as { api_key?: string; to?: string; from?: string; sms?: string; type?: string; channel?: string };
    if (!b.api_key) return json(res, 401, { message: 'Unauthorized: api_key is required' });
    if (!b.to || !/^\d{10,15}$/.test(b.to) || !b.sms || !b.from || !b.channel) return json(res, 400, { message: 'to, from, sms, type and channel are required' });
    const id = String(Date.now()) + String(Math.floor(Math.random() * 1e6)).padStart(6, '0');
    await store(prisma, { channel: 'SMS', provider: 'termii', from: b.from, to: `+${b.to}`, text: b.sms }, `termii:${id}`);
    const failed = unreachable(b.to);
    const report = { type: 'outbound', id: uuidv7(), message_id: id, receiver: b.to, sender: b.from, message: b.sms, sent_at: new Date().toISOString(), cost: '2.2', status: failed ? 'Message Failed' : 'Delivered', channel: b.channel };
    reporter.schedule('termii', JSON.stringify(report), { 'content-type': 'application/json' });
    return json(res, 200, { code: 'ok', message_id: id, message: 'Successfully Sent', balance: 1000, user: 'WebWaka Sandbox' });
  }
  if (url.pathname === '/africastalking/version1/messaging') {
    if (!req.headers.apikey) return json(res, 401, { message: 'The supplied authentication is invalid' });
    const f = new URLSearchParams(raw);
    const to = f.get('to') ?? '';
    const message = f.get('message') ?? '';
    if (!f.get('username') || !message) return json(res, 400, { message: 'username, to and message are required' });
    const valid = /^\+\d{10,15}$/.test(to);
    const messageId = `ATXid_${uuidv7().replace(/-/g, '')}`;
    if (valid) {
      await store(prisma, { channel: 'SMS', provider: 'africastalking', from: f.get('from'), to, text: message }, messageId);
      const failed = unreachable(to);
      const report = new URLSearchParams({ id: messageId, status: failed ? 'Failed' : 'Success', phoneNumber: to, networkCode: '62130', retryCount: '0', ...(failed ? { failureReason: 'AbsentSubscriber' } : {}) });
      reporter.schedule('africastalking', report.toString(), { 'content-type': 'application/x-www-form-urlencoded' });
    }
    return json(res, 201, {
      SMSMessageData: {
        Message: valid ? 'Sent to 1/1 Total Cost: NGN 2.2000' : 'Sent to 0/1 Total Cost: 0',
        Recipients: [valid ? { statusCode: 101, number: to, status: 'Success', cost: 'NGN 2.2000', messageId } : { statusCode: 403, number: to, status: 'InvalidPhoneNumber', cost: '0', messageId: 'None' }],
      },
    });
  }
  const wa = /^\/whatsapp\/v[\d.]+\/([^/]+)\/messages$/.exec(url.pathname);
  if (wa) {
    if (!/^Bearer \S+/.test(String(req.headers.authorization ?? ''))) return json(res, 401, { error: { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190 } });
    const b = JSON.parse(raw || '{}') as { messaging_product?: string; to?: string; type?: string; text?: { body?: string } };
    if (b.messaging_product !== 'whatsapp' || !b.to || b.type !== 'text' || !b.text?.body) {
      return json(res, 400, { error: { message: '(#100) Invalid parameter', type: 'OAuthException', code: 100 } });
    }
    const id = `wamid.${Buffer.from(uuidv7()).toString('base64url')}`;
    const phoneNumberId = decodeURIComponent(wa[1]!);
    await store(prisma, { channel: 'WHATSAPP', provider: 'whatsapp-cloud', from: phoneNumberId, to: `+${b.to}`, text: b.text.body }, id);
    const failed = unreachable(b.to);
    const status = { id, status: failed ? 'failed' : 'delivered', timestamp: String(Math.floor(Date.now() / 1000)), recipient_id: b.to, ...(failed ? { errors: [{ code: 131026, title: 'Message undeliverable', error_data: { details: 'The recipient is not on WhatsApp' } }] } : {}) };
    const report = JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: 'sandbox', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: phoneNumberId, phone_number_id: phoneNumberId }, statuses: [status] } }] }] });
    reporter.schedule('whatsapp-cloud', report, { 'content-type': 'application/json', [WHATSAPP_SIGNATURE_HEADER]: whatsappSignature(sandboxWhatsappAppSecret(), report) });
    return json(res, 200, { messaging_product: 'whatsapp', contacts: [{ input: b.to, wa_id: b.to }], messages: [{ id }] });
  }
  return json(res, 404, { message: 'Not found' });
}

function startHttpSandbox(prisma: PrismaClient, reporter: Reporter, port: number): Promise<{ server: http.Server; port: number }> {
  const server = http.createServer((req, res) => {
    handle(prisma, reporter, req, res).catch((e) => {
      logger.warn('message sandbox: request failed', { error: String(e) });
      if (!res.headersSent) json(res, 400, { message: 'Bad request' });
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => resolve({ server, port: (server.address() as AddressInfo).port }));
  });
}

/**
 * Starts the sink and the HTTP sandbox (ports 0: any free ones, for tests). When a port is taken by another
 * process's sandbox, that one serves: the URLs are the same.
 */
export async function startMessageSandbox(prisma: PrismaClient, ports: { smtp: number; http: number }): Promise<RunningSandbox> {
  const taken = (e: unknown) => (e as NodeJS.ErrnoException)?.code === 'EADDRINUSE';
  const smtp = await startSmtpSink(prisma, ports.smtp).catch((e) => {
    if (taken(e) && ports.smtp) return { server: null, port: ports.smtp };
    throw e;
  });
  const reporter = new Reporter(prisma);
  const web = await startHttpSandbox(prisma, reporter, ports.http).catch((e) => {
    if (taken(e) && ports.http) return { server: null, port: ports.http };
    throw e;
  });
  return {
    smtpUrl: `smtp://${HOST}:${smtp.port}`,
    httpUrl: `http://${HOST}:${web.port}`,
    async close() {
      reporter.close();
      await new Promise<void>((r) => (smtp.server ? smtp.server.close(() => r()) : r()));
      await new Promise<void>((r) => (web.server ? web.server.close(() => r()) : r()));
    },
  };
}
