// Saved addresses in the storefront's server-rendered HTML, over plain HTTP (no browser): a signed-in
// customer's checkout starts from their default address and offers the others as links; `?address=`
// picks another; guests see the empty form; the address book lists the addresses (default first) and
// shows its form; signed-out visitors are sent to sign in. Plus the address form's own rules, called
// directly. The real stack: PGlite, every subgraph, the gateway and `next start`.
import { request } from 'node:http';
import en from '../storefront/messages/en.json';
import { startStorefront, type RunningStorefront } from '../scripts/storefront';
import { addressFieldOf, addressFromForm, addressInput, decodeAddressDraft, emptyAddress, encodeAddressDraft, invalidAddress, isSaved } from '../storefront/lib/shop/address-form';
import { emptyDetails } from '../storefront/lib/shop/checkout-details';
import { bearer, gql } from './support/graphql';
import { startStack, type TestStack } from './support/stack';

const STORE = 'ade-fashion';

let stack: TestStack;
let storefront: RunningStorefront;
let session: { accessToken: string; refreshToken: string };
let home: { id: string };
let office: { id: string };

interface Page {
  status: number;
  location: string | undefined;
  body: string;
}

function get(path: string, cookies: Record<string, string> = {}): Promise<Page> {
  const url = new URL(path, storefront.url);
  const cookie = Object.entries(cookies)
    .map(([k, v]) => `${k}=${v}`)
    .join('; ');
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers: cookie ? { cookie } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const decode = (html: string) => html.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'");
const signedIn = () => ({ [`ww_at_${STORE}`]: session.accessToken, [`ww_rt_${STORE}`]: session.refreshToken });

/** The value an input of the server-rendered form starts with. */
function inputValue(html: string, id: string): string | undefined {
  const tag = new RegExp(`<input[^>]*id="${id}"[^>]*>`).exec(html)?.[0];
  const value = tag && /value="([^"]*)"/.exec(tag)?.[1];
  return value === undefined ? undefined : decode(value);
}

