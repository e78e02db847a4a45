import { graphql } from '../../gql';

// Sales figures from commerce's aggregates (every paid order of a period, not a sample): the dashboard's
// tiles and the reports page with its CSV export. Managers only. `npm run codegen` types these.

export const AdminSalesTilesQuery = graphql(`
  query AdminSalesTiles($from: DateTime!, $to: DateTime!, $timeZone: String) {
    salesSummary(from: $from, to: $to) {
      orders
      revenue {
        ...MoneyFields
      }
      refunded {
        ...MoneyFields
      }
      averageOrderValue {
        ...MoneyFields
      }
    }
    salesReport(from: $from, to: $to, groupBy: PRODUCT, timeZone: $timeZone) {
      key
      label
      units
    }
  }
`);

export const AdminSalesReportQuery = graphql(`
  query AdminSalesReport($from: DateTime!, $to: DateTime!, $groupBy: SalesGrouping!, $timeZone: String) {
    salesSummary(from: $from, to: $to) {
      orders
      revenue {
        ...MoneyFields
      }
      tax {
        ...MoneyFields
      }
      refunded {
        ...MoneyFields
      }
      averageOrderValue {
        ...MoneyFields
      }
    }
    salesReport(from: $from, to: $to, groupBy: $groupBy, timeZone: $timeZone) {
      key
      label
      orders
      units
      revenue {
        ...MoneyFields
      }
      tax {
        ...MoneyFields
      }
      refunded {
        ...MoneyFields
      }
      commission {
        ...MoneyFields
      }
    }
  }
`);

// Stock now, in units, from inventory's aggregate (no value: the model holds no unit cost; decision 0051).
export const AdminStockReportQuery = graphql(`
  query AdminStockReport($groupBy: StockGrouping!) {
    stockReport(groupBy: $groupBy) {
      key
      label
      product {
        id
        title
      }
      variants
      onHand
      reserved
      available
    }
  }
`);

// Ticket sales per trip departing in a period, from transport's aggregate.
export const AdminTicketSalesReportQuery = graphql(`
  query AdminTicketSalesReport($from: DateTime!, $to: DateTime!) {
    ticketSalesReport(from: $from, to: $to) {
      tripId
      routeCode
      origin
      destination
      departureAt
      seats
      seatsSold
      seatsBoarded
      revenue {
        ...MoneyFields
      }
    }
  }
`);

// The commission lines of a period per beneficiary, from mlas's aggregate.
export const AdminCommissionReportQuery = graphql(`
  query AdminCommissionReport($from: DateTime!, $to: DateTime!) {
    commissionReport(from: $from, to: $to) {
      beneficiary
      level
      beneficiaryId
      agentCode
      lines
      amount {
        ...MoneyFields
      }
      clawedBack {
        ...MoneyFields
      }
      held {
        ...MoneyFields
      }
      posted {
        ...MoneyFields
      }
      flagged {
        ...MoneyFields
      }
    }
  }
`);

// The payout items of a period per payee account, from the ledger's aggregate.
export const AdminPayoutReportQuery = graphql(`
  query AdminPayoutReport($from: DateTime!, $to: DateTime!) {
    payoutReport(from: $from, to: $to) {
      accountId
      ownerType
      ownerId
      purpose
      items
      amount {
        ...MoneyFields
      }
      paid {
        ...MoneyFields
      }
      pending {
        ...MoneyFields
      }
      failed {
        ...MoneyFields
      }
      bankName
      accountLast4
      lastPaidAt
    }
  }
`);
