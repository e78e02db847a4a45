import type { AdminVendorStatementQuery } from '../../gql/graphql';
import { decimal } from '../admin/reports';

/** A vendor statement as CSV rows (amounts in major units), for the reports' export and the vendor's own. */
export function vendorStatementRows(v: AdminVendorStatementQuery['vendorStatement']): (string | number)[][] {
  return [
    ['vendor', 'opening', 'sales', 'refunds', 'commission', 'payouts', 'adjustments', 'closing', 'currency'],
    [v.vendorId, decimal(v.opening.amount), decimal(v.sales.amount), decimal(v.refunds.amount), decimal(v.commission.amount), decimal(v.payouts.amount), decimal(v.adjustments.amount), decimal(v.closing.amount), v.opening.currency],
  ];
}
