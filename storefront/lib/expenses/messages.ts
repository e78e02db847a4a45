import messages from '../../messages/expenses.en.json';

// The expenses pages' and the profit and loss and vendor statement reports' English strings
// (messages/expenses.en.json). Safe in server and client components.

export type ExpenseMessageKey = keyof typeof messages;

const table: Record<ExpenseMessageKey, string> = messages;

/** Look an expenses message up and fill `{name}` placeholders. */
export function ext(key: ExpenseMessageKey, vars?: Record<string, string | number>): string {
  const template = table[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole));
}

/** A message whose key is built from data (a category, a status): the key itself when the file lacks it. */
export function exlabel(key: string): string {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key as ExpenseMessageKey] : key;
}
