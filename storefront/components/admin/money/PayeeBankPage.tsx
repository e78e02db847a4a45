import { notFound } from 'next/navigation';
import { sectionPath } from '../../../lib/admin/access';
import { AdminVendorPayoutBankQuery } from '../../../lib/admin/payout-bank-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { one } from '../pages/params';
import { PayoutBankSection } from './PayoutBankSection';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An administrator sets a vendor's payout bank details (decision 0031), reached from the payables and batches. */
export async function PayeeBankPage({ slug, vendorId, params }: { slug: string; vendorId: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'money');
  const path = `${base}/payees/${vendorId}`;
  const viewer = await requireViewer(slug, path, 'money');
  if (!viewer.access.admin || !UUID.test(vendorId)) notFound();
  const { vendor } = await adminQuery(slug, AdminVendorPayoutBankQuery, { id: vendorId });
  if (!vendor) notFound();
  return (
    <div>
      <p>
        <a href={base}>{t('admin.money.back')}</a>
      </p>
      <h1>{t('admin.payoutBank.pageTitle')}</h1>
      {one(params, 'done') === 'bank' && (
        <p role="status" className="notice-ok">
          {t('admin.payoutBank.saved')}
        </p>
      )}
      <PayoutBankSection slug={slug} vendor={vendor} returnPath={path} />
    </div>
  );
}
