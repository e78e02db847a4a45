import { ConductorPage, conductorMetadata } from '../../../../../components/transport/ConductorPage';

type Props = { params: Promise<{ slug: string }> };

export const metadata = conductorMetadata;

export default async function Page({ params }: Props) {
  return <ConductorPage kind="s" slug={(await params).slug} />;
}
