import { AgentPage, agentMetadata } from '../../../../../components/transport/AgentPage';
import { shopParams, type ShopRouteParams } from '../../../../../lib/shop-route';

type Props = { params: ShopRouteParams };

export const metadata = agentMetadata;

export default async function Page({ params }: Props) {
  const { kind, slug } = await shopParams(params);
  return <AgentPage kind={kind} slug={slug} />;
}
