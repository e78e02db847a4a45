import QRCode from 'qrcode';
import { tt } from '../../lib/transport/messages';

/**
 * A ticket's signed code as a QR image, drawn on the server as SVG (no script, prints sharply). The SVG is
 * the library's output for our own ticket string: paths only, nothing taken from the page.
 */
export async function TicketQr({ code, seatLabel }: { code: string; seatLabel: string }) {
  const svg = await QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return <div className="ticket-qr" role="img" aria-label={tt('ticket.qrLabel', { seat: seatLabel })} dangerouslySetInnerHTML={{ __html: svg }} />;
}
