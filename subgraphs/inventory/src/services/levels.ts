/**
 * The stock arithmetic every operation shares, in SQL so it holds under true concurrency on PostgreSQL:
 *
 * - A StockLevel changes only through `moveLevel`, one conditional UPDATE that applies a delta to onHand
 *   and reserved only if the result keeps 0 <= reserved <= onHand. Two checkouts racing for the last unit
 *   both run it; the row lock makes the second re-check against the first's result, so it updates nothing
 *   and the caller reports INSUFFICIENT_STOCK. (The database trigger refuses an oversell as a last line.)
 * - Lock order, everywhere: channel policy -> StockLevel -> ChannelAllocation -> Reservation. Paths that
 *   touch a reservation lock its level first, so two transactions never wait on each other in a cycle.
 * - Expired ACTIVE reservations never block stock: reads add their quantity back (`expiredSql`), and a
 *   writer that finds too little stock expires them (`expireReservations`) and tries once more.
 */
import { Prisma, isUuid, recordEvent, TOPICS, uuidv7, type PrismaClient } from '@webwaka/kit';
import { TX_OPTIONS, type Tx } from './context';
import { recordLowStockMessage } from './low-stock-messages';

/** The pubsub channel the gateway's `inventoryChanged` subscription listens on; events carry `{ id }`. */

export type Channel = 'SVM' | 'MVM' | 'POS';
export type Mode = 'SHARED' | 'ALLOCATED' | 'INDEPENDENT';
export const SALES_CHANNELS: readonly Channel[] = ['SVM', 'MVM', 'POS'];

export interface LevelRow {
  id: string;
  tenantId: string;
  variantId: string;
  locationId: string;
  onHand: number;
  reserved: number;
  lowStockThreshold: number | null;
  reorderPoint: number | null;
  reorderQuantity: number | null;
  updatedAt: Date;
}

export interface AllocationRow {
  id: string;
  tenantId: string;
  variantId: string;
  locationId: string;
  channel: Channel;
  quantity: number;
  reserved: number;
  updatedAt: Date;
}

// Every column, so rows read in SQL have the shape of the Prisma models (GraphQL types expose them as is).
const LEVEL_COLUMNS = Prisma.sql`"id", "tenantId", "variantId", "locationId", "onHand", "reserved", "lowStockThreshold", "reorderPoint", "reorderQuantity", "updatedAt"`;
const ALLOCATION_COLUMNS = Prisma.sql`"id", "tenantId", "variantId", "locationId", "channel"::text AS "channel", "quantity", "reserved", "updatedAt"`;

/**
 * Quantity held by ACTIVE reservations that have already expired, at the level or allocation aliased
 * `alias`: reads add it back to what is available. `channel`: only that channel's reservations (an
 * allocation); otherwise those of channels drawing from the shared pool.
 */
export function expiredSql(alias: string, channel?: 'own') {
  const a = Prisma.raw(`"${alias}"`);
  const pool =
    channel === 'own'
      ? Prisma.sql`r."channel" = ${a}."channel"`
      : Prisma.sql`NOT EXISTS (SELECT 1 FROM "inventory"."ChannelPolicy" p WHERE p."tenantId" = r."tenantId" AND p."channel" = r."channel" AND p."mode" <> 'SHARED')`;
  return Prisma.sql`COALESCE((SELECT SUM(r."quantity") FROM "inventory"."Reservation" r
    WHERE r."variantId" = ${a}."variantId" AND r."locationId" = ${a}."locationId" AND r."status" = 'ACTIVE'
      AND r."expiresAt" <= now() AND ${pool}), 0)::int`;
}

/** The level of a variant at a location, created empty when missing (never locks an existing row). */
export async function ensureLevel(tx: Tx, tenantId: string, variantId: string, locationId: string): Promise<string> {
  const found = await tx.stockLevel.findUnique({ where: { variantId_locationId: { variantId, locationId } }, select: { id: true } });
  if (found) return found.id;
  await tx.$executeRaw`INSERT INTO "inventory"."StockLevel" ("id", "tenantId", "variantId", "locationId", "updatedAt")
    VALUES (${uuidv7()}::uuid, ${tenantId}::uuid, ${variantId}::uuid, ${locationId}::uuid, now())
    ON CONFLICT ("variantId", "locationId") DO NOTHING`;
  const row = await tx.stockLevel.findUniqueOrThrow({ where: { variantId_locationId: { variantId, locationId } }, select: { id: true } });
  return row.id;
}

