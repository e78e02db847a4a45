import { updateMyVendorProfileAction } from '../../../lib/admin/vendor-profile';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';

interface Profile {
  name: string;
  legalName?: string | null;
  tin?: string | null;
  email?: string | null;
  phone?: string | null;
  address?: string | null;
}

/**
 * The signed-in vendor's own profile: its public name and how to reach it, prefilled; the legal name and
 * TIN the administrators approved are shown, not editable (a change there is a new review).
 */
export function VendorProfileSection({ slug, vendor, returnPath }: { slug: string; vendor: Profile; returnPath: string }) {
  return (
    <section className="card narrow" aria-labelledby="vendor-profile-heading">
      <h2 id="vendor-profile-heading">{t('admin.vendorProfile.title')}</h2>
      <dl data-testid="vendor-profile-approved">
        <dt>{t('admin.vendorProfile.legalName')}</dt>
        <dd>{vendor.legalName || '—'}</dd>
        <dt>{t('admin.vendorProfile.tin')}</dt>
        <dd>{vendor.tin || '—'}</dd>
      </dl>
      <p className="hint">{t('admin.vendorProfile.approvedHint')}</p>
      <ActionForm
        action={updateMyVendorProfileAction.bind(null, slug, returnPath)}
        label={t('admin.vendorProfile.title')}
        groups={[
          {
            fields: [
              { name: 'name', label: t('admin.vendorProfile.name'), required: true, autoComplete: 'organization', defaultValue: vendor.name, hint: t('admin.vendorProfile.nameHint') },
              { name: 'email', label: t('admin.vendorProfile.email'), type: 'email', required: true, autoComplete: 'email', defaultValue: vendor.email ?? '' },
              { name: 'phone', label: t('admin.vendorProfile.phone'), required: true, autoComplete: 'tel', defaultValue: vendor.phone ?? '' },
              { name: 'address', label: t('admin.vendorProfile.address'), type: 'textarea', required: true, autoComplete: 'street-address', defaultValue: vendor.address ?? '' },
            ],
          },
        ]}
        submitLabel={t('admin.vendorProfile.save')}
        pendingLabel={t('admin.saving')}
      />
    </section>
  );
}
