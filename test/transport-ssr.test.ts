// The transport pages' own logic, without a browser: the conductor's offline verifier (storefront
// lib/transport/verify.ts, WebCrypto) agrees with the subgraph's signer and verifier on real and tampered
// codes; the agent's offline queue survives failures and drops only answered sales; live seat events merge
// into the map. Node's WebCrypto has Ed25519, like Chromium.
import { generateKeyPairSync } from 'node:crypto';
import { signTicket, verifyTicketQr as serverVerify, type TicketPayload } from '../subgraphs/transport/src/services/signing';
import { enqueue, readQueue, syncQueue, type KeyValueStore, type QueuedSale, type SaleOutcome } from '../storefront/lib/transport/agent-queue';
import { applySeatChanges, seatDisplay, seatGrid, totalOf, type SeatMapView, type SeatView } from '../storefront/lib/transport/seat-map';
import { decodeBase64Url, importVerificationKey, verifyTicketQr } from '../storefront/lib/transport/verify';

const pair = generateKeyPairSync('ed25519');
const publicKey = pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
const other = generateKeyPairSync('ed25519');
const payload: TicketPayload = { v: 1, kid: 'k1', tid: '01900000-0000-7000-8000-000000000001', op: 'op-1', trip: 'trip-1', seat: '3A', name: 'Adaeze Okoro', dep: '2026-12-01T06:00:00.000Z' };
const code = signTicket(payload, pair.privateKey);

