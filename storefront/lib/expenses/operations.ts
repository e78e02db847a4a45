import { graphql } from '../../gql';

// Expenses, the VAT return's totals, profit and loss and vendor statements (decision 0082), from the ledger.
// The ledger decides who may: staff and administrators write, another administrator decides.

export const AdminExpenseFieldsFragment = graphql(`
  fragment AdminExpenseFields on Expense {
    id
    category
    supplier
    spentOn
    amount {
      ...MoneyFields
    }
    vatPaid {
      ...MoneyFields
    }
    total {
      ...MoneyFields
    }
    note
    receiptId
    status
    createdByUserId
    submittedAt
    decidedAt
    rejectionReason
    journalEntryId
    payment {
      paidFrom
      paidOn
      reference
      journalEntryId
    }
    createdAt
  }
`);

export const AdminExpensesQuery = graphql(`
  query AdminExpenses($status: ExpenseStatus, $paid: Boolean, $after: ID) {
    expenses(status: $status, paid: $paid, first: 50, after: $after) {
      ...AdminExpenseFields
    }
  }
`);

export const AdminExpenseQuery = graphql(`
  query AdminExpense($id: ID!) {
    expense(id: $id) {
      ...AdminExpenseFields
    }
  }
`);

export const AdminCreateExpenseMutation = graphql(`
  mutation AdminCreateExpense($input: ExpenseInput!, $submit: Boolean) {
    createExpense(input: $input, submit: $submit) {
      expense {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminUpdateExpenseMutation = graphql(`
  mutation AdminUpdateExpense($id: ID!, $input: ExpenseInput!) {
    updateExpense(id: $id, input: $input) {
      expense {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminSubmitExpenseMutation = graphql(`
  mutation AdminSubmitExpense($id: ID!) {
    submitExpense(id: $id) {
      expense {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminDeleteExpenseMutation = graphql(`
  mutation AdminDeleteExpense($id: ID!) {
    deleteExpense(id: $id) {
      deleted
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminPayExpenseMutation = graphql(`
  mutation AdminPayExpense($id: ID!, $paidFrom: ExpensePaidFrom!, $paidOn: DateTime!, $reference: String!) {
    payExpense(id: $id, paidFrom: $paidFrom, paidOn: $paidOn, reference: $reference) {
      expense {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminApproveExpenseMutation = graphql(`
  mutation AdminApproveExpense($id: ID!) {
    approveExpense(id: $id) {
      expense {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminRejectExpenseMutation = graphql(`
  mutation AdminRejectExpense($id: ID!, $reason: String!) {
    rejectExpense(id: $id, reason: $reason) {
      expense {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminVatReturnTotalsQuery = graphql(`
  query AdminVatReturnTotals($from: DateTime!, $to: DateTime!, $timeZone: String) {
    vatReturnTotals(from: $from, to: $to, timeZone: $timeZone) {
      currency
      expenses
      outputVat {
        ...MoneyFields
      }
      inputVat {
        ...MoneyFields
      }
      vatPayable {
        ...MoneyFields
      }
    }
  }
`);

export const AdminProfitAndLossQuery = graphql(`
  query AdminProfitAndLoss($from: DateTime!, $to: DateTime!, $currency: String!) {
    profitAndLoss(from: $from, to: $to, currency: $currency) {
      currency
      sales {
        ...MoneyFields
      }
      commission {
        ...MoneyFields
      }
      revenue {
        ...MoneyFields
      }
      discounts {
        ...MoneyFields
      }
      cashOverShort {
        ...MoneyFields
      }
      expenses {
        category
        amount {
          ...MoneyFields
        }
      }
      totalExpenses {
        ...MoneyFields
      }
      netProfit {
        ...MoneyFields
      }
    }
  }
`);

export const AdminVendorStatementQuery = graphql(`
  query AdminVendorStatement($vendorId: ID!, $currency: String!, $from: DateTime!, $to: DateTime!) {
    vendorStatement(vendorId: $vendorId, currency: $currency, from: $from, to: $to) {
      vendorId
      opening {
        ...MoneyFields
      }
      sales {
        ...MoneyFields
      }
      refunds {
        ...MoneyFields
      }
      commission {
        ...MoneyFields
      }
      payouts {
        ...MoneyFields
      }
      adjustments {
        ...MoneyFields
      }
      closing {
        ...MoneyFields
      }
    }
  }
`);

// PDF copies of the reports (decision 0088): the ledger renders them from the same service results.
/** The currencies the reports are given in (the book's, or one vendor's): the CSV exports give one row set per currency, as the PDFs print one table each. */
export const AdminReportCurrenciesQuery = graphql(`
  query AdminReportCurrencies($vendorId: ID) {
    ledgerReportCurrencies(vendorId: $vendorId)
  }
`);

export const AdminLedgerReportPdfQuery = graphql(`
  query AdminLedgerReportPdf($report: LedgerReportPdf!, $from: DateTime, $to: DateTime, $currency: String, $timeZone: String) {
    ledgerReportPdf(report: $report, from: $from, to: $to, currency: $currency, timeZone: $timeZone) {
      filename
      contentBase64
    }
  }
`);

export const AdminVendorStatementPdfQuery = graphql(`
  query AdminVendorStatementPdf($vendorId: ID!, $from: DateTime!, $to: DateTime!, $currency: String, $timeZone: String) {
    vendorStatementPdf(vendorId: $vendorId, from: $from, to: $to, currency: $currency, timeZone: $timeZone) {
      filename
      contentBase64
    }
  }
`);
