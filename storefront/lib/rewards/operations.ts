import { graphql } from '../../gql';

// Gift cards, loyalty and store credit (commerce's rewards). The Admin* documents are sent with the signed-in
// administrator's token; the Shop* ones by the shop (a code's balance to anyone, myRewards to its customer).
// `npm run codegen` (repo root) types these in ../../gql.

export const AdminRewardsQuery = graphql(`
  query AdminRewards($after: String) {
    giftCards(first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          last4
          initialValue {
            ...MoneyFields
          }
          balance {
            ...MoneyFields
          }
          status
          source
          expiresAt
          recipientEmail
          note
          createdAt
        }
      }
    }
    loyaltyProgramme {
      ...LoyaltyProgrammeFields
    }
  }
`);

export const LoyaltyProgrammeFragment = graphql(`
  fragment LoyaltyProgrammeFields on LoyaltyProgramme {
    enabled
    currency
    spendPerPoint {
      ...MoneyFields
    }
    pointValue {
      ...MoneyFields
    }
    expiryDays
    maxRedeemBps
    tiers {
      name
      minPoints
      multiplierBps
    }
  }
`);

export const CustomerRewardsFragment = graphql(`
  fragment CustomerRewardsFields on CustomerRewards {
    userId
    points
    pointsValue {
      ...MoneyFields
    }
    tier
    pointsEarnedLastYear
    storeCredit {
      ...MoneyFields
    }
    history {
      id
      kind
      points
      amount {
        ...MoneyFields
      }
      reason
      note
      createdAt
    }
  }
`);

export const AdminCustomerRewardsQuery = graphql(`
  query AdminCustomerRewards($userId: ID!) {
    customerRewards(userId: $userId) {
      ...CustomerRewardsFields
    }
  }
`);

export const AdminCustomerSearchQuery = graphql(`
  query AdminCustomerSearch($text: String!, $after: String) {
    customerSearch(text: $text, first: 20, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          email
          phone
        }
      }
    }
  }
`);

export const AdminIssueGiftCardMutation = graphql(`
  mutation AdminIssueGiftCard($input: IssueGiftCardInput!) {
    issueGiftCard(input: $input) {
      code
      giftCard {
        id
        last4
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminSetGiftCardStatusMutation = graphql(`
  mutation AdminSetGiftCardStatus($id: ID!, $status: GiftCardStatus!) {
    setGiftCardStatus(id: $id, status: $status) {
      giftCard {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminSaveLoyaltyProgrammeMutation = graphql(`
  mutation AdminSaveLoyaltyProgramme($input: SaveLoyaltyProgrammeInput!) {
    saveLoyaltyProgramme(input: $input) {
      programme {
        enabled
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminAdjustPointsMutation = graphql(`
  mutation AdminAdjustPoints($input: AdjustPointsInput!) {
    adjustPoints(input: $input) {
      rewards {
        userId
        points
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminAdjustStoreCreditMutation = graphql(`
  mutation AdminAdjustStoreCredit($input: AdjustStoreCreditInput!) {
    adjustStoreCredit(input: $input) {
      rewards {
        userId
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const ShopGiftCardBalanceQuery = graphql(`
  query ShopGiftCardBalance($code: String!) {
    giftCardBalance(code: $code) {
      last4
      balance {
        ...MoneyFields
      }
      status
      expiresAt
    }
  }
`);

export const ShopMyRewardsQuery = graphql(`
  query ShopMyRewards {
    myRewards {
      ...CustomerRewardsFields
    }
    loyaltyProgramme {
      ...LoyaltyProgrammeFields
    }
  }
`);

// The checkout's "Pay with": what a signed-in customer may spend (no history).
export const ShopPayWithQuery = graphql(`
  query ShopPayWith {
    myRewards {
      points
      storeCredit {
        ...MoneyFields
      }
    }
    loyaltyProgramme {
      ...LoyaltyProgrammeFields
    }
  }
`);

export const ShopLoyaltyProgrammeQuery = graphql(`
  query ShopLoyaltyProgramme {
    loyaltyProgramme {
      ...LoyaltyProgrammeFields
    }
  }
`);
