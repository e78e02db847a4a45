import { setAttributionSettingsAction } from '../../../lib/admin/mlas-actions';
import { bpsToPercent, mlabel, mt } from '../../../lib/admin/mlas-messages';
import { AdminAttributionSettingsQuery } from '../../../lib/admin/mlas-operations';
import { adminQuery } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';
import { one } from '../pages/params';
import { commissionsPath, requireProgrammeManager } from './access';
import { DoneNotice, ProgrammeTabs } from './ProgrammeLinks';

/** How orders are attributed to agents (first or last touch, the window) and the ticket commission; administrators change them. */
export async function AttributionPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const viewer = await requireProgrammeManager(slug, commissionsPath(slug, '/attribution'));
  const { attributionSettings: settings } = await adminQuery(slug, AdminAttributionSettingsQuery, {});
  const done = one(params, 'done');

  return (
    <div>
      <h1>{mt('attribution.title')}</h1>
      <ProgrammeTabs slug={slug} manager current="attribution" />
      <DoneNotice text={done ? mt('attribution.done') : null} />
      <p className="hint">{mt('attribution.intro')}</p>
      <section className="card" aria-labelledby="attribution-current">
        <h2 id="attribution-current">{mt('attribution.current')}</h2>
        <dl data-testid="attribution-settings">
          <dt>{mt('attribution.model')}</dt>
          <dd>{mlabel(`attribution.models.${settings.attribution}`)}</dd>
          <dt>{mt('attribution.window')}</dt>
          <dd>{mt('attribution.days', { days: settings.windowDays })}</dd>
          <dt>{mt('attribution.ticket')}</dt>
          <dd>{bpsToPercent(settings.ticketCommissionBps)}%</dd>
          <dt>{mt('attribution.revenueModel')}</dt>
          <dd>
            <a href={commissionsPath(slug, '/models')}>{settings.revenueModel.name}</a>
          </dd>
        </dl>
        <p className="hint">{mt('attribution.holds')}</p>
      </section>
      {viewer.access.admin && (
        <section className="card" aria-labelledby="attribution-edit">
          <h2 id="attribution-edit">{mt('attribution.save')}</h2>
          <ActionForm
            action={setAttributionSettingsAction.bind(null, slug)}
            label={mt('attribution.title')}
            submitLabel={mt('attribution.save')}
            pendingLabel={t('admin.saving')}
            groups={[
              {
                fields: [
                  {
                    name: 'attribution',
                    label: mt('attribution.model'),
                    type: 'select',
                    defaultValue: settings.attribution,
                    options: (['LAST_TOUCH', 'FIRST_TOUCH'] as const).map((m) => ({ value: m, label: mlabel(`attribution.models.${m}`) })),
                  },
                  { name: 'windowDays', label: mt('attribution.window'), type: 'number', inputMode: 'numeric', required: true, defaultValue: String(settings.windowDays), hint: mt('attribution.windowHint') },
                  { name: 'ticketCommission', label: mt('attribution.ticket'), inputMode: 'decimal', required: true, defaultValue: bpsToPercent(settings.ticketCommissionBps), hint: mt('attribution.ticketHint') },
                ],
              },
            ]}
          />
        </section>
      )}
    </div>
  );
}
