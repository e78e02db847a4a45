import { graphql } from '../../gql';

// Every operation of the shopping pages (cart, checkout, orders, account). `npm run codegen` (repo root)
// turns these into typed documents in ../../gql; the strings must stay byte-identical to the keys it
// generates. They always carry the shopper's token when there is one: carts and orders are personal and
// never go through the gateway's anonymous cache (a guest's cart is named by its secret token).

export const ShopUserErrorFragment = graphql(`
  fragment ShopUserError on UserError {
    code
    message
    field
  }
`);

export const ShopQuoteLineFragment = graphql(`
  fragment ShopQuoteLine on CartQuoteLine {
    variantId
    productId
    quantity
    sellable
    reason
    sku
    title
    vendorId
    vendorName
    unitPrice {
      ...MoneyFields
    }
    total {
      ...MoneyFields
    }
    tax {
      ...MoneyFields
    }
  }
`);

export const ShopCartFragment = graphql(`
  fragment ShopCart on Cart {
    id
    token
    status
    channel
    currency
    lines {
      id
      variantId
      quantity
      variant {
        id
        title
        options
        product {
          id
          slug
          title
          media {
            url
            alt
            position
          }
        }
      }
    }
    quote {
      lines {
        ...ShopQuoteLine
      }
      vendors {
        vendorId
        vendorName
        lines {
          variantId
        }
        total {
          ...MoneyFields
        }
      }
      subtotal {
        ...MoneyFields
      }
      tax {
        ...MoneyFields
      }
      total {
        ...MoneyFields
      }
    }
    promotions {
      name
      discount {
        ...MoneyFields
      }
    }
    couponsAccepted
    coupon {
      code
      freeShipping
      discount {
        ...MoneyFields
      }
      problem {
        code
        message
      }
    }
  }
`);

export const ShopCartQuery = graphql(`
  query ShopCart($cartToken: String) {
    cart(cartToken: $cartToken) {
      ...ShopCart
    }
  }
`);

export const ShopAddCartLineMutation = graphql(`
  mutation ShopAddCartLine($input: AddCartLineInput!) {
    addCartLine(input: $input) {
      cart {
        id
        token
      }
      userErrors {
        ...ShopUserError
      }
    }
  }
`);

export const ShopUpdateCartLineMutation = graphql(`
  mutation ShopUpdateCartLine($input: CartLineInput!) {
    updateCartLine(input: $input) {
      cart {
        id
      }
      userErrors {
        ...ShopUserError
      }
    }
  }
`);

export const ShopMergeGuestCartMutation = graphql(`
  mutation ShopMergeGuestCart($cartToken: String!) {
    mergeGuestCart(cartToken: $cartToken) {
      cart {
        id
      }
      userErrors {
        ...ShopUserError
      }
    }
  }
`);

export const ShopShippingOptionsQuery = graphql(`
  query ShopShippingOptions($destination: ShippingDestinationInput!) {
    checkoutPaymentMethods
    checkoutUssdBanks {
      code
      name
    }
    checkoutMobileMoneyNetworks {
      code
      name
    }
    shippingOptions(destination: $destination) {
      id
      method
      name
      amount {
        ...MoneyFields
      }
      freeOver {
        ...MoneyFields
      }
    }
  }
`);

export const ShopCheckoutMutation = graphql(`
  mutation ShopCheckout($input: CheckoutInput!) {
    checkout(input: $input) {
      order {
        id
        number
      }
      payment {
        reference
        status
        authorizationUrl
      }
      userErrors {
        ...ShopUserError
      }
    }
  }
`);

export const ShopRetryPaymentMutation = graphql(`
  mutation ShopRetryPayment($orderId: ID!, $cartToken: String, $returnUrl: String) {
    retryPayment(orderId: $orderId, cartToken: $cartToken, returnUrl: $returnUrl) {
      payment {
        authorizationUrl
        status
        chargeInstruction
      }
      userErrors {
        ...ShopUserError
      }
    }
  }
`);

export const ShopRefreshPaymentMutation = graphql(`
  mutation ShopRefreshPayment($reference: String!) {
    refreshPayment(reference: $reference) {
      payment {
        status
      }
      userErrors {
        ...ShopUserError
      }
    }
  }
`);

export const ShopOrderSummaryFragment = graphql(`
  fragment ShopOrderSummary on Order {
    id
    number
    status
    createdAt
    total {
      ...MoneyFields
    }
  }
`);

export const ShopOrderQuery = graphql(`
  query ShopOrder($id: ID!, $cartToken: String) {
    order(id: $id, cartToken: $cartToken) {
      ...ShopOrderSummary
      fulfilmentStage
      email
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
      refundedTotal {
        ...MoneyFields
      }
      prepaid {
        ...MoneyFields
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
      expiresAt
      paidAt
      cancelledAt
      cancelReason
      vendorOrders {
        id
        vendorName
        lines {
          id
        }
      }
      lines {
        id
        sku
        title
        quantity
        refundedQuantity
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
      timeline {
        id
        toStatus
        reason
        at
      }
      payments {
        reference
        status
        authorizationUrl
        provider
        method
        bankAccountNumber
        bankName
        bankAccountName
        ussdCode
        chargeInstruction
        mobileMoneyPhone
        amount {
          ...MoneyFields
        }
        received {
          ...MoneyFields
        }
        stillToPay {
          ...MoneyFields
        }
      }
    }
  }
`);

export const ShopMyOrdersQuery = graphql(`
  query ShopMyOrders($after: String) {
    orders(first: 20, after: $after) {
      edges {
        node {
          ...ShopOrderSummary
          customerUserId
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

export const ShopExportMyDataQuery = graphql(`
  query ShopExportMyData {
    exportMyData
  }
`);

export const ShopSignUpMutation = graphql(`
  mutation ShopSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      session {
        ...SessionFields
      }
      userErrors {
        ...ShopUserError
      }
    }
  }
`);

export const ShopRecordReferralTouchMutation = graphql(`
  mutation ShopRecordReferralTouch($code: String!, $visitorId: String!) {
    recordReferralTouch(code: $code, visitorId: $visitorId) {
      recorded
    }
  }
`);

/** A carrier's live delivery price for the cart and address (decision 0091); null: zone rates only. */
export const ShopQuoteCheckoutShippingMutation = graphql(`
  mutation ShopQuoteCheckoutShipping($cartToken: String, $destination: ShippingQuoteDestinationInput!) {
    quoteCheckoutShipping(cartToken: $cartToken, destination: $destination) {
      quote {
        id
        method
        carrierName
        etaDays
        amount {
          amount
          currency
        }
      }
      userErrors {
        code
      }
    }
  }
`);
