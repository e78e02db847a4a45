import type { Metadata } from 'next';
import { randomUUID } from 'node:crypto';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ShopShippingOptionsQuery } from '../../../gql/graphql';
import { t } from '../../../lib/messages';
import { formatMoney } from '../../../lib/money';
import { getSignedInUser } from '../../../lib/session';
import { detailsWithAddress, type SavedAddress } from '../../../lib/shop/address-form';
import { ShopMyAddressesQuery } from '../../../lib/shop/address-operations';
import { placeOrder, saveCheckoutDetails } from '../../../lib/shop/checkout-actions';
import { decodeDraft, emptyDetails, positionInput, type CheckoutDetails, type DetailField } from '../../../lib/shop/checkout-details';
import { checkoutCookieName } from '../../../lib/shop/cookies';
import { ShopQuoteCheckoutShippingMutation, ShopShippingOptionsQuery as ShippingOptionsDocument } from '../../../lib/shop/operations';
import { getCart, guestCartToken, shopperToken, shopQuery, shopRequest, type ShopCart } from '../../../lib/shop/shopper';
import type { StorefrontKind } from '../../../lib/tenant';
import { pageContext, type PageContext } from '../../pages/context';
import { cartLineViews, LineSummary, money } from '../CartLines';
import { CouponBox, couponDiscount, couponError, PromotionLines } from '../CouponBox';
import { errorMessage, param } from '../messages';
import { PayWith } from '../PayWith';
import { GiftCardRecipient } from '../GiftCardRecipient';
import '../shop.css';
import { StateOptions } from '../StateOptions';
import { UseMyLocation } from '../UseMyLocation';

type Params = Record<string, string | string[] | undefined>;
type ShippingOption = ShopShippingOptionsQuery['shippingOptions'][number];

/**
 * Checkout in two server-rendered steps that work without JavaScript: details (e-mail, phone, address
 * with the Nigerian state; a signed-in shopper starts from their default saved address, can pick another
 * with a link and can save what they typed to their account), then shipping and review (methods and prices from commerce for that state,
 * the lines and totals from commerce's quote) with "Place order", which goes to the payment page.
 */
export async function CheckoutPage({ kind, slug, params }: { kind: StorefrontKind; slug: string; params: Params }) {
  const ctx = await pageContext(kind, slug);
  const [cart, user, jar] = await Promise.all([getCart(slug), getSignedInUser(slug), cookies()]);
  if (!cart || !cart.quote.lines.some((l) => l.sellable)) redirect(`${ctx.base}/cart`);
  const draft = decodeDraft(jar.get(checkoutCookieName(slug))?.value);
  const typed = draft?.details ?? { ...emptyDetails(), email: user?.email ?? '', name: user?.name ?? '' };
  const ready = draft !== null && draft.invalid.length === 0;
  const review = ready && param(params.step) === 'review';
  const error = param(params.error);
  // Saved addresses this shop can deliver to (it delivers within Nigeria): the one picked (?address=),
  // else the default until the shopper has typed details of their own.
  const saved = user && !review ? (await shopQuery(slug, ShopMyAddressesQuery, {})).myAddresses.filter((a) => a.country === 'NG') : [];
  const picked = saved.find((a) => a.id === param(params.address)) ?? (draft ? undefined : saved.find((a) => a.isDefault));
  const details = picked ? detailsWithAddress(typed, picked) : typed;

  return (
    <div className="shop-page">
      <h1>{t('shop.checkout.title')}</h1>
      <ol className="steps" aria-label={t('shop.checkout.steps')}>
        <li aria-current={review ? undefined : 'step'}>{t('shop.checkout.stepDetails')}</li>
        <li aria-current={review ? 'step' : undefined}>{t('shop.checkout.stepReview')}</li>
        <li>{t('shop.checkout.stepPay')}</li>
      </ol>
      {review ? (
        <Review ctx={ctx} cart={cart} details={details} error={error} line={param(params.line)} coupon={{ error: param(params.couponError), notice: param(params.coupon) }} />
      ) : (
        <Details
          ctx={ctx}
          details={details}
          invalid={picked ? [] : (draft?.invalid ?? [])}
          error={error}
          saved={saved}
          picked={picked?.id ?? null}
          signedIn={!!user}
          saveAddress={draft?.saveAddress ?? false}
        />
      )}
    </div>
  );
}

