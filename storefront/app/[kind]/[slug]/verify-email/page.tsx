import type { Metadata } from 'next';
import { VerifyEmail } from '../../../../components/account/AccountLinkPages';
import { pageContext } from '../../../../components/pages/context';
import { param } from '../../../../components/shop/messages';
import { t } from '../../../../lib/messages';
import { shopParams, type ShopRouteParams, type ShopSearchParams } from '../../../../lib/shop-route';

// The link in the verification e-mail: never indexed, and the token is not sent on as a referrer.
export const metadata: Metadata = { title: t('accountLink.verify.title'), robots: { index: false, follow: false }, referrer: 'no-referrer' };

export default async function Page({ params, searchParams }: { params: ShopRouteParams; searchParams: ShopSearchParams }) {
  const { kind, slug } = await shopParams(params);
  const ctx = await pageContext(kind, slug);
  return <VerifyEmail surface={kind} slug={ctx.tenant.slug} base={ctx.base} token={param((await searchParams).token)} continueHref={ctx.base || '/'} />;
}
