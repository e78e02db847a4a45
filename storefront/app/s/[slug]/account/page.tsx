import { AccountPage, accountMetadata } from '../../../../components/shop/pages/AccountPage';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = accountMetadata;

export default async function Page({ params, searchParams }: Props) {
  return <AccountPage kind="s" slug={(await params).slug} params={await searchParams} />;
}
