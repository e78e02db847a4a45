// The address book's form as plain data: parsed from the form, checked for what a shopper can fix before
// asking identity (which checks everything again), kept in an httpOnly cookie when a save comes back
// with errors, and turned into checkout details. No Next request APIs here.

import { invalidPosition, NIGERIAN_STATES, positionInput, type CheckoutDetails } from './checkout-details';

export const ADDRESS_FIELDS = ['label', 'name', 'phone', 'line1', 'line2', 'city', 'region', 'postalCode', 'latitude', 'longitude'] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];
export type AddressValues = Record<AddressField, string>;

/** identity's limits (the same as commerce's checkout address, plus the label). */
export const ADDRESS_LIMITS: Record<AddressField, number> = { label: 40, name: 120, phone: 30, line1: 200, line2: 200, city: 100, region: 100, postalCode: 20, latitude: 20, longitude: 20 };
const REQUIRED: readonly AddressField[] = ['name', 'line1', 'city', 'region'];
const PHONE = /^\+?[0-9 ()-]{7,30}$/;

/** A saved address as the pages read it (ShopAddressFields). */
export interface SavedAddress {
  id: string;
  label: string | null;
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  region: string;
  country: string;
  postalCode: string | null;
  phone: string | null;
  /** The map position the customer shared (decision 0090). */
  latitude?: number | null;
  longitude?: number | null;
  isDefault: boolean;
}

/** The cookie holding a refused save (values and what was wrong) for the page that shows the form again. */
export const addressDraftCookieName = (slug: string) => `ww_address_${slug}`;
export const ADDRESS_DRAFT_MAX_AGE_S = 10 * 60;

export const emptyAddress = (): AddressValues => Object.fromEntries(ADDRESS_FIELDS.map((f) => [f, ''])) as AddressValues;

export function addressFromForm(formData: FormData): AddressValues {
  const values = emptyAddress();
  for (const field of ADDRESS_FIELDS) {
    const value = formData.get(field);
    values[field] = typeof value === 'string' ? value.trim().slice(0, ADDRESS_LIMITS[field]) : '';
  }
  return values;
}

export function invalidAddress(values: AddressValues): AddressField[] {
  const invalid = REQUIRED.filter((f) => !values[f]);
  if (values.phone && !PHONE.test(values.phone)) invalid.push('phone');
  if (values.region && !(NIGERIAN_STATES as readonly string[]).includes(values.region)) invalid.push('region');
  invalid.push(...invalidPosition(values));
  return [...new Set(invalid)];
}

/** The form's values of a saved address (to edit it). */
export function valuesOf(address: SavedAddress): AddressValues {
  const values = emptyAddress();
  for (const field of ADDRESS_FIELDS) values[field] = address[field] == null ? '' : String(address[field]);
  return values;
}

/** identity's input for the form's values: the storefront delivers within Nigeria only. */
export function addressInput(values: AddressValues, isDefault: boolean) {
  const orNull = (v: string) => v || null;
  return {
    label: orNull(values.label),
    name: values.name,
    line1: values.line1,
    line2: orNull(values.line2),
    city: values.city,
    region: values.region,
    country: 'NG',
    postalCode: orNull(values.postalCode),
    phone: orNull(values.phone),
    ...positionInput(values),
    isDefault,
  };
}

/** identity names input fields by path (['input', 'city']): the form's field, or null. */
export function addressFieldOf(path: readonly string[] | null | undefined): AddressField | null {
  const last = path?.[path.length - 1];
  return last && (ADDRESS_FIELDS as readonly string[]).includes(last) ? (last as AddressField) : null;
}

/** What the draft cookie holds: which form (an address id, or "new"), the values and the refusal. */
export interface AddressDraft {
  form: string;
  values: AddressValues;
  isDefault: boolean;
  invalid: AddressField[];
  error: string | null;
}

export function encodeAddressDraft(draft: AddressDraft): string {
  return Buffer.from(JSON.stringify(draft), 'utf8').toString('base64url');
}

export function decodeAddressDraft(value: string | null | undefined): AddressDraft | null {
  if (!value) return null;
  try {
    const raw = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<AddressDraft>;
    if (typeof raw.form !== 'string') return null;
    const values = emptyAddress();
    for (const field of ADDRESS_FIELDS) {
      const v = raw.values?.[field];
      values[field] = typeof v === 'string' ? v.slice(0, ADDRESS_LIMITS[field]) : '';
    }
    const invalid = Array.isArray(raw.invalid) ? raw.invalid.filter((f): f is AddressField => (ADDRESS_FIELDS as readonly string[]).includes(f)) : [];
    const error = typeof raw.error === 'string' && /^[A-Z_]{1,40}$/.test(raw.error) ? raw.error : null;
    return { form: raw.form.slice(0, 40), values, isDefault: raw.isDefault === true, invalid, error };
  } catch {
    return null;
  }
}

/** Checkout details with a saved address's delivery fields in place of the typed ones. */
export function detailsWithAddress(details: CheckoutDetails, address: SavedAddress): CheckoutDetails {
  return {
    ...details,
    name: address.name,
    line1: address.line1,
    line2: address.line2 ?? '',
    city: address.city,
    region: address.region,
    postalCode: address.postalCode ?? '',
    phone: address.phone ?? details.phone,
    latitude: address.latitude == null ? '' : String(address.latitude),
    longitude: address.longitude == null ? '' : String(address.longitude),
  };
}

/** True when checkout's address is one already saved (so "save this address" adds no duplicate). */
export function isSaved(details: CheckoutDetails, saved: readonly SavedAddress[]): boolean {
  const same = (a: string | null, b: string) => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();
  return saved.some(
    (a) => a.country === 'NG' && same(a.name, details.name) && same(a.line1, details.line1) && same(a.line2, details.line2) && same(a.city, details.city) && same(a.region, details.region) && same(a.postalCode, details.postalCode),
  );
}