const FIELDS: { name: Exclude<DetailField, 'region' | 'latitude' | 'longitude'>; type?: string; autoComplete: string; inputMode?: 'email' | 'tel'; required?: boolean }[] = [
  { name: 'email', type: 'email', autoComplete: 'email', inputMode: 'email', required: true },
  { name: 'phone', type: 'tel', autoComplete: 'tel', inputMode: 'tel' },
  { name: 'name', autoComplete: 'shipping name', required: true },
  { name: 'line1', autoComplete: 'shipping address-line1', required: true },
  { name: 'line2', autoComplete: 'shipping address-line2' },
  { name: 'city', autoComplete: 'shipping address-level2', required: true },
  { name: 'postalCode', autoComplete: 'shipping postal-code' },
  // For a business that needs its TIN on the invoice (decision 0077); most shoppers leave it empty.
  { name: 'taxId', autoComplete: 'off' },
];

interface DetailsProps {
  ctx: PageContext;
  details: CheckoutDetails;
  invalid: DetailField[];
  error: string;
  saved: SavedAddress[];
  picked: string | null;
  signedIn: boolean;
  saveAddress: boolean;
}

function Details({ ctx, details, invalid, error, saved, picked, signedIn, saveAddress }: DetailsProps) {
  const fieldError = (name: DetailField) =>
    invalid.includes(name) ? (
      <p id={`co-${name}-error`} className="field-error">
        {t(`shop.checkout.invalid.${name}`)}
      </p>
    ) : null;
  const input = (f: (typeof FIELDS)[number]) => (
    <div className="field" key={f.name}>
      <label htmlFor={`co-${f.name}`}>
        {t(`shop.checkout.field.${f.name}`)}
        {!f.required && <span className="hint"> {t('shop.checkout.optional')}</span>}
      </label>
      <input
        id={`co-${f.name}`}
        name={f.name}
        type={f.type ?? 'text'}
        autoComplete={f.autoComplete}
        inputMode={f.inputMode}
        required={f.required}
        defaultValue={details[f.name]}
        aria-invalid={invalid.includes(f.name) || undefined}
        aria-describedby={invalid.includes(f.name) ? `co-${f.name}-error` : undefined}
      />
      {fieldError(f.name)}
    </div>
  );
  return (
    <section className="card" aria-labelledby="details-title">
      <h2 id="details-title">{t('shop.checkout.detailsTitle')}</h2>
      {saved.length > 0 && <SavedAddressChoice ctx={ctx} saved={saved} picked={picked} />}
      <form action={saveCheckoutDetails.bind(null, ctx.kind, ctx.tenant.slug)} className="stacked-form">
        {(invalid.length > 0 || error) && (
          <p role="alert" className="alert">
            {error ? errorMessage(error) : t('shop.checkout.fixFields')}
          </p>
        )}
        <fieldset className="stacked-form" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="visually-hidden">{t('shop.checkout.contact')}</legend>
          {FIELDS.slice(0, 2).map(input)}
        </fieldset>
        <fieldset className="stacked-form" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend>{t('shop.checkout.address')}</legend>
          {FIELDS.slice(2, 6).map(input)}
          <div className="field">
            <label htmlFor="co-region">{t('shop.checkout.field.region')}</label>
            <select
              id="co-region"
              name="region"
              autoComplete="shipping address-level1"
              required
              defaultValue={details.region}
              aria-invalid={invalid.includes('region') || undefined}
              aria-describedby={invalid.includes('region') ? 'co-region-error' : undefined}
            >
              <StateOptions />
            </select>
            {fieldError('region')}
          </div>
          {input(FIELDS[6])}
          <UseMyLocation idPrefix="co" latitude={details.latitude} longitude={details.longitude} />
          {fieldError('latitude')}
          {!invalid.includes('latitude') && fieldError('longitude')}
          <p className="hint">{t('shop.checkout.country')}</p>
          {signedIn && (
            <label className="check-field">
              <input type="checkbox" name="saveAddress" defaultChecked={saveAddress} /> {t('shop.checkout.saveAddress')}
            </label>
          )}
        </fieldset>
        <button type="submit">{t('shop.checkout.continue')}</button>
      </form>
    </section>
  );
}

