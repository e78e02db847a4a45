'use server';

import { redirect } from 'next/navigation';
import { t } from '../messages';
import { st } from '../settings/messages';
import { sectionPath } from './access';
import type { FormState } from './form-state';
import { adminMutate } from './session';
import {
  AdminAllocateStockMutation,
  AdminCreateLocationMutation,
  AdminDeactivateLocationMutation,
  AdminDeallocateStockMutation,
  AdminSetChannelPolicyMutation,
  AdminSetStockThresholdsMutation,
  AdminUpdateLocationMutation,
} from './stock-setup-operations';
import { CHANNEL_MODES, LOCATION_KINDS, STOCK_CHANNELS, type ChannelMode, type LocationKind, type StockChannel } from './stock-setup';
import { errorState, formValues, outcomeOf, text } from './user-errors';

// The inventory set-up pages (issue 14): one inventory mutation each, as the signed-in user. Inventory
// decides who may (locations and allocations: managers; channel modes: administrators; thresholds: managers,
// and vendors for their own SKUs) and what is allowed; these check the form's shape and carry the answer
// back to it. After a change the page loads again, so every list shows the new state.

const inventoryPath = (slug: string) => sectionPath(slug, 'inventory');
const invalid = (values: Record<string, string>, fieldErrors: Record<string, string>): FormState => ({ status: 'error', message: t('admin.error.fields'), fieldErrors, values });

/** A whole number as typed, from `min`; '' is null (no value). `undefined`: not a number. */
function wholeNumber(value: string, min: number): number | null | undefined {
  if (value === '') return null;
  if (!/^\d{1,9}$/.test(value)) return undefined;
  const n = Number(value);
  return n < min ? undefined : n;
}

const LOCATION_FIELDS = new Set(['code', 'name', 'kind']);

export async function createLocationAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const errors: Record<string, string> = {};
  const code = text(formData, 'code');
  if (!code) errors.code = st('locations.invalid.code');
  const name = text(formData, 'name');
  if (!name) errors.name = st('locations.invalid.name');
  const kind = text(formData, 'kind') as LocationKind;
  if (!LOCATION_KINDS.includes(kind)) errors.kind = st('locations.invalid.kind');
  if (Object.keys(errors).length > 0) return invalid(values, errors);
  const back = `${inventoryPath(slug)}/locations`;
  const outcome = outcomeOf(await adminMutate(slug, back, AdminCreateLocationMutation, { input: { code, name, kind } }), (d) => d.createLocation);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (LOCATION_FIELDS.has(p) ? p : null));
  redirect(`${back}?done=created`);
}

export async function updateLocationAction(slug: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const name = text(formData, 'name');
  const kind = text(formData, 'kind') as LocationKind;
  const errors: Record<string, string> = {};
  if (!name) errors.name = st('locations.invalid.name');
  if (!LOCATION_KINDS.includes(kind)) errors.kind = st('locations.invalid.kind');
  if (Object.keys(errors).length > 0) return invalid(values, errors);
  const back = `${inventoryPath(slug)}/locations`;
  const outcome = outcomeOf(await adminMutate(slug, back, AdminUpdateLocationMutation, { input: { id, name, kind } }), (d) => d.updateLocation);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (p === 'name' || p === 'kind' ? p : null));
  redirect(`${back}?done=updated`);
}

/** Closing a location: its stock stays but is no longer for sale (inventory has no way back yet). */
export async function deactivateLocationAction(slug: string, id: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  const back = `${inventoryPath(slug)}/locations`;
  const outcome = outcomeOf(await adminMutate(slug, back, AdminDeactivateLocationMutation, { id }), (d) => d.deactivateLocation);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  redirect(`${back}?done=deactivated`);
}

// The SKU and location are fixed (hidden) in this form: inventory's word on them is the form's message.
const THRESHOLD_FIELDS = new Set(['lowStockThreshold', 'reorderPoint', 'reorderQuantity']);

