import { graphql } from '../../gql';

// Invoices, credit notes and the VAT return (decision 0077), from the ledger. The ledger decides who reads
// what: the order's customer, the tenant's staff, the vendor of its vendor order. `npm run codegen` types these.

/** An order's invoices and credit notes the caller may read (the shop's order page and the back office's). */
export const InvoiceSummaryFragment = graphql(`
  fragment InvoiceSummary on Invoice {
    id
    kind
    number
    vendorName
    issuedAt
    total {
      ...MoneyFields
    }
  }
`);

export const OrderInvoicesQuery = graphql(`
  query OrderInvoices($orderId: ID!) {
    orderInvoices(orderId: $orderId) {
      ...InvoiceSummary
    }
  }
`);

/** One invoice as a PDF (base64), for the download routes. */
export const InvoicePdfQuery = graphql(`
  query InvoicePdf($id: ID!) {
    invoice(id: $id) {
      id
      number
      pdfBase64
    }
  }
`);

/** A guest's order's invoices, proved by the token of the cart the order came from. */
export const GuestOrderInvoicesQuery = graphql(`
  query GuestOrderInvoices($orderId: ID!, $cartToken: String!) {
    guestOrderInvoices(orderId: $orderId, cartToken: $cartToken) {
      ...InvoiceSummary
    }
  }
`);

/** One of a guest's invoices as a PDF (base64). */
export const GuestInvoicePdfQuery = graphql(`
  query GuestInvoicePdf($id: ID!, $cartToken: String!) {
    guestInvoice(id: $id, cartToken: $cartToken) {
      id
      number
      pdfBase64
    }
  }
`);

export const AdminInvoicesQuery = graphql(`
  query AdminInvoices($kind: InvoiceKind, $first: Int, $after: ID) {
    invoices(kind: $kind, first: $first, after: $after) {
      id
      kind
      number
      orderId
      orderNumber
      vendorName
      customerName
      customerEmail
      issuedAt
      tax {
        ...MoneyFields
      }
      total {
        ...MoneyFields
      }
    }
  }
`);

export const AdminInvoiceSettingsQuery = graphql(`
  query AdminInvoiceSettings {
    invoiceSettings {
      legalName
      address
      taxId
      vatNumber
      updatedAt
    }
  }
`);

export const AdminUpdateInvoiceSettingsMutation = graphql(`
  mutation AdminUpdateInvoiceSettings($input: UpdateInvoiceSettingsInput!) {
    updateInvoiceSettings(input: $input) {
      settings {
        legalName
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminVatReturnQuery = graphql(`
  query AdminVatReturn($from: DateTime!, $to: DateTime!) {
    vatReturn(from: $from, to: $to) {
      currency
      taxRateBps
      invoices
      creditNotes
      salesNet {
        ...MoneyFields
      }
      salesVat {
        ...MoneyFields
      }
      creditedNet {
        ...MoneyFields
      }
      creditedVat {
        ...MoneyFields
      }
      netSales {
        ...MoneyFields
      }
      outputVat {
        ...MoneyFields
      }
    }
  }
`);
