import { graphql } from '../../gql';

// Returns (commerce, decision 0058): what the customer may return from an order, their return requests,
// and asking for one. Always sent with the shopper's token. `npm run codegen` types these in ../../gql.

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
  }
`);

export const ShopReturnableLinesQuery = graphql(`
  query ShopReturnableLines($orderId: ID!) {
    returnableLines(orderId: $orderId) {
      orderLineId
      title
      sku
      quantity
      returnable
      closesAt
      problem
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
