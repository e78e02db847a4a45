import { notFound } from 'next/navigation';
import { adminQuery, requireViewer } from '../../../../../../../../lib/admin/session';
import { whatsappPath } from '../../../../../../../../lib/admin/whatsapp-messages';
import { AdminWhatsappConversationExportQuery } from '../../../../../../../../lib/admin/whatsapp-operations';

/**
 * `GET …/orders/whatsapp/privacy/export?phone=…`: the shop's WhatsApp conversation with a number as a JSON
 * download, for a person's access request (decision 0085). Commerce allows administrators with 2FA only and
 * audits every export; a number the shop never chatted with downloads `null`.
 */
export async function GET(request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const { tenant: slug } = await params;
  const viewer = await requireViewer(slug, whatsappPath(slug, '/privacy'), 'orders');
  if (!viewer.access.admin) notFound();
  const phone = (new URL(request.url).searchParams.get('phone') ?? '').slice(0, 40);
  const found = await adminQuery(slug, AdminWhatsappConversationExportQuery, { phone }).catch(() => null);
  if (!found) return Response.redirect(new URL(`${whatsappPath(slug, '/privacy')}?error=phone`, request.url), 303);
  const digits = phone.replace(/\D/g, '').slice(-4);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(JSON.stringify(found.whatsappConversationExport, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="whatsapp-chat-${digits}-${day}.json"`,
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}
