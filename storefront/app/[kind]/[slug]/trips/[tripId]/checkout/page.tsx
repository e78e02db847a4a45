import { CheckoutPage, checkoutMetadata } from '../../../../../../components/transport/CheckoutPage';
import { shopParams, type ShopRouteParams, type ShopSearchParams } from '../../../../../../lib/shop-route';

type Props = { params: ShopRouteParams<{ tripId: string }>; searchParams: ShopSearchParams };

export const metadata = checkoutMetadata;

export default async function Page({ params, searchParams }: Props) {
  const { kind, slug, tripId } = await shopParams(params);
  const { error, field } = await searchParams;
  return <CheckoutPage kind={kind} slug={slug} tripId={tripId} error={typeof error === 'string' ? error : null} errorField={typeof field === 'string' ? field : null} />;
}
