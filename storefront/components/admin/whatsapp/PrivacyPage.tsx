import { redirect } from 'next/navigation';
import { t } from '../../../lib/messages';
import { requireViewer } from '../../../lib/admin/session';
import { eraseConversationAction } from '../../../lib/admin/whatsapp-actions';
import { whatsappPath, wt } from '../../../lib/admin/whatsapp-messages';
import { ActionForm } from '../ActionForm';
import { one } from '../pages/params';

/**
 * A person's request about their WhatsApp chats with the shop (decision 0085), for a number that may have no
 * account here: download the conversation as JSON, or erase it (orders stay). Administrators with 2FA only;
 * commerce audits every export and erasure.
 */
export async function PrivacyPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const path = whatsappPath(slug, '/privacy');
  const viewer = await requireViewer(slug, path, 'orders');
  if (!viewer.access.admin) redirect(whatsappPath(slug));
  const done = one(params, 'done');
  return (
    <div>
      <p>
        <a href={whatsappPath(slug)}>{wt('inbox.title')}</a>
      </p>
      <h1>{wt('privacy.title')}</h1>
      <p className="hint">{wt('privacy.intro')}</p>
      {done === 'erased' && <p role="status">{wt('privacy.erased')}</p>}
      {done === 'none' && <p role="status">{wt('privacy.none')}</p>}
      {one(params, 'error') === 'phone' && (
        <p role="alert" className="alert">
          {wt('privacy.exportFailed')}
        </p>
      )}
      <section className="card" aria-labelledby="wa-export">
        <h2 id="wa-export">{wt('privacy.export')}</h2>
        <p className="hint">{wt('privacy.exportHint')}</p>
        <form method="get" action={`${path}/export`} className="admin-form">
          <div className="field">
            <label htmlFor="wa-export-phone">{wt('privacy.phone')}</label>
            <input id="wa-export-phone" name="phone" type="tel" inputMode="tel" autoComplete="off" required placeholder="+234 803 123 4567" />
          </div>
          <div className="form-actions">
            <button type="submit">{wt('privacy.download')}</button>
          </div>
        </form>
      </section>
      <section className="card" aria-labelledby="wa-erase">
        <h2 id="wa-erase">{wt('privacy.erase')}</h2>
        <p className="hint">{wt('privacy.eraseHint')}</p>
        <ActionForm
          action={eraseConversationAction.bind(null, slug)}
          label={wt('privacy.erase')}
          groups={[
            {
              fields: [
                { name: 'phone', label: wt('privacy.phone'), required: true, placeholder: '+234 803 123 4567', autoComplete: 'off' },
                { name: 'confirm', label: wt('privacy.confirm'), type: 'checkboxes', options: [{ value: 'yes', label: wt('privacy.confirmLabel') }] },
              ],
            },
          ]}
          submitLabel={wt('privacy.eraseButton')}
          pendingLabel={t('admin.saving')}
        />
      </section>
    </div>
  );
}
