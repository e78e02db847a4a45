import { graphql } from '../../gql';

// The back office's Returns (commerce, decision 0058): the list (commerce scopes it: the tenant's for
// managers, a vendor's own vendor orders'), one request with its timeline, the answers, and the window.

export const AdminReturnListQuery = graphql(`
  query AdminReturnList($status: ReturnStatus, $after: String) {
    returnRequests(first: 25, after: $after, status: $status) {
      edges {
        node {
          id
          reference
          orderId
          orderNumber
          vendorName
          status
          reason
          createdAt
          lines {
            id
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

export const AdminReturnDetailQuery = graphql(`
  query AdminReturnDetail($id: ID!) {
    returnRequest(id: $id) {
      id
      reference
      orderId
      orderNumber
      vendorName
      status
      reason
      details
      instructions
      refusalReason
      exchangeNote
      refundAmount {
        ...MoneyFields
      }
      shippingWay
      shippingPaidBy
      shippingCharge {
        ...MoneyFields
      }
      customerCarrier
      customerTrackingNumber
      customerSentAt
      returnShipment {
        id
        carrier
        trackingNumber
        status
        riderUserId
        events {
          id
          status
          note
          location
          at
        }
      }
      canRefund
      createdAt
      lines {
        id
        orderLineId
        title
        sku
        quantity
      }
      photos {
        id
        width
        height
      }
      timeline {
        id
        fromStatus
        toStatus
        actorType
        note
        at
      }
    }
  }
`);

export const AdminReturnSettingsQuery = graphql(`
  query AdminReturnSettings {
    returnSettings {
      windowDays
    }
  }
`);

export const AdminUpdateReturnSettingsMutation = graphql(`
  mutation AdminUpdateReturnSettings($windowDays: Int!) {
    updateReturnSettings(windowDays: $windowDays) {
      settings {
        windowDays
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminApproveReturnMutation = graphql(`
  mutation AdminApproveReturn($id: ID!, $instructions: String!) {
    approveReturn(id: $id, instructions: $instructions) {
      returnRequest {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminRefuseReturnMutation = graphql(`
  mutation AdminRefuseReturn($id: ID!, $reason: String!) {
    refuseReturn(id: $id, reason: $reason) {
      returnRequest {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminReceiveReturnMutation = graphql(`
  mutation AdminReceiveReturn($id: ID!, $note: String) {
    receiveReturn(id: $id, note: $note) {
      returnRequest {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminExchangeReturnMutation = graphql(`
  mutation AdminExchangeReturn($id: ID!, $note: String!, $restock: Boolean) {
    exchangeReturn(id: $id, note: $note, restock: $restock) {
      returnRequest {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminRefundReturnMutation = graphql(`
  mutation AdminRefundReturn($id: ID!, $restock: Boolean) {
    refundReturn(id: $id, restock: $restock) {
      returnRequest {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminArrangeReturnShippingMutation = graphql(`
  mutation AdminArrangeReturnShipping($input: ArrangeReturnShippingInput!) {
    arrangeReturnShipping(input: $input) {
      returnRequest {
        id
        shippingWay
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminReceiveReturnShipmentMutation = graphql(`
  mutation AdminReceiveReturnShipment($id: ID!, $note: String) {
    receiveReturnShipment(id: $id, note: $note) {
      returnRequest {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
