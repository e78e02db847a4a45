/**
 * Provider webhooks, as the gateway forwards them (raw body and headers; the tenant from the URL). The
 * provider's adapter authenticates the request; a forgery is refused (401) and changes nothing. A verified
 * event is stored once per (tenant, provider, event id): a replay answers 200 without acting again. The
 * event only triggers `syncPayment`, which believes the provider's verify answer, not the event.
 * Processing failures (a peer down) answer 500 so the provider retries; the stored event is then
 * processed on redelivery. A transfer into a virtual account (TRANSFER_RECEIVED) is counted by
 * bank-transfers.ts, again only from the provider's own answer about it.
 */
import { DomainError, ErrorCode, isUniqueViolation, logger, uuidv7 } from '@webwaka/kit';
import { receiveTransfer } from './bank-transfers';
import { syncPayment, type Deps } from './payments';
import { providerFor } from './providers';
import type { ProviderName } from './providers/provider';

export interface WebhookDelivery {
  tenantId: string;
  provider: string;
  rawBody: Buffer;
  headers: Record<string, string>;
}

export interface WebhookAnswer {
  status: number;
  outcome: string;
}

const PROVIDERS: Record<string, ProviderName> = { sandbox: 'SANDBOX', paystack: 'PAYSTACK', flutterwave: 'FLUTTERWAVE', stripe: 'STRIPE' };

export async function receiveWebhook(deps: Deps, d: WebhookDelivery): Promise<WebhookAnswer> {
  const provider = PROVIDERS[d.provider.toLowerCase()];
  if (!provider) return { status: 404, outcome: 'unknown provider' };
  let event;
  try {
    const adapter = await providerFor(deps.prisma, d.tenantId, provider);
    event = adapter.verifyAndParseWebhook({ rawBody: d.rawBody, headers: d.headers });
  } catch (e) {
    if (e instanceof DomainError && e.code === ErrorCode.WEBHOOK_SIGNATURE_INVALID) {
      logger.warn('webhook refused', { provider, tenantId: d.tenantId, reason: e.message });
      return { status: 401, outcome: 'signature invalid' };
    }
    if (e instanceof DomainError) return { status: 404, outcome: e.message };
    throw e;
  }
  if (!event.eventId) return { status: 400, outcome: 'event has no id' };

  let stored;
  try {
    stored = await deps.prisma.webhookEvent.create({
      data: { id: uuidv7(), tenantId: d.tenantId, provider, eventId: event.eventId, type: event.type, reference: event.reference, payload: event.payload as object },
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    stored = await deps.prisma.webhookEvent.findUniqueOrThrow({ where: { tenantId_provider_eventId: { tenantId: d.tenantId, provider, eventId: event.eventId } } });
    if (stored.processedAt) return { status: 200, outcome: 'duplicate' };
  }
  const outcome =
    event.kind === 'TRANSFER_RECEIVED'
      ? event.transferReference
        ? await receiveTransfer(deps, d.tenantId, provider, event.transferReference)
        : 'ignored'
      : event.kind === 'OTHER' || !event.reference
        ? 'ignored'
        : await syncPayment(deps, d.tenantId, event.reference);
  await deps.prisma.webhookEvent.update({ where: { id: stored.id }, data: { processedAt: new Date(), outcome } });
  return { status: 200, outcome };
}
