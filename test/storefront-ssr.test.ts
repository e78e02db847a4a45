// Server-rendered storefront HTML, straight over HTTP (no browser): catalogue data, SEO tags, JSON-LD,
// sitemap.xml and robots.txt per tenant (path and custom domain), 404s. The real stack: PGlite, every
// subgraph, the gateway and `next start`.
import { request } from 'node:http';
import en from '../storefront/messages/en.json';
import { startStorefront, type RunningStorefront } from '../scripts/storefront';
import { gql } from './support/graphql';
import { startStack, type TestStack } from './support/stack';

const STORE = 'ade-fashion';
const MARKET = 'naija-market';
const MARKET_DOMAIN = 'market.example.ng';

let stack: TestStack;
let storefront: RunningStorefront;
let origin: string;

interface Page {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** GET through node:http, so the Host header can name a custom domain. */
function get(path: string, opts: { host?: string; cookie?: string } = {}): Promise<Page> {
  const url = new URL(path, storefront.url);
  return new Promise((resolve, reject) => {
    const headers = { ...(opts.host ? { host: opts.host } : {}), ...(opts.cookie ? { cookie: opts.cookie } : {}) };
    const req = request(url, { method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** POST a form through node:http (Host and Origin as a browser on that host would send them). */
function postForm(path: string, form: Record<string, string>, opts: { host?: string; origin?: string } = {}): Promise<Page> {
  const url = new URL(path, storefront.url);
  const body = new URLSearchParams(form).toString();
  const headers = { 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(Buffer.byteLength(body)), ...(opts.host ? { host: opts.host } : {}), ...(opts.origin ? { origin: opts.origin } : {}) };
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Ask the gateway what the page should show (anonymous, like the storefront). */
async function ask<T>(tenant: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await gql<T>(stack.gatewayUrl, query, variables, { 'x-tenant': tenant });
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const decode = (html: string) =>
  html.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'");

function titleOf(html: string): string {
  return decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
}

function metaContent(html: string, name: string): string | undefined {
  const tag = new RegExp(`<meta[^>]*name="${name}"[^>]*>`).exec(html)?.[0];
  const content = tag && /content="([^"]*)"/.exec(tag)?.[1];
  return content === undefined ? undefined : decode(content);
}

function canonicalOf(html: string): string | undefined {
  const tag = /<link[^>]*rel="canonical"[^>]*>/.exec(html)?.[0];
  const href = tag && /href="([^"]*)"/.exec(tag)?.[1];
  return href === undefined ? undefined : decode(href);
}

function jsonLd(html: string): Array<Record<string, any>> {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
}

/** Text of the product titles in a listing, in order. */
function cardTitles(html: string): string[] {
  return [...html.matchAll(/<h3 class="product-card-title">([^<]*)<\/h3>/g)].map((m) => decode(m[1]));
}

const money = (amount: string) => `${amount.slice(0, -2) || '0'}.${amount.slice(-2)}`;

const SEARCH = `query S($filters: ProductSearchFilters, $query: String, $after: String, $first: Int) {
  searchProducts(filters: $filters, query: $query, after: $after, first: $first) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id slug title } }
  }
}`;

beforeAll(async () => {
  // 120 demo products: enough for a store product with several sizes and a category with two pages.
  stack = await startStack({ demoProducts: 120 });
  const prisma = stack.stack.prisma;
  await prisma.tenant.update({ where: { slug: MARKET }, data: { customDomain: MARKET_DOMAIN } });
  storefront = await startStorefront({ gatewayUrl: stack.gatewayUrl });
  origin = storefront.url;
}, 300_000);

afterAll(async () => {
  await storefront?.stop();
  await stack?.stop();
}, 60_000);

describe('product page', () => {
  let product: {
    id: string;
    slug: string;
    title: string;
    seoTitle: string;
    seoDescription: string;
    availableForSale: boolean;
    variants: { sku: string; availableForSale: boolean; price: { unit: { amount: string; currency: string; formatted: string } } }[];
  };

  beforeAll(async () => {
    const data = await ask<{ searchProducts: { edges: { node: typeof product }[] } }>(
      STORE,
      `query { searchProducts(first: 50) { edges { node {
        id slug title seoTitle seoDescription availableForSale
        variants { sku availableForSale price(context: { currency: "NGN", channel: SVM }) { unit { amount currency formatted } } }
      } } } }`,
    );
    // A product with several variants, so the option pickers have something to do.
    product = data.searchProducts.edges.map((e) => e.node).find((p) => p.variants.length >= 2)!;
    expect(product).toBeDefined();
    const { tenantId } = await stack.stack.prisma.product.findUniqueOrThrow({ where: { id: product.id }, select: { tenantId: true } });
    await stack.stack.prisma.productMedia.createMany({
      data: [0, 1].map((position) => ({
        id: `0193c000-0000-7000-8000-00000000000${position}`,
        tenantId,
        productId: product.id,
        url: `https://media.example.ng/${product.slug}-${position}.jpg`,
        alt: position === 0 ? `${product.title} on a model` : null,
        position,
      })),
    });
  });

  test('renders the product, its price in naira and its availability', async () => {
    const page = await get(`/s/${STORE}/p/${product.slug}`);
    expect(page.status).toBe(200);
    const html = decode(page.body);
    const first = product.variants[0];
    expect(html).toContain(`<h1>${product.title}</h1>`);
    // The gateway formats en-NG itself; the storefront's own Intl formatting must agree.
    expect(html).toContain(first.price.unit.formatted);
    expect(html).toMatch(/₦[\d,]+\.\d\d/);
    expect(html).toContain(first.availableForSale ? en['product.inStock'] : en['product.outOfStock']);
    expect(html).toContain(en['product.sku'].replace('{sku}', first.sku));
  });

  test('has title, description, canonical and Product + BreadcrumbList JSON-LD', async () => {
    const { body } = await get(`/s/${STORE}/p/${product.slug}`);
    expect(titleOf(body)).toBe(product.seoTitle);
    expect(metaContent(body, 'description')).toBe(product.seoDescription);
    expect(canonicalOf(body)).toBe(`${origin}/s/${STORE}/p/${product.slug}`);
    const blocks = jsonLd(body);
    const ld = blocks.find((b) => b['@type'] === 'Product')!;
    expect(ld).toMatchObject({ '@context': 'https://schema.org', name: product.title, url: `${origin}/s/${STORE}/p/${product.slug}` });
    expect(ld.offers).toHaveLength(product.variants.length);
    product.variants.forEach((v, i) => {
      expect(ld.offers[i]).toMatchObject({
        '@type': 'Offer',
        sku: v.sku,
        price: money(v.price.unit.amount),
        priceCurrency: 'NGN',
        availability: v.availableForSale ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
      });
    });
    expect(ld.image).toEqual([0, 1].map((n) => `https://media.example.ng/${product.slug}-${n}.jpg`));
    const crumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList')!;
    expect(crumbs.itemListElement.at(-1)).toMatchObject({ name: product.title, item: `${origin}/s/${STORE}/p/${product.slug}` });
    expect(crumbs.itemListElement[0]).toMatchObject({ position: 1, item: `${origin}/s/${STORE}` });
  });

  test('media have width and height; only the first image loads eagerly', async () => {
    const { body } = await get(`/s/${STORE}/p/${product.slug}`);
    const images = [...body.matchAll(/<img[^>]*media\.example\.ng[^>]*>/g)].map((m) => m[0]);
    expect(images).toHaveLength(2);
    for (const img of images) expect(img).toMatch(/width="\d+"[^>]*height="\d+"/);
    expect(images[0]).not.toContain('loading="lazy"');
    expect(images[0]).toContain(`alt="${product.title} on a model"`);
    expect(images[1]).toContain('loading="lazy"');
  });

  test('option pickers are links: ?variant=<sku> selects that variant', async () => {
    const second = product.variants[1];
    const { body } = await get(`/s/${STORE}/p/${product.slug}?variant=${encodeURIComponent(second.sku)}`);
    const html = decode(body);
    expect(html).toContain(en['product.sku'].replace('{sku}', second.sku));
    expect(html).toContain(second.price.unit.formatted);
    const current = /<a[^>]*aria-current="true"[^>]*>([^<]*)<\/a>/.exec(html);
    expect(current?.[0]).toContain(`?variant=${encodeURIComponent(second.sku)}`);
    // The canonical URL stays the product's, whatever variant is shown.
    expect(canonicalOf(body)).toBe(`${origin}/s/${STORE}/p/${product.slug}`);
  });

  test('an unknown product is a 404 in the store’s own layout; another tenant’s product too', async () => {
    const unknown = await get(`/s/${STORE}/p/no-such-product`);
    expect(unknown.status).toBe(404);
    expect(decode(unknown.body)).toContain(en['notFound.storeBody']);
    expect(decode(unknown.body)).toContain('Ade Fashion House');
    const marketProduct = await ask<{ searchProducts: { edges: { node: { slug: string } }[] } }>(MARKET, '{ searchProducts(first: 1) { edges { node { slug } } } }');
    const foreign = await get(`/s/${STORE}/p/${marketProduct.searchProducts.edges[0].node.slug}`);
    expect(foreign.status).toBe(404);
  });
});

describe('category page', () => {
  test('lists the category’s products (first page, then the next by cursor) with SEO tags', async () => {
    const { categories } = await ask<{ categories: { id: string; slug: string; name: string; children: { id: string; slug: string; name: string }[] }[] }>(
      MARKET,
      '{ categories { id slug name children { id slug name } } }',
    );
    const parent = categories.find((c) => c.slug === 'fashion')!;
    const expected = await ask<{ searchProducts: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { title: string } }[] } }>(
      MARKET,
      SEARCH,
      { filters: { categoryId: parent.id }, first: 24 },
    );
    expect(expected.searchProducts.pageInfo.hasNextPage).toBe(true); // the marketplace's Fashion has two pages

    const page = await get(`/m/${MARKET}/c/fashion`);
    expect(page.status).toBe(200);
    const html = decode(page.body);
    expect(html).toContain(`<h1>${parent.name}</h1>`);
    expect(cardTitles(page.body)).toEqual(expected.searchProducts.edges.map((e) => e.node.title));
    const count = expected.searchProducts.totalCount;
    expect(html).toContain(count === 1 ? en['listing.countOne'] : en['listing.count'].replace('{count}', String(count)));
    for (const child of parent.children) expect(html).toContain(`href="/m/${MARKET}/c/${child.slug}"`);
    expect(titleOf(page.body)).toBe(`${parent.name} · Naija Market`);
    expect(metaContent(page.body, 'description')).toContain(parent.name);
    expect(canonicalOf(page.body)).toBe(`${origin}/m/${MARKET}/c/fashion`);
    const crumbs = jsonLd(page.body).find((b) => b['@type'] === 'BreadcrumbList')!;
    expect(crumbs.itemListElement.map((i: any) => i.name)).toEqual([en['nav.home'], parent.name]);

    {
      const next = /<a href="([^"]*)" rel="next">/.exec(page.body)?.[1];
      expect(next).toBeDefined();
      const second = await get(decode(next!));
      const expectedSecond = await ask<{ searchProducts: { edges: { node: { title: string } }[] } }>(MARKET, SEARCH, {
        filters: { categoryId: parent.id },
        first: 24,
        after: expected.searchProducts.pageInfo.endCursor,
      });
      expect(cardTitles(second.body)).toEqual(expectedSecond.searchProducts.edges.map((e) => e.node.title));
      expect(canonicalOf(second.body)).toBe(`${origin}${decode(next!)}`);
    }
  });

  test('an unknown category is a 404; a tampered cursor too', async () => {
    expect((await get(`/s/${STORE}/c/no-such-category`)).status).toBe(404);
    expect((await get(`/s/${STORE}/c/fashion?after=not-a-cursor`)).status).toBe(404);
  });
});

