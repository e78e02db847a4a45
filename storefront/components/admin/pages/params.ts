export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** One query-string value (the first when repeated), trimmed; '' when absent. */
export function one(params: Record<string, string | string[] | undefined>, name: string): string {
  const value = params[name];
  return ((Array.isArray(value) ? value[0] : value) ?? '').trim();
}

/** Every value of a repeated query-string parameter. */
export function all(params: Record<string, string | string[] | undefined>, name: string): string[] {
  const value = params[name];
  return (Array.isArray(value) ? value : value ? [value] : []).map((v) => v.trim()).filter(Boolean);
}

/** A query string from pairs, skipping empty values. */
export function query(pairs: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(pairs)) if (value) search.set(key, value);
  const s = search.toString();
  return s ? `?${s}` : '';
}
