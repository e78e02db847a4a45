import type { Metadata } from 'next';
import { ForgotPassword } from '../../../../components/account/AccountLinkPages';
import { pageContext } from '../../../../components/pages/context';
import { t } from '../../../../lib/messages';
import { shopParams, type ShopRouteParams } from '../../../../lib/shop-route';

export const metadata: Metadata = { title: t('accountLink.forgot.title'), robots: { index: false, follow: false } };

export default async function Page({ params }: { params: ShopRouteParams }) {
  const { kind, slug } = await shopParams(params);
  const ctx = await pageContext(kind, slug);
  return <ForgotPassword surface={kind} slug={ctx.tenant.slug} base={ctx.base} tenantName={ctx.tenant.name} />;
}