describe('search', () => {
  test('text and facet filters give the gateway’s results and keep the choices in the form', async () => {
    const filters = { attributes: [{ name: 'colour', values: ['indigo'] }] };
    const expected = await ask<{ searchProducts: { totalCount: number; edges: { node: { title: string } }[] } }>(STORE, SEARCH, { filters, first: 24 });
    const page = await get(`/s/${STORE}/search?attr.colour=indigo`);
    expect(page.status).toBe(200);
    expect(cardTitles(page.body)).toEqual(expected.searchProducts.edges.map((e) => e.node.title));
    const box = /<input type="checkbox" name="attr.colour"[^>]*value="indigo"[^>]*>/.exec(page.body)?.[0];
    expect(box).toContain('checked');
    expect(metaContent(page.body, 'robots')).toBe('noindex, follow');

    const word = expected.searchProducts.edges[0].node.title.split(' ')[1];
    const text = await ask<{ searchProducts: { edges: { node: { title: string } }[] } }>(STORE, SEARCH, { query: word, first: 24 });
    const searched = await get(`/s/${STORE}/search?q=${encodeURIComponent(word)}`);
    expect(cardTitles(searched.body)).toEqual(text.searchProducts.edges.map((e) => e.node.title));
    expect(decode(searched.body)).toContain(en['search.titleFor'].replace('{query}', word));
  });
});

