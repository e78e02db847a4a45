/**
 * Invoice numbers under true concurrency (decision 0077, issue 16): PGlite runs one statement at a time, so
 * this runs on PostgreSQL with a pool of 20 connections. 500 paid vendor orders' invoice requests are issued
 * at once — each also delivered a second time, as the outbox may — plus requests that fail after taking a
 * number (their transaction rolls back). The tenant ends with exactly 500 invoices numbered 1..500: no gap,
 * no duplicate, one per request; a second tenant's sequence, issued at the same time, is its own.
 */
import { createPrismaClient, openDatabase, type PrismaClient } from '@webwaka/kit';
import { uuidv7 } from '@webwaka/kit';
import { deployMigrations } from '../../../test/support/boot';
import { describeIfService, startPostgres } from '../../../test/support/services';
import { issueInvoice, parseInvoiceRequest } from '../src/services/invoices';
import { invoicePayload } from './support';

const ORDERS = 500;

describeIfService(['postgresql'], 'invoice numbering on PostgreSQL under true concurrency', () => {
  let pg: Awaited<ReturnType<typeof startPostgres>>;
  let prisma: PrismaClient;

  beforeAll(async () => {
    pg = await startPostgres();
    const db = await openDatabase({ url: `${pg.url}?connection_limit=20` });
    await deployMigrations(db);
    prisma = createPrismaClient(db, 20);
  }, 180_000);
  afterAll(async () => {
    await prisma?.$disconnect();
    await pg?.stop();
  });

  it(`${ORDERS} concurrent invoices (each delivered twice, with failures between) are numbered 1..${ORDERS}`, async () => {
    const T = uuidv7();
    const other = uuidv7();
    const requests = Array.from({ length: ORDERS }, () => parseInvoiceRequest(T, invoicePayload()));
    const otherRequests = Array.from({ length: 50 }, () => parseInvoiceRequest(other, invoicePayload()));
    // A request whose insert fails after its counter moved (a vendor order id that is no UUID).
    const failing = Array.from({ length: 25 }, () => ({ ...parseInvoiceRequest(T, invoicePayload()), vendorOrderId: 'not-a-uuid' }));
    const calls = [...requests, ...requests, ...otherRequests, ...failing].sort(() => Math.random() - 0.5);
    const results = await Promise.allSettled(calls.map((r) => issueInvoice(prisma, r)));
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(failing.length);

    const issued = await prisma.invoice.findMany({ where: { tenantId: T }, select: { number: true, idempotencyKey: true }, orderBy: { number: 'asc' } });
    expect(issued.map((i) => i.number)).toEqual(Array.from({ length: ORDERS }, (_, i) => i + 1));
    expect(new Set(issued.map((i) => i.idempotencyKey))).toEqual(new Set(requests.map((r) => r.idempotencyKey)));
    expect(await prisma.invoiceCounter.findUniqueOrThrow({ where: { tenantId_kind: { tenantId: T, kind: 'INVOICE' } } })).toMatchObject({ last: ORDERS });
    const theirs = await prisma.invoice.findMany({ where: { tenantId: other }, select: { number: true }, orderBy: { number: 'asc' } });
    expect(theirs.map((i) => i.number)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  }, 120_000);
});
