// Product import from CSV: parsing (RFC 4180), validation and grouping rows into products, and the
// comparison with what the store already holds. Pure; shared by the preview route, the import action and
// the progress component. Rules:
// - Header row with known column names (any order, case-insensitive); handle, title, sku and price_ngn
//   are required columns. One row per variant; rows with the same handle are one product whose title,
//   description and category come from its first row (later rows' values are ignored).
// - price_ngn is naira written plainly: digits with up to 2 decimals ("4500", "4500.5", "4500.50").
//   Thousands separators, currency signs and spaces are refused: "4,500" is ambiguous in a CSV (and in
//   locales where the comma is the decimal point), and a price is never guessed. Converted to kobo with
//   BigInt, never floats.
// - A product with any row error is left out whole (never half its variants); the rest may be imported.
// - A product whose SKUs all exist in one product of the store is "already present" and skipped, so the
//   import is re-runnable; a SKU that exists elsewhere is a row error (the store's SKUs are unique).
import { t } from '../messages';

import { IMPORT_CHUNK_SIZE, MAX_FILE_BYTES } from './product-import-limits';

export { IMPORT_CHUNK_SIZE, MAX_FILE_BYTES };
export const MAX_ROWS = 2_000;
export const MAX_STOCK = 1_000_000;

export const COLUMNS = ['handle', 'title', 'description', 'category', 'sku', 'option1_name', 'option1_value', 'option2_name', 'option2_value', 'price_ngn', 'stock'] as const;
type Column = (typeof COLUMNS)[number];
const REQUIRED_COLUMNS: readonly Column[] = ['handle', 'title', 'sku', 'price_ngn'];

/** The catalog's own rules (catalog services/access.ts SLUG_RE, products.ts SKU_RE), checked early. */
export const HANDLE_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SKU_RE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KOBO_RE = /^[1-9]\d{0,15}$/;

export interface CsvRecord {
  /** The file line the record starts on (1 = the header). */
  line: number;
  fields: string[];
}

export type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

/**
 * RFC 4180: fields separated by commas, records by CRLF or LF; a field in double quotes may hold commas,
 * line breaks and doubled quotes (""). A UTF-8 byte order mark is dropped; blank lines are skipped. A quote
 * inside an unquoted field, text after a closing quote, or a quote never closed is an error (the file is
 * not what it seems, so nothing is guessed).
 */
export function parseCsv(input: string): CsvParse {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let afterQuote = false;

  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '' && !afterQuote)) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    afterQuote = false;
  };

  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
        i++;
        continue;
      }
      if (c === '\n') line++;
      field += c;
      i++;
      continue;
    }
    if (c === ',') {
      fields.push(field);
      field = '';
      afterQuote = false;
      i++;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
    } else if (c === '"') {
      if (field !== '' || afterQuote) return { ok: false, line, message: t('admin.import.csv.strayQuote', { line }) };
      quoted = true;
      i++;
    } else {
      if (afterQuote) return { ok: false, line, message: t('admin.import.csv.afterQuote', { line }) };
      field += c;
      i++;
    }
  }
  if (quoted) return { ok: false, line: recordLine, message: t('admin.import.csv.unclosedQuote', { line: recordLine }) };
  if (field !== '' || fields.length > 0 || afterQuote) endRecord();
  return { ok: true, records };
}

/** Naira as written in the file ("4500", "4500.5", "4500.50") → kobo; null when malformed or not positive. */
export function nairaToKobo(input: string): string | null {
  const match = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(input.trim());
  if (!match) return null;
  const kobo = BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
  return kobo > 0n ? kobo.toString() : null;
}

/** Stock as written: empty → null (not set); a whole number 0…MAX_STOCK; anything else → undefined. */
export function parseStock(input: string): number | null | undefined {
  const s = input.trim();
  if (!s) return null;
  if (!/^\d{1,7}$/.test(s)) return undefined;
  const n = Number(s);
  return n <= MAX_STOCK ? n : undefined;
}

export interface ImportVariant {
  line: number;
  sku: string;
  options: Record<string, string>;
  priceKobo: string;
  stock: number | null;
}

export interface ImportProduct {
  handle: string;
  /** The line of its first row. */
  line: number;
  title: string;
  description: string;
  categoryId: string | null;
  variants: ImportVariant[];
}

export interface RowError {
  line: number;
  message: string;
}

export interface CatalogCategory {
  id: string;
  slug: string;
  name: string;
}

/** What the store holds that an import is checked against. */
export interface ImportCatalog {
  categories: CatalogCategory[];
  /** SKU → the id of the product holding it. */
  existingSkus: ReadonlyMap<string, string>;
}

export interface PresentProduct {
  handle: string;
  title: string;
  productId: string;
}

export type ImportPreview =
  | { ok: false; message: string }
  | {
      ok: true;
      /** Valid and new: to create. */
      products: ImportProduct[];
      /** Every SKU already in one product of the store: skipped. */
      present: PresentProduct[];
      /** Handles of products left out because of a row error. */
      leftOut: string[];
      errors: RowError[];
      rows: number;
    };

