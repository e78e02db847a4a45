/**
 * Cashiers: the people at a till, not accounts. A name, a role (CASHIER, or SUPERVISOR whose PIN approves
 * discounts above a cashier's limit and returns) and a 4 to 6 digit PIN. Tills check PINs offline, so each
 * till receives the PIN's PBKDF2 (decision 0052 weighs what that exposes); the PIN itself is never stored.
 */
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { DomainError, ErrorCode, isUuid, requireTenant, uuidv7 } from '@webwaka/kit';
import type { ServiceContext } from './context';

export const PIN_ITERATIONS = 100_000;
export const MAX_CASHIERS = 500;

const bad = (message: string, field: string[]) => new DomainError(ErrorCode.BAD_USER_INPUT, message, field);

/** What a till compares a typed PIN with: hex(PBKDF2-SHA256(pin, salt, 100,000 iterations, 32 bytes)). */
export function hashPin(pin: string, saltHex: string): string {
  return pbkdf2Sync(pin, Buffer.from(saltHex, 'hex'), PIN_ITERATIONS, 32, 'sha256').toString('hex');
}

function checkPin(pin: string): string {
  if (!/^\d{4,6}$/.test(pin)) throw bad('A PIN is 4 to 6 digits', ['pin']);
  // A PIN anyone would guess first protects nothing on a shared counter.
  if (/^(\d)\1+$/.test(pin) || '0123456789'.includes(pin) || '9876543210'.includes(pin)) throw bad('Choose a PIN that is not all one digit or a run like 1234', ['pin']);
  return pin;
}

export interface CashierInput {
  id?: string | null;
  name: string;
  role: 'CASHIER' | 'SUPERVISOR';
  discountLimitBps: number;
  pin?: string | null;
  active?: boolean | null;
}

export async function saveCashier(ctx: ServiceContext, input: CashierInput) {
  const tenantId = requireTenant(ctx);
  const name = (input.name ?? '').trim();
  if (name.length < 1 || name.length > 60) throw bad('Name must be 1 to 60 characters', ['name']);
  if (!Number.isInteger(input.discountLimitBps) || input.discountLimitBps < 0 || input.discountLimitBps > 10_000) throw bad('The discount limit is 0 to 100%', ['discountLimitBps']);
  const pin = input.pin ? checkPin(input.pin) : null;
  const secret = pin ? (() => { const pinSalt = randomBytes(16).toString('hex'); return { pinSalt, pinHash: hashPin(pin, pinSalt) }; })() : null;
  const fields = { name, role: input.role, discountLimitBps: input.discountLimitBps, ...(typeof input.active === 'boolean' ? { active: input.active } : {}), ...(secret ?? {}) };
  if (input.id) {
    const existing = isUuid(input.id) ? await ctx.prisma.posCashier.findFirst({ where: { id: input.id, tenantId } }) : null;
    if (!existing) throw new DomainError(ErrorCode.NOT_FOUND, 'No such cashier', ['id']);
    return ctx.prisma.posCashier.update({ where: { id: existing.id }, data: fields });
  }
  if (!secret) throw bad('A new cashier needs a PIN', ['pin']);
  if ((await ctx.prisma.posCashier.count({ where: { tenantId } })) >= MAX_CASHIERS) throw bad(`A business has at most ${MAX_CASHIERS} cashiers`, ['name']);
  return ctx.prisma.posCashier.create({ data: { id: uuidv7(), tenantId, ...fields, ...secret } });
}

export const listCashiers = (ctx: Pick<ServiceContext, 'prisma' | 'tenantId'>) =>
  ctx.prisma.posCashier.findMany({ where: { tenantId: requireTenant(ctx) }, orderBy: [{ active: 'desc' }, { name: 'asc' }] });
