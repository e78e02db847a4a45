import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime } from '../../../lib/admin/format';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { connectKwikAction, disconnectKwikAction } from '../../../lib/shipments/actions';
import { st } from '../../../lib/shipments/messages';
import { AdminKwikAccountQuery } from '../../../lib/shipments/operations';
import { ActionForm } from '../ActionForm';
import { SettingsBack } from '../pages/SettingsPage';
import { one } from '../pages/params';

const DONE = ['connected', 'disconnected'] as const;

/**
 * Settings → Carriers (decision 0090): the shop's Kwik Delivery vendor account. Administrators with
 * two-factor connect it (commerce logs in to Kwik before saving), change the pickup point, or disconnect it.
 * The page shows the account as commerce answers it (the e-mail masked, never the password) and the
 * callback address to give Kwik. One column of cards: it reads on a phone.
 */
export async function KwikSettingsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = `${sectionPath(slug, 'settings')}/carriers`;
  await requireViewer(slug, base, 'settings');
  const { kwikAccount: kwik } = await adminQuery(slug, AdminKwikAccountQuery, {});
  const done = one(params, 'done') as (typeof DONE)[number];
  const positionHint = st('kwik.positionHint');

  return (
    <div>
      <SettingsBack slug={slug} />
      <h1>{st('kwik.title')}</h1>
      <p className="hint">{st('kwik.intro')}</p>
      {DONE.includes(done) && (
        <p role="status" className="notice-ok">
          {st(`kwik.done.${done}`)}
        </p>
      )}
      <section className="card" aria-labelledby="kwik-heading" data-testid="kwik-account">
        <h2 id="kwik-heading">{st('kwik.heading')}</h2>
        {kwik.connected ? (
          <dl className="proof">
            <dt>{st('kwik.account')}</dt>
            <dd>
              {st('kwik.connected')} · {kwik.emailMasked} · {kwik.domainName}
            </dd>
            <dt>{st('kwik.baseUrl')}</dt>
            <dd>{kwik.baseUrl}</dd>
            {kwik.pickup && (
              <>
                <dt>{st('kwik.pickup')}</dt>
                <dd>
                  {kwik.pickup.name}, {kwik.pickup.address} · {kwik.pickup.phone} ({kwik.pickup.latitude}, {kwik.pickup.longitude})
                </dd>
              </>
            )}
          </dl>
        ) : (
          <p className="empty">{st('kwik.notConnected')}</p>
        )}
        {kwik.updatedAt && <p className="hint">{st('kwik.updated', { when: formatDateTime(kwik.updatedAt) })}</p>}
        <h3>{st('kwik.callback')}</h3>
        {kwik.callbackUrl ? (
          <p>
            <code style={{ overflowWrap: 'anywhere' }}>{kwik.callbackUrl}</code>
          </p>
        ) : (
          <p className="hint">{st('kwik.callbackUnknown')}</p>
        )}
        <p className="hint">{st('kwik.callbackHint')}</p>
      </section>
      <section className="card" aria-labelledby="kwik-connect-heading">
        <h2 id="kwik-connect-heading">{kwik.connected ? st('kwik.save') : st('kwik.connect')}</h2>
        <ActionForm
          action={connectKwikAction.bind(null, slug)}
          label={st('kwik.heading')}
          groups={[
            {
              fields: [
                { name: 'email', label: st('kwik.email'), type: 'email', autoComplete: 'off', required: true },
                { name: 'password', label: st('kwik.password'), type: 'password', autoComplete: 'new-password', required: !kwik.connected, hint: kwik.connected ? st('kwik.passwordHint') : st('kwik.passwordNew') },
                { name: 'domainName', label: st('kwik.domainName'), hint: st('kwik.domainNameHint'), defaultValue: kwik.domainName ?? '', required: true, autoComplete: 'off' },
                { name: 'baseUrl', label: st('kwik.baseUrl'), type: 'url', hint: st('kwik.baseUrlHint'), defaultValue: kwik.baseUrl ?? '', autoComplete: 'off' },
              ],
            },
            {
              legend: st('kwik.pickup'),
              fields: [
                { name: 'pickupName', label: st('kwik.pickupName'), defaultValue: kwik.pickup?.name ?? '', required: true },
                { name: 'pickupPhone', label: st('kwik.pickupPhone'), defaultValue: kwik.pickup?.phone ?? '', required: true, autoComplete: 'tel' },
                { name: 'pickupAddress', label: st('kwik.pickupAddress'), type: 'textarea', defaultValue: kwik.pickup?.address ?? '', required: true },
                { name: 'pickupLatitude', label: st('kwik.pickupLatitude'), inputMode: 'decimal', hint: positionHint, defaultValue: kwik.pickup ? String(kwik.pickup.latitude) : '', required: true },
                { name: 'pickupLongitude', label: st('kwik.pickupLongitude'), inputMode: 'decimal', defaultValue: kwik.pickup ? String(kwik.pickup.longitude) : '', required: true },
              ],
            },
          ]}
          submitLabel={kwik.connected ? st('kwik.save') : st('kwik.connect')}
          pendingLabel={st('kwik.checking')}
        />
      </section>
      {kwik.connected && (
        <section className="card" aria-labelledby="kwik-disconnect-heading">
          <h2 id="kwik-disconnect-heading">{st('kwik.disconnect')}</h2>
          <p className="hint">{st('kwik.disconnectHint')}</p>
          <ActionForm action={disconnectKwikAction.bind(null, slug)} label={st('kwik.disconnect')} groups={[]} submitLabel={st('kwik.disconnect')} pendingLabel={st('kwik.disconnecting')} secondary />
        </section>
      )}
    </div>
  );
}
