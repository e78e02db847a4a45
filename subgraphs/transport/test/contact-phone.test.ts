/**
 * A passenger's phone: Nigerian forms become E.164, junk is refused with the field named, and a window
 * sale keeps the number on the booking (online purchases: test/browser/transport.test.ts).
 */
import { DomainError, type PrismaClient } from '@webwaka/kit';
import { confirmBooking } from '../src/services/bookings';
import { holdSeats } from '../src/services/holds';
import { normalisePhone, optionalPhone } from '../src/services/phone';
import { createTrip, OPERATOR, serviceContext, startTransportDb, tenantId } from './support';

describe('phone numbers', () => {
  it.each([
    ['0803 123 4567', '+2348031234567'],
    ['08031234567', '+2348031234567'],
    ['234-803-123-4567', '+2348031234567'],
    ['+234 (803) 123 4567', '+2348031234567'],
    ['0701.234.5678', '+2347012345678'],
    ['+44 20 7946 0958', '+442079460958'],
  ])('%s is %s', (raw, e164) => expect(normalisePhone(raw, ['phone'])).toBe(e164));

  it.each(['0803 12', '12345', 'call me', '+234 803 123 456', '0603 123 4567', '+0 123 456 789', ''])('%s is refused, naming the field', (raw) => {
    let error: unknown;
    try {
      normalisePhone(raw, ['phone']);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: ['phone'] });
  });

  it('an optional phone may be blank', () => {
    expect(optionalPhone('  ', ['phone'])).toBeNull();
    expect(optionalPhone(undefined, ['phone'])).toBeNull();
  });
});

describe('a window sale', () => {
  let s: Awaited<ReturnType<typeof startTransportDb>>;
  let prisma: PrismaClient;
  beforeAll(async () => {
    s = await startTransportDb();
    prisma = s.prisma;
  }, 120_000);
  afterAll(async () => {
    await s?.stop();
  });

  it('keeps the phone it was given on the booking, as E.164', async () => {
    const operator = await tenantId(prisma, OPERATOR);
    const { trip } = await createTrip(prisma, operator, 2);
    const anonymous = serviceContext(prisma, operator, { kind: 'anonymous', userId: null, roles: [] });
    const { token } = await holdSeats(anonymous, { tripId: trip.id, seatLabels: ['2C'] });
    const booking = await confirmBooking(serviceContext(prisma, operator), { holdToken: token, passengers: [{ seatLabel: '2C', name: 'Tunde Bakare' }], paymentReference: `cash-${Date.now()}`, phone: '0809 876 5432' });
    expect(booking.contactPhone).toBe('+2348098765432');
  });
});
