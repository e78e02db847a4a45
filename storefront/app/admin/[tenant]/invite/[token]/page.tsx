import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ActionForm } from '../../../../../components/admin/ActionForm';
import { label } from '../../../../../lib/admin/format';
import { acceptInvitationAction } from '../../../../../lib/admin/invitation-actions';
import { InvitationPreviewQuery } from '../../../../../lib/admin/invitation-operations';
import { gatewayRequest } from '../../../../../lib/gateway';
import { t } from '../../../../../lib/messages';
import { forwardedFor } from '../../../../../lib/request';
import { SLUG_PATTERN } from '../../../../../lib/slug';
import { getTenant } from '../../../../../lib/tenant';

// The link's token is the secret: no referrer may carry this page's address to another site.
export const metadata: Metadata = { title: t('admin.invitations.accept'), referrer: 'no-referrer', robots: { index: false, follow: false } };

type Props = { params: Promise<{ tenant: string; token: string }> };

/**
 * An invitation link, opened signed out: which business, which role, which address; then the existing
 * account's password, or a name and a new password. Identity decides; afterwards the invitee signs in.
 */
export default async function InvitationPage({ params }: Props) {
  const { tenant: slug, token } = await params;
  if (!SLUG_PATTERN.test(slug)) notFound();
  const tenant = await getTenant(slug);
  if (!tenant) notFound();
  const { data } = await gatewayRequest(InvitationPreviewQuery, { token }, { tenant: slug, forwardedFor: await forwardedFor() });
  // A link for another tenant's invitation reads as invalid here: each tenant's page accepts its own only.
  const invitation = data?.invitationPreview?.tenant.slug === tenant.slug ? data.invitationPreview : null;
  return (
    <main id="main" className="admin-main admin-door">
      <section className="card narrow" aria-labelledby="invite-title">
        <p className="admin-brand">
          <span className="admin-tenant">{tenant.name}</span>
          <span className="admin-kind">{t('admin.title')}</span>
        </p>
        <h1 id="invite-title">{t('admin.invitations.title', { name: tenant.name })}</h1>
        {!invitation ? (
          <p role="alert" className="alert">
            {t('admin.invitations.invalid')}
          </p>
        ) : (
          <>
            <p>{t('admin.invitations.asRole', { name: tenant.name, role: label(`admin.role.${invitation.role}`), email: invitation.email })}</p>
            <p className="hint">{invitation.hasAccount ? t('admin.invitations.haveAccount') : t('admin.invitations.newAccount')}</p>
            <ActionForm
              action={acceptInvitationAction.bind(null, slug, token)}
              label={t('admin.invitations.accept')}
              groups={[
                {
                  fields: invitation.hasAccount
                    ? [{ name: 'password', label: t('admin.invitations.password'), type: 'password', required: true, autoComplete: 'current-password' }]
                    : [
                        { name: 'name', label: t('admin.invitations.name'), required: true, autoComplete: 'name' },
                        { name: 'password', label: t('admin.invitations.newPassword'), type: 'password', required: true, hint: t('admin.invitations.passwordHint'), autoComplete: 'new-password' },
                        { name: 'confirm', label: t('admin.invitations.confirm'), type: 'password', required: true, autoComplete: 'new-password' },
                      ],
                },
              ]}
              submitLabel={t('admin.invitations.accept')}
              pendingLabel={t('admin.saving')}
            />
          </>
        )}
      </section>
    </main>
  );
}
