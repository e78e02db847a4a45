import type { ReactNode } from 'react';
import { AdminShell } from '../../../../components/admin/AdminShell';
import { getViewer } from '../../../../lib/admin/session';

type Props = { children: ReactNode; params: Promise<{ tenant: string }> };

/**
 * The signed-in back office: header and role-aware navigation. Signed out, the page itself redirects to
 * sign-in (only pages know their own path to come back to), so nothing but the page renders here.
 */
export default async function ConsoleLayout({ children, params }: Props) {
  const viewer = await getViewer((await params).tenant);
  if (!viewer || viewer === 'expired') return <main id="main">{children}</main>;
  return <AdminShell viewer={viewer}>{children}</AdminShell>;
}
