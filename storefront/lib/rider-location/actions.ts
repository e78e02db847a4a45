'use server';

import { deliveriesPath } from '../shipments/paths';
import { adminMutate } from '../admin/session';
import { RiderReportLocationMutation } from './operations';

export type ReportOutcome = { ok: true; accepted: boolean } | { ok: false; code: string };

/**
 * The rider's phone reports a position (decision 0089). Commerce checks everything (the shipment's own
 * rider, on the road, bounds, one kept per 10 s); this only carries the numbers over.
 */
export async function reportRiderLocationAction(slug: string, shipmentId: string, latitude: number, longitude: number, accuracyMeters: number): Promise<ReportOutcome> {
  if (![latitude, longitude, accuracyMeters].every((n) => typeof n === 'number' && Number.isFinite(n))) return { ok: false, code: 'BAD_USER_INPUT' };
  const result = await adminMutate(slug, deliveriesPath(slug), RiderReportLocationMutation, { shipmentId, latitude, longitude, accuracyMeters });
  const payload = result.data?.reportRiderLocation;
  if (!payload) return { ok: false, code: String(result.errors?.[0]?.extensions?.code ?? 'UNAVAILABLE') };
  if (payload.userErrors.length) return { ok: false, code: payload.userErrors[0].code ?? 'BAD_USER_INPUT' };
  return { ok: true, accepted: payload.accepted };
}
