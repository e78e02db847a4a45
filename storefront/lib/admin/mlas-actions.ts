'use server';

import { redirect } from 'next/navigation';
import type { Beneficiary, ResidualBeneficiary, RevenueShareInput } from '../../gql/graphql';
import { t } from '../messages';
import { sectionPath } from './access';
import type { FormState } from './form-state';
import { mt, percentToBps } from './mlas-messages';
import {
  AdminAssignRevenueModelMutation,
  AdminCreateAgentMutation,
  AdminCreateRevenueModelMutation,
  AdminSetAgentStatusMutation,
  AdminSetAgentUplineMutation,
  AdminSetAttributionSettingsMutation,
  AdminUpdateRevenueModelMutation,
} from './mlas-operations';
import { adminMutate } from './session';
import { errorState, formValues, outcomeOf, text } from './user-errors';

// Back-office actions of the affiliate programme: one MLAS mutation each, as the signed-in user. MLAS
// decides who may (administrators) and what is legal (uplines cannot loop, shares total at most 100%); its
// userErrors come back to the form next to the field they name.

const agentsPath = (slug: string) => `${sectionPath(slug, 'commissions')}/agents`;
const agentPath = (slug: string, agentId: string) => `${agentsPath(slug)}/${encodeURIComponent(agentId)}`;
const modelsPath = (slug: string) => `${sectionPath(slug, 'commissions')}/models`;
const attributionPath = (slug: string) => `${sectionPath(slug, 'commissions')}/attribution`;

/** Maps an input path to the form field of the same name, when the form has it. */
const fieldsOf = (fields: readonly string[]) => (path: string) => fields.find((f) => path === f || path.startsWith(`${f}.`)) ?? null;

function invalid(formData: FormData, fieldErrors: Record<string, string>): FormState {
  return { status: 'error', message: t('admin.error.fields'), fieldErrors, values: formValues(formData) };
}

/** An agent profile for a member with the AGENT role, optionally under an upline and with a chosen code. */
export async function createAgentAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const input = { email: text(formData, 'email'), code: text(formData, 'code') || null, uplineId: text(formData, 'uplineId') || null };
  const result = await adminMutate(slug, agentsPath(slug), AdminCreateAgentMutation, { input });
  const outcome = outcomeOf(result, (d) => d.createAgent);
  const agentId = result.data?.createAgent.agent?.id;
  if (!outcome.ok || !agentId) return errorState(outcome.userErrors, formValues(formData), fieldsOf(['email', 'code', 'uplineId']));
  redirect(`${agentPath(slug, agentId)}?done=created`);
}

/** Puts the agent under another (or under nobody). */
export async function setAgentUplineAction(slug: string, agentId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const path = agentPath(slug, agentId);
  const result = await adminMutate(slug, path, AdminSetAgentUplineMutation, { agentId, uplineId: text(formData, 'uplineId') || null });
  const outcome = outcomeOf(result, (d) => d.setAgentUpline);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), fieldsOf(['uplineId']));
  redirect(`${path}?done=upline`);
}

/** Suspends or reactivates the agent. */
export async function setAgentStatusAction(slug: string, agentId: string, status: 'ACTIVE' | 'SUSPENDED', _previous: FormState, formData: FormData): Promise<FormState> {
  const path = agentPath(slug, agentId);
  const outcome = outcomeOf(await adminMutate(slug, path, AdminSetAgentStatusMutation, { agentId, status }), (d) => d.setAgentStatus);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), () => null);
  redirect(`${path}?done=${status}`);
}

type ModelForm = { ok: true; name: string; residual: ResidualBeneficiary; shares: RevenueShareInput[] } | { ok: false; state: FormState };

const RESIDUALS: readonly ResidualBeneficiary[] = ['PARTNER', 'CLIENT', 'PLATFORM'];

