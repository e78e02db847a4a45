import { OrderPage, orderMetadata } from '../../../../../components/shop/pages/OrderPage';

type Props = { params: Promise<{ slug: string; orderId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = orderMetadata;

export default async function Page({ params, searchParams }: Props) {
  const { slug, orderId } = await params;
  return <OrderPage kind="s" slug={slug} orderId={orderId} params={await searchParams} />;
}