describe('offline ticket verification (browser code) matches the subgraph', () => {
  let key: CryptoKey;
  beforeAll(async () => {
    key = (await importVerificationKey(publicKey))!;
    expect(key).not.toBeNull();
  });

  test('a genuine code is valid with its payload', async () => {
    expect(await verifyTicketQr(code, key)).toEqual({ valid: true, payload });
    expect(await verifyTicketQr(`  ${code}\n`, key)).toEqual({ valid: true, payload });
  });

  test('every single-character change of the code is refused, exactly when the subgraph refuses it', async () => {
    const alphabet = 'AZaz09-_.+/=';
    let checked = 0;
    for (let i = 0; i < code.length; i += 7) {
      for (const c of alphabet) {
        if (code[i] === c) continue;
        const tampered = code.slice(0, i) + c + code.slice(i + 1);
        const browser = await verifyTicketQr(tampered, key);
        const server = serverVerify(tampered, publicKey);
        expect({ i, c, valid: browser.valid }).toEqual({ i, c, valid: server.valid });
        expect(browser.valid).toBe(false);
        if (!browser.valid && !server.valid) expect(browser.reason).toBe(server.reason);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  test("another operator's key, a foreign prefix and junk are refused", async () => {
    const otherKey = (await importVerificationKey(other.publicKey.export({ type: 'spki', format: 'der' }).toString('base64')))!;
    expect(await verifyTicketQr(code, otherKey)).toEqual({ valid: false, reason: 'BAD_SIGNATURE' });
    expect(await verifyTicketQr(code.replace(/^WWT1/, 'WWT2'), key)).toEqual({ valid: false, reason: 'MALFORMED' });
    expect(await verifyTicketQr('hello', key)).toEqual({ valid: false, reason: 'MALFORMED' });
    expect(await importVerificationKey('not a key')).toBeNull();
  });

  test('base64url decoding is canonical (no padding, no stray bits), like the subgraph requires', () => {
    expect(decodeBase64Url('AQID')).toEqual(new Uint8Array([1, 2, 3]));
    expect(decodeBase64Url('AQI')).toEqual(new Uint8Array([1, 2]));
    expect(decodeBase64Url('AQJ')).toBeNull(); // same bytes as AQI with a stray low bit
    expect(decodeBase64Url('AQI=')).toBeNull();
    expect(decodeBase64Url('A')).toBeNull();
    expect(decodeBase64Url('AQ+D')).toBeNull();
  });
});

class MemoryStore implements KeyValueStore {
  values = new Map<string, string>();
  getItem(key: string) {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.values.set(key, value);
  }
}

const sale = (n: number): QueuedSale => ({ clientSaleId: `sale-${n}`, tripId: 'trip-1', seatLabel: `${n}A`, passengerName: `P ${n}`, amountPaid: '800000', soldAt: '2026-12-01T05:00:00.000Z' });
const applied = (s: QueuedSale): SaleOutcome => ({ clientSaleId: s.clientSaleId, status: 'APPLIED', tripId: s.tripId, seatLabel: s.seatLabel, conflictReason: null, ticketId: 't' });

describe("an agent's offline queue", () => {
  test('a failed sync keeps every sale; a later one sends them in order and empties the queue', async () => {
    const store = new MemoryStore();
    enqueue(store, 'q', sale(1));
    enqueue(store, 'q', sale(2));
    const failed = await syncQueue(store, 'q', async () => {
      throw new Error('offline');
    });
    expect(failed).toEqual({ outcomes: [], remaining: [sale(1), sale(2)], failed: true });

    const sent: string[][] = [];
    const ok = await syncQueue(store, 'q', async (batch) => {
      sent.push(batch.map((s) => s.clientSaleId));
      return batch.map(applied);
    });
    expect(sent).toEqual([['sale-1', 'sale-2']]);
    expect(ok.remaining).toEqual([]);
    expect(readQueue(store, 'q')).toEqual([]);
  });

  test('recording the same sale twice queues it once; a sale recorded during a sync stays queued', async () => {
    const store = new MemoryStore();
    enqueue(store, 'q', sale(1));
    enqueue(store, 'q', sale(1));
    expect(readQueue(store, 'q')).toHaveLength(1);
    const result = await syncQueue(store, 'q', async (batch) => {
      if (batch[0].clientSaleId === 'sale-1') enqueue(store, 'q', sale(3));
      return batch.filter((s) => s.clientSaleId === 'sale-1').map(applied);
    });
    // sale-3 was sent in a second batch but got no answer: it stays for the next sync.
    expect(result.outcomes.map((o) => o.clientSaleId)).toEqual(['sale-1']);
    expect(readQueue(store, 'q').map((s) => s.clientSaleId)).toEqual(['sale-3']);
  });

  test('garbage in storage reads as an empty queue', () => {
    const store = new MemoryStore();
    store.setItem('q', '{not json');
    expect(readQueue(store, 'q')).toEqual([]);
    store.setItem('q', JSON.stringify([{ clientSaleId: 1 }, sale(4)]));
    expect(readQueue(store, 'q')).toEqual([sale(4)]);
  });
});

describe('the live seat map', () => {
  const seatAt = (label: string, row: number, column: number, state: SeatView['state'] = 'AVAILABLE'): SeatView => ({ label, row, column, seatClass: 'STANDARD', state, price: { amount: '800000', currency: 'NGN' } });
  const map: SeatMapView = { tripId: 't', rows: 2, columns: 3, aisleAfterColumn: 1, available: 4, lastEventId: null, seats: [seatAt('1B', 1, 2), seatAt('1C', 1, 3), seatAt('2A', 2, 1), seatAt('2B', 2, 2), seatAt('2C', 2, 3, 'SOLD')] };

  test('an event replaces the seats it carries and the count follows', () => {
    const next = applySeatChanges(map, [seatAt('2A', 2, 1, 'HELD'), seatAt('ZZ', 9, 9, 'HELD')]);
    expect(next.seats.find((s) => s.label === '2A')!.state).toBe('HELD');
    expect(next.seats).toHaveLength(5);
    expect(next.available).toBe(3);
  });

  test('the grid leaves a gap where there is no seat (the minibus door)', () => {
    expect(seatGrid(map).map((row) => row.map((s) => s?.label ?? null))).toEqual([
      [null, '1B', '1C'],
      ['2A', '2B', '2C'],
    ]);
  });

  test("the buyer's own held seats show as theirs; totals add minor units exactly", () => {
    const held = seatAt('2A', 2, 1, 'HELD');
    expect(seatDisplay(held, new Set(), new Set(['2A']))).toBe('yours');
    expect(seatDisplay(held, new Set(), new Set())).toBe('held');
    expect(seatDisplay(seatAt('2B', 2, 2), new Set(['2B']), new Set())).toBe('selected');
    expect(totalOf([seatAt('a', 1, 1), { ...seatAt('b', 1, 2), price: { amount: '3200001', currency: 'NGN' } }], 'NGN')).toEqual({ amount: '4000001', currency: 'NGN' });
  });
});
