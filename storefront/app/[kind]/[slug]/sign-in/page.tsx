import { SignInPage, signInMetadata } from '../../../../components/pages/SignInPage';
import { shopParams, type ShopRouteParams, type ShopSearchParams } from '../../../../lib/shop-route';

type Props = { params: ShopRouteParams; searchParams: ShopSearchParams };

export const metadata = signInMetadata;

export default async function Page({ params, searchParams }: Props) {
  const { kind, slug } = await shopParams(params);
  return <SignInPage kind={kind} slug={slug} next={(await searchParams).next} />;
}