/** Locks levels (sorted by id, the one order every path uses) and returns their current rows. */
export async function lockLevels(tx: Tx, ids: string[]): Promise<LevelRow[]> {
  const sorted = [...new Set(ids)].sort();
  return tx.$queryRaw<LevelRow[]>`SELECT ${LEVEL_COLUMNS} FROM "inventory"."StockLevel" WHERE "id" = ANY(${sorted}::uuid[]) ORDER BY "id" FOR UPDATE`;
}

/**
 * Applies onHand += dOnHand, reserved += dReserved atomically, only if the result keeps
 * 0 <= reserved <= onHand; returns the new row, or null when the stock is not there.
 */
export async function moveLevel(tx: Tx, id: string, dOnHand: number, dReserved: number): Promise<LevelRow | null> {
  const rows = await tx.$queryRaw<LevelRow[]>`
    UPDATE "inventory"."StockLevel"
    SET "onHand" = "onHand" + ${dOnHand}::int, "reserved" = "reserved" + ${dReserved}::int, "updatedAt" = now()
    WHERE "id" = ${id}::uuid AND "onHand" + ${dOnHand}::int >= "reserved" + ${dReserved}::int AND "reserved" + ${dReserved}::int >= 0
    RETURNING ${LEVEL_COLUMNS}`;
  return rows[0] ?? null;
}

/** The allocation counterpart of moveLevel: quantity += dQuantity, reserved += dReserved, if 0 <= reserved <= quantity. */
export async function moveAllocation(tx: Tx, id: string, dQuantity: number, dReserved: number): Promise<AllocationRow | null> {
  const rows = await tx.$queryRaw<AllocationRow[]>`
    UPDATE "inventory"."ChannelAllocation"
    SET "quantity" = "quantity" + ${dQuantity}::int, "reserved" = "reserved" + ${dReserved}::int, "updatedAt" = now()
    WHERE "id" = ${id}::uuid AND "quantity" + ${dQuantity}::int >= "reserved" + ${dReserved}::int AND "reserved" + ${dReserved}::int >= 0
    RETURNING ${ALLOCATION_COLUMNS}`;
  return rows[0] ?? null;
}

/** A channel's allocation at a level, created empty when missing. */
export async function ensureAllocation(tx: Tx, tenantId: string, variantId: string, locationId: string, channel: Channel): Promise<string> {
  const where = { variantId_locationId_channel: { variantId, locationId, channel } };
  const found = await tx.channelAllocation.findUnique({ where, select: { id: true } });
  if (found) return found.id;
  await tx.$executeRaw`INSERT INTO "inventory"."ChannelAllocation" ("id", "tenantId", "variantId", "locationId", "channel", "updatedAt")
    VALUES (${uuidv7()}::uuid, ${tenantId}::uuid, ${variantId}::uuid, ${locationId}::uuid, ${channel}::"inventory"."StockChannel", now())
    ON CONFLICT ("variantId", "locationId", "channel") DO NOTHING`;
  return (await tx.channelAllocation.findUniqueOrThrow({ where, select: { id: true } })).id;
}

/**
 * How a channel draws stock, read under a share lock: a mode change (which takes the row exclusively and
 * requires the channel to hold nothing) cannot slip between reading the mode and reserving under it.
 */
export async function lockChannelMode(tx: Tx, tenantId: string, channel: Channel): Promise<Mode> {
  const lockRow = () =>
    tx.$queryRaw<{ mode: Mode }[]>`SELECT "mode"::text AS "mode" FROM "inventory"."ChannelPolicy"
      WHERE "tenantId" = ${tenantId}::uuid AND "channel" = ${channel}::"inventory"."StockChannel" FOR SHARE`;
  // The row exists after a channel's first use, so it is locked first and created (as SHARED) only when
  // missing: one round trip per stock transaction instead of an INSERT ... ON CONFLICT before every lock.
  let rows = await lockRow();
  if (rows.length === 0) {
    await tx.$executeRaw`INSERT INTO "inventory"."ChannelPolicy" ("tenantId", "channel", "mode", "updatedAt")
      VALUES (${tenantId}::uuid, ${channel}::"inventory"."StockChannel", 'SHARED', now()) ON CONFLICT DO NOTHING`;
    rows = await lockRow();
  }
  return rows[0].mode;
}

/** Modes of all channels of a tenant, without locking (SHARED when never set). */
export async function channelModes(db: Pick<Tx, 'channelPolicy'>, tenantId: string): Promise<Record<Channel, Mode>> {
  const rows = await db.channelPolicy.findMany({ where: { tenantId } });
  const modes = { SVM: 'SHARED', MVM: 'SHARED', POS: 'SHARED' } as Record<Channel, Mode>;
  for (const r of rows) modes[r.channel as Channel] = r.mode as Mode;
  return modes;
}

