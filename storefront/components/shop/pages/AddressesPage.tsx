import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { hasMessage, t, type MessageKey } from '../../../lib/messages';
import { getSignedInUser } from '../../../lib/session';
import { makeDefaultAddress, removeAddress, saveAddress } from '../../../lib/shop/address-actions';
import { ADDRESS_LIMITS, addressDraftCookieName, decodeAddressDraft, emptyAddress, valuesOf, type AddressField, type AddressValues, type SavedAddress } from '../../../lib/shop/address-form';
import { ShopMyAddressesQuery } from '../../../lib/shop/address-operations';
import { shopQuery } from '../../../lib/shop/shopper';
import type { StorefrontKind } from '../../../lib/tenant';
import { pageContext, type PageContext } from '../../pages/context';
import { param } from '../messages';
import '../shop.css';
import { StateOptions } from '../StateOptions';
import { UseMyLocation } from '../UseMyLocation';

type Params = Record<string, string | string[] | undefined>;

const DONE = ['added', 'updated', 'madeDefault', 'removed'] as const;

/**
 * The customer's address book at this shop: the saved addresses (default first) with edit, make default
 * and remove, and one form to add an address or edit the one chosen (`?edit=<id>`). Everything is a plain
 * form with a server action, so it works without JavaScript; a refused save comes back with the values
 * typed and the errors next to their fields.
 */
export async function AddressesPage({ kind, slug, params }: { kind: StorefrontKind; slug: string; params: Params }) {
  const ctx = await pageContext(kind, slug);
  const user = await getSignedInUser(slug);
  if (!user) redirect(`${ctx.base}/sign-in?next=${encodeURIComponent(`${ctx.base}/account/addresses`)}`);
  const [{ myAddresses }, jar] = await Promise.all([shopQuery(slug, ShopMyAddressesQuery, {}), cookies()]);
  const editing = myAddresses.find((a) => a.id === param(params.edit)) ?? null;
  const form = editing?.id ?? 'new';
  // The refused values come back only right after the refusal, and only into the form they came from.
  const draft = param(params.failed) === '1' ? decodeAddressDraft(jar.get(addressDraftCookieName(slug))?.value) : null;
  const refused = draft?.form === form ? draft : null;
  const done = DONE.find((d) => d === param(params.done));
  const error = param(params.error);

  return (
    <div className="shop-page">
      <p>
        <a href={`${ctx.base}/account`}>{t('shop.account.addresses.back')}</a>
      </p>
      <h1>{t('shop.account.addresses.title')}</h1>
      <p className="hint">{t('shop.account.addresses.intro')}</p>
      {done && (
        <p role="status" className="ok-notice">
          {t(`shop.account.addresses.done.${done}`)}
        </p>
      )}
      {error && (
        <p role="alert" className="alert">
          {errorText(error)}
        </p>
      )}
      <section aria-labelledby="saved-title">
        <h2 id="saved-title">{t('shop.account.addresses.saved')}</h2>
        {myAddresses.length === 0 ? (
          <p className="notice">{t('shop.account.addresses.none')}</p>
        ) : (
          <ul className="address-list">
            {myAddresses.map((address) => (
              <AddressCard key={address.id} ctx={ctx} address={address} />
            ))}
          </ul>
        )}
      </section>
      <AddressForm
        ctx={ctx}
        editing={editing}
        values={refused?.values ?? (editing ? valuesOf(editing) : emptyAddress())}
        isDefault={refused?.isDefault ?? false}
        invalid={refused?.invalid ?? []}
        error={refused?.error ?? null}
      />
    </div>
  );
}

function errorText(code: string): string {
  const key = `shop.account.addresses.error.${code}`;
  return hasMessage(key) ? t(key) : hasMessage(`shop.error.${code}`) ? t(`shop.error.${code}` as MessageKey) : t('shop.error.UNKNOWN');
}

/** How an address is named in buttons and links: its label, else its first line. */
const nameOf = (a: SavedAddress) => a.label || a.line1;

function AddressCard({ ctx, address }: { ctx: PageContext; address: SavedAddress }) {
  const named = nameOf(address);
  return (
    <li className="card address-card">
      <h3>
        {named}
        {address.isDefault && <span className="badge badge-muted"> {t('shop.account.addresses.default')}</span>}
      </h3>
      <SavedAddressText address={address} />
      <div className="inline-form">
        <a className="link-button" href={`${ctx.base}/account/addresses?edit=${address.id}#address-form`}>
          {t('shop.account.addresses.edit')}
          <span className="visually-hidden"> {named}</span>
        </a>
        {!address.isDefault && (
          <form action={makeDefaultAddress.bind(null, ctx.kind, ctx.tenant.slug)}>
            <input type="hidden" name="id" value={address.id} />
            <button type="submit" className="secondary">
              {t('shop.account.addresses.makeDefault')}
              <span className="visually-hidden"> {named}</span>
            </button>
          </form>
        )}
        <form action={removeAddress.bind(null, ctx.kind, ctx.tenant.slug)}>
          <input type="hidden" name="id" value={address.id} />
          <button type="submit" className="link-button">
            {t('shop.account.addresses.remove')}
            <span className="visually-hidden"> {named}</span>
          </button>
        </form>
      </div>
    </li>
  );
}

