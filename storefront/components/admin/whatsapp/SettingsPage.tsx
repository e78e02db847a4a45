import { redirect } from 'next/navigation';
import { t } from '../../../lib/messages';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { removeConnectionAction, saveConnectionAction } from '../../../lib/admin/whatsapp-actions';
import { whatsappPath, wt } from '../../../lib/admin/whatsapp-messages';
import { AdminWhatsappConnectionQuery } from '../../../lib/admin/whatsapp-operations';
import { ActionForm } from '../ActionForm';
import { one } from '../pages/params';

/**
 * The shop's WhatsApp Business number (administrators only): what Meta's webhook settings need (callback
 * URL, verify token), and the form to connect or change it. The token and secret are write-only.
 */
export async function SettingsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const path = whatsappPath(slug, '/settings');
  const viewer = await requireViewer(slug, path, 'orders');
  if (!viewer.access.admin) redirect(whatsappPath(slug));
  const { whatsappConnection: c } = await adminQuery(slug, AdminWhatsappConnectionQuery, {});
  return (
    <div>
      <p>
        <a href={whatsappPath(slug)}>{wt('inbox.title')}</a>
      </p>
      <h1>{wt('settings.title')}</h1>
      <p className="hint">{wt('settings.intro')}</p>
      {one(params, 'done') === 'saved' && <p role="status">{wt('settings.saved')}</p>}
      <section className="card" aria-labelledby="wa-current">
        <h2 id="wa-current">{wt('settings.current')}</h2>
        {c ? (
          <dl className="details" data-testid="whatsapp-connection">
            <div>
              <dt>{wt('settings.displayPhoneNumber')}</dt>
              <dd>{c.displayPhoneNumber}</dd>
            </div>
            <div>
              <dt>{wt('settings.phoneNumberId')}</dt>
              <dd>{c.phoneNumberId}</dd>
            </div>
            <div>
              <dt>{wt('settings.baseUrl')}</dt>
              <dd>{c.baseUrl}</dd>
            </div>
            <div>
              <dt>{wt('settings.templates')}</dt>
              <dd data-testid="whatsapp-templates">
                {c.templates.length ? (
                  <ul>
                    {c.templates.map((tp) => (
                      <li key={tp.name}>{wt('settings.templateLine', { name: tp.name, language: tp.language, count: tp.bodyVariables })}</li>
                    ))}
                  </ul>
                ) : (
                  wt('settings.noTemplates')
                )}
              </dd>
            </div>
            <div>
              <dt>{wt('settings.webhook')}</dt>
              <dd className="message-id">{c.webhookUrl}</dd>
            </div>
            <div>
              <dt>{wt('settings.verifyToken')}</dt>
              <dd className="message-id">{c.verifyToken}</dd>
            </div>
          </dl>
        ) : (
          <p className="empty">{wt('settings.none')}</p>
        )}
        {c && <ActionForm action={removeConnectionAction.bind(null, slug)} groups={[]} submitLabel={wt('settings.remove')} pendingLabel={t('admin.saving')} secondary />}
      </section>
      <section className="card">
        <ActionForm
          action={saveConnectionAction.bind(null, slug)}
          label={wt('settings.title')}
          groups={[
            {
              fields: [
                { name: 'phoneNumberId', label: wt('settings.phoneNumberId'), hint: wt('settings.phoneNumberIdHint'), required: true, defaultValue: c?.phoneNumberId ?? '' },
                { name: 'displayPhoneNumber', label: wt('settings.displayPhoneNumber'), required: true, defaultValue: c?.displayPhoneNumber ?? '' },
                { name: 'accessToken', label: wt('settings.accessToken'), type: 'password', autoComplete: 'new-password', hint: c ? wt('settings.secretHint') : undefined },
                { name: 'appSecret', label: wt('settings.appSecret'), type: 'password', autoComplete: 'new-password', hint: c ? wt('settings.secretHint') : undefined },
                { name: 'baseUrl', label: wt('settings.baseUrl'), hint: wt('settings.baseUrlHint'), defaultValue: c?.baseUrl ?? '' },
                { name: 'approvedTemplates', label: wt('settings.templates'), type: 'textarea', hint: wt('settings.templatesHint'), defaultValue: (c?.templates ?? []).map((tp) => `${tp.name} ${tp.language} ${tp.bodyVariables}`).join('\n') },
                { name: 'templateLanguage', label: wt('settings.templateLanguage'), hint: wt('settings.templateLanguageHint'), defaultValue: c?.templateLanguage ?? 'en' },
              ],
            },
          ]}
          submitLabel={wt('settings.save')}
          pendingLabel={t('admin.saving')}
        />
      </section>
    </div>
  );
}
