import { money } from '@webwaka/kit';
import { ticketSalesReport, type TripSalesRow } from '../services/reports';
import { builder, TRANSPORT_READERS } from './builder';

// Ticket sales per trip (issue 14, CB-2), for the back office's reports page and its CSV export: the
// operator's managers and keys with transport:read.

const TripSalesRowRef = builder.objectRef<TripSalesRow>('TripSalesRow').implement({
  description: 'One trip departing in the period: its seats, the tickets sold and boarded, and their fares.',
  fields: (t) => ({
    tripId: t.exposeID('tripId'),
    routeCode: t.exposeString('routeCode'),
    origin: t.exposeString('origin', { description: "The origin park's name." }),
    destination: t.exposeString('destination', { description: "The destination park's name." }),
    departureAt: t.expose('departureAt', { type: 'DateTime' }),
    seats: t.exposeInt('seats', { description: 'Seats the trip has.' }),
    seatsSold: t.exposeInt('seatsSold', { description: 'Tickets issued (one per sold seat, every channel).' }),
    seatsBoarded: t.exposeInt('seatsBoarded'),
    revenue: t.field({ type: builder.MoneyRef, description: 'The fares of the tickets sold.', resolve: (r) => money(r.revenue, r.currency) }),
  }),
});

builder.queryFields((t) => ({
  ticketSalesReport: t.field({
    type: [TripSalesRowRef],
    authScopes: TRANSPORT_READERS,
    description: "The operator's trips departing in a period (earliest first, at most 1000), with seats sold, fares and seats boarded. BAD_USER_INPUT for a period that ends before it starts or spans over three years.",
    args: {
      from: t.arg({ type: 'DateTime', required: true, description: 'Departures from (inclusive).' }),
      to: t.arg({ type: 'DateTime', required: true, description: 'Departures until (exclusive).' }),
    },
    resolve: (_r, args, ctx) => ticketSalesReport(ctx, args),
  }),
}));
