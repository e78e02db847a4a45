/**
 * Booking references: short, readable, unique per operator; every way a booking is made gives one, and
 * the migration's backfill gives existing bookings one from the same alphabet.
 */
import { Prisma, type PrismaClient } from '@webwaka/kit';
import { confirmBooking } from '../src/services/bookings';
import { holdSeats } from '../src/services/holds';
import { newBookingReference, REFERENCE_ALPHABET } from '../src/services/reference';
import { createTrip, OPERATOR, serviceContext, startTransportDb, tenantId } from './support';

const REFERENCE = new RegExp(`^[${REFERENCE_ALPHABET}]{8}$`);

let s: Awaited<ReturnType<typeof startTransportDb>>;
let prisma: PrismaClient;
let operator: string;

beforeAll(async () => {
  s = await startTransportDb();
  prisma = s.prisma;
  operator = await tenantId(prisma, OPERATOR);
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

describe('booking references', () => {
  it('are 8 characters without look-alikes, and differ', () => {
    const many = Array.from({ length: 2000 }, newBookingReference);
    for (const r of many) expect(r).toMatch(REFERENCE);
    expect(REFERENCE_ALPHABET).not.toMatch(/[01ILO]/);
    expect(new Set(many).size).toBe(many.length);
  });

  it('a window sale gets one, and the operator cannot have the same one twice', async () => {
    const { trip } = await createTrip(prisma, operator, 2);
    const anonymous = serviceContext(prisma, operator, { kind: 'anonymous', userId: null, roles: [] });
    const staff = serviceContext(prisma, operator);
    const book = async (seat: string, pay: string) => {
      const { token } = await holdSeats(anonymous, { tripId: trip.id, seatLabels: [seat] });
      return confirmBooking(staff, { holdToken: token, passengers: [{ seatLabel: seat, name: 'Ngozi Obi' }], paymentReference: pay });
    };
    const first = await book('2A', `cash-${Date.now()}-1`);
    const second = await book('2B', `cash-${Date.now()}-2`);
    expect(first.reference).toMatch(REFERENCE);
    expect(second.reference).not.toBe(first.reference);
    const clash = prisma.booking.update({ where: { id: second.id }, data: { reference: first.reference } });
    await expect(clash).rejects.toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
  });

  it("the migration's backfill maps an id onto the same alphabet, the same way every time", async () => {
    const id = '01938f0e-7c2a-7d41-9b3e-5f6a7b8c9d0e';
    const backfill = (uuid: string) => prisma.$queryRaw<{ reference: string }[]>`
      SELECT string_agg(substr('ABCDEFGHJKMNPQRSTUVWXYZ23456789', (get_byte(decode(replace(${uuid}::uuid::text, '-', ''), 'hex'), 8 + i) % 31) + 1, 1), '' ORDER BY i) AS reference
      FROM generate_series(0, 7) AS i`;
    const [{ reference }] = await backfill(id);
    expect(reference).toMatch(REFERENCE);
    expect((await backfill(id))[0].reference).toBe(reference);
    expect((await backfill('01938f0e-7c2a-7d41-9b3e-5f6a7b8c9d0f'))[0].reference).not.toBe(reference);
  });
});
