/**
 * Return photos (issue 15, decision 0065). A signed-in customer uploads a photo (the gateway's
 * `POST /returns/photos`, raw bytes, to the internal `return-photo-upload` route), then names it in
 * `requestReturn(photoIds)`. The bytes go through the product photos' pipeline (kit images.ts: sniffed,
 * decoded, upright, metadata stripped, re-encoded), but into the PRIVATE media store, which no public route
 * reads: a photo is served (`GET /returns/photos/<id>/<width>.<format>`, the internal `return-photo`
 * route) only to its uploader and to whoever sees the request it illustrates (returnScope: the shop's order
 * readers, the vendor of the vendor order), never cached publicly.
 *
 * Limits: at most PHOTO_UPLOADS_PER_HOUR uploads an hour per customer and per address (counted from the
 * rows, so every subgraph process agrees), at most MAX_RETURN_PHOTOS per request, each the requester's own
 * upload not yet attached (another customer's, or another shop's, is NOT_FOUND like one never made).
 */
import { DomainError, ErrorCode, isUuid, MEDIA_CONTENT_TYPES, privateMediaStore, requireTenant, storeImage, uuidv7, type MediaStore } from '@webwaka/kit';
import type { ServiceContext, Tx } from './context';

export const MAX_RETURN_PHOTOS = 5;
export const PHOTO_UPLOADS_PER_HOUR = 20;
const HOUR_MS = 3_600_000;
const FILE_RE = /^(320|640|1280)\.(avif|webp|jpg)$/;

export interface ReturnPhotoUpload {
  id: string;
  width: number;
  height: number;
}

/** The signed-in customer behind the call (photos belong to a person, not to a key or a member of staff). */
function uploader(ctx: Pick<ServiceContext, 'actor'>): string {
  const a = ctx.actor;
  if (a.kind === 'user' && a.userId && a.roles.includes('CUSTOMER')) return a.userId;
  throw new DomainError(a.kind === 'anonymous' ? ErrorCode.UNAUTHENTICATED : ErrorCode.FORBIDDEN, 'Sign in as a customer to add photos to a return', ['photo']);
}

/** `return-photo-upload`: stores one photo of the signed-in customer (base64 bytes), within the hourly limits. */
export async function uploadReturnPhoto(ctx: ServiceContext, bytes: Buffer, store: MediaStore = privateMediaStore(), now = new Date()): Promise<ReturnPhotoUpload> {
  const tenantId = requireTenant(ctx);
  const customerUserId = uploader(ctx);
  const since = new Date(now.getTime() - HOUR_MS);
  const [mine, fromAddress] = await Promise.all([
    ctx.prisma.returnPhoto.count({ where: { tenantId, customerUserId, createdAt: { gt: since } } }),
    ctx.ip ? ctx.prisma.returnPhoto.count({ where: { tenantId, ip: ctx.ip, createdAt: { gt: since } } }) : 0,
  ]);
  if (mine >= PHOTO_UPLOADS_PER_HOUR || fromAddress >= PHOTO_UPLOADS_PER_HOUR) {
    throw new DomainError(ErrorCode.RATE_LIMITED, `At most ${PHOTO_UPLOADS_PER_HOUR} photos an hour; try again later`, ['photo']);
  }
  const stored = await storeImage(tenantId, bytes, store);
  const sha256 = stored.url.slice(stored.url.lastIndexOf('/') + 1);
  const photo = await ctx.prisma.returnPhoto.create({ data: { id: uuidv7(), tenantId, customerUserId, ip: ctx.ip ?? null, sha256, width: stored.width, height: stored.height } });
  return { id: photo.id, width: photo.width, height: photo.height };
}

/**
 * The photos a request may take: at most MAX_RETURN_PHOTOS distinct uploads of this customer in this shop,
 * not yet attached to a request (anything else is NOT_FOUND, the same as a photo never uploaded).
 */
export async function checkReturnPhotos(prisma: Tx | ServiceContext['prisma'], tenantId: string, customerUserId: string, photoIds: readonly string[] | null | undefined): Promise<string[]> {
  const ids = [...(photoIds ?? [])];
  if (ids.length > MAX_RETURN_PHOTOS) throw new DomainError(ErrorCode.BAD_USER_INPUT, `At most ${MAX_RETURN_PHOTOS} photos`, ['photoIds']);
  if (new Set(ids).size !== ids.length) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A photo is named twice', ['photoIds']);
  const found = ids.length && ids.every(isUuid) ? await prisma.returnPhoto.findMany({ where: { id: { in: ids }, tenantId, customerUserId, returnId: null }, select: { id: true } }) : [];
  for (const [i, id] of ids.entries()) {
    if (!found.some((p) => p.id === id)) throw new DomainError(ErrorCode.NOT_FOUND, 'No such photo: upload it again', ['photoIds', String(i)]);
  }
  return ids;
}

/**
 * Attaches the checked photos to the requests made from one form (a request split per vendor order: the
 * first takes the uploads, each other one a copy of their rows, pointing at the same files).
 */
export async function attachReturnPhotos(tx: Tx, customerUserId: string, photoIds: string[], returnIds: string[]): Promise<void> {
  if (photoIds.length === 0 || returnIds.length === 0) return;
  const [first, ...others] = returnIds;
  const taken = await tx.returnPhoto.updateMany({ where: { id: { in: photoIds }, customerUserId, returnId: null }, data: { returnId: first } });
  if (taken.count !== photoIds.length) throw new DomainError(ErrorCode.NOT_FOUND, 'No such photo: upload it again', ['photoIds']);
  if (others.length === 0) return;
  const photos = await tx.returnPhoto.findMany({ where: { id: { in: photoIds } }, orderBy: { id: 'asc' } });
  await tx.returnPhoto.createMany({
    data: others.flatMap((returnId) => photos.map(({ id: _id, createdAt: _at, ...p }) => ({ ...p, id: uuidv7(), returnId }))),
  });
}

/**
 * `return-photo`: one variant of a photo for a caller who may see it (its uploader; order readers of the
 * shop and the vendor of the vendor order, for an attached photo), else null (the gateway answers 404).
 */
export async function readReturnPhoto(ctx: ServiceContext, id: string, file: string, canSeeRequest: (returnId: string) => Promise<boolean>, store: MediaStore = privateMediaStore()) {
  const tenantId = requireTenant(ctx);
  const m = FILE_RE.exec(file);
  if (!m || !isUuid(id)) return null;
  const photo = await ctx.prisma.returnPhoto.findFirst({ where: { id, tenantId } });
  if (!photo) return null;
  const own = ctx.actor.kind === 'user' && ctx.actor.userId === photo.customerUserId;
  if (!own && !(photo.returnId && (await canSeeRequest(photo.returnId)))) return null;
  const found = await store.get(`${tenantId}/${photo.sha256}/${m[1]}.${m[2]}`);
  return found ? { contentType: MEDIA_CONTENT_TYPES[m[2]], data: found.bytes.toString('base64') } : null;
}
