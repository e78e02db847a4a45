/**
 * The ticket message (ticket-messages.ts): `ticket.issued` once per confirmed booking, in its transaction:
 * an online purchase to the buyer's e-mail (SMS too with a phone) with the trip order's page; a window
 * sale with a phone by SMS without a link; a window sale without one, nothing. A confirmation repeated
 * (the same hold and payment) records nothing new, and no message carries a ticket's signed QR code.
 * The paid-order path end to end (commerce → transport's consumer, redelivered) is in purchase.test.ts.
 */
import { linksOf, TOPICS, type MessageRequestedPayload, type PrismaClient } from '@webwaka/kit';
import { confirmBooking, confirmHeldSeats } from '../src/services/bookings';
import { findHold, holdSeats } from '../src/services/holds';
import { departureFormat } from '../src/services/ticket-messages';
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

async function messagesFor(bookingId: string): Promise<MessageRequestedPayload[]> {
  const rows = await prisma.outboxEvent.findMany({ where: { topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED }, orderBy: { id: 'asc' } });
  return rows.map((r) => r.payload as unknown as MessageRequestedPayload).filter((m) => m.key === `ticket.issued:${bookingId}`);
}

async function held(seatLabels: string[]) {
  const made = await createTrip(prisma, operator, 2);
  const anonymous = serviceContext(prisma, operator, { kind: 'anonymous', userId: null, roles: [] });
  const { token } = await holdSeats(anonymous, { tripId: made.trip.id, seatLabels });
  return { ...made, token };
}

function noSecret(m: MessageRequestedPayload, qrs: string[]) {
  const text = JSON.stringify(m);
  for (const qr of qrs) expect(text).not.toContain(qr);
  expect(m.secretSealed ?? null).toBeNull();
}

it('an online purchase tells the buyer by e-mail and SMS, with the trip order page, once', async () => {
  const { trip, origin, destination, token } = await held(['1A', '2B']);
  const hold = await findHold(prisma, operator, token);
  const links = linksOf({ slug: OPERATOR, name: 'ABC Transport', kind: 'STORE' });
  const orderId = '0190aaaa-0000-7000-8000-000000000001';
  const service = serviceContext(prisma, operator, { kind: 'service', userId: null, roles: [], scopes: ['transport:write'] } as never);
  const input = {
    passengers: [
      { seatLabel: '2B', name: 'Chidi Okeke' },
      { seatLabel: '1A', name: 'Ada Obi' },
    ],
    paymentReference: orderId,
    contactPhone: '+2348031234567',
    buyer: { email: 'ada@example.com', userId: null, orderId },
    links,
  };
  const booking = await confirmHeldSeats(service, hold, input);
  const [m, ...more] = await messagesFor(booking.id);
  expect(more).toEqual([]);
  expect(m).toEqual({
    key: `ticket.issued:${booking.id}`,
    tenantId: operator,
    template: 'ticket.issued',
    to: { email: 'ada@example.com', phone: '+2348031234567', name: 'Ada Obi', userId: null },
    channels: ['EMAIL', 'SMS'],
    variables: {
      name: 'Ada Obi',
      reference: booking.reference,
      route: `${origin.city} → ${destination.city}`,
      departure: departureFormat.format(trip.departureAt).replace(',', ''),
      seats: '1A, 2B',
      ticketUrl: links.shop(`/trips/orders/${orderId}`),
    },
  });
  expect(m.variables.ticketUrl).toMatch(new RegExp(`/s/${OPERATOR}/trips/orders/${orderId}$`));
  noSecret(m, (await prisma.ticket.findMany({ where: { bookingId: booking.id } })).map((t) => t.qr));

  // The paid order's event delivered again: the same booking, no second message.
  expect((await confirmHeldSeats(service, hold, input)).id).toBe(booking.id);
  expect(await messagesFor(booking.id)).toHaveLength(1);
});

it('a window sale with the passenger’s phone is told by SMS, without a link; without a phone, nothing', async () => {
  const staff = serviceContext(prisma, operator);
  const withPhone = await held(['1A']);
  const booking = await confirmBooking(staff, { holdToken: withPhone.token, passengers: [{ seatLabel: '1A', name: 'Tunde Bakare' }], paymentReference: `cash-${Date.now()}`, phone: '0809 876 5432' });
  const [m, ...more] = await messagesFor(booking.id);
  expect(more).toEqual([]);
  expect(m).toMatchObject({ tenantId: operator, template: 'ticket.issued', to: { email: null, phone: '+2348098765432', name: 'Tunde Bakare', userId: null }, channels: ['SMS'] });
  expect(m.variables).toMatchObject({ reference: booking.reference, seats: '1A', ticketUrl: '' });
  noSecret(m, (await prisma.ticket.findMany({ where: { bookingId: booking.id } })).map((t) => t.qr));
  await confirmBooking(staff, { holdToken: withPhone.token, passengers: [{ seatLabel: '1A', name: 'Tunde Bakare' }], paymentReference: booking.paymentReference!, phone: '0809 876 5432' });
  expect(await messagesFor(booking.id)).toHaveLength(1);

  const noPhone = await held(['1A']);
  const silent = await confirmBooking(staff, { holdToken: noPhone.token, passengers: [{ seatLabel: '1A', name: 'Bola Ade' }], paymentReference: `cash-${Date.now()}-2` });
  expect(await messagesFor(silent.id)).toEqual([]);
});
