import 'server-only';
import { createHmac, randomBytes } from 'node:crypto';

// The WhatsApp simulator's side of Meta (decision 0075): its app secret signs the webhooks it sends, its
// access token is what the platform must present at its Cloud API address (/whatsapp-simulator/v21.0/
// {phone-number-id}/messages), and what was said is kept in this process's memory for the phone page.
// Secrets derive from STOREFRONT_SECRET (npm start sets it), else from a random key of this process (then
// connecting the simulator again after a restart renews them). A development tool: the API says whether it
// may be used (`whatsappSimulatorAvailable`: only while the message sandbox is on, never in production).

const g = globalThis as unknown as { __waSimulatorKey?: string; __waSimulatorLog?: Map<string, SimulatorEntry[]> };
const key = () => process.env.STOREFRONT_SECRET || (g.__waSimulatorKey ??= randomBytes(32).toString('hex'));
const derive = (purpose: string, phoneNumberId: string) => createHmac('sha256', key()).update(`whatsapp-simulator:${purpose}:${phoneNumberId}`).digest('hex');

export const simulatorPhoneNumberId = (slug: string) => `sim-${slug}`;
export const simulatorAppSecret = (phoneNumberId: string) => derive('app-secret', phoneNumberId);
export const simulatorAccessToken = (phoneNumberId: string) => derive('access-token', phoneNumberId);

export interface SimulatorEntry {
  id: string;
  /** in: the customer (the simulator) wrote; out: the platform answered. */
  direction: 'in' | 'out';
  waId: string;
  /** Meta's JSON: the inbound message, or the Cloud API send body. */
  body: Record<string, unknown>;
  at: number;
}

const MAX_ENTRIES = 500;
const log = (): Map<string, SimulatorEntry[]> => (g.__waSimulatorLog ??= new Map());

export function record(phoneNumberId: string, entry: SimulatorEntry): void {
  const entries = log().get(phoneNumberId) ?? [];
  entries.push(entry);
  if (entries.length > MAX_ENTRIES) entries.splice(0, entries.length - MAX_ENTRIES);
  log().set(phoneNumberId, entries);
}

export function chat(phoneNumberId: string, waId: string): SimulatorEntry[] {
  return (log().get(phoneNumberId) ?? []).filter((e) => e.waId === waId);
}

export function signature(phoneNumberId: string, raw: string): string {
  return `sha256=${createHmac('sha256', simulatorAppSecret(phoneNumberId)).update(raw).digest('hex')}`;
}
