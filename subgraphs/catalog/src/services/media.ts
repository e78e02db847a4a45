/**
 * Uploaded product photos (decision 0049). The gateway's `POST /media/uploads` hands the bytes to
 * catalog's internal `media-upload` route; only catalogue writers (managers, approved vendors) may upload.
 * The bytes must be a real JPEG, PNG, WebP or AVIF by their magic numbers and by the decoder; they are
 * never stored or served as sent: each is decoded, turned upright, stripped of its metadata (EXIF, GPS
 * included) and re-encoded as AVIF, WebP and JPEG at 320, 640 and 1280 px wide (never enlarged). The files
 * are named by the SHA-256 of the upload under the tenant's folder, so the names never change meaning
 * and are cached for a year. A product takes an upload as a media URL `/media/<tenantId>/<sha256>` only
 * when that tenant's store holds it (validateMediaUrl).
 */
import { DomainError, ErrorCode, MEDIA_MAX_BYTES, MEDIA_PATH_RE, MEDIA_WIDTHS, mediaStore, storeImage, type MediaStore, type UploadedMedia } from '@webwaka/kit';
import { writerAccess } from './access';
import type { ServiceContext } from './context';

export { MEDIA_MAX_BYTES, sniffImage, storeImage, type ImageKind, type UploadedMedia } from '@webwaka/kit';

/** `media-upload`: a catalogue writer of the caller's tenant stores a photo (base64 in `data`). */
export async function uploadMedia(ctx: ServiceContext, data: string, store?: MediaStore): Promise<UploadedMedia> {
  await writerAccess(ctx);
  return storeImage(ctx.tenantId!, Buffer.from(data, 'base64'), store);
}

/**
 * A product media URL: an upload of this tenant (`/media/<tenantId>/<sha256>`, present in the store), else
 * null (the caller checks it as an https URL). Another tenant's upload is NOT_FOUND, as is one never made.
 */
export async function uploadedMediaUrl(ctx: Pick<ServiceContext, 'tenantId'>, url: string, field: string[], store: MediaStore = mediaStore()): Promise<string | null> {
  const v = (url ?? '').trim();
  if (!v.startsWith('/media/')) return null;
  const m = MEDIA_PATH_RE.exec(v);
  if (!m) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Not an uploaded photo: use the address the upload returned', field);
  if (m[1] !== ctx.tenantId || !(await store.has(`${m[1]}/${m[2]}/${MEDIA_WIDTHS[0]}.jpg`))) throw new DomainError(ErrorCode.NOT_FOUND, 'No such uploaded photo in this shop', field);
  return v;
}
