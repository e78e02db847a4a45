import { sectionPath } from '../../../lib/admin/access';
import { addDomainAction, removeDomainAction, verifyDomainAction } from '../../../lib/admin/domain-actions';
import { AdminTenantDomainsQuery } from '../../../lib/admin/domain-operations';
import { formatDateTime } from '../../../lib/admin/format';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';
import { one } from './params';

/**
 * Settings → custom domains (decision 0022): add a domain, see how to prove it (a DNS TXT record or an
 * HTTP token), press Verify, see its status; remove one. One card per domain so it reads on a phone.
 */
export async function DomainsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = `${sectionPath(slug, 'settings')}/domains`;
  await requireViewer(slug, base, 'settings');
  const done = one(params, 'done');
  const { tenantDomains } = await adminQuery(slug, AdminTenantDomainsQuery, {});

  return (
    <div>
      <h1>{t('admin.domains.title')}</h1>
      <p className="hint">{t('admin.domains.intro')}</p>
      {(done === 'verified' || done === 'removed') && (
        <p role="status" className="notice-ok">
          {t(done === 'verified' ? 'admin.domains.verified' : 'admin.domains.removed')}
        </p>
      )}
      <section className="card" aria-labelledby="new-domain-heading">
        <h2 id="new-domain-heading">{t('admin.domains.new')}</h2>
        <ActionForm
          action={addDomainAction.bind(null, slug)}
          label={t('admin.domains.new')}
          groups={[{ fields: [{ name: 'domain', label: t('admin.domains.domain'), hint: t('admin.domains.domainHint'), required: true, placeholder: 'shop.example.ng', autoComplete: 'off' }] }]}
          submitLabel={t('admin.domains.add')}
          pendingLabel={t('admin.saving')}
        />
      </section>
      <section aria-labelledby="domains-heading">
        <h2 id="domains-heading">{t('admin.domains.list')}</h2>
        {tenantDomains.length === 0 ? (
          <p className="empty">{t('admin.domains.none')}</p>
        ) : (
          <ul className="card-list" data-testid="domains">
            {tenantDomains.map((d) => (
              <li key={d.id} className="card" data-domain={d.domain}>
                <h3>{d.domain}</h3>
                <p className={d.verified ? 'notice-ok' : 'hint'} data-status={d.verified ? 'live' : 'pending'}>
                  <strong>{t(d.verified ? 'admin.domains.status.live' : 'admin.domains.status.pending')}</strong>
                  {d.verified && d.verifiedAt ? ` · ${t('admin.domains.verifiedAt', { when: formatDateTime(d.verifiedAt) })}` : ''}
                </p>
                {!d.verified && (
                  <>
                    <h4>{t('admin.domains.howTo')}</h4>
                    <dl className="proof">
                      <dt>{t('admin.domains.dns')}</dt>
                      <dd>
                        {t('admin.domains.dnsName')}: <code className="secret">{d.txtRecordName}</code>
                        <br />
                        {t('admin.domains.dnsValue')}: <code className="secret">{d.token}</code>
                      </dd>
                      <dt>{t('admin.domains.http')}</dt>
                      <dd>
                        {t('admin.domains.httpUrl')}: <code className="secret">{d.httpUrl}</code>
                        <br />
                        {t('admin.domains.httpBody')}: <code className="secret">{d.token}</code>
                      </dd>
                    </dl>
                    {d.lastError && d.lastCheckedAt && <p className="notice">{t('admin.domains.lastCheck', { when: formatDateTime(d.lastCheckedAt), error: d.lastError })}</p>}
                  </>
                )}
                <div className="button-row">
                  {!d.verified && (
                    <ActionForm
                      action={verifyDomainAction.bind(null, slug, d.id)}
                      label={t('admin.domains.verifyOne', { domain: d.domain })}
                      groups={[]}
                      submitLabel={t('admin.domains.verify')}
                      pendingLabel={t('admin.saving')}
                    />
                  )}
                  <ActionForm
                    action={removeDomainAction.bind(null, slug, d.id)}
                    label={t('admin.domains.removeOne', { domain: d.domain })}
                    groups={[]}
                    secondary
                    submitLabel={t('admin.domains.remove')}
                    pendingLabel={t('admin.saving')}
                  />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
