// Offline verification of ticket QR codes in the browser: the same format and rules as the transport
// subgraph's `verifyTicketQr` (services/signing.ts): `WWT1.<payload>.<signature>`, both base64url in their
// canonical form, the payload the ticket's JSON, the signature Ed25519 over the payload's bytes, checked
// with the operator's public key (base64 SPKI DER) through WebCrypto. Pure: no network.

const PREFIX = 'WWT1';

export interface TicketPayload {
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

export type Verification = { valid: true; payload: TicketPayload } | { valid: false; reason: 'MALFORMED' | 'BAD_SIGNATURE' };

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * Strict base64url: only the alphabet, no padding, and no stray bits in the last character, so exactly one
 * text decodes to given bytes (Node's decoder skips junk; the subgraph then insists the text re-encodes to
 * itself, which is the same rule).
 */
export function decodeBase64Url(text: string): Uint8Array | null {
  if (!BASE64URL.test(text) || text.length % 4 === 1) return null;
  const standard = text.replace(/-/g, '+').replace(/_/g, '/');
  let binary: string;
  try {
    binary = atob(standard + '='.repeat((4 - (standard.length % 4)) % 4));
  } catch {
    return null;
  }
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return encodeBase64Url(bytes) === text ? bytes : null;
}

export function encodeBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeBase64(text: string): Uint8Array | null {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Imports an operator's public key (base64 SPKI DER) for Ed25519 verification; null when it is not one. */
export async function importVerificationKey(publicKey: string): Promise<CryptoKey | null> {
  const der = decodeBase64(publicKey);
  if (!der) return null;
  try {
    return await crypto.subtle.importKey('spki', der as BufferSource, { name: 'Ed25519' }, false, ['verify']);
  } catch {
    return null;
  }
}

/** Verifies a ticket code against an operator's public key. */
export async function verifyTicketQr(qr: string, key: CryptoKey): Promise<Verification> {
  const parts = typeof qr === 'string' ? qr.trim().split('.') : [];
  if (parts.length !== 3 || parts[0] !== PREFIX || !parts[1] || !parts[2]) return { valid: false, reason: 'MALFORMED' };
  const body = decodeBase64Url(parts[1]);
  const signature = decodeBase64Url(parts[2]);
  if (!body || !signature) return { valid: false, reason: 'MALFORMED' };
  let ok: boolean;
  try {
    ok = await crypto.subtle.verify({ name: 'Ed25519' }, key, signature as BufferSource, body as BufferSource);
  } catch {
    return { valid: false, reason: 'MALFORMED' };
  }
  if (!ok) return { valid: false, reason: 'BAD_SIGNATURE' };
  try {
    const payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body)) as TicketPayload;
    return payload?.v === 1 && typeof payload.tid === 'string' ? { valid: true, payload } : { valid: false, reason: 'MALFORMED' };
  } catch {
    return { valid: false, reason: 'MALFORMED' };
  }
}
