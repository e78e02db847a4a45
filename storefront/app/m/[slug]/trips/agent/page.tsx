import { AgentPage, agentMetadata } from '../../../../../components/transport/AgentPage';

type Props = { params: Promise<{ slug: string }> };

export const metadata = agentMetadata;

export default async function Page({ params }: Props) {
  return <AgentPage kind="m" slug={(await params).slug} />;
}
