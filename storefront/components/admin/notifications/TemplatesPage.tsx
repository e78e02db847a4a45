import { notFound } from 'next/navigation';
import { previewTemplateAction, resetTemplateAction, saveTemplateAction } from '../../../lib/admin/notification-actions';
import { isChannel, isLocale, LOCALES, messagesPath, nlabel, nt, TEMPLATE_KEY, templateEditorPath } from '../../../lib/admin/notification-messages';
import { AdminNotificationTemplatesQuery } from '../../../lib/admin/notification-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';
import { DataTable } from '../DataTable';
import { one, query } from '../pages/params';
import { MessagesDoneNotice, MessagesHeader } from './MessagesTabs';
import { TemplateEditor } from './TemplateEditor';

/** The chosen language (`?locale=`), English when none or an unknown one. */
const localeOf = (params: Record<string, string | string[] | undefined>) => {
  const locale = one(params, 'locale');
  return isLocale(locale) ? locale : 'en';
};

/**
 * Every message key x channel in one language (English, Pidgin, Hausa, Yoruba, Igbo), whether it is the
 * tenant's own wording or the default, each with its editor. Administrators only.
 */
export async function TemplatesPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = messagesPath(slug, '/templates');
  const locale = localeOf(params);
  await requireViewer(slug, `${base}${query({ locale })}`, 'messages');
  const { notificationTemplates } = await adminQuery(slug, AdminNotificationTemplatesQuery, { locale });
  const language = nlabel('locale', locale);
  return (
    <div>
      <MessagesHeader slug={slug} current="templates" title={nt('templates.title')} />
      <p className="hint">{nt('templates.intro')}</p>
      <form method="get" action={base} className="filter-bar" aria-label={nt('templates.chooseLabel')}>
        <div className="field">
          <label htmlFor="templates-locale">{nt('templates.locale')}</label>
          <select id="templates-locale" name="locale" defaultValue={locale}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {nlabel('locale', l)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{nt('templates.choose')}</button>
      </form>
      {notificationTemplates.length === 0 ? (
        <p className="empty">{nt('templates.none')}</p>
      ) : (
        <DataTable label={nt('templates.list', { language })} testId="notification-templates">
          <thead>
            <tr>
              <th scope="col">{nt('templates.message')}</th>
              <th scope="col">{nt('templates.channel')}</th>
              <th scope="col">{nt('templates.wording')}</th>
              <th scope="col">
                <span className="visually-hidden">{nt('templates.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {notificationTemplates.map((tpl) => {
              const message = nlabel('template', tpl.key);
              const channel = nlabel('channel', tpl.channel);
              return (
                <tr key={`${tpl.key}:${tpl.channel}`} data-template={tpl.key} data-channel={tpl.channel}>
                  <th scope="row">{message}</th>
                  <td>{channel}</td>
                  <td>{tpl.customised ? <strong>{nt('templates.customised')}</strong> : nt('templates.default')}</td>
                  <td>
                    <a href={templateEditorPath(slug, { key: tpl.key, channel: tpl.channel, locale })} aria-label={nt('templates.editFor', { message, channel })}>
                      {nt('templates.edit')}
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
    </div>
  );
}

/** One template in one language: its subject and body with a live preview, saved as the tenant's own, or reset to the default. */
export async function TemplateEditPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const locale = localeOf(params);
  const key = one(params, 'key');
  const channel = one(params, 'channel');
  const ref = { key, channel, locale };
  await requireViewer(slug, templateEditorPath(slug, ref), 'messages');
  if (!TEMPLATE_KEY.test(key) || !isChannel(channel)) notFound();
  const { notificationTemplates } = await adminQuery(slug, AdminNotificationTemplatesQuery, { locale });
  const template = notificationTemplates.find((tpl) => tpl.key === key && tpl.channel === channel);
  if (!template) notFound();
  const message = nlabel('template', key);
  const channelName = nlabel('channel', channel);
  const variables = template.variables.map((v) => `{{${v}}}`).join(', ');
  return (
    <div>
      <p>
        <a href={`${messagesPath(slug, '/templates')}${query({ locale })}`}>{nt('editor.back')}</a>
      </p>
      <h1>{nt('editor.title', { message, channel: channelName, language: nlabel('locale', locale) })}</h1>
      <MessagesDoneNotice done={one(params, 'done')} />
      <p className="hint" data-testid="template-origin">
        {template.customised ? nt('editor.isCustomised') : nt('editor.isDefault')}
      </p>
      <TemplateEditor
        // A new key remounts the editor with the saved (or reset) wording.
        key={`${template.customised}:${template.subject ?? ''}:${template.body}`}
        save={saveTemplateAction.bind(null, slug, ref)}
        preview={previewTemplateAction.bind(null, slug, ref)}
        subject={template.subject}
        withSubject={template.subject !== null || channel === 'EMAIL'}
        body={template.body}
        text={{
          label: nt('editor.title', { message, channel: channelName, language: nlabel('locale', locale) }),
          subject: nt('editor.subject'),
          subjectHint: nt('editor.subjectHint'),
          body: nt('editor.body'),
          bodyHint: variables ? nt('editor.bodyHint', { variables }) : nt('editor.bodyHintNone'),
          secretHint: template.variables.includes('secret') ? nt('editor.secretHint') : '',
          save: nt('editor.save'),
          saving: t('admin.saving'),
          previewTitle: nt('preview.title'),
          previewHint: nt('preview.hint'),
          refresh: nt('preview.refresh'),
          updating: nt('preview.updating'),
          failed: nt('preview.failed'),
          previewSubject: nt('preview.subject'),
          previewText: nt('preview.text'),
          previewHtml: nt('preview.html'),
          frame: nt('preview.frame'),
        }}
      />
      {template.customised && (
        <section className="card" aria-labelledby="reset-heading">
          <h2 id="reset-heading">{nt('editor.reset')}</h2>
          <p className="hint">{nt('editor.resetHint')}</p>
          <ActionForm action={resetTemplateAction.bind(null, slug, ref)} label={nt('editor.resetFor')} groups={[]} secondary submitLabel={nt('editor.reset')} pendingLabel={t('admin.saving')} />
        </section>
      )}
    </div>
  );
}
