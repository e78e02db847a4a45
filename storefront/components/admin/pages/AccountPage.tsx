import { adminBase } from '../../../lib/admin/access';
import { changePasswordAction, disableTwoFactorAction, endMySessionAction, logoutEverywhereAction, requestAccountDeletionAction } from '../../../lib/admin/account-actions';
import { AdminMySessionsQuery } from '../../../lib/admin/account-operations';
import { formatDateTime } from '../../../lib/admin/format';
import { AdminMyVendorPayoutBankQuery } from '../../../lib/admin/payout-bank-operations';
import { AdminMyVendorProfileQuery } from '../../../lib/admin/vendor-profile-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { twoFactorAction } from '../../../lib/admin/two-factor-actions';
import { textFor, TWO_FACTOR_TEXT } from '../../../lib/client-text';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';
import { PayoutBankSection } from '../money/PayoutBankSection';
import { VendorProfileSection } from '../money/VendorProfileSection';
import { TwoFactorSetup } from '../TwoFactorSetup';

/** The account path of a tenant's back office (two-factor set-up and reset). */
export const accountPath = (slug: string) => `${adminBase(slug)}/account`;

/**
 * The signed-in user's own account: two-factor authentication set up here (a new administrator lands here
 * from the dashboard, since nothing administrative works without it), or moved to a new phone (password
 * plus a current code or a backup code). Every back-office user may open it, whatever their role. A vendor
 * also edits its own profile and sets where its payouts go here (decision 0031). Everyone may sign out of
 * every device at once, and turn two-factor off with a current code where identity allows it (never for an administrator: the
 * service's refusal is shown as it comes).
 */
