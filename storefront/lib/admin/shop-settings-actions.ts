'use server';

import { redirect } from 'next/navigation';
import { t } from '../messages';
import { majorInputToMinor } from '../money';
import { st } from '../settings/messages';
import { sectionPath } from './access';
import type { FormState } from './form-state';
import { adminMutate } from './session';
import { CHECKOUT_CARRIERS, CREDENTIAL_PROVIDERS, PAYMENT_PROVIDERS, regionList, type CredentialProvider, type PaymentProvider } from './shop-settings';
import {
  AdminRemoveShippingRateMutation,
  AdminRemoveShippingZoneMutation,
  AdminSetPaymentProviderCredentialsMutation,
  AdminSetShippingRateMutation,
  AdminSetShippingZoneMutation,
  AdminUpdateCommerceSettingsMutation,
} from './shop-settings-operations';
import { errorState, formValues, outcomeOf, text } from './user-errors';

// Settings → Shop, Shipping and Payments (issue 14): one commerce mutation each, as the signed-in
// administrator. Commerce decides (administrators only, with two-factor) and checks the values; these check
// the form's shape and carry the answer back. Secrets typed into the payments form never come back: not in
// the form's state after a failed attempt, not in the page after a good one.

const settingsPath = (slug: string, page: string) => `${sectionPath(slug, 'settings')}/${page}`;
const invalid = (values: Record<string, string>, fieldErrors: Record<string, string>): FormState => ({ status: 'error', message: t('admin.error.fields'), fieldErrors, values });
const pick = (fields: readonly string[]) => (path: string) => (fields.includes(path) ? path : null);

/** Whether shipping carries VAT, and how long a customer has to pay. */
export async function updateShopSettingsAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const taxShipping = text(formData, 'taxShipping');
  const minutes = text(formData, 'paymentWindowMinutes');
  const errors: Record<string, string> = {};
  if (taxShipping !== 'yes' && taxShipping !== 'no') errors.taxShipping = st('shop.invalid.taxShipping');
  if (!/^\d{1,4}$/.test(minutes)) errors.paymentWindowMinutes = st('shop.invalid.window');
  if (Object.keys(errors).length > 0) return invalid(values, errors);
  const back = settingsPath(slug, 'shop');
  const input = { taxShipping: taxShipping === 'yes', paymentWindowMinutes: Number(minutes) };
  const outcome = outcomeOf(await adminMutate(slug, back, AdminUpdateCommerceSettingsMutation, { input }), (d) => d.updateCommerceSettings);
  if (!outcome.ok) return errorState(outcome.userErrors, values, pick(['taxShipping', 'paymentWindowMinutes']));
  redirect(`${back}?done=saved`);
}

/** The carrier whose live rate checkout offers beside the zone rates; none turns live rates off. */
export async function setCheckoutCarrierAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const chosen = text(formData, 'checkoutCarrier');
  const checkoutCarrier = CHECKOUT_CARRIERS.find((c) => c === chosen) ?? null;
  if (chosen !== '' && !checkoutCarrier) return invalid(values, { checkoutCarrier: st('shipping.invalid.carrier') });
  const back = settingsPath(slug, 'shipping');
  const outcome = outcomeOf(await adminMutate(slug, back, AdminUpdateCommerceSettingsMutation, { input: { checkoutCarrier } }), (d) => d.updateCommerceSettings);
  if (!outcome.ok) return errorState(outcome.userErrors, values, pick(['checkoutCarrier']));
  redirect(`${back}?done=carrierSaved`);
}

/** Which provider new checkouts pay through (one with credentials, or the sandbox where it is allowed). */
export async function choosePaymentProviderAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const paymentProvider = text(formData, 'paymentProvider') as PaymentProvider;
  if (!PAYMENT_PROVIDERS.includes(paymentProvider)) return invalid(values, { paymentProvider: st('payments.invalid.provider') });
  const back = settingsPath(slug, 'payments');
  const outcome = outcomeOf(await adminMutate(slug, back, AdminUpdateCommerceSettingsMutation, { input: { paymentProvider } }), (d) => d.updateCommerceSettings);
  if (!outcome.ok) return errorState(outcome.userErrors, values, pick(['paymentProvider']));
  redirect(`${back}?done=provider`);
}

const PAYMENT_METHODS = ['CARD', 'BANK_TRANSFER', 'PAY_ON_DELIVERY', 'USSD', 'MOBILE_MONEY'] as const;

