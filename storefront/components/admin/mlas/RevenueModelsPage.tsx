import type { AdminRevenueModelFieldsFragment } from '../../../gql/graphql';
import type { FieldGroup } from '../../../lib/admin/form-state';
import { assignRevenueModelAction, createRevenueModelAction, updateRevenueModelAction } from '../../../lib/admin/mlas-actions';
import { bpsToPercent, mlabel, mt } from '../../../lib/admin/mlas-messages';
import { AdminRevenueModelsQuery } from '../../../lib/admin/mlas-operations';
import { adminQuery } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';
import { DataTable } from '../DataTable';
import { one } from '../pages/params';
import { commissionsPath, requireProgrammeManager } from './access';
import { DoneNotice, ProgrammeTabs } from './ProgrammeLinks';

/**
 * The five presets and the tenant's own models, each with its shares of the commission pool; the one in use
 * marked. Administrators switch model, create their own (custom percentages and any number of agent levels
 * up to 20) and edit their own (presets are fixed).
 */
export async function RevenueModelsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const viewer = await requireProgrammeManager(slug, commissionsPath(slug, '/models'));
  const { revenueModels } = await adminQuery(slug, AdminRevenueModelsQuery, {});
  const done = one(params, 'done');
  const admin = viewer.access.admin;

  return (
    <div>
      <h1>{mt('models.title')}</h1>
      <ProgrammeTabs slug={slug} manager current="models" />
      <DoneNotice text={done ? mlabel(`models.done.${done}`) : null} />
      <p className="hint">{mt('models.intro')}</p>
      {revenueModels.map((model) => (
        <section key={model.id} id={`model-${model.id}`} className="card" aria-labelledby={`model-${model.id}-title`} data-testid="revenue-model">
          <h2 id={`model-${model.id}-title`}>{model.name}</h2>
          <p>
            {model.preset ? mt('models.preset') : mt('models.custom')} · {mt('models.residual')}: {mlabel(`models.residuals.${model.residual}`)}
            {model.assigned && (
              <>
                {' · '}
                <strong className="status status-active">{mt('models.assigned')}</strong>
              </>
            )}
          </p>
          <SharesTable model={model} />
          {admin && !model.assigned && (
            <ActionForm action={assignRevenueModelAction.bind(null, slug, model.id)} label={mt('models.useFor', { name: model.name })} submitLabel={mt('models.use')} pendingLabel={t('admin.saving')} groups={[]} />
          )}
          {admin && !model.preset && (
            <details>
              <summary>{mt('models.edit', { name: model.name })}</summary>
              <ActionForm
                action={updateRevenueModelAction.bind(null, slug, model.id)}
                label={mt('models.edit', { name: model.name })}
                submitLabel={mt('models.editSubmit')}
                pendingLabel={t('admin.saving')}
                groups={modelFields(model)}
              />
            </details>
          )}
        </section>
      ))}
      {admin && (
        <section className="card" aria-labelledby="create-model-title">
          <h2 id="create-model-title">{mt('models.create')}</h2>
          <ActionForm action={createRevenueModelAction.bind(null, slug)} label={mt('models.create')} submitLabel={mt('models.createSubmit')} pendingLabel={t('admin.saving')} groups={modelFields(null)} />
        </section>
      )}
    </div>
  );
}

function SharesTable({ model }: { model: AdminRevenueModelFieldsFragment }) {
  const label = mt('models.shares', { name: model.name });
  return (
    <DataTable label={label}>
      <thead>
        <tr>
          <th scope="col">{mt('models.beneficiary')}</th>
          <th scope="col">{mt('models.share')}</th>
        </tr>
      </thead>
      <tbody>
        {model.shares.map((share) => (
          <tr key={`${share.beneficiary}-${share.level}`}>
            <th scope="row">{mlabel(`models.beneficiaries.${share.beneficiary}`, { level: share.level })}</th>
            <td>{bpsToPercent(share.bps)}%</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/** The model form: name, residual, a percentage each for platform, partner and client, and agent levels "20, 10, 5". */
function modelFields(model: AdminRevenueModelFieldsFragment | null): FieldGroup[] {
  const share = (beneficiary: string) => model?.shares.find((s) => s.beneficiary === beneficiary);
  const percent = (beneficiary: string) => {
    const s = share(beneficiary);
    return s ? bpsToPercent(s.bps) : '';
  };
  const levels = (model?.shares ?? [])
    .filter((s) => s.beneficiary === 'AGENT')
    .sort((a, b) => a.level - b.level)
    .map((s) => bpsToPercent(s.bps))
    .join(', ');
  return [
    {
      fields: [
        { name: 'name', label: mt('models.name'), required: true, defaultValue: model?.name ?? '' },
        {
          name: 'residual',
          label: mt('models.residual'),
          type: 'select',
          defaultValue: model?.residual ?? 'CLIENT',
          options: (['CLIENT', 'PARTNER', 'PLATFORM'] as const).map((r) => ({ value: r, label: mlabel(`models.residuals.${r}`) })),
        },
        { name: 'platform', label: mt('models.platform'), inputMode: 'decimal', defaultValue: percent('PLATFORM'), hint: mt('percentHint') },
        { name: 'partner', label: mt('models.partner'), inputMode: 'decimal', defaultValue: percent('PARTNER') },
        { name: 'client', label: mt('models.client'), inputMode: 'decimal', defaultValue: percent('CLIENT') },
        { name: 'agentLevels', label: mt('models.agentLevels'), defaultValue: levels, hint: mt('models.agentLevelsHint') },
      ],
    },
  ];
}
