import { setVendorPayoutBankAction } from '../../../lib/admin/payout-bank';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';

interface Bank {
  bankName: string;
  accountName: string;
  accountNumberMasked: string;
}

/**
 * A vendor's payout bank details (decision 0031): what is saved, masked (the last 4 digits only), and a form
 * to set or replace them (phone-friendly: a numeric keypad for the NUBAN). Payouts skip a vendor without them.
 */
export function PayoutBankSection({ slug, vendor, returnPath }: { slug: string; vendor: { id: string; name: string; payoutBank?: Bank | null }; returnPath: string }) {
  const bank = vendor.payoutBank ?? null;
  return (
    <section className="card narrow" aria-labelledby="payout-bank-heading">
      <h2 id="payout-bank-heading">{t('admin.payoutBank.title', { vendor: vendor.name })}</h2>
      {bank ? (
        <p role="status" data-testid="payout-bank">
          {`${bank.bankName} · ${bank.accountNumberMasked} · ${bank.accountName}`}
        </p>
      ) : (
        <p role="status" className="hint" data-testid="payout-bank">
          {t('admin.payoutBank.none')}
        </p>
      )}
      <ActionForm
        action={setVendorPayoutBankAction.bind(null, slug, vendor.id, returnPath)}
        label={t('admin.payoutBank.title', { vendor: vendor.name })}
        groups={[
          {
            fields: [
              { name: 'bankName', label: t('admin.payoutBank.bankName'), required: true, autoComplete: 'off', defaultValue: bank?.bankName },
              { name: 'accountNumber', label: t('admin.payoutBank.accountNumber'), required: true, inputMode: 'numeric', autoComplete: 'off', hint: t('admin.payoutBank.accountNumberHint') },
              { name: 'accountName', label: t('admin.payoutBank.accountName'), required: true, autoComplete: 'off', defaultValue: bank?.accountName },
            ],
          },
        ]}
        submitLabel={bank ? t('admin.payoutBank.replace') : t('admin.payoutBank.save')}
        pendingLabel={t('admin.saving')}
      />
    </section>
  );
}