/** The ways shoppers may pay at checkout (decision 0076): at least one; commerce checks the provider can take each. */
export async function setPaymentMethodsAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const paymentMethods = PAYMENT_METHODS.filter((m) => formData.getAll('paymentMethods').includes(m));
  const typedMax = text(formData, 'payOnDeliveryMaxTotal');
  const values = { paymentMethods: paymentMethods.join('\n'), payOnDeliveryMaxTotal: typedMax };
  if (paymentMethods.length === 0) return invalid(values, { paymentMethods: st('payments.invalid.methods') });
  // Naira as typed → kobo (BigInt, never a float); empty: no limit (decision 0083).
  const payOnDeliveryMaxTotal = typedMax.trim() === '' ? '' : majorInputToMinor(typedMax, 'NGN');
  if (payOnDeliveryMaxTotal === null || payOnDeliveryMaxTotal === '0') return invalid(values, { payOnDeliveryMaxTotal: st('payments.invalid.podMax') });
  const back = settingsPath(slug, 'payments');
  const outcome = outcomeOf(await adminMutate(slug, back, AdminUpdateCommerceSettingsMutation, { input: { paymentMethods, payOnDeliveryMaxTotal } }), (d) => d.updateCommerceSettings);
  if (!outcome.ok) return errorState(outcome.userErrors, values, pick(['paymentMethods', 'payOnDeliveryMaxTotal']));
  redirect(`${back}?done=methods`);
}

/**
 * Keys for a provider, entered once: commerce seals them and never returns them. Whatever happens, the
 * state handed back to the form holds the provider and public key only, never a secret.
 */
export async function setPaymentCredentialsAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const provider = text(formData, 'provider') as CredentialProvider;
  const publicKey = text(formData, 'publicKey');
  const secretKey = text(formData, 'secretKey');
  const webhookSecret = text(formData, 'webhookSecret');
  const values = { provider, publicKey };
  const errors: Record<string, string> = {};
  if (!CREDENTIAL_PROVIDERS.includes(provider)) errors.provider = st('payments.invalid.provider');
  if (!secretKey) errors.secretKey = st('payments.invalid.secretKey');
  if (Object.keys(errors).length > 0) return invalid(values, errors);
  const back = settingsPath(slug, 'payments');
  const input = { provider, publicKey: publicKey || null, secretKey, webhookSecret: webhookSecret || null };
  const outcome = outcomeOf(await adminMutate(slug, back, AdminSetPaymentProviderCredentialsMutation, { input }), (d) => d.setPaymentProviderCredentials);
  if (!outcome.ok) return errorState(outcome.userErrors, values, pick(['provider', 'publicKey', 'secretKey', 'webhookSecret']));
  redirect(`${back}?done=credentials`);
}

/** A new zone (no `zoneId`) or changes to one: its name, country and regions (blank: the rest of the country). */
export async function setShippingZoneAction(slug: string, zoneId: string | null, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const name = text(formData, 'name');
  const country = text(formData, 'country') || 'NG';
  if (!name) return invalid(values, { name: st('shipping.invalid.name') });
  const back = settingsPath(slug, 'shipping');
  const input = { id: zoneId, name, country, regions: regionList(text(formData, 'regions')) };
  const outcome = outcomeOf(await adminMutate(slug, back, AdminSetShippingZoneMutation, { input }), (d) => d.setShippingZone);
  if (!outcome.ok) return errorState(outcome.userErrors, values, pick(['name', 'country', 'regions']));
  redirect(`${back}?done=${zoneId ? 'zoneSaved' : 'zoneAdded'}`);
}

export async function removeShippingZoneAction(slug: string, zoneId: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  const back = settingsPath(slug, 'shipping');
  const outcome = outcomeOf(await adminMutate(slug, back, AdminRemoveShippingZoneMutation, { id: zoneId }), (d) => d.removeShippingZone);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  redirect(`${back}?done=zoneRemoved`);
}

/** Naira as typed → kobo; '' stays '' (no value); null: not an amount. */
const kobo = (input: string): string | null => (input === '' ? '' : majorInputToMinor(input.replace(/^₦/, ''), 'NGN'));

/** A method's rate in a zone, in naira as typed and sent in kobo: a method already there is replaced. */
export async function setShippingRateAction(slug: string, zoneId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const errors: Record<string, string> = {};
  const method = text(formData, 'method');
  const name = text(formData, 'name');
  const amount = kobo(text(formData, 'amount'));
  const freeOverAmount = kobo(text(formData, 'freeOverAmount'));
  if (!method) errors.method = st('shipping.invalid.method');
  if (!name) errors.name = st('shipping.invalid.name');
  if (!amount) errors.amount = st('shipping.invalid.amount');
  if (freeOverAmount === null) errors.freeOverAmount = st('shipping.invalid.amount');
  if (Object.keys(errors).length > 0 || !amount || freeOverAmount === null) return invalid(values, errors);
  const back = settingsPath(slug, 'shipping');
  const input = { zoneId, method, name, amount, currency: 'NGN', freeOverAmount: freeOverAmount || null, active: text(formData, 'active') !== 'no' };
  const outcome = outcomeOf(await adminMutate(slug, back, AdminSetShippingRateMutation, { input }), (d) => d.setShippingRate);
  if (!outcome.ok) return errorState(outcome.userErrors, values, pick(['method', 'name', 'amount', 'freeOverAmount']));
  redirect(`${back}?done=rateSaved`);
}

export async function removeShippingRateAction(slug: string, rateId: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  const back = settingsPath(slug, 'shipping');
  const outcome = outcomeOf(await adminMutate(slug, back, AdminRemoveShippingRateMutation, { id: rateId }), (d) => d.removeShippingRate);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  redirect(`${back}?done=rateRemoved`);
}