interface Row {
  line: number;
  values: Record<Column, string>;
}

type Header = { ok: true; columns: (Column | null)[] } | { ok: false; message: string };

function readHeader(fields: string[]): Header {
  const columns: Column[] = [];
  for (const raw of fields) {
    const name = raw.trim().toLowerCase();
    if (!(COLUMNS as readonly string[]).includes(name)) return { ok: false, message: t('admin.import.csv.unknownColumn', { column: raw.trim() || '""' }) };
    if (columns.includes(name as Column)) return { ok: false, message: t('admin.import.csv.duplicateColumn', { column: name }) };
    columns.push(name as Column);
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) return { ok: false, message: t('admin.import.csv.missingColumns', { columns: missing.join(', ') }) };
  return { ok: true, columns };
}

/** Resolves a category cell: its slug, or its name when exactly one category has that name. */
function resolveCategory(cell: string, categories: CatalogCategory[]): { id: string } | { error: string } {
  const wanted = cell.trim().toLowerCase();
  const bySlug = categories.find((c) => c.slug === wanted);
  if (bySlug) return { id: bySlug.id };
  const byName = categories.filter((c) => c.name.trim().toLowerCase() === wanted);
  if (byName.length === 1) return { id: byName[0].id };
  return { error: byName.length > 1 ? t('admin.import.error.ambiguousCategory', { category: cell.trim() }) : t('admin.import.error.unknownCategory', { category: cell.trim() }) };
}

function optionsOf(row: Row, errors: RowError[]): Record<string, string> {
  const options: Record<string, string> = {};
  for (const n of [1, 2] as const) {
    const name = row.values[`option${n}_name`].trim();
    const value = row.values[`option${n}_value`].trim();
    if (!name && !value) continue;
    if (!name || !value) {
      errors.push({ line: row.line, message: t('admin.import.error.optionPair', { n }) });
      continue;
    }
    if (Object.keys(options).some((k) => k.toLowerCase() === name.toLowerCase())) {
      errors.push({ line: row.line, message: t('admin.import.error.optionRepeated', { name }) });
      continue;
    }
    options[name] = value;
  }
  return options;
}

const optionsKey = (options: Record<string, string>) =>
  JSON.stringify(
    Object.entries(options)
      .map(([k, v]) => [k.toLowerCase(), v.toLowerCase()])
      .sort(),
  );

/**
 * The whole preview of a file: every row checked, rows grouped into products by handle, categories
 * resolved, and each valid product classified as new or already present.
 */
