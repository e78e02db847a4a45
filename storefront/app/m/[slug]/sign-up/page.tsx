import { SignUpPage, signUpMetadata } from '../../../../components/shop/pages/SignUpPage';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = signUpMetadata;

export default async function Page({ params, searchParams }: Props) {
  return <SignUpPage kind="m" slug={(await params).slug} params={await searchParams} />;
}