describe('marketplace', () => {
  test('product page names the vendor; vendor page lists only that vendor’s products', async () => {
    const data = await ask<{ searchProducts: { edges: { node: { slug: string; vendor: { id: string; name: string } } }[] } }>(
      MARKET,
      '{ searchProducts(first: 1) { edges { node { slug vendor { id name } } } } }',
    );
    const { slug, vendor } = data.searchProducts.edges[0].node;
    const page = decode((await get(`/m/${MARKET}/p/${slug}`)).body);
    expect(page).toContain(`href="/m/${MARKET}/vendors/${vendor.id}">${vendor.name}</a>`);

    const own = await ask<{ searchProducts: { totalCount: number; edges: { node: { title: string } }[] } }>(MARKET, SEARCH, { filters: { vendorId: vendor.id }, first: 24 });
    const vendorPage = await get(`/m/${MARKET}/vendors/${vendor.id}`);
    expect(vendorPage.status).toBe(200);
    expect(decode(vendorPage.body)).toContain(`<h1>${vendor.name}</h1>`);
    expect(cardTitles(vendorPage.body)).toEqual(own.searchProducts.edges.map((e) => e.node.title));
    expect((await get(`/m/${MARKET}/vendors/0193b001-0000-7000-8000-0000000000ff`)).status).toBe(404);
    expect((await get(`/m/${MARKET}/vendors/not-an-id`)).status).toBe(404);
  });

  test('a store asked for under /m/ is sent to /s/; a store has no vendor pages', async () => {
    const wrongKind = await get(`/m/${STORE}`);
    expect([307, 308]).toContain(wrongKind.status);
    expect(wrongKind.headers.location).toMatch(new RegExp(`/s/${STORE}$`));
    expect((await get(`/s/${STORE}/vendors`)).status).toBe(404);
  });
});

