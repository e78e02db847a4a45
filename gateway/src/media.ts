/**
 * Product photos (decision 0049), not GraphQL:
 * - `POST /media/uploads`: the raw bytes of one photo (at most 8 MB), from a signed-in catalogue writer
 *   (bearer token, or an API key with `catalog:write`). The caller is authenticated and charged like a
 *   mutation before the body is read; catalog's internal `media-upload` route checks the role, the bytes
 *   and stores the re-encoded variants. 201 `{ url, width, height, variants }`; errors are
 *   `{ errors: [{ message, extensions: { code } }] }`: 401 UNAUTHENTICATED, 403 FORBIDDEN, 413
 *   PAYLOAD_TOO_LARGE, 415 UNSUPPORTED_MEDIA_TYPE, 429 RATE_LIMITED.
 * - `GET /media/<tenantId>/<sha256>/<width>.<avif|webp|jpg>`: a variant from the media store, public,
 *   cached for a year as immutable (its name is its content's hash).
 * - `POST /returns/photos` (decision 0065): the same upload from a signed-in customer, for a return request;
 *   commerce's internal `return-photo-upload` route checks the customer and the hourly limits (429
 *   RATE_LIMITED) and keeps the re-encoded photo in the PRIVATE media store. 201 `{ id, width, height }`.
 * - `GET /returns/photos/<id>/<width>.<avif|webp|jpg>`: one of those, read by commerce only for its uploader
 *   and whoever sees the return request it illustrates; 404 for anyone else; never cached publicly.
 * - `POST /expenses/receipts` and `GET /expenses/receipts/<id>/<width>.<avif|webp|jpg>` (decision 0082): the
 *   same for an expense's receipt, the ledger's (`expense-receipt-upload`: staff and administrators;
 *   `expense-receipt`: the book's readers), private like return photos. 201 `{ id, width, height }`.
 */
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode, MEDIA_CONTENT_TYPES, config, createLogger, mediaStore, postJson, signedCallHeaders, type Actor, type MediaStore } from '@webwaka/protocol';
import type { Authenticate } from './auth';
import type { RequestCharges } from './request-charges';

const log = createLogger({ service: 'gateway' });
export const MEDIA_UPLOAD_MAX_BYTES = 8 * 1024 * 1024;
const VARIANT_RE = /^\/media\/([0-9a-f-]{36})\/([0-9a-f]{64})\/(\d{2,4})\.(avif|webp|jpg)$/;
const STATUS_OF: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, PAYLOAD_TOO_LARGE: 413, UNSUPPORTED_MEDIA_TYPE: 415, BAD_USER_INPUT: 400, RATE_LIMITED: 429 };
const RETURN_PHOTO_RE = /^\/returns\/photos\/([0-9a-f-]{36})\/((?:320|640|1280)\.(?:avif|webp|jpg))$/;
const RECEIPT_RE = /^\/expenses\/receipts\/([0-9a-f-]{36})\/((?:320|640|1280)\.(?:avif|webp|jpg))$/;
const internalUrl = (graphqlUrl: string, route: string) => `${graphqlUrl.replace(/\/graphql$/, '')}/internal/${route}`;

export interface MediaOptions {
  catalogUrl: string;
  /** Return photos (decision 0065) are commerce's; without it, their routes are not mounted. */
  commerceUrl?: string;
  /** Expense receipts (decision 0082) are the ledger's; without it, their routes are not mounted. */
  ledgerUrl?: string;
  authenticate: Authenticate;
  charges: RequestCharges;
  /** Defaults to the environment's (MEDIA_DIR or MEDIA_S3_*). */
  store?: MediaStore;
}

