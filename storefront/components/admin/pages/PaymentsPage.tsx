import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime } from '../../../lib/admin/format';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { CREDENTIAL_PROVIDERS, keyMode, lastFour, PAYMENT_PROVIDERS } from '../../../lib/admin/shop-settings';
import { choosePaymentProviderAction, setPaymentCredentialsAction, setPaymentMethodsAction } from '../../../lib/admin/shop-settings-actions';
import { AdminPaymentSettingsQuery } from '../../../lib/admin/shop-settings-operations';
import { t } from '../../../lib/messages';
import { toMajorUnits } from '../../../lib/money';
import { st, stLabel } from '../../../lib/settings/messages';
import { ActionForm } from '../ActionForm';
import { CredentialsForm } from '../CredentialsForm';
import { SettingsBack } from './SettingsPage';
import { one } from './params';

const DONE = ['credentials', 'provider', 'methods'] as const;
const METHODS = ['CARD', 'BANK_TRANSFER', 'PAY_ON_DELIVERY', 'USSD', 'MOBILE_MONEY'] as const;

/**
 * Settings → Payments (issue 14): the provider new checkouts pay through, the keys set for each provider and
 * the form that enters them. Commerce seals the keys and never returns them; this page shows only that the
 * secret key is set, whether a webhook secret is, the public key's last four characters and whether it is a
 * test or live key (read from the public key). Administrators only (commerce's PAYMENT_ADMINS).
 */
export async function PaymentsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = `${sectionPath(slug, 'settings')}/payments`;
  await requireViewer(slug, base, 'settings');
  const { commerceSettings, paymentProviderAccounts } = await adminQuery(slug, AdminPaymentSettingsQuery, {});
  const done = one(params, 'done') as (typeof DONE)[number];
  const providerName = (p: string) => stLabel(`payments.provider.${p}`);
  const usable = PAYMENT_PROVIDERS.filter((p) => p === 'SANDBOX' || p === commerceSettings.paymentProvider || paymentProviderAccounts.some((a) => a.provider === p));

  return (
    <div>
      <SettingsBack slug={slug} />
      <h1>{st('payments.title')}</h1>
      <p className="hint">{st('payments.intro')}</p>
      {DONE.includes(done) && (
        <p role="status" className="notice-ok">
          {st(`payments.done.${done}`)}
        </p>
      )}
      <section className="card" aria-labelledby="provider-heading">
        <h2 id="provider-heading">{st('payments.current')}</h2>
        <ActionForm
          action={choosePaymentProviderAction.bind(null, slug)}
          label={st('payments.current')}
          groups={[{ fields: [{ name: 'paymentProvider', label: st('payments.provider'), hint: st('payments.currentHint'), type: 'select', options: usable.map((p) => ({ value: p, label: providerName(p) })), defaultValue: commerceSettings.paymentProvider }] }]}
          submitLabel={st('payments.choose')}
          pendingLabel={t('admin.saving')}
        />
      </section>
      <section className="card" aria-labelledby="methods-heading">
        <h2 id="methods-heading">{st('payments.methodsTitle')}</h2>
        <ActionForm
          action={setPaymentMethodsAction.bind(null, slug)}
          label={st('payments.methodsTitle')}
          groups={[
            {
              fields: [
                {
                  name: 'paymentMethods',
                  label: st('payments.methodsLabel'),
                  hint: st('payments.methodsHint'),
                  type: 'checkboxes',
                  options: METHODS.map((m) => ({ value: m, label: st(`payments.method.${m}`) })),
                  defaultValues: commerceSettings.paymentMethods,
                },
                {
                  name: 'payOnDeliveryMaxTotal',
                  label: st('payments.podMaxLabel'),
                  hint: st('payments.podMaxHint'),
                  inputMode: 'decimal',
                  autoComplete: 'off',
                  defaultValue: commerceSettings.payOnDeliveryMaxTotal ? toMajorUnits({ amount: commerceSettings.payOnDeliveryMaxTotal, currency: 'NGN' }) : '',
                },
              ],
            },
          ]}
          submitLabel={st('payments.saveMethods')}
          pendingLabel={t('admin.saving')}
        />
      </section>
      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">{st('payments.accounts')}</h2>
        {paymentProviderAccounts.length === 0 ? (
          <p className="empty">{st('payments.noAccounts')}</p>
        ) : (
          <ul className="card-list" data-testid="payment-accounts">
            {paymentProviderAccounts.map((a) => {
              const mode = keyMode(a.publicKey);
              return (
                <li key={a.provider} className="card" data-provider={a.provider}>
                  <h3>{providerName(a.provider)}</h3>
                  {a.provider === commerceSettings.paymentProvider && <p className="notice-ok">{st('payments.inUse')}</p>}
                  <dl className="proof">
                    <dt>{st('payments.mode')}</dt>
                    <dd data-mode={mode ?? 'unknown'}>{mode ? st(`payments.mode.${mode}`) : st('payments.mode.unknown')}</dd>
                    <dt>{st('payments.secretKey')}</dt>
                    <dd>{st('payments.secretSet')}</dd>
                    <dt>{st('payments.publicKey')}</dt>
                    <dd>{a.publicKey ? st('payments.publicKeyEnding', { last4: lastFour(a.publicKey) }) : st('payments.notSet')}</dd>
                    <dt>{st('payments.webhookSecret')}</dt>
                    <dd>{a.hasWebhookSecret ? st('payments.secretSet') : st('payments.notSet')}</dd>
                  </dl>
                  <p className="hint">{st('payments.updated', { when: formatDateTime(a.updatedAt) })}</p>
                </li>
              );
            })}
          </ul>
        )}
        <p className="hint">{st('payments.methods')}</p>
      </section>
      <section className="card" aria-labelledby="keys-heading">
        <h2 id="keys-heading">{st('payments.enter')}</h2>
        <CredentialsForm
          action={setPaymentCredentialsAction.bind(null, slug)}
          label={st('payments.enter')}
          providers={CREDENTIAL_PROVIDERS.map((p) => ({ value: p, label: providerName(p) }))}
          text={{
            provider: st('payments.provider'),
            publicKey: st('payments.publicKey'),
            publicKeyHint: st('payments.publicKeyHint'),
            secretKey: st('payments.secretKey'),
            secretKeyHint: st('payments.secretKeyHint'),
            webhookSecret: st('payments.webhookSecret'),
            webhookSecretHint: st('payments.webhookSecretHint'),
            submit: st('payments.save'),
            pending: t('admin.saving'),
          }}
        />
      </section>
    </div>
  );
}