describe('sitemap.xml and robots.txt', () => {
  test('a store’s sitemap lists its home, categories and every active product, and nothing of other tenants', async () => {
    const page = await get(`/s/${STORE}/sitemap.xml`);
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('application/xml');
    const locs = [...page.body.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    const all = await ask<{ searchProducts: { totalCount: number } }>(STORE, SEARCH, { first: 1 });
    expect(locs.filter((l) => l.includes('/p/'))).toHaveLength(all.searchProducts.totalCount);
    expect(locs).toContain(`${origin}/s/${STORE}`);
    expect(locs).toContain(`${origin}/s/${STORE}/c/dresses`);
    expect(locs.every((l) => l.startsWith(`${origin}/s/${STORE}`))).toBe(true);
  });

  test('robots.txt: the platform host’s, and a tenant’s own naming its sitemap', async () => {
    const platform = await get('/robots.txt');
    expect(platform.status).toBe(200);
    expect(platform.body).toMatch(/User-Agent: \*/i);
    expect(platform.body).toContain('Disallow: /s/*/search');
    const store = await get(`/s/${STORE}/robots.txt`);
    expect(store.body).toContain(`Sitemap: ${origin}/s/${STORE}/sitemap.xml`);
    expect((await get('/s/no-such-store/sitemap.xml')).status).toBe(404);
  });
});

describe('custom domain', () => {
  test('the marketplace answers on its own domain, at the root, with links and canonical URLs there', async () => {
    const home = await get('/', { host: MARKET_DOMAIN });
    expect(home.status).toBe(200);
    expect(decode(home.body)).toContain('<h1>Naija Market</h1>');
    expect(home.body).toContain('href="/c/fashion"');
    expect(home.body).not.toContain(`href="/m/${MARKET}`);
    expect(canonicalOf(home.body)).toBe(`http://${MARKET_DOMAIN}/`);

    const product = /href="(\/p\/[^"]+)"/.exec(home.body)![1];
    const productPage = await get(product, { host: MARKET_DOMAIN });
    expect(productPage.status).toBe(200);
    expect(canonicalOf(productPage.body)).toBe(`http://${MARKET_DOMAIN}${product}`);

    const robots = await get('/robots.txt', { host: MARKET_DOMAIN });
    expect(robots.body).toContain(`Sitemap: http://${MARKET_DOMAIN}/sitemap.xml`);
    const sitemap = await get('/sitemap.xml', { host: MARKET_DOMAIN });
    const locs = [...sitemap.body.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    expect(locs.length).toBeGreaterThan(1);
    expect(locs.every((l) => l.startsWith(`http://${MARKET_DOMAIN}/`))).toBe(true);
  });

  test('a custom domain serves only its tenant', async () => {
    expect((await get(`/s/${STORE}`, { host: MARKET_DOMAIN })).status).toBe(404);
    // An unknown host is treated as the platform host.
    expect((await get(`/s/${STORE}`, { host: 'unknown.example.ng' })).status).toBe(200);
  });
});

