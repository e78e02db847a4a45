import { graphql } from '../../gql';

// The orders section: the list, an order's page, its fulfilment steps (the whole order's
// and each vendor's part), refunds and disputes (commerce).
// Always sent with the signed-in user's token; `npm run codegen` (repo root) types these in ../../gql.

export const AdminOrderListQuery = graphql(`
  query AdminOrderList($status: OrderStatus, $after: String) {
    orders(status: $status, after: $after, first: 25) {
      edges {
        node {
          id
          number
          status
          createdAt
          email
          disputed
          total {
            ...MoneyFields
          }
          vendorOrders {
            vendorName
            subtotal {
              ...MoneyFields
            }
            shipping {
              ...MoneyFields
            }
            tax {
              ...MoneyFields
            }
          }
          lines {
            quantity
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AdminOrderDetailQuery = graphql(`
  query AdminOrderDetail($id: ID!) {
    order(id: $id) {
      id
      number
      status
      fulfilmentStage
      channel
      email
      customerUserId
      referralCode
      currency
      subtotal {
        ...MoneyFields
      }
      discount {
        ...MoneyFields
      }
      shipping {
        ...MoneyFields
      }
      tax {
        ...MoneyFields
      }
      total {
        ...MoneyFields
      }
      refundedTotal {
        ...MoneyFields
      }
      prepaid {
        ...MoneyFields
      }
      amountDue {
        ...MoneyFields
      }
      tenders {
        kind
        points
        status
        amount {
          ...MoneyFields
        }
        refunded {
          ...MoneyFields
        }
      }
      taxInclusive
      shippingMethod
      shippingAddress {
        name
        line1
        line2
        city
        region
        country
        postalCode
        phone
      }
      disputed
      expiresAt
      paidAt
      cancelledAt
      cancelReason
      createdAt
      vendorOrders {
        id
        vendorId
        vendorName
        fulfilmentStage
        subtotal {
          ...MoneyFields
        }
        shipping {
          ...MoneyFields
        }
        tax {
          ...MoneyFields
        }
        commissionBps
        commission {
          ...MoneyFields
        }
        lines {
          id
          sku
          title
          quantity
          refundedQuantity
          stockStatus
          unitPrice {
            ...MoneyFields
          }
          subtotal {
            ...MoneyFields
          }
          tax {
            ...MoneyFields
          }
        }
      }
      timeline {
        id
        fromStatus
        toStatus
        actorType
        vendorName
        reason
        at
      }
      payments {
        id
        provider
        reference
        status
        amount {
          ...MoneyFields
        }
        method
        bankAccountNumber
        bankName
        ussdBank
        ussdCode
        mobileMoneyNetwork
        mobileMoneyPhone
        received {
          ...MoneyFields
        }
        stillToPay {
          ...MoneyFields
        }
        collectedVia
        collectedAt
        handedIn
        failureReason
        createdAt
        succeededAt
      }
      refunds {
        id
        status
        reason
        restock
        automatic
        failureReason
        createdAt
        amount {
          ...MoneyFields
        }
        lines {
          orderLineId
          quantity
          subtotal {
            ...MoneyFields
          }
          tax {
            ...MoneyFields
          }
        }
      }
      disputes {
        id
        status
        reason
        resolution
        openedAt
        closedAt
      }
    }
  }
`);

export const AdminOrderResultFragment = graphql(`
  fragment AdminOrderResult on OrderPayload {
    order {
      id
      status
    }
    userErrors {
      ...AdminUserError
    }
  }
`);

export const AdminFulfilOrderMutation = graphql(`
  mutation AdminFulfilOrder($orderId: ID!, $note: String) {
    fulfilOrder(orderId: $orderId, note: $note) {
      ...AdminOrderResult
    }
  }
`);

export const AdminShipOrderMutation = graphql(`
  mutation AdminShipOrder($orderId: ID!, $note: String) {
    shipOrder(orderId: $orderId, note: $note) {
      ...AdminOrderResult
    }
  }
`);

export const AdminDeliverOrderMutation = graphql(`
  mutation AdminDeliverOrder($orderId: ID!, $note: String) {
    deliverOrder(orderId: $orderId, note: $note) {
      ...AdminOrderResult
    }
  }
`);

export const AdminCompleteOrderMutation = graphql(`
  mutation AdminCompleteOrder($orderId: ID!, $note: String) {
    completeOrder(orderId: $orderId, note: $note) {
      ...AdminOrderResult
    }
  }
`);

export const AdminCancelOrderMutation = graphql(`
  mutation AdminCancelOrder($orderId: ID!, $reason: String) {
    cancelOrder(orderId: $orderId, reason: $reason) {
      ...AdminOrderResult
    }
  }
`);

export const AdminVendorOrderResultFragment = graphql(`
  fragment AdminVendorOrderResult on VendorOrderPayload {
    vendorOrder {
      id
      fulfilmentStage
    }
    userErrors {
      ...AdminUserError
    }
  }
`);

export const AdminFulfilVendorOrderMutation = graphql(`
  mutation AdminFulfilVendorOrder($vendorOrderId: ID!, $note: String) {
    fulfilVendorOrder(vendorOrderId: $vendorOrderId, note: $note) {
      ...AdminVendorOrderResult
    }
  }
`);

export const AdminShipVendorOrderMutation = graphql(`
  mutation AdminShipVendorOrder($vendorOrderId: ID!, $note: String) {
    shipVendorOrder(vendorOrderId: $vendorOrderId, note: $note) {
      ...AdminVendorOrderResult
    }
  }
`);

export const AdminDeliverVendorOrderMutation = graphql(`
  mutation AdminDeliverVendorOrder($vendorOrderId: ID!, $note: String) {
    deliverVendorOrder(vendorOrderId: $vendorOrderId, note: $note) {
      ...AdminVendorOrderResult
    }
  }
`);

export const AdminRefundOrderMutation = graphql(`
  mutation AdminRefundOrder($input: RefundOrderInput!) {
    refundOrder(input: $input) {
      refund {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

// What a refund would give back (commerce's own computation), shown on the confirmation page before it is made.
export const AdminRefundPreviewQuery = graphql(`
  query AdminRefundPreview($input: RefundOrderInput!) {
    refundPreview(input: $input) {
      amount {
        ...MoneyFields
      }
      shipping {
        ...MoneyFields
      }
      lines {
        orderLineId
        title
        sku
        quantity
        amount {
          ...MoneyFields
        }
      }
    }
  }
`);

export const AdminOpenDisputeMutation = graphql(`
  mutation AdminOpenDispute($orderId: ID!, $reason: String!) {
    openDispute(orderId: $orderId, reason: $reason) {
      dispute {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminCloseDisputeMutation = graphql(`
  mutation AdminCloseDispute($orderId: ID!, $resolution: String!) {
    closeDispute(orderId: $orderId, resolution: $resolution) {
      dispute {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