export async function AccountPage({ slug, done }: { slug: string; done?: string }) {
  const viewer = await requireViewer(slug, accountPath(slug));
  const [vendor, vendorProfile, { mySessions }] = await Promise.all([
    viewer.access.vendor ? adminQuery(slug, AdminMyVendorPayoutBankQuery, {}).then((r) => r.myVendor) : null,
    viewer.access.vendor ? adminQuery(slug, AdminMyVendorProfileQuery, {}).then((r) => r.myVendor) : null,
    adminQuery(slug, AdminMySessionsQuery, {}),
  ]);
  const on = viewer.user.twoFactorEnabled;
  const text = textFor(TWO_FACTOR_TEXT);
  return (
    <div>
      <h1>{t('admin.account.title')}</h1>
      <p>
        {viewer.user.name} · {viewer.user.email}
      </p>
      {done === 'bank' && (
        <p role="status" className="notice-ok">
          {t('admin.payoutBank.saved')}
        </p>
      )}
      {done === 'vendorProfile' && (
        <p role="status" className="notice-ok">
          {t('admin.vendorProfile.saved')}
        </p>
      )}
      {done === 'sessionEnded' && (
        <p role="status" className="notice-ok">
          {t('admin.account.sessionEnded')}
        </p>
      )}
      {done === 'passwordChanged' && (
        <p role="status" className="notice-ok">
          {t('admin.account.passwordChanged')}
        </p>
      )}
      {done === 'twoFactorOff' && (
        <p role="status" className="notice-ok">
          {t('admin.account.twoFactorDisabled')}
        </p>
      )}
      <section className="card narrow" aria-labelledby="two-factor-heading">
        <h2 id="two-factor-heading">{t('admin.account.twoFactor')}</h2>
        <p role="status">{on ? t('admin.account.twoFactorOn') : t('admin.account.twoFactorOff')}</p>
        {on && <h3>{t('admin.account.resetTitle')}</h3>}
        {on && <p className="hint">{t('admin.account.resetIntro')}</p>}
        {/* One form for both modes, kept mounted (same key): confirming re-issues the session cookies, so the
            page re-renders with two-factor on, and the backup codes on screen must survive that render. */}
        <TwoFactorSetup key="two-factor" action={twoFactorAction.bind(null, slug, on ? 'reset' : 'enrol')} mode={on ? 'reset' : 'enrol'} doneHref={adminBase(slug)} text={text} />
      </section>
      {on && (
        <section className="card narrow" aria-labelledby="disable-two-factor-heading">
          <h2 id="disable-two-factor-heading">{t('admin.account.disableTitle')}</h2>
          <p className="hint">{t('admin.account.disableIntro')}</p>
          <ActionForm
            action={disableTwoFactorAction.bind(null, slug)}
            label={t('admin.account.disableTitle')}
            groups={[{ fields: [{ name: 'code', label: t('admin.account.disableCode'), hint: t('admin.account.currentCodeHint'), required: true, autoComplete: 'one-time-code' }] }]}
            secondary
            submitLabel={t('admin.account.disable')}
            pendingLabel={t('admin.account.working')}
          />
        </section>
      )}
      <section className="card narrow" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{t('admin.account.sessions')}</h2>
        <p className="hint">{t('admin.account.sessionsIntro')}</p>
        <ul className="card-list" data-testid="sessions">
          {mySessions.map((session) => (
            <li key={session.id} data-session={session.current ? 'current' : 'other'}>
              <strong>{session.tenant?.name ?? '—'}</strong>
              {session.current && <> · {t('admin.account.thisSession')}</>}
              <br />
              <span className="hint">{t('admin.account.sessionTimes', { started: formatDateTime(session.startedAt), active: formatDateTime(session.lastActiveAt) })}</span>
              {!session.current && (
                <ActionForm
                  action={endMySessionAction.bind(null, slug, session.id)}
                  label={t('admin.account.endSessionOne', { name: session.tenant?.name ?? '', started: formatDateTime(session.startedAt) })}
                  groups={[]}
                  secondary
                  submitLabel={t('admin.account.endSession')}
                  pendingLabel={t('admin.account.working')}
                />
              )}
            </li>
          ))}
        </ul>
        <ActionForm
          action={logoutEverywhereAction.bind(null, slug)}
          label={t('admin.account.sessions')}
          groups={[]}
          secondary
          submitLabel={t('admin.account.logoutEverywhere')}
          pendingLabel={t('admin.account.working')}
        />
      </section>
      <section className="card narrow" aria-labelledby="password-heading">
        <h2 id="password-heading">{t('admin.account.passwordSection')}</h2>
        <p className="hint">{t('admin.account.passwordIntro')}</p>
        <ActionForm
          action={changePasswordAction.bind(null, slug)}
          label={t('admin.account.passwordSection')}
          groups={[
            {
              fields: [
                { name: 'currentPassword', label: t('admin.account.currentPassword'), type: 'password', required: true, autoComplete: 'current-password' },
                { name: 'newPassword', label: t('admin.invitations.newPassword'), type: 'password', required: true, hint: t('admin.invitations.passwordHint'), autoComplete: 'new-password' },
                { name: 'confirmPassword', label: t('admin.invitations.confirm'), type: 'password', required: true, autoComplete: 'new-password' },
              ],
            },
          ]}
          submitLabel={t('admin.account.changePassword')}
          pendingLabel={t('admin.account.working')}
        />
      </section>
      {vendorProfile && <VendorProfileSection slug={slug} vendor={vendorProfile} returnPath={accountPath(slug)} />}
      {vendor && <PayoutBankSection slug={slug} vendor={vendor} returnPath={accountPath(slug)} />}
      <section className="card narrow" aria-labelledby="close-heading">
        <h2 id="close-heading">{t('admin.account.close')}</h2>
        <p className="hint">{t('admin.account.closeIntro')}</p>
        <ActionForm
          action={requestAccountDeletionAction.bind(null, slug)}
          label={t('admin.account.close')}
          groups={[{ fields: [{ name: 'password', label: t('admin.account.closePassword'), type: 'password', required: true, autoComplete: 'current-password' }] }]}
          secondary
          submitLabel={t('admin.account.closeSubmit')}
          pendingLabel={t('admin.account.working')}
        />
      </section>
    </div>
  );
}