/** The option a select of the server-rendered form starts with. */
function selected(html: string, id: string): string | undefined {
  const select = new RegExp(`<select[^>]*id="${id}"[^>]*>([\\s\\S]*?)</select>`).exec(html)?.[1] ?? '';
  return /<option[^>]*selected=""[^>]*value="([^"]*)"|<option[^>]*value="([^"]*)"[^>]*selected=""/.exec(select)?.slice(1).find(Boolean);
}

async function as<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await gql<T>(stack.gatewayUrl, query, variables, bearer(session.accessToken));
  if (!r.data) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

const ADD = 'mutation ($input: CustomerAddressInput!) { addAddress(input: $input) { address { id } userErrors { code } } }';

beforeAll(async () => {
  stack = await startStack();
  const login = await gql(stack.gatewayUrl, 'mutation ($i: LoginInput!) { login(input: $i) { session { accessToken refreshToken } } }', {
    i: { tenantSlug: STORE, email: stack.demo.customerEmail, password: stack.demo.customerPassword },
  });
  session = login.data.login.session;
  home = (await as(ADD, { input: { label: 'Home', name: 'Emeka Nwosu', line1: '12 Admiralty Way', city: 'Lekki', region: 'Lagos', phone: '0803 123 4567' } })).addAddress.address;
  office = (await as(ADD, { input: { label: 'Office', name: 'Emeka Nwosu', line1: '5 Broad Street', line2: 'Floor 3', city: 'Lagos Island', region: 'Lagos', postalCode: '101001' } })).addAddress.address;
  await as('mutation ($id: ID!) { setDefaultAddress(id: $id) { userErrors { code } } }', { id: office.id });
  // Something in the cart, or checkout sends the shopper back to it.
  const products = await gql(stack.gatewayUrl, '{ searchProducts(first: 50) { edges { node { variants { id availableForSale } } } } }', {}, { 'x-tenant': STORE });
  const variantId = products.data.searchProducts.edges.flatMap((e: any) => e.node.variants).find((v: any) => v.availableForSale).id;
  const added = await as('mutation ($input: AddCartLineInput!) { addCartLine(input: $input) { cart { id } userErrors { code } } }', { input: { variantId, quantity: 1 } });
  expect(added.addCartLine.userErrors).toEqual([]);
  storefront = await startStorefront({ gatewayUrl: stack.gatewayUrl });
}, 600_000);

afterAll(async () => {
  await storefront?.stop();
  await stack?.stop();
}, 60_000);

describe('checkout', () => {
  it("a signed-in customer's details step starts from the default address and lists the saved ones", async () => {
    const page = await get(`/s/${STORE}/checkout`, signedIn());
    expect(page.status).toBe(200);
    expect(inputValue(page.body, 'co-line1')).toBe('5 Broad Street');
    expect(inputValue(page.body, 'co-line2')).toBe('Floor 3');
    expect(inputValue(page.body, 'co-city')).toBe('Lagos Island');
    expect(inputValue(page.body, 'co-postalCode')).toBe('101001');
    expect(selected(page.body, 'co-region')).toBe('Lagos');
    expect(inputValue(page.body, 'co-email')).toBe(stack.demo.customerEmail);
    const html = decode(page.body);
    expect(html).toContain(en['shop.checkout.savedAddresses']);
    expect(html).toContain(en['shop.checkout.saveAddress']);
    expect(page.body).toMatch(new RegExp(`href="/s/${STORE}/checkout\\?step=details&amp;address=${office.id}" aria-current="true"`));
    expect(page.body).toContain(`href="/s/${STORE}/checkout?step=details&amp;address=${home.id}"`);
  });

  it('?address= fills the form with another saved address', async () => {
    const page = await get(`/s/${STORE}/checkout?step=details&address=${home.id}`, signedIn());
    expect(inputValue(page.body, 'co-line1')).toBe('12 Admiralty Way');
    expect(inputValue(page.body, 'co-city')).toBe('Lekki');
    expect(inputValue(page.body, 'co-line2')).toBe('');
    expect(inputValue(page.body, 'co-phone')).toBe('0803 123 4567');
    expect(page.body).toMatch(new RegExp(`address=${home.id}" aria-current="true"`));
  });

  it('a guest sees the empty form, with no saved addresses and no "save" box', async () => {
    const cart = await gql(stack.gatewayUrl, '{ searchProducts(first: 50) { edges { node { variants { id availableForSale } } } } }', {}, { 'x-tenant': STORE });
    const variantId = cart.data.searchProducts.edges.flatMap((e: any) => e.node.variants).find((v: any) => v.availableForSale).id;
    const guest = await gql(stack.gatewayUrl, 'mutation ($input: AddCartLineInput!) { addCartLine(input: $input) { cart { token } } }', { input: { variantId, quantity: 1 } }, { 'x-tenant': STORE });
    const page = await get(`/s/${STORE}/checkout`, { [`ww_cart_${STORE}`]: guest.data.addCartLine.cart.token });
    expect(page.status).toBe(200);
    expect(inputValue(page.body, 'co-line1')).toBe('');
    const html = decode(page.body);
    expect(html).not.toContain(en['shop.checkout.savedAddresses']);
    expect(html).not.toContain(en['shop.checkout.saveAddress']);
    expect(html).not.toContain('5 Broad Street');
  });
});

describe('address book', () => {
  it('lists the addresses, the default first, with its actions and the add form', async () => {
    const page = await get(`/s/${STORE}/account/addresses`, signedIn());
    expect(page.status).toBe(200);
    const html = decode(page.body);
    expect(html).toContain(`<h1>${en['shop.account.addresses.title']}</h1>`);
    expect(html.indexOf('5 Broad Street')).toBeLessThan(html.indexOf('12 Admiralty Way'));
    expect(html).toContain(en['shop.account.addresses.addTitle']);
    expect(page.body.match(new RegExp(`>${en['shop.account.addresses.makeDefault']}<`, 'g'))).toHaveLength(1);
    expect(page.body).toContain(`<label for="ad-line1">${en['shop.checkout.field.line1']}`);
  });

  it('?edit= opens the form on that address', async () => {
    const page = await get(`/s/${STORE}/account/addresses?edit=${home.id}`, signedIn());
    expect(decode(page.body)).toContain(en['shop.account.addresses.editTitle'].replace('{name}', 'Home'));
    expect(inputValue(page.body, 'ad-line1')).toBe('12 Admiralty Way');
    expect(inputValue(page.body, 'ad-label')).toBe('Home');
  });

  it('the account page shows the default address and links to the book', async () => {
    const page = await get(`/s/${STORE}/account`, signedIn());
    expect(page.body).toContain('5 Broad Street');
    expect(page.body).toContain(`href="/s/${STORE}/account/addresses"`);
  });

  it('signed out: the address book sends the visitor to sign in and back', async () => {
    const page = await get(`/m/naija-market/account/addresses`);
    expect(page.location).toBe(`/m/naija-market/sign-in?next=${encodeURIComponent('/m/naija-market/account/addresses')}`);
  });
});

describe('the address form (no server)', () => {
  const form = (values: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(values)) data.set(k, v);
    return data;
  };

  it('parses, trims and cuts to the limits; required fields, phone and state are checked', () => {
    const values = addressFromForm(form({ name: ' Ada ', line1: '1 Marina', city: 'Lagos', region: 'Lagos', label: 'x'.repeat(50) }));
    expect(values).toMatchObject({ name: 'Ada', label: 'x'.repeat(40), line2: '' });
    expect(invalidAddress(values)).toEqual([]);
    expect(invalidAddress(emptyAddress()).sort()).toEqual(['city', 'line1', 'name', 'region']);
    expect(invalidAddress({ ...values, phone: 'call me', region: 'Atlantis' }).sort()).toEqual(['phone', 'region']);
    // "Use my location" (decision 0090): both or neither, in range, sent as numbers.
    const located = addressFromForm(form({ name: 'Ada', line1: '1 Marina', city: 'Lagos', region: 'Lagos', latitude: '6.45123', longitude: '3.39' }));
    expect(invalidAddress(located)).toEqual([]);
    expect(addressInput(located, false)).toMatchObject({ latitude: 6.45123, longitude: 3.39 });
    expect(addressInput(values, false)).toMatchObject({ latitude: null, longitude: null });
    expect(invalidAddress({ ...located, longitude: '' })).toEqual(['longitude']);
    expect(invalidAddress({ ...located, latitude: '91' })).toEqual(['latitude']);
    expect(invalidAddress({ ...located, longitude: 'east' })).toEqual(['longitude']);
  });

  it('the draft survives its cookie; a tampered one is none; API paths map onto fields', () => {
    const draft = { form: 'new', values: { ...emptyAddress(), name: 'Ada' }, isDefault: true, invalid: ['city' as const], error: null };
    expect(decodeAddressDraft(encodeAddressDraft(draft))).toEqual(draft);
    expect(decodeAddressDraft('%%%')).toBeNull();
    expect(decodeAddressDraft(Buffer.from(JSON.stringify({ form: 'new', invalid: ['nope'], error: '<b>' })).toString('base64url'))).toEqual({ form: 'new', values: emptyAddress(), isDefault: false, invalid: [], error: null });
    expect(addressFieldOf(['input', 'city'])).toBe('city');
    expect(addressFieldOf(['input'])).toBeNull();
  });

  it('an address typed at checkout that is already saved is recognised (case and spaces aside)', () => {
    const saved = [{ id: '1', label: null, name: 'Ada', line1: '1 Marina', line2: null, city: 'Lagos', region: 'Lagos', country: 'NG', postalCode: null, phone: null, isDefault: true }];
    const details = { ...emptyDetails(), email: 'a@b.ng', name: 'ada ', line1: '1 MARINA', city: 'Lagos', region: 'Lagos' };
    expect(isSaved(details, saved)).toBe(true);
    expect(isSaved({ ...details, line2: 'Flat 2' }, saved)).toBe(false);
  });
});
