/**
 * The passenger's ticket message (issue 15): when a booking is confirmed, transport asks notifications
 * for `ticket.issued` in the same transaction, once per booking (its key is the booking's id):
 * - an online purchase (paid order): to the buyer's e-mail (and user, when signed in), and by SMS too
 *   when they gave a phone; the link is the storefront's trip order page, which shows the tickets and their
 *   QR codes to the buyer signed in or to the browser that bought (its cookie: no secret in the link);
 * - a window sale with the passenger's phone: by SMS, without a link (there is no page a passenger without
 *   an account may open: they board with the reference);
 * - nothing for an agent's offline sale (no contact is taken) or a window sale without a phone.
 * The signed QR codes themselves never travel in a message.
 */
import { recordEvent, TOPICS, type MessageChannel, type TenantLinks } from '@webwaka/kit';
import type { Tx } from './context';

/** Whom to tell about an online purchase (from its purchase record). */
export interface OnlineBuyer {
  email: string | null;
  userId: string | null;
  orderId: string;
}

export const departureFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Africa/Lagos', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "Lagos → Abuja" from the trip's route parks. */
async function routeName(tx: Tx, routeId: string): Promise<string> {
  const route = await tx.route.findUniqueOrThrow({ where: { id: routeId }, select: { originParkId: true, destinationParkId: true } });
  const parks = new Map((await tx.park.findMany({ where: { id: { in: [route.originParkId, route.destinationParkId] } }, select: { id: true, city: true } })).map((p) => [p.id, p.city]));
  return `${parks.get(route.originParkId)} → ${parks.get(route.destinationParkId)}`;
}

/** Records `ticket.issued` for a booking just confirmed (see the module comment). */
export async function recordTicketMessage(
  tx: Tx,
  booking: { id: string; channelTenantId: string; reference: string; contactPhone: string | null },
  trip: { routeId: string; departureAt: Date },
  passengers: { seatLabel: string; name: string }[],
  links: TenantLinks | null,
  buyer: OnlineBuyer | null,
): Promise<void> {
  const phone = booking.contactPhone;
  if (!buyer?.email && !buyer?.userId && !phone) return;
  const channels: MessageChannel[] = [...(buyer?.email || buyer?.userId ? (['EMAIL'] as const) : []), ...(phone ? (['SMS'] as const) : [])];
  const seats = [...passengers].sort((a, b) => a.seatLabel.localeCompare(b.seatLabel));
  const name = seats[0]?.name ?? '';
  await recordEvent(tx, {
    tenantId: booking.channelTenantId,
    topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED,
    payload: {
      key: `ticket.issued:${booking.id}`,
      tenantId: booking.channelTenantId,
      template: 'ticket.issued',
      to: { email: buyer?.email ?? null, phone, name: name || null, userId: buyer?.userId ?? null },
      channels,
      variables: {
        name,
        reference: booking.reference,
        route: await routeName(tx, trip.routeId),
        departure: departureFormat.format(trip.departureAt).replace(',', ''),
        seats: seats.map((s) => s.seatLabel).join(', '),
        ticketUrl: buyer ? (links?.shop(`/trips/orders/${buyer.orderId}`) ?? '') : '',
      },
    },
  });
}
