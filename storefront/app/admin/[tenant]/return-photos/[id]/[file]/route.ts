import { privatePhoto } from '../../../../../../lib/admin/private-photo';

/** A customer's return photo (decision 0065), which commerce answers only for whoever sees the return request. */
export async function GET(_request: Request, { params }: { params: Promise<{ tenant: string; id: string; file: string }> }) {
  const { tenant, id, file } = await params;
  return privatePhoto(tenant, '/returns/photos', id, file);
}
