import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { gatewayQuery } from '../../lib/gateway';
import { t } from '../../lib/messages';
import { MyVendorQuery } from '../../lib/operations';
import { forwardedFor } from '../../lib/request';
import { getSignedInUser } from '../../lib/session';
import { accessCookieName } from '../../lib/session-cookies';
import { applyAsVendor } from '../../lib/vendor-actions';
import { VendorApplicationForm } from '../VendorApplicationForm';
import { metadataContext, pageContext } from './context';
import { VENDOR_APPLICATION_TEXT, textFor } from '../../lib/client-text';

/**
 * "Sell here" on a marketplace: signed-out visitors are asked to sign in (and come back here); a member
 * who already applied sees where the application stands; anyone else gets the application form.
 */
export async function SellPage({ slug }: { slug: string }) {
  const ctx = await pageContext('m', slug);
  const user = await getSignedInUser(slug);
  const title = t('sell.title', { name: ctx.tenant.name });
  if (!user) {
    const signIn = `${ctx.base}/sign-in?next=${encodeURIComponent(`${ctx.base}/sell`)}`;
    return (
      <section className="card narrow" aria-labelledby="sell-title">
        <h1 id="sell-title">{title}</h1>
        <p>{t('sell.intro', { name: ctx.tenant.name })}</p>
        <p>{t('sell.signInFirst', { name: ctx.tenant.name })}</p>
        <p>
          <a className="button" href={signIn}>
            {t('sell.signInLink')}
          </a>
        </p>
      </section>
    );
  }
  // The user's own vendor account: asked with their token, so never from a shared cache.
  const token = (await cookies()).get(accessCookieName(slug))?.value;
  const { myVendor } = await gatewayQuery(MyVendorQuery, {}, { tenant: slug, accessToken: token, forwardedFor: await forwardedFor() });
  return (
    <section className="card narrow" aria-labelledby="sell-title">
      <h1 id="sell-title">{title}</h1>
      {myVendor && myVendor.status !== 'REJECTED' ? (
        <>
          <p role="status" className="notice">
            {t(`sell.status.${myVendor.status}`, { vendor: myVendor.name })}
          </p>
          {/* Approval gave them the VENDOR role (identity, decision 0026): the back office is where they sell. */}
          {myVendor.status === 'APPROVED' ? (
            <p>
              <a className="button" href={`/admin/${ctx.tenant.slug}`}>
                {t('sell.dashboardLink')}
              </a>
            </p>
          ) : null}
        </>
      ) : (
        <>
          <p>{myVendor ? t('sell.status.REJECTED', { vendor: myVendor.name }) : t('sell.intro', { name: ctx.tenant.name })}</p>
          <VendorApplicationForm action={applyAsVendor.bind(null, ctx.tenant.slug)} text={textFor(VENDOR_APPLICATION_TEXT)} />
        </>
      )}
    </section>
  );
}

export async function sellMetadata(slug: string): Promise<Metadata> {
  const ctx = await metadataContext('m', slug);
  if (!ctx) return {};
  return { title: t('sell.title', { name: ctx.tenant.name }), alternates: { canonical: ctx.url('/sell') } };
}
