/** What the vendor application action hands back to its form (shared by server action and client component). */
export const APPLICATION_FIELDS = ['businessName', 'legalName', 'tin', 'email', 'phone', 'address', 'documentUrls'] as const;
export type ApplicationField = (typeof APPLICATION_FIELDS)[number];

export interface VendorApplicationState {
  status: 'idle' | 'error' | 'done';
  /** Alert text for the whole form. */
  message?: string;
  /** Per-field messages, shown next to the field and linked with aria-describedby. */
  fieldErrors: Partial<Record<ApplicationField, string>>;
  /** What was typed, to refill the form after a failed attempt. */
  values: Partial<Record<ApplicationField, string>>;
  vendorName?: string;
}

export const initialVendorApplicationState: VendorApplicationState = { status: 'idle', fieldErrors: {}, values: {} };