/** A model as the form has it: a percentage each for platform, partner and client, and agent levels "20, 10, 5". */
function modelForm(formData: FormData): ModelForm {
  const fieldErrors: Record<string, string> = {};
  const name = text(formData, 'name');
  if (!name) fieldErrors.name = mt('invalid.name');
  const residual = text(formData, 'residual') as ResidualBeneficiary;
  const shares: RevenueShareInput[] = [];
  for (const [field, beneficiary] of [['platform', 'PLATFORM'], ['partner', 'PARTNER'], ['client', 'CLIENT']] as const satisfies readonly (readonly [string, Beneficiary])[]) {
    const typed = text(formData, field);
    if (!typed) continue;
    const bps = percentToBps(typed);
    if (bps === null) fieldErrors[field] = mt('invalid.percent');
    else if (bps > 0) shares.push({ beneficiary, bps });
  }
  const levels = text(formData, 'agentLevels');
  const parts = levels ? levels.split(/[,;\s]+/).filter(Boolean) : [];
  const levelBps = parts.map(percentToBps);
  if (parts.length > 20 || levelBps.some((b) => b === null)) fieldErrors.agentLevels = mt('invalid.levels');
  else levelBps.forEach((bps, i) => shares.push({ beneficiary: 'AGENT', level: i + 1, bps: bps! }));
  if (Object.keys(fieldErrors).length > 0) return { ok: false, state: invalid(formData, fieldErrors) };
  return { ok: true, name, residual: RESIDUALS.includes(residual) ? residual : 'CLIENT', shares };
}

// The API names a bad share by its index (['input', 'shares', '2', 'bps']): its message goes to the form.
const MODEL_FIELDS = fieldsOf(['name', 'residual']);

/** A model of the tenant's own, with custom levels and percentages. */
export async function createRevenueModelAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const form = modelForm(formData);
  if (!form.ok) return form.state;
  const { name, residual, shares } = form;
  const result = await adminMutate(slug, modelsPath(slug), AdminCreateRevenueModelMutation, { input: { name, residual, shares } });
  const outcome = outcomeOf(result, (d) => d.createRevenueModel);
  const id = result.data?.createRevenueModel.revenueModel?.id;
  if (!outcome.ok || !id) return errorState(outcome.userErrors, formValues(formData), MODEL_FIELDS);
  redirect(`${modelsPath(slug)}?done=created#model-${id}`);
}

/** Changes one of the tenant's own models (every share is replaced). */
export async function updateRevenueModelAction(slug: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const form = modelForm(formData);
  if (!form.ok) return form.state;
  const { name, residual, shares } = form;
  const result = await adminMutate(slug, modelsPath(slug), AdminUpdateRevenueModelMutation, { input: { id, name, residual, shares } });
  const outcome = outcomeOf(result, (d) => d.updateRevenueModel);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), MODEL_FIELDS);
  redirect(`${modelsPath(slug)}?done=updated#model-${id}`);
}

/** The tenant's commissions follow this model (a preset or its own) from now on. */
export async function assignRevenueModelAction(slug: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const outcome = outcomeOf(await adminMutate(slug, modelsPath(slug), AdminAssignRevenueModelMutation, { id }), (d) => d.assignRevenueModel);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), () => null);
  redirect(`${modelsPath(slug)}?done=assigned#model-${id}`);
}

/** First or last touch, the window in days and the ticket commission rate. */
export async function setAttributionSettingsAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const fieldErrors: Record<string, string> = {};
  const days = text(formData, 'windowDays');
  const windowDays = /^\d{1,3}$/.test(days) ? Number(days) : NaN;
  if (!(windowDays >= 1 && windowDays <= 365)) fieldErrors.windowDays = mt('invalid.window');
  const ticketCommissionBps = percentToBps(text(formData, 'ticketCommission'));
  if (ticketCommissionBps === null) fieldErrors.ticketCommission = mt('invalid.percent');
  if (Object.keys(fieldErrors).length > 0) return invalid(formData, fieldErrors);
  const attribution = text(formData, 'attribution') === 'FIRST_TOUCH' ? 'FIRST_TOUCH' : 'LAST_TOUCH';
  const input = { attribution, windowDays, ticketCommissionBps } as const;
  const result = await adminMutate(slug, attributionPath(slug), AdminSetAttributionSettingsMutation, { input });
  const outcome = outcomeOf(result, (d) => d.setAttributionSettings);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), (p) => (p === 'ticketCommissionBps' ? 'ticketCommission' : fieldsOf(['windowDays', 'attribution'])(p)));
  redirect(`${attributionPath(slug)}?done=saved`);
}