/** The shopper's saved addresses as links: following one fills the form with it (no JavaScript needed). */
function SavedAddressChoice({ ctx, saved, picked }: { ctx: PageContext; saved: SavedAddress[]; picked: string | null }) {
  return (
    <nav aria-labelledby="saved-addresses-title" className="saved-addresses">
      <h3 id="saved-addresses-title">{t('shop.checkout.savedAddresses')}</h3>
      <ul>
        {saved.map((a) => (
          <li key={a.id}>
            <a href={`${ctx.base}/checkout?step=details&address=${a.id}`} aria-current={a.id === picked ? 'true' : undefined}>
              <strong>{a.label || a.name}</strong>
              {a.isDefault && ` (${t('shop.account.addresses.default')})`}
              <br />
              <span>{[a.line1, a.city, a.region].join(', ')}</span>
            </a>
          </li>
        ))}
      </ul>
      <p className="hint">
        {t('shop.checkout.savedAddressesHint')} <a href={`${ctx.base}/account/addresses`}>{t('shop.account.addresses.manage')}</a>
      </p>
    </nav>
  );
}

/**
 * Shipping per seller for an option, as commerce charges it (the rate per vendor order, free when that
 * seller's goods reach the rate's threshold): shown next to each option so the shopper sees the total
 * before choosing. Commerce prices the order again at checkout; the payment page shows that amount.
 */
function shippingFor(option: ShippingOption, cart: ShopCart): bigint {
  return cart.quote.vendors.reduce((sum, group) => {
    const free = option.freeOver !== null && BigInt(group.total.amount) >= BigInt(option.freeOver.amount);
    return sum + (free ? 0n : BigInt(option.amount.amount));
  }, 0n);
}

/**
 * The shop's carrier's live price for this cart and address (decision 0091), or null: no quoting carrier,
 * an item without a weight, or a carrier that did not answer in time. Never breaks the page: the zone
 * rates are offered whatever happens here.
 */
async function carrierQuote(slug: string, details: CheckoutDetails) {
  const cartToken = (await shopperToken(slug)) ? null : await guestCartToken(slug);
  const result = await shopRequest(slug, ShopQuoteCheckoutShippingMutation, {
    cartToken,
    destination: { city: details.city, region: details.region, country: 'NG', name: details.name, line1: details.line1, phone: details.phone || null, ...positionInput(details) },
  }).catch(() => null);
  return result?.data?.quoteCheckoutShipping.quote ?? null;
}