/**
 * Collects what a transaction changed, then records the events in the same transaction: one
 * STOCK_CHANGED with the levels (published live after commit), one AVAILABILITY_CHANGED per variant whose
 * shared available stock moved, and LOW_STOCK alerts for levels that crossed their threshold.
 */
export class StockChanges {
  private levels = new Set<string>();
  /** Net change of available stock per variant and location, to sum over active locations at the end. */
  private deltas = new Map<string, { variantId: string; locationId: string; delta: number }>();
  private forced = new Set<string>();
  private activeLocations = new Set<string>();
  constructor(private readonly tenantId: string) {}

  /**
   * The caller read in this transaction that the location is active (it chose the level among active
   * locations): `record` need not ask again, a round trip less per reservation.
   */
  locationActive(locationId: string) {
    this.activeLocations.add(locationId);
  }

  /** Records a level change; `before` is its available stock before the change. */
  async level(tx: Tx, row: LevelRow, before: number) {
    const after = row.onHand - row.reserved;
    this.levels.add(row.id);
    const d = this.deltas.get(row.id) ?? { variantId: row.variantId, locationId: row.locationId, delta: 0 };
    d.delta += after - before;
    this.deltas.set(row.id, d);
    // Once per crossing: only when this change takes available from above the threshold to at/below it.
    if (row.lowStockThreshold !== null && before > row.lowStockThreshold && after <= row.lowStockThreshold) {
      await lowStockAlert(tx, row, after);
    }
  }

  /** A level changed in a way that moves no stock (thresholds): live subscribers still hear of it. */
  touch(levelId: string) {
    this.levels.add(levelId);
  }

  /** A variant's availability changed without a level change (a location was deactivated). */
  variant(variantId: string) {
    this.forced.add(variantId);
  }

  async record(tx: Tx) {
    // Sellable stock is what active locations hold: a transfer between two of them changes nothing, one
    // out of a closed location adds to it.
    const moved = [...this.deltas.values()].filter((d) => d.delta !== 0);
    const variants = new Set(this.forced);
    if (moved.length) {
      const unknown = [...new Set(moved.map((d) => d.locationId))].filter((id) => !this.activeLocations.has(id));
      const active = new Set(this.activeLocations);
      if (unknown.length) for (const l of await tx.location.findMany({ where: { id: { in: unknown }, active: true }, select: { id: true } })) active.add(l.id);
      const net = new Map<string, number>();
      for (const d of moved) if (active.has(d.locationId)) net.set(d.variantId, (net.get(d.variantId) ?? 0) + d.delta);
      for (const [v, n] of net) if (n !== 0) variants.add(v);
    }
    if (this.levels.size || variants.size) {
      await recordEvent(tx, { tenantId: this.tenantId, topic: TOPICS.INVENTORY_STOCK_CHANGED, payload: { stockLevelIds: [...this.levels].sort(), availabilityChanged: variants.size > 0 } });
    }
    for (const v of await variantTotals(tx, this.tenantId, [...variants].sort())) {
      await recordEvent(tx, { tenantId: this.tenantId, topic: TOPICS.INVENTORY_AVAILABILITY_CHANGED, payload: { tenantId: this.tenantId, variantId: v.variantId, productId: v.productId, available: v.available } });
    }
  }
}

export async function lowStockAlert(tx: Tx, row: Pick<LevelRow, 'tenantId' | 'variantId' | 'locationId' | 'lowStockThreshold'>, available: number) {
  const alert = await tx.stockAlert.create({
    data: {
      id: uuidv7(),
      tenantId: row.tenantId,
      variantId: row.variantId,
      locationId: row.locationId,
      kind: 'LOW_STOCK',
      available,
      threshold: row.lowStockThreshold,
      message: `Available stock ${available} is at or below the low-stock threshold ${row.lowStockThreshold}`,
    },
  });
  await recordLowStockMessage(tx, alert);
}

/** Moves a level and records the change (alerts, events); null when the stock is not there. */
export async function changeLevel(tx: Tx, changes: StockChanges, id: string, dOnHand: number, dReserved: number): Promise<LevelRow | null> {
  const row = await moveLevel(tx, id, dOnHand, dReserved);
  if (row) await changes.level(tx, row, row.onHand - row.reserved - (dOnHand - dReserved));
  return row;
}

export interface VariantTotals {
  variantId: string;
  productId: string;
  onHand: number;
  reserved: number;
  available: number;
}

/**
 * Totals per variant over the tenant's active locations: onHand, reserved (expired reservations
 * released) and available — the shared pool's sellable stock, what AVAILABILITY_CHANGED carries and
 * what storefronts show. Variants without an item are absent.
 */
