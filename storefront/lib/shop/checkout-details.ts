// The checkout's details step (e-mail, phone, shipping address) as plain data: parsed from the form,
// checked for what a shopper can fix before asking the API (which checks everything again), and kept
// between steps in an httpOnly cookie. No Next request APIs here.

/** Nigeria's 36 states and the Federal Capital Territory, the regions shipping zones are written in. */
export const NIGERIAN_STATES = [
  'Abia', 'Adamawa', 'Akwa Ibom', 'Anambra', 'Bauchi', 'Bayelsa', 'Benue', 'Borno', 'Cross River', 'Delta',
  'Ebonyi', 'Edo', 'Ekiti', 'Enugu', 'FCT', 'Gombe', 'Imo', 'Jigawa', 'Kaduna', 'Kano', 'Katsina', 'Kebbi',
  'Kogi', 'Kwara', 'Lagos', 'Nasarawa', 'Niger', 'Ogun', 'Ondo', 'Osun', 'Oyo', 'Plateau', 'Rivers', 'Sokoto',
  'Taraba', 'Yobe', 'Zamfara',
] as const;

export const DETAIL_FIELDS = ['email', 'phone', 'name', 'line1', 'line2', 'city', 'region', 'postalCode', 'taxId', 'latitude', 'longitude'] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

export type CheckoutDetails = Record<DetailField, string>;

const LIMITS: Record<DetailField, number> = { email: 254, phone: 30, name: 120, line1: 200, line2: 200, city: 100, region: 100, postalCode: 20, taxId: 20, latitude: 20, longitude: 20 };
const REQUIRED: readonly DetailField[] = ['email', 'name', 'line1', 'city', 'region'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{7,30}$/;
/** A business buyer's TIN for the invoice (the API checks it with protocol's NIGERIAN_TIN). */
const TIN = /^(\d{8}-\d{4}|\d{10})$/;

export const emptyDetails = (): CheckoutDetails => Object.fromEntries(DETAIL_FIELDS.map((f) => [f, ''])) as CheckoutDetails;

export function detailsFromForm(formData: FormData): CheckoutDetails {
  const details = emptyDetails();
  for (const field of DETAIL_FIELDS) {
    const value = formData.get(field);
    details[field] = typeof value === 'string' ? value.trim().slice(0, LIMITS[field]) : '';
  }
  return details;
}

/** Fields a shopper must correct before shipping can be chosen (the API checks them again at checkout). */
export function invalidDetails(details: CheckoutDetails): DetailField[] {
  const invalid = REQUIRED.filter((f) => !details[f]);
  if (details.email && !EMAIL.test(details.email)) invalid.push('email');
  if (details.phone && !PHONE.test(details.phone)) invalid.push('phone');
  if (details.taxId && !TIN.test(details.taxId.replace(/\s+/g, ''))) invalid.push('taxId');
  if (details.region && !(NIGERIAN_STATES as readonly string[]).includes(details.region)) invalid.push('region');
  invalid.push(...invalidPosition(details));
  return [...new Set(invalid)];
}

/**
 * The optional map position "Use my location" fills (decision 0090): both or neither, in range. Returns the
 * field to flag (the API checks again).
 */
export function invalidPosition(values: { latitude: string; longitude: string }): ('latitude' | 'longitude')[] {
  if (!values.latitude && !values.longitude) return [];
  const inRange = (v: string, max: number) => /^-?\d{1,3}(\.\d+)?$/.test(v) && Math.abs(Number(v)) <= max;
  if (!inRange(values.latitude, 90)) return ['latitude'];
  if (!inRange(values.longitude, 180)) return ['longitude'];
  return [];
}

/** The position as the API takes it: numbers, or nothing. */
export const positionInput = (values: { latitude: string; longitude: string }) =>
  values.latitude && values.longitude ? { latitude: Number(values.latitude), longitude: Number(values.longitude) } : { latitude: null, longitude: null };

/** What the cookie holds: the details and the fields the last check (here or the API's) refused. */
export interface CheckoutDraft {
  details: CheckoutDetails;
  invalid: DetailField[];
  /** A signed-in shopper asked to save the address to their account once the order is placed. */
  saveAddress?: true;
}

export function encodeDraft(draft: CheckoutDraft): string {
  return Buffer.from(JSON.stringify(draft), 'utf8').toString('base64url');
}

export function decodeDraft(value: string | null | undefined): CheckoutDraft | null {
  if (!value) return null;
  try {
    const raw = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<CheckoutDraft>;
    const details = emptyDetails();
    for (const field of DETAIL_FIELDS) {
      const v = raw.details?.[field];
      details[field] = typeof v === 'string' ? v.slice(0, LIMITS[field]) : '';
    }
    const invalid = Array.isArray(raw.invalid) ? raw.invalid.filter((f): f is DetailField => (DETAIL_FIELDS as readonly string[]).includes(f)) : [];
    return { details, invalid, ...(raw.saveAddress === true ? { saveAddress: true as const } : {}) };
  } catch {
    return null;
  }
}

/** The API names checkout fields by input path (['shippingAddress', 'city'], ['email']): the form's field, or null. */
export function detailFieldOf(path: readonly string[] | null | undefined): DetailField | null {
  const last = path?.[path.length - 1];
  if (!path || !last) return null;
  if (path[0] === 'shippingAddress' && last === 'phone') return 'phone';
  return (DETAIL_FIELDS as readonly string[]).includes(last) ? (last as DetailField) : null;
}
