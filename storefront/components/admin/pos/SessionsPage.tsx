import { notFound } from 'next/navigation';
import { formatDateTime, formatNumber } from '../../../lib/admin/format';
import { plabel, posPath, pt } from '../../../lib/admin/pos-messages';
import { AdminPosDeviceQuery, AdminTillSessionQuery, AdminTillSessionsQuery } from '../../../lib/admin/pos-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { GatewayGraphQLErrors } from '../../../lib/gateway';
import { formatMoney, type MoneyValue } from '../../../lib/money';
import { DataTable } from '../DataTable';
import { one } from '../pages/params';
import { PrintButton } from '../transport/PrintButton';
import { PosHeader } from './PosTabs';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Counted less expected, in words: short (marked with a symbol and a border, not colour alone), over, balanced. */
function OverShort({ value }: { value: MoneyValue | null | undefined }) {
  if (!value) return <>{pt('z.notCounted')}</>;
  const amount = BigInt(value.amount);
  if (amount < 0n)
    return (
      <strong className="pos-short" data-testid="over-short">
        <span aria-hidden="true">⚠ </span>
        {pt('z.short', { amount: formatMoney({ amount: (-amount).toString(), currency: value.currency }) })}
      </strong>
    );
  if (amount > 0n)
    return (
      <span className="pos-over" data-testid="over-short">
        {pt('z.over', { amount: formatMoney(value) })}
      </span>
    );
  return <span data-testid="over-short">{pt('z.balanced')}</span>;
}

