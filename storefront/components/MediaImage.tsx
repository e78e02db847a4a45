/**
 * A product photo. An upload of this platform (`/media/<tenant>/<sha256>`, decision 0049) becomes a
 * `<picture>`: AVIF, then WebP, then the JPEG fallback, each at 320, 640 and 1280 px, so the browser fetches
 * the smallest file its screen needs. Any other https URL stays a plain `<img>` (vendors' own hosts).
 */
import type { ImgHTMLAttributes } from 'react';

const UPLOADED = /^\/media\/[0-9a-f-]{36}\/[0-9a-f]{64}$/;
const WIDTHS = [320, 640, 1280];

/** True when the URL is one of our uploads (with AVIF/WebP/JPEG variants). */
export const isUploadedMedia = (url: string) => UPLOADED.test(url);

/** One file of an upload (the JPEG at `width`), or the URL itself when it is not an upload. */
export const mediaFile = (url: string, width = 640) => (isUploadedMedia(url) ? `${url}/${width}.jpg` : url);

const srcSet = (url: string, format: string) => WIDTHS.map((w) => `${url}/${w}.${format} ${w}w`).join(', ');

type Props = Omit<ImgHTMLAttributes<HTMLImageElement>, 'src' | 'srcSet'> & {
  src: string;
  alt: string;
  /** The `sizes` of the sources: how wide the image is drawn (e.g. `(min-width: 48rem) 50vw, 100vw`). */
  sizes: string;
};

export function MediaImage({ src, sizes, alt, ...img }: Props) {
  if (!isUploadedMedia(src)) {
    // eslint-disable-next-line @next/next/no-img-element -- media live on vendors' own hosts
    return <img src={src} alt={alt} {...img} />;
  }
  return (
    <picture className="media-picture">
      <source type="image/avif" srcSet={srcSet(src, 'avif')} sizes={sizes} />
      <source type="image/webp" srcSet={srcSet(src, 'webp')} sizes={sizes} />
      {/* eslint-disable-next-line @next/next/no-img-element -- variants are already sized; no optimiser needed */}
      <img src={`${src}/640.jpg`} srcSet={srcSet(src, 'jpg')} sizes={sizes} alt={alt} {...img} />
    </picture>
  );
}
