import messages from '../../messages/catalog.en.json';
import { fill } from '../fill';

// The back office's catalogue and pricing pages keep their English strings in their own file
// (messages/catalog.en.json), beside the shared en.json. Safe in server and client components.

export type CatalogMessageKey = keyof typeof messages;

const table: Record<CatalogMessageKey, string> = messages;

/** Look a catalogue message up and fill `{name}` placeholders. */
export function ct(key: CatalogMessageKey, vars?: Record<string, string | number>): string {
  return fill(table[key] ?? key, vars);
}

/** A message whose key is built from data (a channel): `fallback` when the file lacks it. */
export function ctOr(key: string, fallback: string): string {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key as CatalogMessageKey] : fallback;
}