export function previewImport(text: string, catalog: ImportCatalog): ImportPreview {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const [headerRecord, ...records] = parsed.records;
  if (!headerRecord) return { ok: false, message: t('admin.import.csv.empty') };
  const header = readHeader(headerRecord.fields);
  if (!header.ok) return { ok: false, message: header.message };
  if (records.length === 0) return { ok: false, message: t('admin.import.csv.noRows') };
  if (records.length > MAX_ROWS) return { ok: false, message: t('admin.import.csv.tooManyRows', { max: MAX_ROWS, rows: records.length }) };

  const errors: RowError[] = [];
  const rows: Row[] = [];
  const tooLong = new Set<number>();
  for (const record of records) {
    if (record.fields.length > header.columns.length) tooLong.add(record.line);
    const values = Object.fromEntries(COLUMNS.map((c) => [c, ''])) as Record<Column, string>;
    header.columns.forEach((column, i) => {
      if (column) values[column] = record.fields[i] ?? '';
    });
    rows.push({ line: record.line, values });
  }

  const groups = new Map<string, Row[]>();
  const skuLines = new Map<string, number>();
  const badHandles = new Set<string>();
  const variantOf = new Map<Row, ImportVariant | null>();
  for (const row of rows) {
    const rowErrors: RowError[] = [];
    if (tooLong.has(row.line)) rowErrors.push({ line: row.line, message: t('admin.import.error.tooManyFields', { columns: header.columns.length }) });
    const handle = row.values.handle.trim();
    const handleValid = HANDLE_RE.test(handle) && handle.length <= 100;
    if (!handle) rowErrors.push({ line: row.line, message: t('admin.import.error.missingHandle') });
    else if (!handleValid) rowErrors.push({ line: row.line, message: t('admin.import.error.badHandle', { handle }) });
    const sku = row.values.sku.trim();
    if (!sku) rowErrors.push({ line: row.line, message: t('admin.import.error.missingSku') });
    else if (!SKU_RE.test(sku)) rowErrors.push({ line: row.line, message: t('admin.import.error.badSku', { sku }) });
    else if (skuLines.has(sku)) rowErrors.push({ line: row.line, message: t('admin.import.error.duplicateSku', { sku, line: skuLines.get(sku)! }) });
    else skuLines.set(sku, row.line);
    const priceCell = row.values.price_ngn.trim();
    const priceKobo = priceCell ? nairaToKobo(priceCell) : null;
    if (!priceCell) rowErrors.push({ line: row.line, message: t('admin.import.error.missingPrice') });
    else if (!priceKobo) rowErrors.push({ line: row.line, message: t('admin.import.error.badPrice', { price: priceCell }) });
    const stock = parseStock(row.values.stock);
    if (stock === undefined) rowErrors.push({ line: row.line, message: t('admin.import.error.badStock', { stock: row.values.stock.trim(), max: MAX_STOCK }) });
    const options = optionsOf(row, rowErrors);

    errors.push(...rowErrors);
    variantOf.set(row, rowErrors.length === 0 && priceKobo && stock !== undefined ? { line: row.line, sku, options, priceKobo, stock } : null);
    if (!handleValid) continue;
    if (rowErrors.length > 0) badHandles.add(handle);
    groups.set(handle, [...(groups.get(handle) ?? []), row]);
  }

  const candidates: ImportProduct[] = [];
  for (const [handle, group] of groups) {
    const first = group[0];
    const title = first.values.title.trim();
    if (!title) {
      errors.push({ line: first.line, message: t('admin.import.error.missingTitle', { handle }) });
      badHandles.add(handle);
    }
    let categoryId: string | null = null;
    if (first.values.category.trim()) {
      const category = resolveCategory(first.values.category, catalog.categories);
      if ('error' in category) {
        errors.push({ line: first.line, message: category.error });
        badHandles.add(handle);
      } else categoryId = category.id;
    }
    const seenOptions = new Map<string, number>();
    for (const row of group) {
      const variant = variantOf.get(row);
      if (!variant) continue;
      const key = optionsKey(variant.options);
      if (group.length > 1 && seenOptions.has(key)) {
        errors.push({ line: row.line, message: t('admin.import.error.sameOptions', { line: seenOptions.get(key)! }) });
        badHandles.add(handle);
      } else seenOptions.set(key, row.line);
    }
    if (badHandles.has(handle)) continue;
    candidates.push({
      handle,
      line: first.line,
      title,
      description: first.values.description.trim(),
      categoryId,
      variants: group.map((row) => variantOf.get(row)!),
    });
  }

  const products: ImportProduct[] = [];
  const present: PresentProduct[] = [];
  for (const product of candidates) {
    const holders = product.variants.map((v) => catalog.existingSkus.get(v.sku));
    if (holders.every((id) => id === undefined)) products.push(product);
    else if (holders.every((id) => id !== undefined && id === holders[0])) present.push({ handle: product.handle, title: product.title, productId: holders[0]! });
    else {
      badHandles.add(product.handle);
      product.variants.forEach((v, i) => {
        if (holders[i] !== undefined) errors.push({ line: v.line, message: t('admin.import.error.skuTaken', { sku: v.sku }) });
      });
    }
  }
  errors.sort((a, b) => a.line - b.line);
  return { ok: true, products, present, leftOut: [...badHandles], errors, rows: records.length };
}

/**
 * The server's check of a product sent back by the browser for import: the same shape and rules as the
 * preview produced (the browser is not trusted; the API still checks everything again).
 */
export function isImportProduct(value: unknown): value is ImportProduct {
  if (!value || typeof value !== 'object') return false;
  const p = value as Partial<ImportProduct>;
  if (typeof p.handle !== 'string' || !HANDLE_RE.test(p.handle) || p.handle.length > 100) return false;
  if (typeof p.title !== 'string' || !p.title.trim() || typeof p.description !== 'string' || typeof p.line !== 'number') return false;
  if (p.categoryId !== null && (typeof p.categoryId !== 'string' || !UUID_RE.test(p.categoryId))) return false;
  if (!Array.isArray(p.variants) || p.variants.length === 0) return false;
  return p.variants.every(
    (v: Partial<ImportVariant>) =>
      !!v &&
      typeof v.sku === 'string' &&
      SKU_RE.test(v.sku) &&
      typeof v.priceKobo === 'string' &&
      KOBO_RE.test(v.priceKobo) &&
      (v.stock === null || (Number.isInteger(v.stock) && v.stock! >= 0 && v.stock! <= MAX_STOCK)) &&
      !!v.options &&
      typeof v.options === 'object' &&
      Object.values(v.options).every((o) => typeof o === 'string'),
  );
}

export type ImportResult =
  | { handle: string; title: string; status: 'created'; productId: string; slug: string; stockWarning: string | null }
  | { handle: string; title: string; status: 'failed'; message: string };

/** Chosen on the page for the whole import. */
export interface ImportSettings {
  /** DRAFT or ACTIVE. */
  status: string;
  /** Marketplace managers choose the vendor; otherwise the API decides (the store's own, or the vendor). */
  vendorId: string | null;
  /** Where the stock column is received; null: stock is not set. */
  locationId: string | null;
}
