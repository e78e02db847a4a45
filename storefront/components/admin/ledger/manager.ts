import { notFound } from 'next/navigation';
import { requireViewer, type Viewer } from '../../../lib/admin/session';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (id: string) => UUID.test(id);

/**
 * The book's pages (journal, trial balance, payout settings) are for managers, as the ledger's BOOK_READERS
 * (administrators and staff): a vendor or an agent, who have the money section for their own accounts,
 * get a 404, decided on the server before anything is asked of the API.
 */
export async function requireBookReader(slug: string, path: string): Promise<Viewer> {
  const viewer = await requireViewer(slug, path, 'money');
  if (!viewer.access.manager) notFound();
  return viewer;
}
