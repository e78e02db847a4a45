import { CartPage, cartMetadata } from '../../../../components/shop/pages/CartPage';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = cartMetadata;

export default async function Page({ params, searchParams }: Props) {
  return <CartPage kind="m" slug={(await params).slug} params={await searchParams} />;
}
