/** Prisma's unique-constraint violation (P2002), optionally on a given field. */
export function isUniqueViolation(e: unknown, field?: string): boolean {
  const err = e as { code?: string; meta?: { target?: string[] | string; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } } };
  if (err?.code !== 'P2002') return false;
  if (!field) return true;
  const target = err.meta?.target;
  const fields = Array.isArray(target) ? target : typeof target === 'string' ? [target] : (err.meta?.driverAdapterError?.cause?.constraint?.fields ?? []);
  return fields.some((f) => f.replace(/"/g, '') === field || f.includes(field));
}
