/**
 * The embedded default's outside world for messages (decision 0055): a real SMTP server (the mail sink) and
 * an HTTP server that answers like Termii's, Africa's Talking's and WhatsApp Cloud's send APIs, and like a
 * browser's web push service (push.ts). The
 * platform talks to them exactly as to the real providers, only at a local base URL; what they receive is
 * kept in SandboxMessage for platform operators to read in the back office. They listen on 127.0.0.1 only.
 * In the embedded cluster every worker starts them on the same ports (the cluster shares the listening
 * socket); a second process of the distributed topology finds the ports taken and uses the first one's.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { logger, uuidv7, type MessageChannel, type PrismaClient } from '@webwaka/kit';
import { handlePush } from './push';

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

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_HTTP_BODY) req.destroy(new Error('too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const json = (res: http.ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};

/** One provider's send API, as documented: checks what the real one checks first (credentials, fields). */
async function handle(prisma: PrismaClient, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
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
    if (valid) await store(prisma, { channel: 'SMS', provider: 'africastalking', from: f.get('from'), to, text: message }, messageId);
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
    await store(prisma, { channel: 'WHATSAPP', provider: 'whatsapp-cloud', from: decodeURIComponent(wa[1]!), to: `+${b.to}`, text: b.text.body }, id);
    return json(res, 200, { messaging_product: 'whatsapp', contacts: [{ input: b.to, wa_id: b.to }], messages: [{ id }] });
  }
  return json(res, 404, { message: 'Not found' });
}

function startHttpSandbox(prisma: PrismaClient, port: number): Promise<{ server: http.Server; port: number }> {
  const server = http.createServer((req, res) => {
    handle(prisma, req, res).catch((e) => {
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
  const web = await startHttpSandbox(prisma, ports.http).catch((e) => {
    if (taken(e) && ports.http) return { server: null, port: ports.http };
    throw e;
  });
  return {
    smtpUrl: `smtp://${HOST}:${smtp.port}`,
    httpUrl: `http://${HOST}:${web.port}`,
    async close() {
      await new Promise<void>((r) => (smtp.server ? smtp.server.close(() => r()) : r()));
      await new Promise<void>((r) => (web.server ? web.server.close(() => r()) : r()));
    },
  };
}
