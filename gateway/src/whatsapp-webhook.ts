/**
 * WhatsApp Cloud API's webhook for every connected number (decision 0075), not GraphQL:
 * - `POST /webhooks/whatsapp`: Meta posts customers' `messages` and delivery `statuses` here. The raw body
 *   (the signature covers the exact bytes) and `X-Hub-Signature-256` go to commerce's internal
 *   `whatsapp-webhook` route, which checks the signature with the number's app secret, stores each message
 *   once and answers; its answer (200, 401 forged, 400 unreadable, 429 over the number's rate, 500 retry)
 *   is Meta's. When the body also carries statuses they go on to notifications' delivery reports (decision
 *   0066), whose answer is not Meta's concern here. `POST /delivery-reports/whatsapp-cloud` stays as it was.
 * - `GET /webhooks/whatsapp`: Meta's subscription check; a connected number's verify token (or the
 *   installation's WHATSAPP_VERIFY_TOKEN) gets the challenge back.
 */
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { createLogger, ErrorCode } from '@webwaka/protocol';
import { subgraphInternal } from './webhooks';

const log = createLogger({ service: 'gateway' });
const WEBHOOK_MAX_BODY = '256kb';
const FORWARDED_HEADERS = ['content-type', 'x-hub-signature-256'];

export function mountWhatsappWebhook(app: Express, opts: { commerceUrl: string; notificationsUrl?: string }): void {
  const raw = express.raw({ type: () => true, limit: WEBHOOK_MAX_BODY });

  app.get('/webhooks/whatsapp', async (req: Request, res: Response) => {
    const q = { mode: String(req.query['hub.mode'] ?? ''), token: String(req.query['hub.verify_token'] ?? ''), challenge: String(req.query['hub.challenge'] ?? '') };
    const answer = await subgraphInternal<{ challenge: string | null }>(opts.commerceUrl, 'commerce', 'whatsapp-subscription', q, res.locals.requestId as string, null).catch(() => null);
    const challenge = answer?.body?.challenge;
    return challenge ? res.status(200).type('text/plain').send(challenge) : res.status(403).json({ error: 'verification failed' });
  });

  app.post('/webhooks/whatsapp', raw, async (req: Request, res: Response) => {
    const requestId = res.locals.requestId as string;
    const headers = Object.fromEntries(FORWARDED_HEADERS.filter((h) => typeof req.headers[h] === 'string').map((h) => [h, req.headers[h] as string]));
    const rawBody = (Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)).toString('base64');
    try {
      const answer = await subgraphInternal<{ status: number; outcome: string; statuses: boolean }>(opts.commerceUrl, 'commerce', 'whatsapp-webhook', { rawBody, headers }, requestId, null);
      if (!answer.body) return res.status(500).json({ error: 'not processed; retry' });
      if (answer.body.statuses && opts.notificationsUrl) {
        await subgraphInternal(opts.notificationsUrl, 'notifications', 'delivery-report', { provider: 'whatsapp-cloud', token: null, headers, rawBody }, requestId, null).catch((e) =>
          log.warn('whatsapp statuses not passed on', { requestId, error: String(e) }),
        );
      }
      return res.status(answer.body.status).json({ outcome: answer.body.outcome });
    } catch (e) {
      log.error('whatsapp webhook forwarding failed', { requestId, error: String(e) });
      return res.status(500).json({ error: 'not processed; retry' });
    }
  });

  app.use('/webhooks/whatsapp', (err: { type?: string } | undefined, _req: Request, res: Response, next: NextFunction) => {
    if (!err) return next();
    if (err.type === 'entity.too.large') return res.status(413).json({ error: 'Request body too large', code: ErrorCode.PAYLOAD_TOO_LARGE });
    return res.status(400).json({ error: 'Request body could not be read', code: ErrorCode.BAD_USER_INPUT });
  });
}
