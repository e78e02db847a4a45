import { SignInPage, signInMetadata } from '../../../../components/pages/SignInPage';

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata = signInMetadata;

export default async function Page({ params, searchParams }: Props) {
  return <SignInPage kind="s" slug={(await params).slug} next={(await searchParams).next} />;
}