/** The three figures of a SKU at a location, together: a blank one is cleared. */
export async function setStockThresholdsAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const errors: Record<string, string> = {};
  const sku = text(formData, 'sku');
  const locationId = text(formData, 'locationId');
  if (!sku || !locationId) return { status: 'error', message: st('reorder.invalid.choose'), fieldErrors: {}, values };
  const lowStockThreshold = wholeNumber(text(formData, 'lowStockThreshold'), 0);
  const reorderPoint = wholeNumber(text(formData, 'reorderPoint'), 0);
  const reorderQuantity = wholeNumber(text(formData, 'reorderQuantity'), 1);
  if (lowStockThreshold === undefined) errors.lowStockThreshold = st('reorder.invalid.count');
  if (reorderPoint === undefined) errors.reorderPoint = st('reorder.invalid.count');
  if (reorderQuantity === undefined) errors.reorderQuantity = st('reorder.invalid.quantity');
  if (Object.keys(errors).length > 0 || lowStockThreshold === undefined || reorderPoint === undefined || reorderQuantity === undefined) return invalid(values, errors);
  const back = `${inventoryPath(slug)}/reorder`;
  const result = await adminMutate(slug, back, AdminSetStockThresholdsMutation, { input: { sku, locationId, lowStockThreshold, reorderPoint, reorderQuantity } });
  const outcome = outcomeOf(result, (d) => d.setStockThresholds);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (THRESHOLD_FIELDS.has(p) ? p : null));
  redirect(`${back}?${new URLSearchParams({ sku, at: locationId, done: 'thresholds' })}#thresholds-heading`);
}

export async function setChannelPolicyAction(slug: string, channel: StockChannel, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const mode = text(formData, 'mode') as ChannelMode;
  if (!STOCK_CHANNELS.includes(channel) || !CHANNEL_MODES.includes(mode)) return invalid(values, { mode: st('channels.invalid.mode') });
  const back = `${inventoryPath(slug)}/channels`;
  const outcome = outcomeOf(await adminMutate(slug, back, AdminSetChannelPolicyMutation, { channel, mode }), (d) => d.setChannelPolicy);
  // Inventory names the channel when it still holds stock: that is this form's only field.
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (p === 'mode' || p === 'channel' ? 'mode' : null));
  redirect(`${back}?done=policy`);
}

const ALLOCATION_FIELDS = new Set(['channel', 'sku', 'locationId', 'quantity']);

/** Into a channel's allocation (or its own count), or back out, as the form's `direction` says. */
export async function allocateStockAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const errors: Record<string, string> = {};
  const channel = text(formData, 'channel') as StockChannel;
  if (!STOCK_CHANNELS.includes(channel)) errors.channel = st('channels.invalid.channel');
  const sku = text(formData, 'sku');
  if (!sku) errors.sku = t('admin.inventory.invalid.sku');
  const locationId = text(formData, 'locationId');
  if (!locationId) errors.locationId = t('admin.inventory.invalid.location');
  const quantity = wholeNumber(text(formData, 'quantity'), 1);
  if (quantity == null) errors.quantity = t('admin.inventory.invalid.receiptQuantity');
  const direction = text(formData, 'direction');
  if (direction !== 'allocate' && direction !== 'deallocate') errors.direction = st('channels.invalid.direction');
  if (Object.keys(errors).length > 0 || quantity == null) return invalid(values, errors);
  const back = `${inventoryPath(slug)}/channels`;
  const input = { channel, sku, locationId, quantity };
  const outcome =
    direction === 'allocate'
      ? outcomeOf(await adminMutate(slug, back, AdminAllocateStockMutation, { input }), (d) => d.allocateStock)
      : outcomeOf(await adminMutate(slug, back, AdminDeallocateStockMutation, { input }), (d) => d.deallocateStock);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (p === 'variantId' ? 'sku' : ALLOCATION_FIELDS.has(p) ? p : null));
  redirect(`${back}?done=${direction === 'allocate' ? 'allocated' : 'deallocated'}`);
}
