/**
 * Live rider location in the API (decision 0089): the rider's phone reports positions; the customer's order
 * page reads them (and the gateway's `riderTracking` subscription hydrates its events with the same query).
 */
import { CHANNELS, withUserErrors } from '@webwaka/kit';
import { reportRiderLocation, riderTracking, type RiderTrackingView } from '../services/rider-locations';
import { builder, DELIVERERS } from './builder';

type Track = RiderTrackingView['shipments'][number];

const RiderPositionRef = builder.objectRef<Track['positions'][number]>('RiderPosition').implement({
  description: 'Where the rider’s phone was (WGS 84 degrees) and how sure it was.',
  fields: (t) => ({
    latitude: t.exposeFloat('latitude'),
    longitude: t.exposeFloat('longitude'),
    accuracyMeters: t.exposeInt('accuracyMeters'),
    at: t.field({ type: 'DateTime', resolve: (p) => p.at }),
  }),
});

const RiderTrackRef = builder.objectRef<Track>('RiderTrack').implement({
  description: 'A shipment on the road and its rider’s newest positions (newest first, at most 20).',
  fields: (t) => ({
    shipmentId: t.exposeID('shipmentId'),
    status: t.exposeString('status'),
    positions: t.field({ type: [RiderPositionRef], resolve: (s) => s.positions }),
  }),
});

const RiderTrackingRef = builder.objectRef<RiderTrackingView>('RiderTracking').implement({
  description: 'Where the riders carrying an order are. `trackingKey` lets the order page’s socket and poller read this (and only this) without the customer’s session or cart token.',
  fields: (t) => ({
    orderId: t.exposeID('orderId'),
    trackingKey: t.exposeString('trackingKey'),
    shipments: t.field({ type: [RiderTrackRef], resolve: (v) => v.shipments }),
  }),
});

builder.queryFields((t) => ({
  riderTracking: t.field({
    type: RiderTrackingRef,
    nullable: true,
    description:
      'The order’s shipments on the road with their rider’s newest positions: for its customer, a guest naming its cart, the shop’s managers, or whoever holds its tracking key; null for anyone else.',
    args: { orderId: t.arg.id({ required: true }), cartToken: t.arg.string(), trackingKey: t.arg.string() },
    resolve: (_r, a, ctx) => riderTracking(ctx, String(a.orderId), { cartToken: a.cartToken ?? null, trackingKey: a.trackingKey ?? null }),
  }),
}));

const ReportRiderLocationPayload = builder.payloadObject<{ accepted: boolean }>('ReportRiderLocationPayload', (t) => ({
  accepted: t.boolean({ description: 'False when a position of the same 10 seconds was already kept (send less often).', resolve: (p) => p.accepted ?? false }),
}));

builder.mutationFields((t) => ({
  reportRiderLocation: t.field({
    type: ReportRiderLocationPayload,
    authScopes: DELIVERERS,
    description: 'The shipment’s rider shares where they are while they carry it (picked up to delivered); kept until it is delivered.',
    args: {
      shipmentId: t.arg.id({ required: true }),
      latitude: t.arg.float({ required: true }),
      longitude: t.arg.float({ required: true }),
      accuracyMeters: t.arg.float({ required: true }),
    },
    resolve: (_r, a, ctx) =>
      withUserErrors(() =>
        reportRiderLocation(ctx, { shipmentId: String(a.shipmentId), latitude: a.latitude, longitude: a.longitude, accuracyMeters: a.accuracyMeters }, (tenantId, orderId) =>
          ctx.pubsub.publish(CHANNELS.riderTracking(tenantId, orderId), { id: orderId }),
        ),
      ),
  }),
}));
