// The product import's pure rules (storefront/lib/admin/product-import.ts): the RFC 4180 parser, naira to
// kobo without floats, grouping rows into products, every row error with its line, and the comparison
// with the store's SKUs that makes an import re-runnable.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import en from '../storefront/messages/en.json';
import { isImportProduct, MAX_ROWS, nairaToKobo, parseCsv, parseStock, previewImport, type ImportCatalog, type ImportPreview } from '../storefront/lib/admin/product-import';

const HEADER = 'handle,title,description,category,sku,option1_name,option1_value,option2_name,option2_value,price_ngn,stock';
const FASHION = '0190a0b0-0000-7000-8000-000000000001';
const SHIRTS = '0190a0b0-0000-7000-8000-000000000002';
const CATALOG: ImportCatalog = {
  categories: [
    { id: FASHION, slug: 'fashion', name: 'Fashion' },
    { id: SHIRTS, slug: 'shirts', name: 'Shirts' },
    { id: '0190a0b0-0000-7000-8000-000000000003', slug: 'mens-shoes', name: 'Shoes' },
    { id: '0190a0b0-0000-7000-8000-000000000004', slug: 'womens-shoes', name: 'Shoes' },
  ],
  existingSkus: new Map(),
};

/** en.json's text with {placeholders} filled, to compare against. */
function msg(key: keyof typeof en, vars: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (_m, name: string) => String(vars[name]));
}

function ok(preview: ImportPreview): Extract<ImportPreview, { ok: true }> {
  if (!preview.ok) throw new Error(`expected a preview, got: ${preview.message}`);
  return preview;
}

const file = (...rows: string[]) => [HEADER, ...rows].join('\n');
const errorsOf = (text: string, catalog = CATALOG) => ok(previewImport(text, catalog)).errors;

describe('parseCsv (RFC 4180)', () => {
  test('quoted commas, doubled quotes and line breaks inside quotes; the record keeps its first line', () => {
    const parsed = parseCsv('a,b,c\n"x, y","say ""hi""","two\nlines"\nlast,,\n');
    expect(parsed).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b', 'c'] },
        { line: 2, fields: ['x, y', 'say "hi"', 'two\nlines'] },
        { line: 4, fields: ['last', '', ''] },
      ],
    });
  });

  test('CRLF, a byte order mark, blank lines and no final newline', () => {
    expect(parseCsv('\uFEFFa,b\r\n\r\n1,2\r\n\n3,"4"')).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b'] },
        { line: 3, fields: ['1', '2'] },
        { line: 5, fields: ['3', '4'] },
      ],
    });
    // A CRLF inside quotes is kept as it is, and counted as one line.
    expect(parseCsv('"a\r\nb",c\r\nd,e')).toEqual({ ok: true, records: [{ line: 1, fields: ['a\r\nb', 'c'] }, { line: 3, fields: ['d', 'e'] }] });
  });

  test('an empty quoted field is a field, not a blank line', () => {
    expect(parseCsv('a\n""\n')).toEqual({ ok: true, records: [{ line: 1, fields: ['a'] }, { line: 2, fields: [''] }] });
  });

  test('malformed quoting is refused with its line', () => {
    expect(parseCsv('a,b\nab"c,d')).toEqual({ ok: false, line: 2, message: msg('admin.import.csv.strayQuote', { line: 2 }) });
    expect(parseCsv('a,b\n"ab"c,d')).toEqual({ ok: false, line: 2, message: msg('admin.import.csv.afterQuote', { line: 2 }) });
    expect(parseCsv('a,b\n1,2\n"open,\nstill open')).toEqual({ ok: false, line: 3, message: msg('admin.import.csv.unclosedQuote', { line: 3 }) });
  });
});