const refuse = (res: Response, status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  res.status(status).set(headers).json({ errors: [{ message, extensions: { code } }] });

export function mountMedia(app: Express, opts: MediaOptions): void {
  const store = () => opts.store ?? mediaStore();

  /** One photo's raw bytes, from a signed-in caller, to a subgraph's internal route (which checks the role). */
  const upload = (path: string, audience: string, target: string, answer: (body: Record<string, unknown>) => unknown) =>
    app.post(
      path,
      async (req: Request, res: Response, next: NextFunction) => {
        const requestId = res.locals.requestId as string;
        let actor: Actor;
        try {
          actor = (await opts.authenticate(req.headers, requestId)).actor;
        } catch (e) {
          if (e instanceof GraphQLError) return refuse(res, 401, String(e.extensions.code ?? ErrorCode.UNAUTHENTICATED), e.message);
          return refuse(res, 503, ErrorCode.INTERNAL, 'Authentication is unavailable; try again');
        }
        if (actor.kind === 'anonymous' || !actor.tenantId) return refuse(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in to upload photos');
        const bucket = opts.charges.bucketOf(actor, res.locals.clientIp as string | null);
        const wait = (await opts.charges.admit(bucket)) || (await opts.charges.chargeRest(bucket, 'mutation', 0));
        if (wait > 0) return refuse(res, 429, ErrorCode.RATE_LIMITED, 'Too many requests; slow down', { 'retry-after': String(wait) });
        res.locals.actor = actor;
        next();
      },
      express.raw({ type: () => true, limit: MEDIA_UPLOAD_MAX_BYTES }),
      (err: { type?: string } | undefined, _req: Request, res: Response, next: NextFunction) => {
        if (err?.type === 'entity.too.large') return refuse(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `A photo may be at most ${MEDIA_UPLOAD_MAX_BYTES / 1024 / 1024} MB`);
        if (err) return refuse(res, 400, ErrorCode.BAD_USER_INPUT, 'The upload could not be read');
        next();
      },
      async (req: Request, res: Response) => {
        const requestId = res.locals.requestId as string;
        const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        if (bytes.length === 0) return refuse(res, 400, ErrorCode.BAD_USER_INPUT, 'Send the photo as the request body');
        const json = JSON.stringify({ data: bytes.toString('base64') });
        try {
          const reply = await postJson(target, json, {
            headers: signedCallHeaders(res.locals.actor as Actor, requestId, config.gatewaySecret, { audience, body: json, ip: res.locals.clientIp ?? null }),
            timeoutMs: 60_000,
          });
          if (reply.status !== 200) throw new Error(`${audience} answered ${reply.status}`);
          const body = JSON.parse(reply.text) as { error?: { code: string; message: string } } & Record<string, unknown>;
          if (body.error) return refuse(res, STATUS_OF[body.error.code] ?? 400, body.error.code, body.error.message, body.error.code === ErrorCode.RATE_LIMITED ? { 'retry-after': '3600' } : {});
          return res.status(201).json(answer(body));
        } catch (e) {
          log.error('media upload failed', { requestId, error: String(e) });
          return refuse(res, 502, ErrorCode.INTERNAL, 'The photo could not be stored; try again');
        }
      },
    );

  upload('/media/uploads', 'catalog', internalUrl(opts.catalogUrl, 'media-upload'), (body) => body.media);
  if (opts.commerceUrl) {
    upload('/returns/photos', 'commerce', internalUrl(opts.commerceUrl, 'return-photo-upload'), (body) => body.photo);
    app.get('/returns/photos/:id/:file', (req, res) => servePrivatePhoto(req, res, opts, { re: RETURN_PHOTO_RE, audience: 'commerce', target: internalUrl(opts.commerceUrl!, 'return-photo') }));
  }
  if (opts.ledgerUrl) {
    upload('/expenses/receipts', 'ledger', internalUrl(opts.ledgerUrl, 'expense-receipt-upload'), (body) => body.receipt);
    app.get('/expenses/receipts/:id/:file', (req, res) => servePrivatePhoto(req, res, opts, { re: RECEIPT_RE, audience: 'ledger', target: internalUrl(opts.ledgerUrl!, 'expense-receipt') }));
  }

  app.get('/media/:tenantId/:sha/:file', async (req: Request, res: Response) => {
    const m = VARIANT_RE.exec(req.path);
    if (!m) return res.status(404).set('cache-control', 'public, max-age=60').end();
    try {
      const found = await store().get(`${m[1]}/${m[2]}/${m[3]}.${m[4]}`);
      if (!found) return res.status(404).set('cache-control', 'public, max-age=60').end();
      res
        .status(200)
        .set({
          'content-type': MEDIA_CONTENT_TYPES[m[4]],
          'cache-control': 'public, max-age=31536000, immutable',
          etag: `"${m[2].slice(0, 16)}-${m[3]}-${m[4]}"`,
          'x-content-type-options': 'nosniff',
          'access-control-allow-origin': '*',
          'cross-origin-resource-policy': 'cross-origin',
        })
        .end(found.bytes);
    } catch (e) {
      log.error('media read failed', { requestId: res.locals.requestId, path: req.path, error: String(e) });
      res.status(503).set('cache-control', 'no-store').end();
    }
  });
}

/**
 * `GET /returns/photos/<id>/<file>` and `GET /expenses/receipts/<id>/<file>`: the owning subgraph decides who
 * sees it (decisions 0065, 0082); private, never stored by caches.
 */
async function servePrivatePhoto(req: Request, res: Response, opts: MediaOptions, route: { re: RegExp; audience: string; target: string }) {
  const requestId = res.locals.requestId as string;
  const headers = { 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' };
  const m = route.re.exec(req.path);
  if (!m) return res.status(404).set(headers).end();
  try {
    let actor: Actor;
    try {
      actor = (await opts.authenticate(req.headers, requestId)).actor;
    } catch (e) {
      if (e instanceof GraphQLError) return res.status(401).set(headers).end();
      throw e;
    }
    if (actor.kind === 'anonymous' || !actor.tenantId) return res.status(401).set(headers).end();
    const wait = await opts.charges.admit(opts.charges.bucketOf(actor, res.locals.clientIp as string | null));
    if (wait > 0) return res.status(429).set({ ...headers, 'retry-after': String(wait) }).end();
    const json = JSON.stringify({ id: m[1], file: m[2] });
    const reply = await postJson(route.target, json, {
      headers: signedCallHeaders(actor, requestId, config.gatewaySecret, { audience: route.audience, body: json, ip: res.locals.clientIp ?? null }),
      timeoutMs: 15_000,
    });
    if (reply.status !== 200) throw new Error(`${route.audience} answered ${reply.status}`);
    const photo = (JSON.parse(reply.text) as { photo?: { contentType: string; data: string } | null }).photo;
    if (!photo) return res.status(404).set(headers).end();
    res.status(200).set({ ...headers, 'content-type': photo.contentType, 'cross-origin-resource-policy': 'same-site' }).end(Buffer.from(photo.data, 'base64'));
  } catch (e) {
    log.error('private photo read failed', { requestId, error: String(e) });
    res.status(503).set(headers).end();
  }
}
