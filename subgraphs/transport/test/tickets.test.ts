/**
 * Tickets: the QR code verifies offline with the operator's public key (a pure function), any change to
 * it is detected, and a ticket boards once (the second scan says when and by whom).
 */
import { generateKeyPairSync } from 'node:crypto';
import { DomainError, type PrismaClient } from '@webwaka/kit';
import { boardTicket } from '../src/services/boarding';
import { confirmBooking } from '../src/services/bookings';
import { holdSeats } from '../src/services/holds';
import { operatorKey, signTicket, verifyTicketQr, type TicketPayload } from '../src/services/signing';
import { createTrip, OPERATOR, PARK, serviceContext, startTransportDb, tenantId } from './support';

let s: Awaited<ReturnType<typeof startTransportDb>>;
let prisma: PrismaClient;
let operator: string;

beforeAll(async () => {
  s = await startTransportDb();
  prisma = s.prisma;
  operator = await tenantId(prisma, OPERATOR);
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

const codeOf = async (p: Promise<unknown>) => p.then(() => 'OK', (e) => (e instanceof DomainError ? `${e.code}` : `THREW ${e}`));

async function sellTicket(passenger = 'Ngozi Eze') {
  const { trip } = await createTrip(prisma, operator, 1);
  const { token } = await holdSeats(serviceContext(prisma, operator), { tripId: trip.id, seatLabels: ['1A'] });
  const booking = await confirmBooking(serviceContext(prisma, operator), { holdToken: token, passengers: [{ seatLabel: '1A', name: passenger }], paymentReference: `cash-${trip.id}` });
  return prisma.ticket.findFirstOrThrow({ where: { bookingId: booking.id } });
}

/** Replaces one character of a base64url string with another valid one. */
const flip = (text: string, at: number) => text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);

describe('ticket codes', () => {
  it('verify offline with the operator’s public key, and name the ticket', async () => {
    const ticket = await sellTicket();
    const key = await operatorKey(prisma, operator);
    const check = verifyTicketQr(ticket.qr, key.publicKey);
    expect(check).toEqual({ valid: true, payload: expect.objectContaining({ tid: ticket.id, op: operator, seat: '1A', name: 'Ngozi Eze', trip: ticket.tripId, kid: key.id }) });
    // The private key is stored sealed, never in the clear.
    expect(key.privateKeyEnc.startsWith('v1.')).toBe(true);
    expect(key.privateKeyEnc).not.toContain('PRIVATE KEY');
  });

  it('detect tampering: a changed payload, a changed signature, another key, garbage', async () => {
    const ticket = await sellTicket('Tunde Ola');
    const { publicKey } = await operatorKey(prisma, operator);
    const [prefix, body, sig] = ticket.qr.split('.');
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString()) as TicketPayload;
    const renamed = Buffer.from(JSON.stringify({ ...payload, name: 'Someone Else' })).toString('base64url');
    const reseated = Buffer.from(JSON.stringify({ ...payload, seat: '1B' })).toString('base64url');
    for (const forged of [`${prefix}.${renamed}.${sig}`, `${prefix}.${reseated}.${sig}`, `${prefix}.${body}.${flip(sig, 5)}`, `${prefix}.${flip(body, 10)}.${sig}`]) {
      expect(verifyTicketQr(forged, publicKey).valid).toBe(false);
    }
    const stranger = generateKeyPairSync('ed25519');
    const selfSigned = signTicket({ ...payload, name: 'Forger' }, stranger.privateKey);
    expect(verifyTicketQr(selfSigned, publicKey)).toEqual({ valid: false, reason: 'BAD_SIGNATURE' });
    for (const junk of ['', 'WWT1..', 'hello', `${prefix}.${body}`, `${prefix}.${body}.${sig}.x`]) expect(verifyTicketQr(junk, publicKey)).toEqual({ valid: false, reason: 'MALFORMED' });
    // Boarding applies the same check.
    expect(await codeOf(boardTicket(serviceContext(prisma, operator), { qr: `${prefix}.${renamed}.${sig}` }))).toBe('TICKET_INVALID');
    expect(await codeOf(boardTicket(serviceContext(prisma, operator), { qr: selfSigned }))).toBe('TICKET_INVALID');
  });

  it('board once: the second scan says when and by whom', async () => {
    const ticket = await sellTicket();
    const conductor = serviceContext(prisma, operator);
    const scannedAt = new Date(Date.now() - 5 * 60_000);
    const first = await boardTicket(conductor, { qr: ticket.qr, scannedAt });
    expect({ already: first.alreadyBoarded, at: first.ticket.boardedAt, by: first.ticket.boardedByUserId }).toEqual({ already: false, at: scannedAt, by: conductor.actor.userId });
    const other = serviceContext(prisma, operator);
    const second = await boardTicket(other, { qr: ticket.qr });
    expect({ already: second.alreadyBoarded, at: second.ticket.boardedAt, by: second.ticket.boardedByUserId }).toEqual({ already: true, at: scannedAt, by: conductor.actor.userId });
    // Concurrent scans of a fresh ticket: exactly one boards it.
    const fresh = await sellTicket();
    const scans = await Promise.all(Array.from({ length: 5 }, () => boardTicket(serviceContext(prisma, operator), { qr: fresh.qr })));
    expect(scans.filter((x) => !x.alreadyBoarded)).toHaveLength(1);
    // The database refuses to re-board even if code tried.
    await expect(prisma.ticket.update({ where: { id: ticket.id }, data: { boardedAt: new Date() } })).rejects.toThrow();
  });

  it('are the operator’s: another tenant’s conductor cannot board them', async () => {
    const ticket = await sellTicket();
    expect(await codeOf(boardTicket(serviceContext(prisma, await tenantId(prisma, PARK)), { qr: ticket.qr }))).toBe('TICKET_INVALID');
    expect(await codeOf(boardTicket(serviceContext(prisma, operator), { qr: ticket.qr, scannedAt: new Date(Date.now() + 3600_000) }))).toBe('BAD_USER_INPUT');
  });
});
