import { withUserErrors } from '@webwaka/kit';
import { applyStockMovements, MAX_BATCH, type OfflineResult } from '../services/offline';
import { builder, MovementReasonEnum, STOCK_WRITERS } from './builder';
import { StockConflict } from './alert';
import { StockMovement } from './movement';

const OfflineStatusEnum = builder.enumType('OfflineMovementStatus', {
  values: {
    APPLIED: { description: 'Applied in full now.' },
    CONFLICT: { description: 'Applied now up to the available stock; the shortfall is recorded as a conflict and an alert.' },
    DUPLICATE: { description: 'Already applied by an earlier call (same clientId); the fields give that outcome. Nothing changed now.' },
  },
});

const OfflineMovementInput = builder.inputType('OfflineMovementInput', {
  fields: (t) => ({
    clientId: t.string({ required: true, description: 'The device’s id for this movement (a UUID is best): a movement counts once per clientId.' }),
    deviceId: t.string(),
    variantId: t.id({ description: 'The variant; or name it by sku.' }),
    sku: t.string(),
    locationId: t.id({ required: true }),
    quantity: t.int({ required: true, description: 'Signed: negative takes stock out (a sale), positive puts it in.' }),
    reason: t.field({ type: MovementReasonEnum, required: true, description: 'SALE (negative), RETURN or RECEIPT (positive), ADJUSTMENT or CORRECTION (either).' }),
    occurredAt: t.field({ type: 'DateTime', required: true }),
    reference: t.string(),
  }),
});

const OfflineMovementResult = builder.objectRef<OfflineResult>('OfflineMovementResult').implement({
  fields: (t) => ({
    clientId: t.exposeString('clientId'),
    status: t.field({ type: OfflineStatusEnum, resolve: (r) => r.status }),
    appliedQuantity: t.exposeInt('appliedQuantity', { description: 'The signed quantity that changed the stock.' }),
    shortfall: t.exposeInt('shortfall'),
    movement: t.field({ type: StockMovement, resolve: (r) => r.movement }),
    conflict: t.field({ type: StockConflict, nullable: true, resolve: (r) => r.conflict }),
  }),
});

const ApplyStockMovementsPayload = builder.payloadObject<{ results: OfflineResult[] }>('ApplyStockMovementsPayload', (t) => ({
  results: t.field({ type: [OfflineMovementResult], nullable: true, description: 'One per movement, in order.', resolve: (p) => p.results ?? null }),
}));

builder.mutationFields((t) => ({
  applyStockMovements: t.field({
    type: ApplyStockMovementsPayload,
    authScopes: STOCK_WRITERS,
    description: `Offline reconciliation: applies up to ${MAX_BATCH} movements made offline, in order. Idempotent per clientId; a sale is never dropped.`,
    args: { movements: t.arg({ type: [OfflineMovementInput], required: true }) },
    resolve: (_r, { movements }, ctx) =>
      withUserErrors(async () => ({
        results: await applyStockMovements(
          ctx,
          movements.map((m) => ({ ...m, variantId: m.variantId == null ? null : String(m.variantId), locationId: String(m.locationId) })),
        ),
      })),
  }),
}));
