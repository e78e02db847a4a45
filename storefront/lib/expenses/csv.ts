import type { AdminVendorStatementQuery } from '../../gql/graphql';
import { decimal } from '../admin/reports';

/** A vendor's statements as CSV rows (amounts in major units), one row per currency, for the reports' export and the vendor's own. */
export function vendorStatementRows(statements: AdminVendorStatementQuery['vendorStatement'][]): (string | number)[][] {
  return [
    ['vendor', 'opening', 'sales', 'refunds', 'commission', 'payouts', 'adjustments', 'closing', 'currency'],
    ...statements.map((v) => [v.vendorId, decimal(v.opening.amount), decimal(v.sales.amount), decimal(v.refunds.amount), decimal(v.commission.amount), decimal(v.payouts.amount), decimal(v.adjustments.amount), decimal(v.closing.amount), v.opening.currency]),
  ];
}
