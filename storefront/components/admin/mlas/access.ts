import { notFound } from 'next/navigation';
import { sectionPath } from '../../../lib/admin/access';
import { requireViewer, type Viewer } from '../../../lib/admin/session';

/**
 * The affiliate programme's management pages are for managers (administrators and staff read, MLAS lets
 * administrators change): anyone else with the commissions section (an agent) gets a 404, decided here on the
 * server before anything is asked of the API.
 */
export async function requireProgrammeManager(slug: string, path: string): Promise<Viewer> {
  const viewer = await requireViewer(slug, path, 'commissions');
  if (!viewer.access.manager) notFound();
  return viewer;
}

export const commissionsPath = (slug: string, sub = '') => `${sectionPath(slug, 'commissions')}${sub}`;
