'use server';

import { cookies } from 'next/headers';
import { gatewayRequest, GatewayUnavailableError } from './gateway';
import { t } from './messages';
import { ApplyAsVendorMutation } from './operations';
import { forwardedFor } from './request';
import { accessCookieName } from './session-cookies';
import { SLUG_PATTERN } from './slug';
import { APPLICATION_FIELDS, type ApplicationField, type VendorApplicationState } from './vendor-application-state';

const MAX_FIELD_LENGTH = 2_000;

function isField(name: string | undefined): name is ApplicationField {
  return (APPLICATION_FIELDS as readonly string[]).includes(name ?? '');
}

/**
 * "Sell here" form action (bound to the marketplace's slug): sends `applyAsVendor` with the signed-in
 * user's token. The catalog validates and decides; its userErrors come back as messages on the fields.
 */
export async function applyAsVendor(slug: string, _previous: VendorApplicationState, formData: FormData): Promise<VendorApplicationState> {
  if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug)) throw new Error('invalid storefront');
  const values: Partial<Record<ApplicationField, string>> = {};
  for (const name of APPLICATION_FIELDS) {
    const value = formData.get(name);
    values[name] = typeof value === 'string' ? value.slice(0, MAX_FIELD_LENGTH) : '';
  }
  const fail = (message: string, fieldErrors: VendorApplicationState['fieldErrors'] = {}): VendorApplicationState => ({ status: 'error', message, fieldErrors, values });

  const accessToken = (await cookies()).get(accessCookieName(slug))?.value;
  if (!accessToken) return fail(t('sell.signInFirstShort'));

  const documentUrls = (values.documentUrls ?? '').split(/\s+/).filter(Boolean);
  let result;
  try {
    result = await gatewayRequest(
      ApplyAsVendorMutation,
      {
        input: {
          businessName: values.businessName ?? '',
          legalName: values.legalName ?? '',
          tin: values.tin ?? '',
          email: values.email ?? '',
          phone: values.phone ?? '',
          address: values.address ?? '',
          documentUrls,
        },
      },
      { tenant: slug, accessToken, forwardedFor: await forwardedFor() },
    );
  } catch (error) {
    if (error instanceof GatewayUnavailableError) return fail(t('error.UNAVAILABLE'));
    throw error;
  }

  const payload = result.data?.applyAsVendor;
  if (!payload) {
    const code = result.errors[0]?.extensions?.code;
    return fail(code === 'UNAUTHENTICATED' || code === 'TOKEN_INVALID' || code === 'FORBIDDEN' ? t('sell.signInFirstShort') : t('sell.errorFailed'));
  }
  if (payload.vendor) return { status: 'done', fieldErrors: {}, values: {}, vendorName: payload.vendor.name };

  const fieldErrors: VendorApplicationState['fieldErrors'] = {};
  for (const error of payload.userErrors) {
    const field = error.field?.[0];
    if (error.code === 'BAD_USER_INPUT' && isField(field)) fieldErrors[field] = t(`sell.invalid.${field}`);
  }
  if (Object.keys(fieldErrors).length > 0) return fail(t('sell.error'), fieldErrors);
  if (payload.userErrors.some((e) => e.code === 'ALREADY_EXISTS')) return fail(t('sell.errorExists'));
  return fail(t('sell.errorFailed'));
}
