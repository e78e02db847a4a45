/**
 * The photo pipeline (decision 0049), shared by catalog's product photos and commerce's return photos
 * (decision 0065). The bytes must be a real JPEG, PNG, WebP or AVIF by their magic numbers and by the
 * decoder; they are never stored or served as sent: each is decoded, turned upright, stripped of its
 * metadata (EXIF, GPS included) and re-encoded as AVIF, WebP and JPEG at 320, 640 and 1280 px wide (never
 * enlarged), named `<tenantId>/<sha256 of the pipeline version + upload>/<width>.<format>` in the given
 * store (the public one for products, the private one for return photos).
 */
import { createHash } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import { DomainError, ErrorCode, MEDIA_FORMATS, MEDIA_WIDTHS, mediaStore, type MediaStore } from '@webwaka/protocol';

export const MEDIA_MAX_BYTES = 8 * 1024 * 1024;
/** Decoded size cap (a small file can expand to gigabytes of pixels). */
const MAX_INPUT_PIXELS = 40_000_000;
/** Bumped when the encoding changes, so new files get new names instead of replacing cached ones. */
const PIPELINE = 'v1';
const QUALITY = { avif: 50, webp: 72, jpg: 78 } as const;

export type ImageKind = 'jpeg' | 'png' | 'webp' | 'avif';

/** The image type the first bytes announce, or null. */
export function sniffImage(b: Buffer): ImageKind | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (b.length >= 16 && b.toString('latin1', 4, 8) === 'ftyp') {
    const boxSize = Math.min(b.readUInt32BE(0), b.length);
    for (let i = 8; i + 4 <= boxSize; i += 4) {
      if (i === 12) continue; // minor version
      const brand = b.toString('latin1', i, i + 4);
      if (brand === 'avif' || brand === 'avis') return 'avif';
    }
  }
  return null;
}

const DECODER_FORMAT: Record<ImageKind, string> = { jpeg: 'jpeg', png: 'png', webp: 'webp', avif: 'heif' };

export interface UploadedMedia {
  url: string;
  width: number;
  height: number;
  variants: { width: number; format: string; url: string }[];
}

const unsupported = (message: string) => new DomainError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, message);

/** Decodes, strips and encodes every variant of one upload; the tenant's files under its content hash. */
export async function storeImage(tenantId: string, bytes: Buffer, store: MediaStore = mediaStore()): Promise<UploadedMedia> {
  if (bytes.length > MEDIA_MAX_BYTES) throw new DomainError(ErrorCode.PAYLOAD_TOO_LARGE, `A photo may be at most ${MEDIA_MAX_BYTES / 1024 / 1024} MB`);
  const kind = sniffImage(bytes);
  if (!kind) throw unsupported('Only JPEG, PNG, WebP and AVIF photos can be uploaded');
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  } catch {
    throw unsupported('This file is not a readable image');
  }
  if (meta.format !== DECODER_FORMAT[kind] || !meta.width || !meta.height) throw unsupported('This file is not a readable image');
  const sha = createHash('sha256').update(PIPELINE).update(bytes).digest('hex');
  const base = `/media/${tenantId}/${sha}`;
  const variants: UploadedMedia['variants'] = [];
  let size: { width: number; height: number } | null = null;
  try {
    for (const width of MEDIA_WIDTHS) {
      // rotate(): EXIF orientation applied before the metadata (all of it) is dropped; sharp keeps none unless asked.
      const resized = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).rotate().resize({ width, withoutEnlargement: true });
      for (const format of MEDIA_FORMATS) {
        const key = `${tenantId}/${sha}/${width}.${format}`;
        const encoder = format === 'avif' ? resized.clone().avif({ quality: QUALITY.avif, effort: 2 }) : format === 'webp' ? resized.clone().webp({ quality: QUALITY.webp }) : resized.clone().flatten({ background: '#ffffff' }).jpeg({ quality: QUALITY.jpg, mozjpeg: true });
        const { data, info } = await encoder.toBuffer({ resolveWithObject: true });
        if (width === MEDIA_WIDTHS[MEDIA_WIDTHS.length - 1] && format === 'jpg') size = { width: info.width, height: info.height };
        await store.put(key, data, format === 'jpg' ? 'image/jpeg' : `image/${format}`);
        variants.push({ width, format, url: `${base}/${width}.${format}` });
      }
    }
  } catch (e) {
    if (e instanceof DomainError) throw e;
    if (/Input image exceeds pixel limit|unsupported image format|corrupt|premature end/i.test(String(e))) throw unsupported('This file is not a readable image');
    throw e;
  }
  return { url: base, width: size!.width, height: size!.height, variants };
}
