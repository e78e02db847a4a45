import type { AdminVendorStatementQuery } from '../../../gql/graphql';
import { ext } from '../../../lib/expenses/messages';
import { formatMoney } from '../../../lib/money';
import { DataTable } from '../DataTable';

export type VendorStatementRow = AdminVendorStatementQuery['vendorStatement'];
export const STATEMENT_LINES = ['opening', 'sales', 'refunds', 'commission', 'payouts', 'adjustments', 'closing'] as const;

/** A vendor's statement (decision 0082): opening + sales - refunds - commission - payouts + adjustments = closing. */
export function VendorStatementTable({ statement, label }: { statement: VendorStatementRow; label: string }) {
  return (
    <DataTable label={label}>
      <thead>
        <tr>
          <th scope="col">{ext('pnl.line')}</th>
          <th scope="col">{ext('pnl.amount')}</th>
        </tr>
      </thead>
      <tbody>
        {STATEMENT_LINES.map((k) => (
          <tr key={k} data-key={k}>
            <th scope="row">{ext(`vendors.${k}`)}</th>
            <td>{k === 'opening' || k === 'closing' ? <strong>{formatMoney(statement[k])}</strong> : formatMoney(statement[k])}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
