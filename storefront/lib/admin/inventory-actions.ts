'use server';

import { redirect } from 'next/navigation';
import { t } from '../messages';
import { adminBase } from './access';
import type { FormState } from './form-state';
import {
  AdminAcknowledgeAlertMutation,
  AdminAdjustStockMutation,
  AdminReceiveStockMutation,
  AdminResolveConflictMutation,
  AdminTransferStockMutation,
} from './inventory-operations';
import { adminMutate } from './session';
import { ADJUST_REASONS, type AdjustReason } from './stock';
import { errorState, formValues, outcomeOf, text } from './user-errors';


const inventoryPath = (slug: string) => `${adminBase(slug)}/inventory`;

/** A whole number as typed (optionally signed), or null. */
function integer(value: string, signed: boolean): number | null {
  if (!(signed ? /^[+-]?\d{1,9}$/ : /^\d{1,9}$/).test(value)) return null;
  const n = Number(value);
  return n === 0 ? null : n;
}

const FIELDS = new Set(['sku', 'locationId', 'quantity', 'reason', 'reference', 'fromLocationId', 'toLocationId']);
const fieldFor = (path: string) => (path === 'variantId' ? 'sku' : FIELDS.has(path) ? path : null);

/** Change the stock of a SKU at a location, with a reason (and a note): journalled as a movement. */
export async function adjustStockAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const errors: Record<string, string> = {};
  const sku = text(formData, 'sku');
  if (!sku) errors.sku = t('admin.inventory.invalid.sku');
  const locationId = text(formData, 'locationId');
  if (!locationId) errors.locationId = t('admin.inventory.invalid.location');
  const reason = text(formData, 'reason') as AdjustReason;
  if (!ADJUST_REASONS.includes(reason)) errors.reason = t('admin.inventory.invalid.reason');
  const quantity = integer(text(formData, 'quantity'), reason !== 'RECEIPT');
  if (quantity === null) errors.quantity = t(reason === 'RECEIPT' ? 'admin.inventory.invalid.receiptQuantity' : 'admin.inventory.invalid.quantity');
  if (Object.keys(errors).length > 0 || quantity === null) return { status: 'error', message: t('admin.error.fields'), fieldErrors: errors, values };

  const reference = text(formData, 'reference') || undefined;
  const back = inventoryPath(slug);
  const outcome =
    reason === 'RECEIPT'
      ? outcomeOf(await adminMutate(slug, back, AdminReceiveStockMutation, { input: { sku, locationId, quantity, reference } }), (d) => d.receiveStock)
      : outcomeOf(await adminMutate(slug, back, AdminAdjustStockMutation, { input: { sku, locationId, quantity, reason, reference } }), (d) => d.adjustStock);
  if (!outcome.ok) return errorState(outcome.userErrors, values, fieldFor);
  redirect(`${back}/movements?sku=${encodeURIComponent(sku)}&done=adjusted`);
}

/** Move stock of a SKU between two locations (both legs journalled). */
export async function transferStockAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const errors: Record<string, string> = {};
  const sku = text(formData, 'sku');
  if (!sku) errors.sku = t('admin.inventory.invalid.sku');
  const fromLocationId = text(formData, 'fromLocationId');
  const toLocationId = text(formData, 'toLocationId');
  if (!fromLocationId) errors.fromLocationId = t('admin.inventory.invalid.location');
  if (!toLocationId) errors.toLocationId = t('admin.inventory.invalid.location');
  else if (toLocationId === fromLocationId) errors.toLocationId = t('admin.inventory.invalid.sameLocation');
  const quantity = integer(text(formData, 'quantity'), false);
  if (quantity === null) errors.quantity = t('admin.inventory.invalid.receiptQuantity');
  if (Object.keys(errors).length > 0 || quantity === null) return { status: 'error', message: t('admin.error.fields'), fieldErrors: errors, values };

  const back = inventoryPath(slug);
  const reference = text(formData, 'reference') || undefined;
  const result = await adminMutate(slug, back, AdminTransferStockMutation, { input: { sku, fromLocationId, toLocationId, quantity, reference } });
  const outcome = outcomeOf(result, (d) => d.transferStock);
  if (!outcome.ok) return errorState(outcome.userErrors, values, fieldFor);
  redirect(`${back}/movements?sku=${encodeURIComponent(sku)}&done=transferred`);
}

/** Mark a low-stock alert as seen. */
export async function acknowledgeAlertAction(slug: string, alertId: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  const back = `${inventoryPath(slug)}/alerts`;
  const outcome = outcomeOf(await adminMutate(slug, back, AdminAcknowledgeAlertMutation, { id: alertId }), (d) => d.acknowledgeAlert);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  redirect(`${back}?done=acknowledged`);
}

/** Mark an offline shortfall as dealt with, with a note of what was done. */
export async function resolveConflictAction(slug: string, conflictId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const back = `${inventoryPath(slug)}/alerts`;
  const values = formValues(formData);
  const note = text(formData, 'note');
  if (!note) return { status: 'error', message: t('admin.error.fields'), fieldErrors: { note: t('admin.inventory.invalid.note') }, values };
  const outcome = outcomeOf(await adminMutate(slug, back, AdminResolveConflictMutation, { id: conflictId, note }), (d) => d.resolveStockConflict);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (p === 'note' ? 'note' : null));
  redirect(`${back}?done=resolved`);
}
