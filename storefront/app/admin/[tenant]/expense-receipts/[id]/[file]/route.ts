import { privatePhoto } from '../../../../../../lib/admin/private-photo';

/** An expense's receipt (decision 0082), which the ledger answers only for the book's readers and its uploader. */
export async function GET(_request: Request, { params }: { params: Promise<{ tenant: string; id: string; file: string }> }) {
  const { tenant, id, file } = await params;
  return privatePhoto(tenant, '/expenses/receipts', id, file);
}
