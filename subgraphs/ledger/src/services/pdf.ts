/**
 * A small PDF 1.4 writer (decision 0077): A4 pages of text in the standard Helvetica fonts and straight
 * lines, with a correct cross-reference table. No dependency: invoices need nothing more, and a PDF library
 * would be the largest package in the ledger for two fonts and a ruler.
 *
 * Text is WinAnsi (Latin-1) encoded: the standard fonts have no glyph outside it, so other characters print
 * as "?" — which is why amounts say "NGN", not "₦" (U+20A6 is in neither WinAnsi nor Helvetica).
 */

export const A4 = { width: 595.28, height: 841.89 } as const;

type Font = 'regular' | 'bold';
const FONT_RESOURCE: Record<Font, string> = { regular: 'F1', bold: 'F2' };

/** Helvetica's advance widths (per 1000 em) for ASCII 32..126, from the standard AFM: right-aligned amounts need them. */
const HELVETICA_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556,
  833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500,
  500, 334, 260, 334, 584,
];
const HELVETICA_BOLD_WIDTHS = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611,
  833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556,
  500, 389, 280, 389, 584,
];

/** The width of `text` in points at `size` (characters outside ASCII counted as an average glyph). */
export function textWidth(text: string, size: number, font: Font = 'regular'): number {
  const widths = font === 'bold' ? HELVETICA_BOLD_WIDTHS : HELVETICA_WIDTHS;
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    units += code >= 32 && code <= 126 ? widths[code - 32] : 556;
  }
  return (units * size) / 1000;
}

/** Cuts text to fit `width` points at `size` (with an ellipsis). */
export function fit(text: string, width: number, size: number, font: Font = 'regular'): string {
  if (textWidth(text, size, font) <= width) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(cut + '...', size, font) > width) cut = cut.slice(0, -1);
  return cut + '...';
}

/** WinAnsi's bytes 0x80-0x9F: the typographic characters product titles use (dashes, curly quotes, the euro). */
const WIN_ANSI_EXTRA: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e,
  '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** A string as a PDF literal in WinAnsi: escapes for \ ( ) and octal for bytes outside printable ASCII; "?" for what WinAnsi lacks. */
function literal(text: string): string {
  let out = '(';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    const byte = code >= 160 && code <= 255 ? code : WIN_ANSI_EXTRA[ch];
    if (ch === '\\' || ch === '(' || ch === ')') out += '\\' + ch;
    else if (code >= 32 && code <= 126) out += ch;
    else if (byte !== undefined) out += '\\' + byte.toString(8).padStart(3, '0');
    else out += '?';
  }
  return out + ')';
}

const num = (n: number) => (Math.round(n * 100) / 100).toString();

export class PdfDocument {
  private pages: string[][] = [];
  private current = 0;

  constructor(private readonly info: { title: string }) {
    this.addPage();
  }

  addPage(): void {
    this.pages.push([]);
    this.current = this.pages.length - 1;
  }

  get pageCount(): number {
    return this.pages.length;
  }

  /** Draws on page `index` (0-based) from now on: "Page n of m" footers are written once m is known. */
  onPage(index: number): void {
    if (index < 0 || index >= this.pages.length) throw new RangeError(`No page ${index}`);
    this.current = index;
  }

  private get ops(): string[] {
    return this.pages[this.current];
  }

  /** Text with its baseline at (x, y) from the page's bottom left; `align: 'right'` ends it at x. */
  text(x: number, y: number, text: string, opts: { size?: number; font?: Font; align?: 'left' | 'right' } = {}): void {
    const size = opts.size ?? 10;
    const font = opts.font ?? 'regular';
    const left = opts.align === 'right' ? x - textWidth(text, size, font) : x;
    this.ops.push(`BT /${FONT_RESOURCE[font]} ${num(size)} Tf ${num(left)} ${num(y)} Td ${literal(text)} Tj ET`);
  }

  line(x1: number, y1: number, x2: number, y2: number, width = 0.5): void {
    this.ops.push(`${num(width)} w ${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S`);
  }

  /** The file: header, objects, cross-reference table (byte offsets of each object), trailer. */
  toBuffer(): Buffer {
    const objects: string[] = [];
    const add = (body: string) => objects.push(body) as number; // object number = position
    const catalog = add('');
    const pagesObj = add('');
    const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
    const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
    const info = add(`<< /Title ${literal(this.info.title)} /Producer (WebWaka) >>`);
    const pageIds: number[] = [];
    for (const ops of this.pages) {
      const stream = ops.join('\n');
      const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
      pageIds.push(
        add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${A4.width} ${A4.height}] /Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> >> /Contents ${content} 0 R >>`),
      );
    }
    objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
    objects[pagesObj - 1] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;

    // A binary comment after the header tells transfer tools the file is not text.
    let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
    const offsets: number[] = [];
    objects.forEach((body, i) => {
      offsets.push(Buffer.byteLength(out, 'latin1'));
      out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    });
    const xref = Buffer.byteLength(out, 'latin1');
    // Each entry is exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, n/f, space, newline.
    out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
    for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
    out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return Buffer.from(out, 'latin1');
  }
}
