import { updatePosSettingsAction } from '../../../lib/admin/pos-actions';
import { posPath, pt } from '../../../lib/admin/pos-messages';
import { AdminPosSettingsQuery } from '../../../lib/admin/pos-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';
import { one } from '../pages/params';
import { PosDoneNotice, PosHeader } from './PosTabs';

/** What every till prints on its receipts besides the sale: a header, a footer and the VAT number. */
export async function ReceiptsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  await requireViewer(slug, posPath(slug, '/receipts'), 'pos');
  const { posSettings } = await adminQuery(slug, AdminPosSettingsQuery, {});
  return (
    <div>
      <PosHeader slug={slug} current="receipts" title={pt('receipts.title')} />
      <p className="hint">{pt('receipts.intro')}</p>
      <PosDoneNotice done={one(params, 'done')} />
      <section className="card narrow">
        <ActionForm
          action={updatePosSettingsAction.bind(null, slug)}
          label={pt('receipts.title')}
          groups={[
            {
              fields: [
                { name: 'receiptHeader', label: pt('receipts.header'), type: 'textarea', hint: pt('receipts.headerHint'), defaultValue: posSettings.receiptHeader },
                { name: 'receiptFooter', label: pt('receipts.footer'), type: 'textarea', hint: pt('receipts.footerHint'), defaultValue: posSettings.receiptFooter },
                { name: 'vatNumber', label: pt('receipts.vat'), hint: pt('receipts.vatHint'), defaultValue: posSettings.vatNumber },
              ],
            },
          ]}
          submitLabel={pt('receipts.submit')}
          pendingLabel={t('admin.saving')}
        />
      </section>
    </div>
  );
}