describe('naira to kobo', () => {
  test.each([
    ['4500', '450000'],
    ['4500.5', '450050'],
    ['4500.50', '450050'],
    ['0.01', '1'],
    ['0.29', '29'],
    ['19.99', '1999'],
    [' 12 ', '1200'],
    // Beyond a float's exact range: BigInt keeps every kobo.
    ['9999999999999.99', '999999999999999'],
  ])('%s → %s kobo', (input, kobo) => {
    expect(nairaToKobo(input)).toBe(kobo);
  });

  test.each(['', '0', '0.00', '4,500', '4,500.50', '₦4500', '4 500', '4500.505', '-5', '1e3', '.5', '5.', 'abc'])('%s is refused', (input) => {
    expect(nairaToKobo(input)).toBeNull();
  });

  test('stock: empty is not set; whole numbers up to a million', () => {
    expect(parseStock('')).toBeNull();
    expect(parseStock(' 7 ')).toBe(7);
    expect(parseStock('0')).toBe(0);
    expect(parseStock('1000000')).toBe(1_000_000);
    for (const bad of ['1000001', '-1', '2.5', 'ten']) expect(parseStock(bad)).toBeUndefined();
  });
});

describe('previewImport', () => {
  test('groups rows by handle; title, description and category from the first row; options and prices per variant', () => {
    const preview = ok(
      previewImport(
        file(
          'adire-shirt,Adire Shirt,"Indigo, hand-dyed",Shirts,ADI-S,size,S,colour,Indigo,12500,3',
          'kaftan,Kaftan,,fashion,KAF-1,,,,,30000.5,',
          'adire-shirt,Ignored title,ignored,Fashion,ADI-M,size,M,colour,Indigo,12500.50,',
        ),
        CATALOG,
      ),
    );
    expect(preview.errors).toEqual([]);
    expect(preview.rows).toBe(3);
    expect(preview.products).toEqual([
      {
        handle: 'adire-shirt',
        line: 2,
        title: 'Adire Shirt',
        description: 'Indigo, hand-dyed',
        categoryId: SHIRTS,
        variants: [
          { line: 2, sku: 'ADI-S', options: { size: 'S', colour: 'Indigo' }, priceKobo: '1250000', stock: 3 },
          { line: 4, sku: 'ADI-M', options: { size: 'M', colour: 'Indigo' }, priceKobo: '1250050', stock: null },
        ],
      },
      { handle: 'kaftan', line: 3, title: 'Kaftan', description: '', categoryId: FASHION, variants: [{ line: 3, sku: 'KAF-1', options: {}, priceKobo: '3000050', stock: null }] },
    ]);
    expect(preview.products.every(isImportProduct)).toBe(true);
  });

  test('columns in any order and case; optional columns may be left out', () => {
    const preview = ok(previewImport('SKU,Price_NGN,Handle,Title\nB-1,100,bag,Bag\n', CATALOG));
    expect(preview.products).toEqual([{ handle: 'bag', line: 2, title: 'Bag', description: '', categoryId: null, variants: [{ line: 2, sku: 'B-1', options: {}, priceKobo: '10000', stock: null }] }]);
  });

  test('file-level problems stop the preview', () => {
    expect(previewImport('', CATALOG)).toEqual({ ok: false, message: msg('admin.import.csv.empty') });
    expect(previewImport(`${HEADER}\n`, CATALOG)).toEqual({ ok: false, message: msg('admin.import.csv.noRows') });
    expect(previewImport('handle,title,sku,price_ngn,colour\n', CATALOG)).toEqual({ ok: false, message: msg('admin.import.csv.unknownColumn', { column: 'colour' }) });
    expect(previewImport('handle,title,sku,sku,price_ngn\n', CATALOG)).toEqual({ ok: false, message: msg('admin.import.csv.duplicateColumn', { column: 'sku' }) });
    expect(previewImport('handle,sku,description\n', CATALOG)).toEqual({ ok: false, message: msg('admin.import.csv.missingColumns', { columns: 'title, price_ngn' }) });
    expect(previewImport('handle,title,sku,price_ngn\n"x,1,2,3\n', CATALOG)).toEqual({ ok: false, message: msg('admin.import.csv.unclosedQuote', { line: 2 }) });
    const tooMany = ['handle,title,sku,price_ngn', ...Array.from({ length: MAX_ROWS + 1 }, (_, i) => `p${i},P,S-${i},1`)].join('\n');
    expect(previewImport(tooMany, CATALOG)).toEqual({ ok: false, message: msg('admin.import.csv.tooManyRows', { rows: MAX_ROWS + 1, max: MAX_ROWS }) });
    const atMost = ['handle,title,sku,price_ngn', ...Array.from({ length: MAX_ROWS }, (_, i) => `p${i},P,S-${i},1`)].join('\n');
    expect(ok(previewImport(atMost, CATALOG)).products).toHaveLength(MAX_ROWS);
  });

  test('every row error, with its line; a product with an error is left out whole', () => {
    const text = file(
      /* 2 */ 'good,Good,,,G-1,,,,,100,',
      /* 3 */ ',No handle,,,NH-1,,,,,100,',
      /* 4 */ 'Bad_Handle,Bad,,,BH-1,,,,,100,',
      /* 5 */ 'no-title,,,,NT-1,,,,,100,',
      /* 6 */ 'no-sku,No SKU,,,,,,,,100,',
      /* 7 */ 'bad-sku,Bad SKU,,,-X Y,,,,,100,',
      /* 8 */ 'dup,Dup,,,G-1,,,,,100,',
      /* 9 */ 'no-price,No price,,,NP-1,,,,,,',
      /* 10 */ 'bad-price,Bad price,,,BP-1,,,,,"4,500",',
      /* 11 */ 'zero-price,Zero,,,ZP-1,,,,,0,',
      /* 12 */ 'bad-stock,Bad stock,,,BS-1,,,,,100,-2',
      /* 13 */ 'half-option,Half,,,HO-1,size,,,,100,',
      /* 14 */ 'same-option,Same,,,SO-1,size,M,Size,L,100,',
      /* 15 */ 'unknown-cat,Unknown,,Toys,UC-1,,,,,100,',
      /* 16 */ 'ambiguous-cat,Ambiguous,,Shoes,AC-1,,,,,100,',
      /* 17 */ 'two,Two variants,,,TV-1,size,M,,,100,',
      /* 18 */ 'two,,,,TV-2,size,m,,,100,',
      /* 19 */ 'long,Long,,,LG-1,,,,,100,,extra',
      /* 20 */ 'mixed,Mixed,,,MX-1,,,,,100,',
      /* 21 */ 'mixed,,,,MX-2,,,,,abc,',
    );
    const preview = ok(previewImport(text, CATALOG));
    expect(preview.errors).toEqual([
      { line: 3, message: msg('admin.import.error.missingHandle') },
      { line: 4, message: msg('admin.import.error.badHandle', { handle: 'Bad_Handle' }) },
      { line: 5, message: msg('admin.import.error.missingTitle', { handle: 'no-title' }) },
      { line: 6, message: msg('admin.import.error.missingSku') },
      { line: 7, message: msg('admin.import.error.badSku', { sku: '-X Y' }) },
      { line: 8, message: msg('admin.import.error.duplicateSku', { sku: 'G-1', line: 2 }) },
      { line: 9, message: msg('admin.import.error.missingPrice') },
      { line: 10, message: msg('admin.import.error.badPrice', { price: '4,500' }) },
      { line: 11, message: msg('admin.import.error.badPrice', { price: '0' }) },
      { line: 12, message: msg('admin.import.error.badStock', { stock: '-2', max: 1_000_000 }) },
      { line: 13, message: msg('admin.import.error.optionPair', { n: 1 }) },
      { line: 14, message: msg('admin.import.error.optionRepeated', { name: 'Size' }) },
      { line: 15, message: msg('admin.import.error.unknownCategory', { category: 'Toys' }) },
      { line: 16, message: msg('admin.import.error.ambiguousCategory', { category: 'Shoes' }) },
      { line: 18, message: msg('admin.import.error.sameOptions', { line: 17 }) },
      { line: 19, message: msg('admin.import.error.tooManyFields', { columns: 11 }) },
      { line: 21, message: msg('admin.import.error.badPrice', { price: 'abc' }) },
    ]);
    // Only the good product remains; "mixed" is left out with its valid first row too.
    expect(preview.products.map((p) => p.handle)).toEqual(['good']);
    expect(preview.leftOut.sort()).toEqual(['ambiguous-cat', 'bad-price', 'bad-sku', 'bad-stock', 'dup', 'half-option', 'long', 'mixed', 'no-price', 'no-sku', 'no-title', 'same-option', 'two', 'unknown-cat', 'zero-price']);
  });

  test('a category by slug or by name, case-insensitively; an ambiguous name works by its slug', () => {
    const preview = ok(previewImport(file('a,A,,SHIRTS,A-1,,,,,1,', 'b,B,,fashion,B-1,,,,,1,', 'c,C,,womens-shoes,C-1,,,,,1,'), CATALOG));
    expect(preview.products.map((p) => p.categoryId)).toEqual([SHIRTS, FASHION, '0190a0b0-0000-7000-8000-000000000004']);
  });

  test('SKUs are compared exactly (case matters, as in the catalog)', () => {
    expect(errorsOf(file('a,A,,,ab-1,,,,,1,', 'b,B,,,AB-1,,,,,1,'))).toEqual([]);
  });

  test('already in the store: skipped when every SKU is in one product; a SKU used elsewhere is a row error', () => {
    const existing = '0190a0b0-0000-7000-8000-0000000000aa';
    const other = '0190a0b0-0000-7000-8000-0000000000bb';
    const catalog: ImportCatalog = { ...CATALOG, existingSkus: new Map([['OLD-1', existing], ['OLD-2', existing], ['ELSE-1', other], ['SPLIT-2', other], ['SPLIT-1', existing]]) };
    const preview = ok(
      previewImport(
        file(
          'old,Old,,,OLD-1,size,S,,,100,',
          'old,,,,OLD-2,size,M,,,100,',
          'new,New,,,NEW-1,,,,,100,',
          'half,Half,,,NEW-2,size,S,,,100,',
          'half,,,,ELSE-1,size,M,,,100,',
          'split,Split,,,SPLIT-1,size,S,,,100,',
          'split,,,,SPLIT-2,size,M,,,100,',
        ),
        catalog,
      ),
    );
    expect(preview.present).toEqual([{ handle: 'old', title: 'Old', productId: existing }]);
    expect(preview.products.map((p) => p.handle)).toEqual(['new']);
    expect(preview.errors).toEqual([
      { line: 6, message: msg('admin.import.error.skuTaken', { sku: 'ELSE-1' }) },
      { line: 7, message: msg('admin.import.error.skuTaken', { sku: 'SPLIT-1' }) },
      { line: 8, message: msg('admin.import.error.skuTaken', { sku: 'SPLIT-2' }) },
    ]);
    expect(preview.leftOut.sort()).toEqual(['half', 'split']);
  });

  test('the downloadable sample is a valid import', () => {
    const sample = readFileSync(resolve(__dirname, '../storefront/public/samples/products-import.csv'), 'utf8');
    const catalog: ImportCatalog = {
      categories: [...CATALOG.categories, { id: '0190a0b0-0000-7000-8000-000000000010', slug: 'caps-hats', name: 'Caps & Hats' }, { id: '0190a0b0-0000-7000-8000-000000000011', slug: 'skincare', name: 'Skincare' }],
      existingSkus: new Map(),
    };
    const preview = ok(previewImport(sample, catalog));
    expect(preview.errors).toEqual([]);
    expect(preview.products.map((p) => [p.handle, p.variants.length])).toEqual([
      ['adire-tote-bag', 1],
      ['ankara-bucket-hat', 2],
      ['shea-body-butter', 1],
    ]);
    expect(preview.products[1].description).toBe('Reversible Ankara print hat. Sizes run small; choose "L" if unsure.');
  });
});