/** A saved address as text (the country only when it is not Nigeria, where the shop delivers). */
export function SavedAddressText({ address }: { address: SavedAddress }) {
  const lines = [
    address.name,
    address.line1,
    address.line2,
    [address.city, address.region].join(', ') + (address.postalCode ? ` ${address.postalCode}` : ''),
    address.country === 'NG' ? t('shop.checkout.nigeria') : address.country,
    address.phone,
  ].filter((l): l is string => !!l);
  return (
    <address>
      {lines.map((line, i) => (
        <span key={i}>
          {i > 0 && <br />}
          {line}
        </span>
      ))}
    </address>
  );
}

const FIELDS: { name: Exclude<AddressField, 'region'>; label: MessageKey; autoComplete: string; type?: string; inputMode?: 'tel'; required?: boolean }[] = [
  { name: 'label', label: 'shop.account.addresses.field.label', autoComplete: 'off' },
  { name: 'name', label: 'shop.checkout.field.name', autoComplete: 'shipping name', required: true },
  { name: 'phone', label: 'shop.checkout.field.phone', autoComplete: 'shipping tel', type: 'tel', inputMode: 'tel' },
  { name: 'line1', label: 'shop.checkout.field.line1', autoComplete: 'shipping address-line1', required: true },
  { name: 'line2', label: 'shop.checkout.field.line2', autoComplete: 'shipping address-line2' },
  { name: 'city', label: 'shop.checkout.field.city', autoComplete: 'shipping address-level2', required: true },
  { name: 'postalCode', label: 'shop.checkout.field.postalCode', autoComplete: 'shipping postal-code' },
];

const invalidKey = (field: AddressField): MessageKey => (field === 'label' ? 'shop.account.addresses.invalid.label' : `shop.checkout.invalid.${field}`);

function AddressForm(props: { ctx: PageContext; editing: SavedAddress | null; values: AddressValues; isDefault: boolean; invalid: AddressField[]; error: string | null }) {
  const { ctx, editing, values, invalid, error } = props;
  const describedBy = (name: AddressField) => (invalid.includes(name) ? `ad-${name}-error` : undefined);
  const fieldError = (name: AddressField) =>
    invalid.includes(name) ? (
      <p id={`ad-${name}-error`} className="field-error">
        {t(invalidKey(name))}
      </p>
    ) : null;
  const input = (f: (typeof FIELDS)[number]) => (
    <div className="field" key={f.name}>
      <label htmlFor={`ad-${f.name}`}>
        {t(f.label)}
        {!f.required && <span className="hint"> {t('shop.checkout.optional')}</span>}
      </label>
      <input
        id={`ad-${f.name}`}
        name={f.name}
        type={f.type ?? 'text'}
        autoComplete={f.autoComplete}
        inputMode={f.inputMode}
        required={f.required}
        maxLength={ADDRESS_LIMITS[f.name]}
        defaultValue={values[f.name]}
        aria-invalid={invalid.includes(f.name) || undefined}
        aria-describedby={describedBy(f.name)}
      />
      {fieldError(f.name)}
    </div>
  );
  return (
    <section className="card" aria-labelledby="address-form-title" id="address-form">
      <h2 id="address-form-title">{editing ? t('shop.account.addresses.editTitle', { name: nameOf(editing) }) : t('shop.account.addresses.addTitle')}</h2>
      {/* The key makes React render a fresh form (its defaults) when the address being edited changes. */}
      <form key={editing?.id ?? 'new'} action={saveAddress.bind(null, ctx.kind, ctx.tenant.slug)} className="stacked-form">
        {(invalid.length > 0 || error) && (
          <p role="alert" className="alert">
            {error ? errorText(error) : t('shop.checkout.fixFields')}
          </p>
        )}
        {editing && <input type="hidden" name="id" value={editing.id} />}
        {FIELDS.slice(0, 6).map(input)}
        <div className="field">
          <label htmlFor="ad-region">{t('shop.checkout.field.region')}</label>
          <select id="ad-region" name="region" autoComplete="shipping address-level1" required defaultValue={values.region} aria-invalid={invalid.includes('region') || undefined} aria-describedby={describedBy('region')}>
            <StateOptions />
          </select>
          {fieldError('region')}
        </div>
        {input(FIELDS[6])}
        <UseMyLocation idPrefix="ad" latitude={values.latitude} longitude={values.longitude} />
        {fieldError('latitude')}
        {!invalid.includes('latitude') && fieldError('longitude')}
        <p className="hint">{t('shop.checkout.country')}</p>
        {!editing?.isDefault && (
          <label className="check-field">
            <input type="checkbox" name="isDefault" defaultChecked={props.isDefault} /> {t('shop.account.addresses.setDefault')}
          </label>
        )}
        <div className="inline-form">
          <button type="submit">{t('shop.account.addresses.save')}</button>
          {editing && (
            <a className="link-button" href={`${ctx.base}/account/addresses`}>
              {t('shop.account.addresses.cancel')}
            </a>
          )}
        </div>
      </form>
    </section>
  );
}

export const addressesMetadata: Metadata = { title: t('shop.account.addresses.title'), robots: { index: false, follow: false } };
