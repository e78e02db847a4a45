import { graphql } from '../../gql';

// Returns (commerce, decision 0058): what the customer may return from an order, their return requests,
// and asking for one. Always sent with the shopper's token; a guest's (decision 0065, "Guests") name the
// order's cart token from the checkout cookie instead. `npm run codegen` types these in ../../gql.

export const ShopReturnRequestFieldsFragment = graphql(`
  fragment ShopReturnRequestFields on ReturnRequest {
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
      amount
      currency
    }
    createdAt
    lines {
      id
      title
      quantity
    }
    shippingWay
    shippingPaidBy
    shippingCharge {
      amount
      currency
    }
    customerCarrier
    customerTrackingNumber
    returnShipment {
      id
      carrier
      trackingNumber
      status
      events {
        id
        status
        note
        location
        at
      }
    }
  }
`);

export const ShopReturnableLineFieldsFragment = graphql(`
  fragment ShopReturnableLineFields on ReturnableLine {
    orderLineId
    title
    sku
    quantity
    returnable
    closesAt
    problem
  }
`);

export const ShopReturnableLinesQuery = graphql(`
  query ShopReturnableLines($orderId: ID!) {
    returnableLines(orderId: $orderId) {
      ...ShopReturnableLineFields
    }
  }
`);

export const ShopMyReturnsQuery = graphql(`
  query ShopMyReturns($orderId: ID) {
    returnRequests(first: 50, mine: true, orderId: $orderId) {
      edges {
        node {
          ...ShopReturnRequestFields
        }
      }
    }
  }
`);

export const ShopRequestReturnMutation = graphql(`
  mutation ShopRequestReturn($input: RequestReturnInput!) {
    requestReturn(input: $input) {
      returnRequests {
        id
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const ShopGuestReturnableLinesQuery = graphql(`
  query ShopGuestReturnableLines($orderId: ID!, $cartToken: String!) {
    guestReturnableLines(orderId: $orderId, cartToken: $cartToken) {
      ...ShopReturnableLineFields
    }
  }
`);

export const ShopGuestReturnsQuery = graphql(`
  query ShopGuestReturns($orderId: ID!, $cartToken: String!) {
    guestReturnRequests(orderId: $orderId, cartToken: $cartToken) {
      ...ShopReturnRequestFields
    }
  }
`);

export const ShopGuestRequestReturnMutation = graphql(`
  mutation ShopGuestRequestReturn($cartToken: String!, $input: RequestReturnInput!) {
    guestRequestReturn(cartToken: $cartToken, input: $input) {
      returnRequests {
        id
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const ShopLookUpGuestOrderMutation = graphql(`
  mutation ShopLookUpGuestOrder($orderNumber: String!, $email: String!) {
    lookUpGuestOrder(orderNumber: $orderNumber, email: $email) {
      orderId
      cartToken
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const ShopSendReturnMyselfMutation = graphql(`
  mutation ShopSendReturnMyself($id: ID!, $carrier: String!, $trackingNumber: String!, $cartToken: String) {
    sendReturnMyself(id: $id, carrier: $carrier, trackingNumber: $trackingNumber, cartToken: $cartToken) {
      returnRequest {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
