import messages from '../../messages/invoices.en.json';

// The invoice pages' English strings (the shop's order page, the back office's invoices, invoice details and
// the VAT return) live in their own file (messages/invoices.en.json). Safe in server and client components.

export type InvoiceMessageKey = keyof typeof messages;

const table: Record<InvoiceMessageKey, string> = messages;

/** Look an invoice message up and fill `{name}` placeholders. */
export function invt(key: InvoiceMessageKey, vars?: Record<string, string | number>): string {
  const template = table[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole));
}

/** A message whose key is built from data (a kind): the key itself when the file lacks it. */
export function ilabel(key: string): string {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key as InvoiceMessageKey] : key;
}