describe('add to cart (a route, not a server action)', () => {
  const cookiesOf = (page: Page) => ([] as string[]).concat(page.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]);
  let variantId: string;
  let marketVariantId: string;
  beforeAll(async () => {
    const first = async (tenant: string) =>
      (await ask<{ searchProducts: { edges: { node: { variants: { id: string; availableForSale: boolean }[] } }[] } }>(tenant, '{ searchProducts(first: 20) { edges { node { variants { id availableForSale } } } } }'))
        .searchProducts.edges.flatMap((e) => e.node.variants).find((v) => v.availableForSale)!.id;
    variantId = await first(STORE);
    marketVariantId = await first(MARKET);
  });

  test('the product form posts to <shop>/cart/add: 303 to the cart, with the new cart in a cookie', async () => {
    const added = await postForm(`/s/${STORE}/cart/add`, { variantId, quantity: '2' }, { origin: storefront.url });
    expect(added.status).toBe(303);
    expect(added.headers.location).toBe(`/s/${STORE}/cart?added=1`);
    const cart = cookiesOf(added).find((c) => c.startsWith(`ww_cart_${STORE}=`));
    expect(cart).toBeDefined();
    const page = await get(`/s/${STORE}/cart`, { cookie: cart });
    expect(page.body).toContain('value="2"');
  });

  test('on a custom domain the route and the cart are at the root', async () => {
    const added = await postForm('/cart/add', { variantId: marketVariantId }, { host: MARKET_DOMAIN, origin: `http://${MARKET_DOMAIN}` });
    expect(added.status).toBe(303);
    expect(added.headers.location).toBe('/cart?added=1');
  });

  test('a post from another site, or of nonsense, adds nothing', async () => {
    const foreign = await postForm(`/s/${STORE}/cart/add`, { variantId }, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(cookiesOf(foreign).some((c) => c.startsWith('ww_cart_'))).toBe(false);
    const bad = await postForm(`/s/${STORE}/cart/add`, { variantId: 'not-a-variant', quantity: '-3' }, { origin: storefront.url });
    expect(bad.status).toBe(303);
    expect(bad.headers.location).toBe(`/s/${STORE}/cart?error=BAD_USER_INPUT`);
  });
});

describe('page cache (decision 0018)', () => {
  const setCookies = (page: Page) => ([] as string[]).concat(page.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]);

  test('a signed-out visitor’s catalogue page is rendered once and replayed, with the visitor’s own cookies', async () => {
    const home = await get(`/s/${STORE}`);
    const path = /href="(\/s\/ade-fashion\/p\/[^"]+)"/.exec(home.body)![1];
    const first = await get(`${path}?ref=ZAINAB-1`);
    const again = await get(`${path}?ref=ZAINAB-1`);
    expect(first.status).toBe(200);
    expect(again.headers['x-page-cache']).toBe('hit');
    expect(again.body).toBe(first.body);
    // Attribution stays per visitor: each gets its own visitor id and the referral code.
    const visitor = (p: Page) => setCookies(p).find((c) => c.startsWith('ww_vid='));
    expect(visitor(first)).toBeDefined();
    expect(visitor(again)).toBeDefined();
    expect(visitor(again)).not.toBe(visitor(first));
    expect(setCookies(again)).toContain(`ww_ref_${STORE}=ZAINAB-1`);
  });

  test('a visitor with a session, and pages that are not the catalogue, are rendered for each request', async () => {
    const home = await get(`/s/${STORE}`);
    const path = /href="(\/s\/ade-fashion\/p\/[^"]+)"/.exec(home.body)![1];
    await get(path);
    const signedIn = await get(path, { cookie: `ww_at_${STORE}=not-a-real-token` });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers['x-page-cache']).toBeUndefined();
    await get(`/s/${STORE}/cart`);
    expect((await get(`/s/${STORE}/cart`)).headers['x-page-cache']).toBeUndefined();
  });

  test('each host has its own entries: a custom domain’s page never answers for the platform host', async () => {
    await get('/', { host: MARKET_DOMAIN });
    const onDomain = await get('/', { host: MARKET_DOMAIN });
    expect(onDomain.headers['x-page-cache']).toBe('hit');
    const onPlatform = await get(`/m/${MARKET}`);
    expect(canonicalOf(onPlatform.body)).not.toContain(MARKET_DOMAIN);
  });
});

describe('unknown tenants', () => {
  test('an unknown store or marketplace is a 404', async () => {
    const page = await get('/s/no-such-store');
    expect(page.status).toBe(404);
    expect(decode(page.body)).toContain(en['notFound.body']);
    expect((await get('/m/no-such-market/p/anything')).status).toBe(404);
    expect((await get('/s/webwaka')).status).toBe(404); // the platform tenant has no storefront
  });
});
