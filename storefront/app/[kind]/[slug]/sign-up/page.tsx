import { SignUpPage, signUpMetadata } from '../../../../components/shop/pages/SignUpPage';
import { shopParams, type ShopRouteParams, type ShopSearchParams } from '../../../../lib/shop-route';

type Props = { params: ShopRouteParams; searchParams: ShopSearchParams };

export const metadata = signUpMetadata;

export default async function Page({ params, searchParams }: Props) {
  const { kind, slug } = await shopParams(params);
  return <SignUpPage kind={kind} slug={slug} params={await searchParams} />;
}
