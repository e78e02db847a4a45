import { CheckoutPage, checkoutMetadata } from '../../../../components/shop/pages/CheckoutPage';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = checkoutMetadata;

export default async function Page({ params, searchParams }: Props) {
  return <CheckoutPage kind="s" slug={(await params).slug} params={await searchParams} />;
}
