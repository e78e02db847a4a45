/**
 * Ticket QR codes: `WWT1.<payload>.<signature>`, base64url, where the payload is the ticket's JSON and
 * the signature is Ed25519 over the payload's bytes. Each operator has one key pair; the private key is
 * stored sealed with kit's AES-GCM helper and the public key is published (`ticketVerificationKey`), so a
 * conductor's device verifies tickets offline with `verifyTicketQr` — a pure function of the code and the
 * public key. Changing any character of the payload or signature fails verification.
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { decryptSecret, encryptSecret, uuidv7 } from '@webwaka/kit';
import type { Db, Tx } from './context';

const PREFIX = 'WWT1';

export interface TicketPayload {
  /** Format version. */
  v: 1;
  /** The signing key's id. */
  kid: string;
  /** Ticket, operator (tenant) and trip ids. */
  tid: string;
  op: string;
  trip: string;
  seat: string;
  name: string;
  /** Departure, ISO 8601 UTC. */
  dep: string;
}

export function signTicket(payload: TicketPayload, privateKey: KeyObject): string {
  const body = Buffer.from(JSON.stringify(payload), 'utf8');
  return `${PREFIX}.${body.toString('base64url')}.${sign(null, body, privateKey).toString('base64url')}`;
}

export type Verification = { valid: true; payload: TicketPayload } | { valid: false; reason: 'MALFORMED' | 'BAD_SIGNATURE' };

/** Verifies a ticket QR code against an operator's public key (base64 SPKI DER). Pure; works offline. */
export function verifyTicketQr(qr: string, publicKey: string): Verification {
  const parts = typeof qr === 'string' ? qr.trim().split('.') : [];
  if (parts.length !== 3 || parts[0] !== PREFIX || !parts[1] || !parts[2]) return { valid: false, reason: 'MALFORMED' };
  const body = Buffer.from(parts[1], 'base64url');
  const signature = Buffer.from(parts[2], 'base64url');
  // base64url decoding ignores stray characters: require the canonical encoding, so the code is exactly what was signed.
  if (body.toString('base64url') !== parts[1] || signature.toString('base64url') !== parts[2]) return { valid: false, reason: 'MALFORMED' };
  let ok = false;
  try {
    ok = verify(null, body, createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' }), signature);
  } catch {
    return { valid: false, reason: 'MALFORMED' };
  }
  if (!ok) return { valid: false, reason: 'BAD_SIGNATURE' };
  try {
    const payload = JSON.parse(body.toString('utf8')) as TicketPayload;
    return payload?.v === 1 && typeof payload.tid === 'string' ? { valid: true, payload } : { valid: false, reason: 'MALFORMED' };
  } catch {
    return { valid: false, reason: 'MALFORMED' };
  }
}

/**
 * The operator's key row, created on first use (a concurrent first use loses the insert race harmlessly
 * and reads the winner's).
 */
export async function operatorKey(db: Db, tenantId: string) {
  const found = await db.operatorKey.findUnique({ where: { tenantId } });
  if (found) return found;
  const pair = generateKeyPairSync('ed25519');
  const publicKey = pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  const privateKeyEnc = encryptSecret(pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  await db.$executeRaw`INSERT INTO "transport"."OperatorKey" ("id", "tenantId", "publicKey", "privateKeyEnc") VALUES (${uuidv7()}::uuid, ${tenantId}::uuid, ${publicKey}, ${privateKeyEnc}) ON CONFLICT ("tenantId") DO NOTHING`;
  return db.operatorKey.findUniqueOrThrow({ where: { tenantId } });
}

const privateKeys = new Map<string, KeyObject>();

/** The operator's signing key (decrypted once per process) and its id. */
export async function signingKey(tx: Tx, tenantId: string): Promise<{ kid: string; key: KeyObject }> {
  const row = await operatorKey(tx, tenantId);
  let key = privateKeys.get(row.id);
  if (!key) privateKeys.set(row.id, (key = createPrivateKey(decryptSecret(row.privateKeyEnc))));
  return { kid: row.id, key };
}