export async function variantTotals(db: Pick<Tx, '$queryRaw'>, tenantId: string, variantIds: string[]): Promise<VariantTotals[]> {
  const ids = variantIds.filter(isUuid);
  if (!ids.length) return [];
  return db.$queryRaw<VariantTotals[]>`
    SELECT i."variantId", i."productId",
      COALESCE(SUM(sl."onHand") FILTER (WHERE l."active"), 0)::int AS "onHand",
      COALESCE(SUM(sl."reserved" - ${expiredSql('sl')}) FILTER (WHERE l."active"), 0)::int AS "reserved",
      COALESCE(SUM(sl."onHand" - sl."reserved" + ${expiredSql('sl')}) FILTER (WHERE l."active"), 0)::int AS "available"
    FROM "inventory"."InventoryItem" i
    LEFT JOIN "inventory"."StockLevel" sl ON sl."variantId" = i."variantId"
    LEFT JOIN "inventory"."Location" l ON l."id" = sl."locationId"
    WHERE i."tenantId" = ${tenantId}::uuid AND i."variantId" = ANY(${ids}::uuid[])
    GROUP BY i."variantId", i."productId"`;
}

/** Whether any variant of each product has shared stock available (products without items: absent). */
export async function productsAvailable(db: Pick<Tx, '$queryRaw'>, tenantId: string, productIds: string[]): Promise<Map<string, boolean>> {
  const ids = productIds.filter(isUuid);
  if (!ids.length) return new Map();
  const rows = await db.$queryRaw<{ productId: string; available: boolean }[]>`
    SELECT i."productId", bool_or(l."active" AND sl."onHand" - sl."reserved" + ${expiredSql('sl')} > 0) IS TRUE AS "available"
    FROM "inventory"."InventoryItem" i
    LEFT JOIN "inventory"."StockLevel" sl ON sl."variantId" = i."variantId"
    LEFT JOIN "inventory"."Location" l ON l."id" = sl."locationId"
    WHERE i."tenantId" = ${tenantId}::uuid AND i."productId" = ANY(${ids}::uuid[])
    GROUP BY i."productId"`;
  return new Map(rows.map((r) => [r.productId, r.available]));
}

/** Levels at active locations whose available stock is at or below their reorder point, by id (forward pages). */
export async function reorderCandidates(db: Pick<Tx, '$queryRaw'>, tenantId: string, opts: { locationId: string | null; after: string | null; take: number; variantIds?: string[] | null }) {
  const after = opts.after && isUuid(opts.after) ? opts.after : null;
  const rows = await db.$queryRaw<(LevelRow & { available: number })[]>`
    SELECT x.* FROM (
      SELECT ${Prisma.raw(LEVEL_COLUMNS.sql.split(', ').map((c) => `sl.${c}`).join(', '))}, sl."onHand" - sl."reserved" + ${expiredSql('sl')} AS "available"
      FROM "inventory"."StockLevel" sl JOIN "inventory"."Location" l ON l."id" = sl."locationId"
      WHERE sl."tenantId" = ${tenantId}::uuid AND l."active" AND sl."reorderPoint" IS NOT NULL
        ${opts.locationId ? Prisma.sql`AND sl."locationId" = ${opts.locationId}::uuid` : Prisma.empty}
        ${after ? Prisma.sql`AND sl."id" > ${after}::uuid` : Prisma.empty}
        ${opts.variantIds ? Prisma.sql`AND sl."variantId" = ANY(${opts.variantIds}::uuid[])` : Prisma.empty}
    ) x WHERE x."available" <= x."reorderPoint" ORDER BY x."id" LIMIT ${opts.take}`;
  return rows.map(({ available, ...level }) => ({ level, available }));
}

export interface Effective {
  reserved: number;
  available: number;
}

/** What levels really hold: reserved and available with expired-but-unswept reservations given back. */
export async function effectiveLevels(db: Pick<Tx, '$queryRaw'>, levelIds: readonly string[]): Promise<Map<string, Effective>> {
  const ids = levelIds.filter(isUuid);
  if (!ids.length) return new Map();
  const rows = await db.$queryRaw<({ id: string } & Effective)[]>`
    SELECT x."id", x."reserved" - x."expired" AS "reserved", x."onHand" - x."reserved" + x."expired" AS "available"
    FROM (SELECT sl."id", sl."onHand", sl."reserved", ${expiredSql('sl')} AS "expired" FROM "inventory"."StockLevel" sl WHERE sl."id" = ANY(${ids}::uuid[])) x`;
  return new Map(rows.map((r) => [r.id, { reserved: r.reserved, available: r.available }]));
}

