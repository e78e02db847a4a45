/**
 * Ticket sales per trip (issue 14, CB-2) against real rows: seats sold and their fares, seats boarded,
 * a trip with nothing sold, departures outside the period and another operator's trips left out, and a
 * period that runs backwards refused with BAD_USER_INPUT.
 */
import type { PrismaClient } from '@webwaka/kit';
import { boardTicket } from '../src/services/boarding';
import { confirmBooking } from '../src/services/bookings';
import { holdSeats } from '../src/services/holds';
import { ticketSalesReport } from '../src/services/reports';
import { createTrip, OPERATOR, serviceContext, startTransportDb, tenantId } from './support';

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

it('counts the tickets of each trip departing in the period, their fares and who boarded', async () => {
  const ctx = serviceContext(prisma, operator);
  const sold = await createTrip(prisma, operator, 2);
  const empty = await createTrip(prisma, operator, 2);
  // Two seats in one booking (PREMIUM 15,000 and STANDARD 10,000 naira), one more in another; one boards.
  const first = await holdSeats(ctx, { tripId: sold.trip.id, seatLabels: ['1A', '2A'] });
  const booking = await confirmBooking(ctx, { holdToken: first.token, passengers: [{ seatLabel: '1A', name: 'Ada' }, { seatLabel: '2A', name: 'Bayo' }], paymentReference: `rpt-${sold.trip.id}` });
  const second = await holdSeats(ctx, { tripId: sold.trip.id, seatLabels: ['2B'] });
  await confirmBooking(ctx, { holdToken: second.token, passengers: [{ seatLabel: '2B', name: 'Chidi' }], paymentReference: `rpt2-${sold.trip.id}` });
  // Held but not bought: not sold.
  await holdSeats(ctx, { tripId: sold.trip.id, seatLabels: ['2C'] });
  const ticket = await prisma.ticket.findFirstOrThrow({ where: { bookingId: booking.id, seatLabel: '1A' } });
  await boardTicket(ctx, { qr: ticket.qr });

  const from = new Date(Date.now() + 3600_000);
  const to = new Date(Date.now() + 2 * 86_400_000);
  const rows = await ticketSalesReport(ctx, { from, to });
  const row = rows.find((r) => r.tripId === sold.trip.id);
  expect(row).toMatchObject({ routeCode: sold.route.code, origin: sold.origin.name, destination: sold.destination.name, currency: 'NGN', seats: 8, seatsSold: 3, seatsBoarded: 1, revenue: 3_500_000n });
  expect(row!.departureAt).toEqual(sold.trip.departureAt);
  expect(rows.find((r) => r.tripId === empty.trip.id)).toMatchObject({ seatsSold: 0, seatsBoarded: 0, revenue: 0n });
  // Every figure is the tickets' own, summed here from the rows.
  const tickets = await prisma.ticket.findMany({ where: { tripId: sold.trip.id } });
  expect(row!.revenue).toBe(tickets.reduce((n, t) => n + t.fare, 0n));
  // Departures before the period are left out; so is every trip of another tenant.
  expect((await ticketSalesReport(ctx, { from: new Date(Date.now() - 86_400_000), to: from })).map((r) => r.tripId)).not.toContain(sold.trip.id);
  const other = await tenantId(prisma, 'ade-fashion');
  expect(await ticketSalesReport(serviceContext(prisma, other), { from, to })).toEqual([]);
});

it('refuses a period that ends before it starts, or spans more than three years', async () => {
  const ctx = serviceContext(prisma, operator);
  const now = new Date();
  await expect(ticketSalesReport(ctx, { from: now, to: new Date(+now - 1) })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  await expect(ticketSalesReport(ctx, { from: new Date('2020-01-01'), to: new Date('2026-01-01') })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
});
