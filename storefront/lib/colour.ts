// Tenant colours made safe to read: WCAG 2 contrast (4.5:1 for text) whatever colour a tenant picks.

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb {
  let h = hex.slice(1);
  if (h.length === 3 || h.length === 4) h = h.slice(0, 3).split('').map((c) => c + c).join('');
  return [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: string, b: string): number {
  const [l1, l2] = [luminance(parseHex(a)), luminance(parseHex(b))].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

const MIN_TEXT_CONTRAST = 4.5;
const WHITE = '#ffffff';
const DARK = '#1b1f23';

export interface BrandPalette {
  /** The tenant's colour, for backgrounds (header, buttons). */
  brand: string;
  /** Text on the brand colour: white or near-black, whichever reads better. */
  onBrand: string;
  /** The brand colour darkened until it reads on white (links, outlines). */
  ink: string;
}

/** Colours derived from a tenant's (already validated) hex colour. */
export function brandPalette(hex: string): BrandPalette {
  const brand = toHex(parseHex(hex)); // drops any alpha: text must sit on an opaque colour
  const onBrand = contrastRatio(brand, WHITE) >= contrastRatio(brand, DARK) ? WHITE : DARK;
  let rgb = parseHex(brand);
  for (let i = 0; i < 20 && contrastRatio(toHex(rgb), WHITE) < MIN_TEXT_CONTRAST; i++) {
    rgb = rgb.map((c) => c * 0.85) as Rgb;
  }
  return { brand, onBrand, ink: toHex(rgb) };
}
