import type { Metadata } from 'next';
import { pageContext } from '../../../../components/pages/context';
import { GiftCardBalanceForm } from '../../../../components/shop/GiftCardBalanceForm';
import '../../../../components/shop/shop.css';
import { rt } from '../../../../lib/rewards/messages';
import { checkGiftCardBalance } from '../../../../lib/rewards/shop-actions';
import { shopParams, type ShopRouteParams } from '../../../../lib/shop-route';

export const metadata: Metadata = { title: rt('shopRewards.balanceTitle'), robots: { index: false, follow: false } };

/** The gift card balance page: a code in, its balance and expiry out (signed in or not). */
export default async function Page({ params }: { params: ShopRouteParams }) {
  const { kind, slug } = await shopParams(params);
  const ctx = await pageContext(kind, slug);
  return (
    <div className="shop-page">
      <h1>{rt('shopRewards.balanceTitle')}</h1>
      <p>{rt('shopRewards.balanceIntro')}</p>
      <GiftCardBalanceForm action={checkGiftCardBalance.bind(null, ctx.tenant.slug)} />
    </div>
  );
}