/** The tills' sessions, newest first, each linked to its Z-report; older ones a page at a time. */
export async function SessionsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = posPath(slug, '/sessions');
  await requireViewer(slug, base, 'pos');
  const after = one(params, 'after') || null;
  const { tillSessions, posDevices } = await adminQuery(slug, AdminTillSessionsQuery, { after });
  const tills = new Map(posDevices.map((d) => [d.id, d]));
  const sessions = tillSessions.edges.map((e) => e.node);
  return (
    <div>
      <PosHeader slug={slug} current="sessions" title={pt('sessions.title')} />
      <p className="hint">{pt('sessions.intro')}</p>
      {sessions.length === 0 ? (
        <p className="empty">{pt('sessions.none')}</p>
      ) : (
        <DataTable label={pt('sessions.list')} testId="pos-sessions">
          <thead>
            <tr>
              <th scope="col">{pt('sessions.session')}</th>
              <th scope="col">{pt('sessions.till')}</th>
              <th scope="col">{pt('sessions.status')}</th>
              <th scope="col">{pt('sessions.opened')}</th>
              <th scope="col">{pt('sessions.closed')}</th>
              <th scope="col">{pt('sessions.salesCount')}</th>
              <th scope="col">{pt('sessions.netSales')}</th>
              <th scope="col">{pt('sessions.overShort')}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => {
              const till = tills.get(s.deviceId);
              return (
                <tr key={s.id}>
                  <th scope="row">
                    <a href={`${base}/${s.id}`}>{pt('sessions.sessionName', { till: till?.receiptPrefix ?? '?', number: s.number })}</a>
                  </th>
                  <td>{till?.name ?? ''}</td>
                  <td>{plabel('sessionStatus', s.status)}</td>
                  <td>{formatDateTime(s.openedAt)}</td>
                  <td>{s.closedAt ? formatDateTime(s.closedAt) : ''}</td>
                  <td className="pos-money">{formatNumber(s.report.salesCount)}</td>
                  <td className="pos-money">{formatMoney(s.report.netSales)}</td>
                  <td>{s.status === 'CLOSED' ? <OverShort value={s.report.overShort} /> : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
      <p className="pager">
        {after && <a href={base}>{pt('sessions.newest')}</a>}{' '}
        {tillSessions.pageInfo.hasNextPage && tillSessions.pageInfo.endCursor && <a href={`${base}?after=${encodeURIComponent(tillSessions.pageInfo.endCursor)}`}>{pt('sessions.older')}</a>}
      </p>
    </div>
  );
}

async function loadSession(slug: string, id: string) {
  if (!UUID.test(id)) notFound();
  try {
    return await adminQuery(slug, AdminTillSessionQuery, { id });
  } catch (e) {
    if (e instanceof GatewayGraphQLErrors && e.errors.some((x) => x.extensions?.code === 'NOT_FOUND')) notFound();
    throw e;
  }
}

/**
 * A session's Z-report: sales and returns, totals, takings by tender, the drawer's cash (float, pay-ins,
 * pay-outs, expected against counted, over/short) and the session's sales with their receipt numbers.
 * Printed, only the report (pos.css).
 */
export async function ZReportPage({ slug, id }: { slug: string; id: string }) {
  const base = posPath(slug, '/sessions');
  await requireViewer(slug, `${base}/${encodeURIComponent(id)}`, 'pos');
  const { tillSession: s, posSales, posCashiers } = await loadSession(slug, id);
  const { posDevice: till } = await adminQuery(slug, AdminPosDeviceQuery, { id: s.deviceId });
  const cashiers = new Map(posCashiers.map((c) => [c.id, c.name]));
  const who = (cashierId: string | null | undefined) => (cashierId ? (cashiers.get(cashierId) ?? pt('z.unknownCashier')) : pt('z.nobody'));
  const r = s.report;
  const sales = posSales.edges.map((e) => e.node);
  const money = (label: string, value: MoneyValue) => (
    <tr>
      <th scope="row">{label}</th>
      <td className="pos-money">{formatMoney(value)}</td>
    </tr>
  );
  return (
    <div className="z-report">
      <PosHeader slug={slug} current="sessions" title={pt('z.title', { till: `${till.receiptPrefix} · ${till.name}`, number: s.number })} />
      <div className="no-print">
        <p>
          <a href={base}>{pt('z.back')}</a>
        </p>
        <PrintButton label={pt('z.print')} />
      </div>
      {s.status === 'OPEN' && (
        <p role="note" className="notice">
          {pt('z.openNote')}
        </p>
      )}
      <dl className="pos-facts">
        <dt>{pt('z.period')}</dt>
        <dd>{s.closedAt ? pt('z.periodValue', { from: formatDateTime(s.openedAt), to: formatDateTime(s.closedAt) }) : pt('z.periodOpen', { from: formatDateTime(s.openedAt) })}</dd>
        <dt>{pt('z.openedBy')}</dt>
        <dd>{who(s.openedById)}</dd>
        <dt>{pt('z.closedBy')}</dt>
        <dd>{s.closedAt ? who(s.closedById) : pt('z.nobody')}</dd>
      </dl>

      <h2 id="z-totals">{pt('z.totals')}</h2>
      <DataTable label={pt('z.totals')} testId="z-totals">
        <tbody>
          <tr>
            <th scope="row">{pt('z.salesCount')}</th>
            <td className="pos-money">{formatNumber(r.salesCount)}</td>
          </tr>
          <tr>
            <th scope="row">{pt('z.returnsCount')}</th>
            <td className="pos-money">{formatNumber(r.returnsCount)}</td>
          </tr>
          {money(pt('z.sales'), r.sales)}
          {money(pt('z.discounts'), r.discounts)}
          {money(pt('z.tax'), r.tax)}
          {money(pt('z.refunds'), r.refunds)}
          {money(pt('z.netSales'), r.netSales)}
        </tbody>
      </DataTable>

      <h2>{pt('z.byTender')}</h2>
      {r.byTender.length === 0 ? (
        <p className="empty">{pt('z.noTenders')}</p>
      ) : (
        <DataTable label={pt('z.byTender')} testId="z-tenders">
          <thead>
            <tr>
              <th scope="col">{pt('z.tender')}</th>
              <th scope="col">{pt('z.count')}</th>
              <th scope="col">{pt('z.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {r.byTender.map((x) => (
              <tr key={x.tender} data-tender={x.tender}>
                <th scope="row">{plabel('tender', x.tender)}</th>
                <td className="pos-money">{formatNumber(x.count)}</td>
                <td className="pos-money">{formatMoney(x.amount)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}

      <h2>{pt('z.cash')}</h2>
      <DataTable label={pt('z.cash')} testId="z-cash">
        <tbody>
          {money(pt('z.float'), r.openingFloat)}
          {money(pt('z.payIns'), r.payIns)}
          {money(pt('z.payOuts'), r.payOuts)}
          {money(pt('z.expected'), r.expectedCash)}
          <tr>
            <th scope="row">{pt('z.counted')}</th>
            <td className="pos-money">{r.countedCash ? formatMoney(r.countedCash) : pt('z.notCounted')}</td>
          </tr>
          <tr>
            <th scope="row">{pt('z.overShort')}</th>
            <td className="pos-money">
              <OverShort value={r.overShort} />
            </td>
          </tr>
        </tbody>
      </DataTable>

      <h2>{pt('z.salesList')}</h2>
      {sales.length === 0 ? (
        <p className="empty">{pt('z.noSales')}</p>
      ) : (
        <>
          <DataTable label={pt('z.salesList')} testId="z-sales">
            <thead>
              <tr>
                <th scope="col">{pt('z.receipt')}</th>
                <th scope="col">{pt('z.kind')}</th>
                <th scope="col">{pt('z.time')}</th>
                <th scope="col">{pt('z.cashier')}</th>
                <th scope="col">{pt('z.tenders')}</th>
                <th scope="col">{pt('z.total')}</th>
              </tr>
            </thead>
            <tbody>
              {sales.map((sale) => (
                <tr key={sale.id} data-receipt={sale.receiptNumber}>
                  <th scope="row">
                    <a href={`/r/${encodeURIComponent(slug)}/${encodeURIComponent(sale.receiptCode)}`}>{sale.receiptNumber}</a>
                  </th>
                  <td>{plabel('kind', sale.kind)}</td>
                  <td>{formatDateTime(sale.occurredAt)}</td>
                  <td>{who(sale.cashierId)}</td>
                  <td>{[...new Set(sale.tenders.map((x) => plabel('tender', x.tender)))].join(', ')}</td>
                  <td className="pos-money">{formatMoney(sale.total)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          {posSales.pageInfo.hasNextPage && <p className="hint">{pt('z.moreSales')}</p>}
        </>
      )}
    </div>
  );
}