/** The same for channel allocations (available = quantity - reserved). */
export async function effectiveAllocations(db: Pick<Tx, '$queryRaw'>, allocationIds: readonly string[]): Promise<Map<string, Effective>> {
  const ids = allocationIds.filter(isUuid);
  if (!ids.length) return new Map();
  const rows = await db.$queryRaw<({ id: string } & Effective)[]>`
    SELECT x."id", x."reserved" - x."expired" AS "reserved", x."quantity" - x."reserved" + x."expired" AS "available"
    FROM (SELECT ca."id", ca."quantity", ca."reserved", ${expiredSql('ca', 'own')} AS "expired" FROM "inventory"."ChannelAllocation" ca WHERE ca."id" = ANY(${ids}::uuid[])) x`;
  return new Map(rows.map((r) => [r.id, { reserved: r.reserved, available: r.available }]));
}

/**
 * Marks ACTIVE reservations past their expiry EXPIRED and gives their quantity back (to the level for
 * shared channels, to the channel's allocation otherwise). One transaction per level, level locked
 * first. `scope` narrows it to one tenant/variant/location/channel (what a writer short of stock needs);
 * without it this is the sweeper. Returns how many reservations expired.
 */
export async function expireReservations(
  prisma: PrismaClient,
  scope: { tenantId?: string; variantId?: string; locationId?: string; channel?: Channel } = {},
  limit = 1000,
): Promise<number> {
  const where = [Prisma.sql`"status" = 'ACTIVE'`, Prisma.sql`"expiresAt" <= now()`];
  if (scope.tenantId) where.push(Prisma.sql`"tenantId" = ${scope.tenantId}::uuid`);
  if (scope.variantId) where.push(Prisma.sql`"variantId" = ${scope.variantId}::uuid`);
  if (scope.locationId) where.push(Prisma.sql`"locationId" = ${scope.locationId}::uuid`);
  if (scope.channel) where.push(Prisma.sql`"channel" = ${scope.channel}::"inventory"."StockChannel"`);
  const due = await prisma.$queryRaw<{ tenantId: string; variantId: string; locationId: string }[]>`
    SELECT DISTINCT "tenantId", "variantId", "locationId" FROM "inventory"."Reservation"
    WHERE ${Prisma.join(where, ' AND ')} LIMIT ${limit}`;
  let expired = 0;
  for (const lv of due) {
    expired += await prisma.$transaction((tx) => expireAtLevel(tx, lv.tenantId, lv.variantId, lv.locationId), TX_OPTIONS);
  }
  return expired;
}

/** Expires one level's overdue reservations inside the caller's transaction (which must not hold other levels' locks out of order). */
export async function expireAtLevel(tx: Tx, tenantId: string, variantId: string, locationId: string, changes?: StockChanges): Promise<number> {
  const levelId = await ensureLevel(tx, tenantId, variantId, locationId);
  await lockLevels(tx, [levelId]);
  await tx.$queryRaw`SELECT "id" FROM "inventory"."ChannelAllocation" WHERE "variantId" = ${variantId}::uuid AND "locationId" = ${locationId}::uuid ORDER BY "id" FOR UPDATE`;
  const gone = await tx.$queryRaw<{ channel: Channel; quantity: number }[]>`
    UPDATE "inventory"."Reservation" SET "status" = 'EXPIRED', "updatedAt" = now()
    WHERE "variantId" = ${variantId}::uuid AND "locationId" = ${locationId}::uuid AND "status" = 'ACTIVE' AND "expiresAt" <= now()
    RETURNING "channel"::text AS "channel", "quantity"`;
  if (!gone.length) return 0;
  const modes = await channelModes(tx, tenantId);
  const own = changes ?? new StockChanges(tenantId);
  const byChannel = new Map<Channel, number>();
  for (const g of gone) byChannel.set(g.channel, (byChannel.get(g.channel) ?? 0) + g.quantity);
  for (const [channel, quantity] of byChannel) {
    if (modes[channel] === 'SHARED') {
      const row = await changeLevel(tx, own, levelId, 0, -quantity);
      if (!row) throw new Error(`inventory: level ${levelId} holds less reserved stock than its expired reservations`);
    } else {
      const allocationId = await ensureAllocation(tx, tenantId, variantId, locationId, channel);
      if (!(await moveAllocation(tx, allocationId, 0, -quantity))) throw new Error(`inventory: allocation ${allocationId} holds less reserved stock than its expired reservations`);
    }
  }
  if (!changes) await own.record(tx);
  return gone.length;
}