describe('isImportProduct (the server re-checks what the browser sends back)', () => {
  const valid = { handle: 'bag', line: 2, title: 'Bag', description: '', categoryId: null, variants: [{ line: 2, sku: 'B-1', options: { size: 'M' }, priceKobo: '10000', stock: 3 }] };
  test('accepts what the preview produced, refuses anything else', () => {
    expect(isImportProduct(valid)).toBe(true);
    const variant = valid.variants[0];
    for (const bad of [
      null,
      'bag',
      { ...valid, handle: 'Bad Handle' },
      { ...valid, title: ' ' },
      { ...valid, categoryId: 'not-a-uuid' },
      { ...valid, variants: [] },
      { ...valid, variants: [{ ...variant, sku: 'has space' }] },
      { ...valid, variants: [{ ...variant, priceKobo: '10.5' }] },
      { ...valid, variants: [{ ...variant, priceKobo: '0' }] },
      { ...valid, variants: [{ ...variant, priceKobo: 10000 }] },
      { ...valid, variants: [{ ...variant, stock: -1 }] },
      { ...valid, variants: [{ ...variant, stock: 1.5 }] },
      { ...valid, variants: [{ ...variant, options: { size: 3 } }] },
    ]) {
      expect(isImportProduct(bad)).toBe(false);
    }
  });
});
