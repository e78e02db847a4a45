import { sectionPath } from '../../lib/admin/access';
import { adminQuery, requireViewer } from '../../lib/admin/session';
import { updateInvoiceSettingsAction } from '../../lib/invoices/actions';
import { invt } from '../../lib/invoices/messages';
import { AdminInvoiceSettingsQuery } from '../../lib/invoices/operations';
import { t } from '../../lib/messages';
import { ActionForm } from '../admin/ActionForm';
import { DoneNotice } from '../admin/mlas/ProgrammeLinks';
import { SettingsBack } from '../admin/pages/SettingsPage';
import { one } from '../admin/pages/params';

/** The seller's details every invoice and receipt carries (decision 0077): registered name, address, TIN, VAT number. Administrators. */
export async function InvoiceSettingsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const path = `${sectionPath(slug, 'settings')}/invoices`;
  await requireViewer(slug, path, 'settings');
  const { invoiceSettings: settings } = await adminQuery(slug, AdminInvoiceSettingsQuery, {});
  return (
    <div>
      <SettingsBack slug={slug} />
      <h1>{invt('invoices.settings.title')}</h1>
      <DoneNotice text={one(params, 'done') ? invt('invoices.settings.saved') : null} />
      <p className="hint">{invt('invoices.settings.intro')}</p>
      {!settings.legalName && <p className="alert">{invt('invoices.settings.missing')}</p>}
      <section className="card">
        <ActionForm
          action={updateInvoiceSettingsAction.bind(null, slug)}
          label={invt('invoices.settings.title')}
          submitLabel={invt('invoices.settings.save')}
          pendingLabel={t('admin.saving')}
          groups={[
            {
              fields: [
                { name: 'legalName', label: invt('invoices.settings.legalName'), defaultValue: settings.legalName, required: true },
                { name: 'address', label: invt('invoices.settings.address'), type: 'textarea', defaultValue: settings.address, required: true },
                { name: 'taxId', label: invt('invoices.settings.taxId'), defaultValue: settings.taxId, hint: invt('invoices.settings.taxIdHint') },
                { name: 'vatNumber', label: invt('invoices.settings.vatNumber'), defaultValue: settings.vatNumber, hint: invt('invoices.settings.vatNumberHint') },
              ],
            },
          ]}
        />
      </section>
    </div>
  );
}
