/**
 * Messaging providers' delivery reports (decision 0066), not GraphQL:
 * - `POST /delivery-reports/:provider/:token`: Termii's and Africa's Talking's callbacks (they do not sign:
 *   the secret token in the path is the proof, checked by notifications in constant time);
 * - `POST /delivery-reports/whatsapp-cloud`: WhatsApp Cloud API's webhook (signed: X-Hub-Signature-256
 *   over the raw body), and `GET` the same path: Meta's subscription check (hub.mode, hub.verify_token,
 *   hub.challenge).
 * The raw body (a signature covers the exact bytes) and the signature header go to notifications' internal
 * `delivery-report` route; its answer (200, 401 forged, 400 unreadable, 404 unknown provider, 500 to make
 * the provider retry) is the provider's answer. No tenant is resolved here: the token or the message id
 * names it.
 */
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { createLogger, ErrorCode } from '@webwaka/protocol';
import { subgraphInternal } from './webhooks';

const log = createLogger({ service: 'gateway' });
const REPORT_MAX_BODY = '256kb';
/** Headers a report's signature or format is in; nothing else is forwarded. */
const FORWARDED_HEADERS = ['content-type', 'x-hub-signature-256'];

export function mountDeliveryReports(app: Express, opts: { notificationsUrl: string }): void {
  const forward = async (req: Request, res: Response, provider: string, token: string | null) => {
    const requestId = res.locals.requestId as string;
    const headers = Object.fromEntries(FORWARDED_HEADERS.filter((h) => typeof req.headers[h] === 'string').map((h) => [h, req.headers[h] as string]));
    const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    try {
      const answer = await subgraphInternal<{ status: number; outcome: string }>(opts.notificationsUrl, 'notifications', 'delivery-report', { provider, token, headers, rawBody: rawBody.toString('base64') }, requestId, null);
      if (!answer.body) return res.status(500).json({ error: 'not processed; retry' });
      return res.status(answer.body.status).json({ outcome: answer.body.outcome });
    } catch (e) {
      log.error('delivery report forwarding failed', { requestId, provider, error: String(e) });
      return res.status(500).json({ error: 'not processed; retry' });
    }
  };
  const raw = express.raw({ type: () => true, limit: REPORT_MAX_BODY });

  app.get('/delivery-reports/whatsapp-cloud', async (req: Request, res: Response) => {
    const q = { mode: String(req.query['hub.mode'] ?? ''), token: String(req.query['hub.verify_token'] ?? ''), challenge: String(req.query['hub.challenge'] ?? '') };
    const answer = await subgraphInternal<{ challenge: string | null }>(opts.notificationsUrl, 'notifications', 'delivery-report-subscription', q, res.locals.requestId as string, null).catch(() => null);
    const challenge = answer?.body?.challenge;
    return challenge ? res.status(200).type('text/plain').send(challenge) : res.status(403).json({ error: 'verification failed' });
  });
  app.post('/delivery-reports/whatsapp-cloud', raw, (req: Request, res: Response) => forward(req, res, 'whatsapp-cloud', null));
  app.post('/delivery-reports/:provider/:token', raw, (req: Request, res: Response) => forward(req, res, String(req.params.provider), String(req.params.token)));

  // A body the parser refuses gets a short JSON answer with a stable code (as the payment webhooks do).
  app.use('/delivery-reports', (err: { type?: string } | undefined, _req: Request, res: Response, next: NextFunction) => {
    if (!err) return next();
    if (err.type === 'entity.too.large') return res.status(413).json({ error: 'Request body too large', code: ErrorCode.PAYLOAD_TOO_LARGE });
    return res.status(400).json({ error: 'Request body could not be read', code: ErrorCode.BAD_USER_INPUT });
  });
}
