/**
 * Prisma's unique-constraint violation (P2002), optionally on a given field. Through driver adapters the
 * constraint arrives as its index name (`User_email_key`) or as a field list, depending on the driver.
 */
export function isUniqueViolation(e: unknown, field?: string): boolean {
  const err = e as {
    code?: string;
    meta?: { target?: string[] | string; driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } } };
  };
  if (err?.code !== 'P2002') return false;
  if (!field) return true;
  const constraint = err.meta?.driverAdapterError?.cause?.constraint;
  const target = err.meta?.target;
  const names = [...(Array.isArray(target) ? target : target ? [target] : []), ...(constraint?.fields ?? [])].map((f) => f.replace(/"/g, ''));
  return names.includes(field) || !!constraint?.index?.includes(`_${field}_`);
}
