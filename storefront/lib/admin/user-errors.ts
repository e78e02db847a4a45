import type { AdminUserErrorFragment } from '../../gql/graphql';
import type { GatewayResult } from '../gateway';
import { t } from '../messages';
import type { FormState } from './form-state';

/** A mutation answer: its payload's userErrors, or the request's GraphQL errors. */
export interface Outcome {
  ok: boolean;
  userErrors: AdminUserErrorFragment[];
}

/** Normalise a mutation's result: GraphQL errors (refused, unavailable) become one form-level error. */
export function outcomeOf<T>(result: GatewayResult<T>, pick: (data: T) => { userErrors: AdminUserErrorFragment[] } | null | undefined): Outcome {
  const payload = result.data ? pick(result.data) : null;
  if (!payload) {
    const error = result.errors[0];
    const code = typeof error?.extensions?.code === 'string' ? error.extensions.code : 'UNKNOWN';
    return { ok: false, userErrors: [{ code, message: error?.message ?? t('admin.error.failed'), field: null }] };
  }
  return { ok: payload.userErrors.length === 0, userErrors: payload.userErrors };
}

/**
 * Puts userErrors next to the fields they name. The API names fields by input path (['variants', '0',
 * 'sku'], ['input', 'title']); `fieldFor` maps a dotted path to the form's field name (or null: a form-level
 * message).
 */
export function errorState(userErrors: AdminUserErrorFragment[], values: Record<string, string>, fieldFor: (path: string) => string | null = (p) => p): FormState {
  const fieldErrors: Record<string, string> = {};
  const general: string[] = [];
  for (const error of userErrors) {
    const path = (error.field ?? []).filter((part) => part !== 'input').join('.');
    const name = path ? fieldFor(path) : null;
    if (name && !fieldErrors[name]) fieldErrors[name] = error.message;
    else general.push(error.code === 'FORBIDDEN' || error.code === 'UNAUTHENTICATED' ? t('admin.error.forbidden') : error.message);
  }
  const message = general.length > 0 ? general.join(' ') : t('admin.error.fields');
  return { status: 'error', message, fieldErrors, values };
}

/** The submitted text fields of a form, to refill it after an error. */
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = values[key] === undefined ? value : `${values[key]}\n${value}`;
  }
  return values;
}

export function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value.trim() : '';
}
