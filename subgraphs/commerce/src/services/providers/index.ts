/**
 * Which adapter serves a tenant's payment: the provider named on the payment (or the tenant's current
 * one for new payments), with the tenant's credentials opened from their sealed form. Secrets are
 * decrypted only here, per call, and never leave the process.
 */
import { decryptSecret, DomainError, ErrorCode, type PrismaClient } from '@webwaka/kit';
import { flutterwave } from './flutterwave';
import { paystack } from './paystack';
import type { PaymentProviderAdapter, ProviderName } from './provider';
import { sandbox } from './sandbox';
import { stripe } from './stripe';

export type { PaymentProviderAdapter, ProviderName };

export async function providerFor(prisma: PrismaClient, tenantId: string, name: ProviderName): Promise<PaymentProviderAdapter> {
  if (name === 'SANDBOX') return sandbox(prisma, tenantId);
  const account = await prisma.paymentProviderAccount.findUnique({ where: { tenantId_provider: { tenantId, provider: name } } });
  if (!account) throw new DomainError(ErrorCode.PAYMENT_FAILED, `${name.toLowerCase()} is not configured for this store`);
  const secretKey = decryptSecret(account.secretKeySealed);
  const webhookSecret = account.webhookSecretSealed ? decryptSecret(account.webhookSecretSealed) : null;
  if (name === 'PAYSTACK') return paystack({ secretKey });
  if (name === 'FLUTTERWAVE') return flutterwave({ secretKey, secretHash: webhookSecret });
  return stripe({ secretKey, webhookSecret });
}
