'use server';

import { redirect } from 'next/navigation';
import { t } from '../messages';
import { adminBase } from './access';
import type { FormState } from './form-state';
import { adminMutate } from './session';
import { errorState, formValues, outcomeOf, text } from './user-errors';
import {
  AdminCancelOrderMutation,
  AdminCloseDisputeMutation,
  AdminCompleteOrderMutation,
  AdminDeliverOrderMutation,
  AdminDeliverVendorOrderMutation,
  AdminFulfilOrderMutation,
  AdminFulfilVendorOrderMutation,
  AdminOpenDisputeMutation,
  AdminRefundOrderMutation,
  AdminShipOrderMutation,
  AdminShipVendorOrderMutation,
} from './order-operations';

// Back-office order actions: one commerce mutation each, as the signed-in user. Commerce decides who may
// (fulfilment and cancelling: administrators and staff; a vendor's part: that vendor too; refunds and
// disputes: administrators) and which
// moves are legal now (INVALID_TRANSITION); its userErrors come back next to the form's fields.

export type FulfilmentStep = 'fulfil' | 'ship' | 'deliver' | 'complete';

const orderPath = (slug: string, orderId: string) => `${adminBase(slug)}/orders/${encodeURIComponent(orderId)}`;
const noteField = (path: string) => (path === 'note' || path === 'reason' || path === 'resolution' ? path : null);

/** The next fulfilment step (fulfil → ship → deliver → complete), with an optional note (e.g. a tracking number). */
export async function advanceOrderAction(slug: string, orderId: string, step: FulfilmentStep, _previous: FormState, formData: FormData): Promise<FormState> {
  const note = text(formData, 'note') || null;
  const path = orderPath(slug, orderId);
  const vars = { orderId, note };
  const outcome =
    step === 'fulfil'
      ? outcomeOf(await adminMutate(slug, path, AdminFulfilOrderMutation, vars), (d) => d.fulfilOrder)
      : step === 'ship'
        ? outcomeOf(await adminMutate(slug, path, AdminShipOrderMutation, vars), (d) => d.shipOrder)
        : step === 'deliver'
          ? outcomeOf(await adminMutate(slug, path, AdminDeliverOrderMutation, vars), (d) => d.deliverOrder)
          : outcomeOf(await adminMutate(slug, path, AdminCompleteOrderMutation, vars), (d) => d.completeOrder);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), noteField);
  redirect(`${path}?done=${step}`);
}

export type VendorStep = 'fulfil' | 'ship' | 'deliver';

/** The next step of one vendor's part of the order (fulfil → ship → deliver), with an optional note. */
export async function advanceVendorOrderAction(slug: string, orderId: string, vendorOrderId: string, step: VendorStep, _previous: FormState, formData: FormData): Promise<FormState> {
  const path = orderPath(slug, orderId);
  const vars = { vendorOrderId, note: text(formData, 'note') || null };
  const outcome =
    step === 'fulfil'
      ? outcomeOf(await adminMutate(slug, path, AdminFulfilVendorOrderMutation, vars), (d) => d.fulfilVendorOrder)
      : step === 'ship'
        ? outcomeOf(await adminMutate(slug, path, AdminShipVendorOrderMutation, vars), (d) => d.shipVendorOrder)
        : outcomeOf(await adminMutate(slug, path, AdminDeliverVendorOrderMutation, vars), (d) => d.deliverVendorOrder);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), noteField);
  redirect(`${path}?done=vendor-${step}`);
}

/** Cancel: an unpaid order at once; a paid one before it ships, refunded in full and restocked by commerce. */
export async function cancelOrderAction(slug: string, orderId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const path = orderPath(slug, orderId);
  const result = await adminMutate(slug, path, AdminCancelOrderMutation, { orderId, reason: text(formData, 'reason') || null });
  const outcome = outcomeOf(result, (d) => d.cancelOrder);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), noteField);
  redirect(`${path}?done=cancel`);
}

/**
 * Refund: every unit not yet refunded when no line quantity is given, else the units typed per line
 * (`line.<orderLineId>`). Optional restock puts the units back where they were sold from.
 */
export async function refundOrderAction(slug: string, orderId: string, lineIds: string[], _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const path = orderPath(slug, orderId);
  const fieldErrors: Record<string, string> = {};
  const lines: { orderLineId: string; quantity: number }[] = [];
  for (const id of lineIds) {
    const raw = text(formData, `line.${id}`);
    if (!raw) continue;
    const quantity = Number(raw);
    if (!Number.isInteger(quantity) || quantity < 0) fieldErrors[`line.${id}`] = t('admin.orders.invalidQuantity');
    else if (quantity > 0) lines.push({ orderLineId: id, quantity });
  }
  if (Object.keys(fieldErrors).length > 0) return { status: 'error', message: t('admin.error.fields'), fieldErrors, values };
  const result = await adminMutate(slug, path, AdminRefundOrderMutation, {
    input: { orderId, lines: lines.length > 0 ? lines : null, reason: text(formData, 'reason') || null, restock: formData.getAll('restock').includes('yes'), toStoreCredit: formData.getAll('toStoreCredit').includes('yes') },
  });
  const outcome = outcomeOf(result, (d) => d.refundOrder);
  if (!outcome.ok) {
    // ['lines', '<index>', 'quantity'] names the index in what was sent.
    return errorState(outcome.userErrors, values, (p) => {
      const index = /^lines\.(\d+)/.exec(p)?.[1];
      return index !== undefined && lines[Number(index)] ? `line.${lines[Number(index)].orderLineId}` : noteField(p);
    });
  }
  redirect(`${path}?done=refund`);
}

export async function openDisputeAction(slug: string, orderId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const reason = text(formData, 'reason');
  if (!reason) return { status: 'error', message: t('admin.error.fields'), fieldErrors: { reason: t('admin.orders.reasonRequired') }, values };
  const path = orderPath(slug, orderId);
  const outcome = outcomeOf(await adminMutate(slug, path, AdminOpenDisputeMutation, { orderId, reason }), (d) => d.openDispute);
  if (!outcome.ok) return errorState(outcome.userErrors, values, noteField);
  redirect(`${path}?done=disputeOpened`);
}

export async function closeDisputeAction(slug: string, orderId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const resolution = text(formData, 'resolution');
  if (!resolution) return { status: 'error', message: t('admin.error.fields'), fieldErrors: { resolution: t('admin.orders.resolutionRequired') }, values };
  const path = orderPath(slug, orderId);
  const outcome = outcomeOf(await adminMutate(slug, path, AdminCloseDisputeMutation, { orderId, resolution }), (d) => d.closeDispute);
  if (!outcome.ok) return errorState(outcome.userErrors, values, noteField);
  redirect(`${path}?done=disputeClosed`);
}
