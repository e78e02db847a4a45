import { ConductorPage, conductorMetadata } from '../../../../../components/transport/ConductorPage';
import { shopParams, type ShopRouteParams } from '../../../../../lib/shop-route';

type Props = { params: ShopRouteParams };

export const metadata = conductorMetadata;

export default async function Page({ params }: Props) {
  const { kind, slug } = await shopParams(params);
  return <ConductorPage kind={kind} slug={slug} />;
}
