import type { CustomerRewardsFieldsFragment } from '../../gql/graphql';
import { formatDateTime, formatSigned } from '../../lib/admin/format';
import { formatMoney } from '../../lib/money';
import { rt, type RewardsMessageKey } from '../../lib/rewards/messages';

/** Points and store credit in and out, newest first: for the back office's customer page and the shop's account. */
export function RewardsHistory({ history }: { history: CustomerRewardsFieldsFragment['history'] }) {
  if (history.length === 0) return <p className="empty">{rt('rewards.historyNone')}</p>;
  return (
    <div className="table-scroll">
      <table data-testid="rewards-history">
        <thead>
          <tr>
            <th scope="col">{rt('rewards.historyWhen')}</th>
            <th scope="col">{rt('rewards.historyWhat')}</th>
            <th scope="col">{rt('rewards.historyChange')}</th>
            <th scope="col">{rt('rewards.historyNote')}</th>
          </tr>
        </thead>
        <tbody>
          {history.map((m) => (
            <tr key={m.id}>
              <td>{formatDateTime(m.createdAt)}</td>
              <td>
                {rt(`rewards.kind.${m.kind}` as RewardsMessageKey)}: {rt(`rewards.reason.${m.reason}` as RewardsMessageKey)}
              </td>
              <td>{m.points != null ? rt('rewards.pointsChange', { points: formatSigned(m.points) }) : m.amount ? formatMoney(m.amount) : ''}</td>
              <td>{m.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
