import { sectionPath } from '../../../lib/admin/access';
import { createApiKeyAction, revokeApiKeyAction } from '../../../lib/admin/api-key-actions';
import { formatDateTime } from '../../../lib/admin/format';
import { AdminApiKeysQuery } from '../../../lib/admin/api-key-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { API_KEY_SCOPES as SCOPES } from '../../../lib/admin/scopes';
import { ActionForm } from '../ActionForm';
import { one } from './params';


/** Keys for integrators: create with scopes (the secret is shown once), see when each was used, revoke. */
export async function ApiKeysPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'apiKeys');
  await requireViewer(slug, base, 'apiKeys');
  const done = one(params, 'done');
  const { apiKeys } = await adminQuery(slug, AdminApiKeysQuery, { after: null });
  const keys = apiKeys.edges.map((e) => e.node).reverse();

  return (
    <div>
      <h1>{t('admin.apiKeys.title')}</h1>
      <p className="hint">{t('admin.apiKeys.intro')}</p>
      {done === 'revoked' && (
        <p role="status" className="notice-ok">
          {t('admin.apiKeys.revoked')}
        </p>
      )}
      <section className="card" aria-labelledby="new-key-heading">
        <h2 id="new-key-heading">{t('admin.apiKeys.new')}</h2>
        <ActionForm
          action={createApiKeyAction.bind(null, slug)}
          label={t('admin.apiKeys.new')}
          groups={[
            {
              fields: [
                { name: 'name', label: t('admin.apiKeys.name'), hint: t('admin.apiKeys.nameHint'), required: true },
                { name: 'scopes', label: t('admin.apiKeys.scopes'), type: 'checkboxes', options: SCOPES.map((s) => ({ value: s, label: s })), hint: t('admin.apiKeys.scopesHint') },
              ],
            },
          ]}
          submitLabel={t('admin.apiKeys.create')}
          pendingLabel={t('admin.saving')}
        />
      </section>
      <section aria-labelledby="keys-heading">
        <h2 id="keys-heading">{t('admin.apiKeys.list')}</h2>
        {keys.length === 0 ? (
          <p className="empty">{t('admin.apiKeys.none')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.apiKeys.name')}</th>
                  <th scope="col">{t('admin.apiKeys.prefix')}</th>
                  <th scope="col">{t('admin.apiKeys.scopes')}</th>
                  <th scope="col">{t('admin.apiKeys.lastUsed')}</th>
                  <th scope="col">{t('admin.apiKeys.state')}</th>
                </tr>
              </thead>
              <tbody>
                {keys.map((key) => (
                  <tr key={key.id}>
                    <th scope="row">{key.name}</th>
                    <td>
                      <code>{key.prefix}</code>
                    </td>
                    <td>{key.scopes.join(', ')}</td>
                    <td>{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : t('admin.apiKeys.never')}</td>
                    <td>
                      {key.revokedAt ? (
                        t('admin.apiKeys.revokedAt', { when: formatDateTime(key.revokedAt) })
                      ) : (
                        <ActionForm
                          action={revokeApiKeyAction.bind(null, slug, key.id)}
                          label={t('admin.apiKeys.revokeOne', { name: key.name })}
                          groups={[]}
                          secondary
                          submitLabel={t('admin.apiKeys.revoke')}
                          pendingLabel={t('admin.saving')}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
