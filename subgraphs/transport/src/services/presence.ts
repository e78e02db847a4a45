/**
 * Presence (how many people are looking at a trip): viewers send heartbeats; a viewer counts while its
 * last heartbeat is within the window. The count is announced on the trip's presence channel only when
 * it changes — a new (or returning) viewer, a viewer leaving, or viewers the sweeper finds gone. This is
 * ephemeral and best effort (published directly, not through the outbox): nothing about a booking
 * depends on it.
 */
import { CHANNELS, DomainError, ErrorCode, type PrismaClient, type PubSub } from '@webwaka/kit';
import type { Db, ServiceContext } from './context';
import { requireVisibleTrip } from './scope';

/** Read at each use, so a deployment (or a test) can shorten it. */
export const presenceWindowMs = () => Number(process.env.TRANSPORT_PRESENCE_WINDOW_MS ?? 30_000);

export async function countViewers(db: Db, tripId: string): Promise<number> {
  const rows = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS "n" FROM "transport"."TripViewer" WHERE "tripId" = ${tripId}::uuid AND "lastSeenAt" > now() - make_interval(secs => ${presenceWindowMs() / 1000})`;
  return rows[0].n;
}

/** Records a heartbeat (or, with `leaving`, the viewer's departure) and returns the trip's viewer count. */
export async function tripHeartbeat(ctx: ServiceContext, pubsub: PubSub, input: { tripId: string; viewerId: string; leaving?: boolean | null }) {
  const trip = await requireVisibleTrip(ctx, input.tripId);
  const viewerId = (input.viewerId ?? '').trim();
  if (viewerId.length < 8 || viewerId.length > 100) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'viewerId must be 8 to 100 characters (a random id per page view)', ['viewerId']);
  const windowSecs = presenceWindowMs() / 1000;
  let changed: boolean;
  if (input.leaving) {
    const gone = await ctx.prisma.$queryRaw<{ live: boolean }[]>`
      DELETE FROM "transport"."TripViewer" WHERE "tripId" = ${trip.id}::uuid AND "viewerId" = ${viewerId}
      RETURNING "lastSeenAt" > now() - make_interval(secs => ${windowSecs}) AS "live"`;
    changed = gone.some((g) => g.live);
  } else {
    const rows = await ctx.prisma.$queryRaw<{ previous: Date | null }[]>`
      WITH prev AS (SELECT "lastSeenAt" FROM "transport"."TripViewer" WHERE "tripId" = ${trip.id}::uuid AND "viewerId" = ${viewerId})
      INSERT INTO "transport"."TripViewer" ("tripId", "viewerId", "tenantId", "lastSeenAt") VALUES (${trip.id}::uuid, ${viewerId}, ${trip.tenantId}::uuid, now())
      ON CONFLICT ("tripId", "viewerId") DO UPDATE SET "lastSeenAt" = now()
      RETURNING (SELECT CASE WHEN "lastSeenAt" > now() - make_interval(secs => ${windowSecs}) THEN "lastSeenAt" END FROM prev) AS "previous"`;
    changed = !rows[0]?.previous;
  }
  if (changed) await announce(pubsub, trip.id);
  return { tripId: trip.id, viewers: await countViewers(ctx.prisma, trip.id) };
}

const announce = (pubsub: PubSub, tripId: string) => pubsub.publish(CHANNELS.transportPresence(tripId), { id: tripId }).catch(() => {});

/** The sweeper: forgets viewers past the window and announces the trips whose count fell. */
export async function sweepViewers(prisma: PrismaClient, pubsub: PubSub): Promise<number> {
  const gone = await prisma.$queryRaw<{ tripId: string }[]>`
    DELETE FROM "transport"."TripViewer" WHERE "lastSeenAt" <= now() - make_interval(secs => ${presenceWindowMs() / 1000}) RETURNING "tripId"`;
  const trips = [...new Set(gone.map((g) => g.tripId))];
  for (const tripId of trips) await announce(pubsub, tripId);
  return trips.length;
}
