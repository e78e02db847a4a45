/**
 * Sync: a till sends what it recorded offline, in batches of up to 100 events, as often as it needs to
 * (decision 0052). Rules:
 * - Exactly once: an event is stored once per (device, clientId); sent again, it is DUPLICATE.
 * - In order: the device's events are applied in its sequence (1, 2, 3...). An event that arrives before
 *   one it follows is stored (QUEUED) and applied when the gap fills, so a session is opened before its
 *   sales and closed after them, whatever order batches arrive in. Every answer but an error means the
 *   server has the event for good: the till may forget it.
 * - All or nothing: one transaction per batch, the device's row locked, so two batches of one till never
 *   interleave and a batch cut off half way (a closed tab) leaves nothing behind to double.
 * - Never refused for what happened: only a malformed event refuses the batch; disagreements are conflicts.
 */
import { DomainError, ErrorCode, uuidv7 } from '@webwaka/kit';
import { applyEvent, flush, newApplyContext } from './apply';
import { TX_OPTIONS, type ServiceContext } from './context';
import { requireDevice } from './devices';
import { checkEvent, fromJson, MAX_BATCH, toJson, type PosEventInput } from './events';
import { captureHolds } from './holds';
import { couponRules, quotePosPrices, type QuotedLine } from './peers';
import type { CouponRule } from './sale-math';

export type SyncStatus = 'APPLIED' | 'QUEUED' | 'DUPLICATE';

export interface SyncResult {
  results: { clientId: string; sequence: number; status: SyncStatus }[];
  /** Every event up to this sequence is applied. */
  lastSequence: number;
}

export async function syncBatch(ctx: ServiceContext, input: PosEventInput[]): Promise<SyncResult> {
  const device = await requireDevice(ctx);
  if (!Array.isArray(input) || input.length < 1 || input.length > MAX_BATCH) throw new DomainError(ErrorCode.BAD_USER_INPUT, `A batch holds 1 to ${MAX_BATCH} events`, ['events']);
  const events = input.map((e, i) => checkEvent(e, ['events', String(i)]));

  // Today's POS prices for what this batch and the events still waiting sold (a call to catalog, outside the transaction).
  const waiting = await ctx.prisma.posEvent.findMany({ where: { deviceId: device.id, appliedAt: null, type: 'SALE' }, select: { payload: true } });
  const sales = [...events, ...waiting.map((w) => fromJson(w.payload))].filter((e) => e.type === 'SALE' && e.sale);
  const quotes = new Map<string, QuotedLine>();
  for (const currency of new Set(sales.map((e) => e.currency!))) {
    const ids = [...new Set(sales.filter((e) => e.currency === currency).flatMap((e) => e.sale!.lines.map((l) => l.variantId)))];
    for (const [id, q] of await quotePosPrices(ctx, device.tenantId, currency, ids)) quotes.set(id, q);
  }

  // The rules of the coupons these sales name (a call to commerce, outside the transaction; decision 0071).
  const couponIds = [...new Set(sales.map((e) => e.sale!.couponId).filter((x): x is string => !!x))];
  const coupons = couponIds.length ? await couponRules(ctx, device.tenantId, couponIds) : new Map<string, CouponRule>();
  // The points and gift-card holds they tender, captured for them (decision 0080; commerce, outside the
  // transaction: by (hold, sale), so a retried or redelivered batch captures nothing more).
  const holds = await captureHolds(ctx, device, sales);

  const outcome = await ctx.prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "pos"."PosDevice" WHERE id = ${device.id}::uuid FOR UPDATE`;
    const locked = await tx.posDevice.findUniqueOrThrow({ where: { id: device.id } });

    const clientIds = events.map((e) => e.clientId);
    const known = new Set((await tx.posEvent.findMany({ where: { deviceId: device.id, clientId: { in: clientIds } }, select: { clientId: true } })).map((r) => r.clientId));
    const taken = new Set(
      (await tx.posEvent.findMany({ where: { deviceId: device.id, sequence: { in: events.map((e) => e.sequence) } }, select: { sequence: true } })).map((r) => r.sequence),
    );
    const fresh: { e: PosEventInput; id: string; sequence: number | null }[] = [];
    const seenNow = new Set<string>();
    for (const e of events) {
      if (known.has(e.clientId) || seenNow.has(e.clientId)) continue;
      seenNow.add(e.clientId);
      // A sequence number already used by another event: stored without it, applied now, and flagged.
      const reused = taken.has(e.sequence);
      taken.add(e.sequence);
      fresh.push({ e, id: uuidv7(), sequence: reused ? null : e.sequence });
    }
    if (fresh.length) {
      await tx.posEvent.createMany({
        data: fresh.map((f) => ({ id: f.id, tenantId: device.tenantId, deviceId: device.id, clientId: f.e.clientId, sequence: f.sequence, claimedSequence: f.e.sequence, type: f.e.type, occurredAt: f.e.occurredAt, payload: toJson(f.e) })),
      });
    }

    const apply = await newApplyContext(tx, locked, quotes, coupons, holds);
    const applied = new Set<string>();
    for (const f of fresh.filter((x) => x.sequence === null)) {
      apply.pending.conflicts.push({ id: uuidv7(), tenantId: device.tenantId, deviceId: device.id, eventId: f.id, kind: 'SEQUENCE_REUSED', message: `Sequence ${f.e.sequence} was used again, by ${f.e.type} ${f.e.clientId}` });
      await applyEvent(apply, { id: f.id, sequence: f.e.sequence }, f.e);
      applied.add(f.e.clientId);
    }
    let last = locked.lastSequence;
    const ready = await tx.posEvent.findMany({ where: { deviceId: device.id, appliedAt: null, sequence: { gt: last } }, orderBy: { sequence: 'asc' } });
    const appliedIds: string[] = fresh.filter((x) => x.sequence === null).map((x) => x.id);
    for (const row of ready) {
      if (row.sequence !== last + 1) break;
      await applyEvent(apply, { id: row.id, sequence: row.sequence }, fromJson(row.payload));
      appliedIds.push(row.id);
      applied.add(row.clientId);
      last = row.sequence;
    }
    await flush(apply);
    if (appliedIds.length) await tx.posEvent.updateMany({ where: { id: { in: appliedIds } }, data: { appliedAt: new Date() } });
    await tx.posDevice.update({ where: { id: device.id }, data: { lastSequence: last, lastSeenAt: new Date() } });
    return { applied, last };
  }, TX_OPTIONS);
  ctx.eventsRecorded();

  const answered = new Set<string>();
  return {
    lastSequence: outcome.last,
    results: events.map((e) => {
      const first = !answered.has(e.clientId);
      answered.add(e.clientId);
      const status: SyncStatus = !first ? 'DUPLICATE' : outcome.applied.has(e.clientId) ? 'APPLIED' : e.sequence <= outcome.last ? 'DUPLICATE' : 'QUEUED';
      return { clientId: e.clientId, sequence: e.sequence, status };
    }),
  };
}
