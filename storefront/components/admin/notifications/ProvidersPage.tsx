import { saveProviderAction } from '../../../lib/admin/notification-actions';
import { CHANNELS, messagesPath, nlabel, nt, PROVIDERS } from '../../../lib/admin/notification-messages';
import { AdminNotificationProvidersQuery } from '../../../lib/admin/notification-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';
import { one } from '../pages/params';
import { MessagesDoneNotice, MessagesHeader } from './MessagesTabs';

/**
 * Who carries each channel's messages: the provider, the sender and the provider's API address, with
 * whether credentials are set and whether it is a sandbox. Credentials are write-only: the API never
 * returns them and the form's field starts empty every time. Administrators only.
 */
export async function ProvidersPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const path = messagesPath(slug, '/providers');
  await requireViewer(slug, path, 'messages');
  const { notificationProviders } = await adminQuery(slug, AdminNotificationProvidersQuery, {});
  const notSet = nt('providers.notSet');
  return (
    <div>
      <MessagesHeader slug={slug} current="providers" title={nt('providers.title')} />
      <p className="hint">{nt('providers.intro')}</p>
      <MessagesDoneNotice done={one(params, 'done')} />
      {CHANNELS.filter((channel) => notificationProviders.some((p) => p.channel === channel)).map((channel) => {
        const current = notificationProviders.find((p) => p.channel === channel) ?? null;
        const channelName = nlabel('channel', channel);
        // The tenant's own provider is chosen in the form; otherwise "the platform's".
        const chosen = current?.configured ? current.provider : 'default';
        const options = PROVIDERS[channel].includes(chosen) ? PROVIDERS[channel] : [...PROVIDERS[channel], chosen];
        return (
          <section key={channel} id={`provider-${channel}`} className="card" aria-labelledby={`provider-${channel}-heading`} data-channel={channel}>
            <h2 id={`provider-${channel}-heading`}>{nt('providers.channelTitle', { channel: channelName })}</h2>
            <h3>{nt('providers.current')}</h3>
            <dl className="details" data-testid="provider-current">
              <div>
                <dt>{nt('providers.provider')}</dt>
                <dd>{current ? nlabel('provider', current.provider) : notSet}</dd>
              </div>
              <div>
                <dt>{nt('providers.mode')}</dt>
                <dd>{current && !current.sandbox ? nt('providers.sandboxNo') : nt('providers.sandboxYes')}</dd>
              </div>
              <div>
                <dt>{nt('providers.senderId')}</dt>
                <dd>{current?.senderId || notSet}</dd>
              </div>
              <div>
                <dt>{nt('providers.baseUrl')}</dt>
                <dd>{current?.baseUrl || notSet}</dd>
              </div>
              <div>
                <dt>{nt('providers.configured')}</dt>
                <dd>{current?.configured ? nt('providers.configuredYes') : nt('providers.configuredNo')}</dd>
              </div>
              {current?.deliveryReportUrl && (
                <div>
                  <dt>{nt('providers.deliveryReports')}</dt>
                  <dd>
                    <span className="message-id" data-testid="delivery-report-url">
                      {current.deliveryReportUrl}
                    </span>
                    <p className="hint">{nt('providers.deliveryReportsHint')}</p>
                  </dd>
                </div>
              )}
            </dl>
            <h3>{nt('providers.change')}</h3>
            <ActionForm
              action={saveProviderAction.bind(null, slug, channel)}
              label={nt('providers.saveFor', { channel: channelName })}
              groups={[
                {
                  fields: [
                    { name: 'provider', label: nt('providers.provider'), type: 'select', required: true, defaultValue: chosen, options: options.map((p) => ({ value: p, label: nlabel('provider', p) })) },
                    { name: 'senderId', label: nt('providers.senderId'), hint: nlabel('providers.senderIdHint', channel), defaultValue: current?.senderId ?? '' },
                    { name: 'baseUrl', label: nt('providers.baseUrl'), hint: nt('providers.baseUrlHint'), defaultValue: current?.baseUrl ?? '', inputMode: 'text' },
                    { name: 'credentials', label: nt('providers.credentials'), hint: nlabel('providers.credentialsHint', channel), type: 'password', autoComplete: 'new-password' },
                  ],
                },
              ]}
              submitLabel={nt('providers.save')}
              pendingLabel={t('admin.saving')}
            />
          </section>
        );
      })}
    </div>
  );
}