async function Review({ ctx, cart, details, error, line, coupon }: { ctx: PageContext; cart: ShopCart; details: CheckoutDetails; error: string; line: string; coupon: { error: string; notice: string } }) {
  const [{ shippingOptions, checkoutPaymentMethods, checkoutUssdBanks, checkoutMobileMoneyNetworks }, quote] = await Promise.all([
    shopQuery(ctx.tenant.slug, ShippingOptionsDocument, { destination: { region: details.region, country: 'NG' } }),
    carrierQuote(ctx.tenant.slug, details),
  ]);
  const lines = cartLineViews(cart).filter((l) => l.quote.sellable);
  const shortLine = error === 'INSUFFICIENT_STOCK' ? cartLineViews(cart).find((l) => l.quote.variantId === line) : undefined;
  const currency = cart.quote.total.currency;
  const sellers = cart.quote.vendors.length;
  // The cart's coupon as it stands (checkout checks it again): goods after it, and shipping it waives.
  const discount = couponDiscount(cart);
  const waivesShipping = Boolean(cart.coupon?.freeShipping && !cart.coupon.problem);

  return (
    <div className="two-columns">
      <div className="shop-page">
        {error && (
          <p role="alert" className="alert">
            {shortLine ? t('shop.error.insufficientStockLine', { item: shortLine.productTitle }) : error.startsWith('COUPON_') ? couponError(error) : errorMessage(error)}{' '}
            {error === 'INSUFFICIENT_STOCK' && <a href={`${ctx.base}/cart`}>{t('shop.checkout.editCart')}</a>}
          </p>
        )}
        <section className="card" aria-labelledby="ship-to-title">
          <h2 id="ship-to-title">{t('shop.checkout.shipTo')}</h2>
          <Address details={details} />
          <p>
            <a href={`${ctx.base}/checkout?step=details`}>{t('shop.checkout.changeDetails')}</a>
          </p>
        </section>
        <section className="card" aria-labelledby="items-title">
          <h2 id="items-title">{t('shop.checkout.items')}</h2>
          <ul className="shop-lines">
            {lines.map((l) => (
              <li key={l.quote.variantId} className="shop-line">
                <LineSummary line={l} base={ctx.base} />
              </li>
            ))}
          </ul>
          <p>
            <a href={`${ctx.base}/cart`}>{t('shop.checkout.editCart')}</a>
          </p>
        </section>
      </div>
      <section className="card" aria-labelledby="pay-title">
        <h2 id="pay-title">{t('shop.checkout.shippingAndPay')}</h2>
        {/* Outside the order form: its own forms apply or remove the code (decision 0057). */}
        <PromotionLines cart={cart} />
        <CouponBox cart={cart} kind={ctx.kind} slug={ctx.tenant.slug} back="checkout" error={coupon.error} notice={coupon.notice} />
        {shippingOptions.length === 0 && !quote ? (
          <p className="alert" role="alert">
            {t('shop.checkout.noShipping', { region: details.region })}
          </p>
        ) : (
          <form action={placeOrder.bind(null, ctx.kind, ctx.tenant.slug)} className="stacked-form">
            {/* One key per review page: a resubmitted form replays the same checkout instead of making a second order. */}
            <input type="hidden" name="idempotencyKey" value={randomUUID()} />
            <fieldset className="shipping-options">
              <legend>{t('shop.checkout.shippingMethod')}</legend>
              {sellers > 1 && <p className="hint">{t('shop.checkout.perSeller', { count: sellers })}</p>}
              {shippingOptions.map((option, i) => {
                const shipping = waivesShipping ? 0n : shippingFor(option, cart);
                return (
                  <label key={option.id} className="shipping-option">
                    <input type="radio" name="shippingMethod" value={option.method} defaultChecked={i === 0} required />
                    <span>
                      <strong>{option.name}</strong>
                      <br />
                      {shipping === 0n ? t('shop.checkout.freeShipping') : t('shop.checkout.shippingCost', { amount: formatMoney({ amount: shipping.toString(), currency }) })}
                      {option.freeOver && <span className="hint"> · {t('shop.checkout.freeOver', { amount: money(option.freeOver) })}</span>}
                      <br />
                      <span>{t('shop.checkout.estimatedTotal', { amount: formatMoney({ amount: (BigInt(cart.quote.total.amount) - discount + shipping).toString(), currency }) })}</span>
                    </span>
                  </label>
                );
              })}
              {quote && (
                <label className="shipping-option" data-testid="carrier-option">
                  <input type="radio" name="shippingMethod" value={quote.method} defaultChecked={shippingOptions.length === 0} required />
                  <span>
                    <strong>{quote.etaDays === 1 ? t('shop.checkout.carrierOptionOneDay', { carrier: quote.carrierName }) : t('shop.checkout.carrierOption', { carrier: quote.carrierName, days: quote.etaDays })}</strong>
                    <br />
                    {waivesShipping || BigInt(quote.amount.amount) === 0n ? t('shop.checkout.freeShipping') : t('shop.checkout.shippingCost', { amount: money(quote.amount) })}
                    <span className="hint"> · {t('shop.checkout.carrierHint')}</span>
                    <br />
                    <span>{t('shop.checkout.estimatedTotal', { amount: formatMoney({ amount: (BigInt(cart.quote.total.amount) - discount + (waivesShipping ? 0n : BigInt(quote.amount.amount))).toString(), currency }) })}</span>
                  </span>
                </label>
              )}
            </fieldset>
            {quote && (
              <>
                <input type="hidden" name="shippingQuoteId" value={quote.id} />
                <input type="hidden" name="shippingQuoteMethod" value={quote.method} />
              </>
            )}
            <dl className="totals">
              <div>
                <dt>{t('shop.totals.itemsExclVat')}</dt>
                <dd>{money(cart.quote.subtotal)}</dd>
              </div>
              <div>
                <dt>{t('shop.totals.vat')}</dt>
                <dd>{money(cart.quote.tax)}</dd>
              </div>
              <div className="grand">
                <dt>{t('shop.totals.itemsTotal')}</dt>
                <dd>{money(cart.quote.total)}</dd>
              </div>
            </dl>
            <GiftCardRecipient slug={ctx.tenant.slug} cart={cart} />
            <PayWith slug={ctx.tenant.slug} cart={cart} />
            {checkoutPaymentMethods.length > 1 ? (
              <fieldset className="shipping-options" data-testid="payment-methods">
                <legend>{t('shop.checkout.paymentMethod')}</legend>
                {checkoutPaymentMethods.map((m, i) => (
                  <label key={m} className="shipping-option">
                    <input type="radio" name="paymentMethod" value={m} defaultChecked={i === 0} required />
                    <span>
                      <strong>{t(`shop.checkout.method.${m}`)}</strong>
                      <br />
                      <span className="hint">{t(`shop.checkout.methodHint.${m}`)}</span>
                    </span>
                  </label>
                ))}
              </fieldset>
            ) : (
              <input type="hidden" name="paymentMethod" value={checkoutPaymentMethods[0] ?? 'CARD'} />
            )}
            {/* What a charge on the shopper's phone needs (decision 0087); sent only with its method. */}
            {checkoutPaymentMethods.includes('USSD') && checkoutUssdBanks.length > 0 && (
              <label className="field">
                <span>{t('shop.checkout.ussdBank')}</span>
                <select name="ussdBank" data-testid="ussd-bank" defaultValue="">
                  <option value="">{t('shop.checkout.ussdBankChoose')}</option>
                  {checkoutUssdBanks.map((b) => (
                    <option key={b.code} value={b.code}>
                      {b.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {checkoutPaymentMethods.includes('MOBILE_MONEY') && checkoutMobileMoneyNetworks.length > 0 && (
              <>
                <label className="field">
                  <span>{t('shop.checkout.mobileMoneyNetwork')}</span>
                  <select name="mobileMoneyNetwork" data-testid="mobile-money-network" defaultValue="">
                    <option value="">{t('shop.checkout.mobileMoneyNetworkChoose')}</option>
                    {checkoutMobileMoneyNetworks.map((n) => (
                      <option key={n.code} value={n.code}>
                        {n.name}
                      </option>
                    ))}
                  </select>
                </label>
                <label className="field">
                  <span>{t('shop.checkout.mobileMoneyPhone')}</span>
                  <input name="mobileMoneyPhone" type="tel" inputMode="tel" autoComplete="tel" defaultValue={details.phone ?? ''} data-testid="mobile-money-phone" />
                </label>
              </>
            )}
            <p className="hint">{t('shop.checkout.exactOnPayment')}</p>
            <button type="submit">{t('shop.checkout.placeOrder')}</button>
          </form>
        )}
      </section>
    </div>
  );
}

export function Address({ details }: { details: Pick<CheckoutDetails, 'name' | 'line1' | 'line2' | 'city' | 'region' | 'postalCode' | 'phone'> & { email?: string } }) {
  return (
    <address>
      {details.name}
      <br />
      {details.line1}
      {details.line2 && (
        <>
          <br />
          {details.line2}
        </>
      )}
      <br />
      {details.city}, {details.region}
      {details.postalCode && ` ${details.postalCode}`}
      <br />
      {t('shop.checkout.nigeria')}
      {details.phone && (
        <>
          <br />
          {details.phone}
        </>
      )}
      {details.email && (
        <>
          <br />
          {details.email}
        </>
      )}
    </address>
  );
}

export const checkoutMetadata: Metadata = { title: t('shop.checkout.title'), robots: { index: false, follow: false } };
