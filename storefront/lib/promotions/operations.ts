import { graphql } from '../../gql';

// Automatic promotions (decision 0061): the back office's list, create, edit and switch-off (commerce's
// MONEY_ADMINS: administrators). `npm run codegen` (repo root) types these in ../../gql; the strings must
// stay byte-identical to the keys it generates.

export const AdminPromotionFieldsFragment = graphql(`
  fragment AdminPromotionFields on Promotion {
    id
    vendorId
    name
    kind
    buyQuantity
    getQuantity
    getPercentBps
    threshold {
      ...MoneyFields
    }
    amount {
      ...MoneyFields
    }
    bundlePrice {
      ...MoneyFields
    }
    productIds
    variantIds
    discountGiven {
      ...MoneyFields
    }
    startsAt
    endsAt
    active
  }
`);

export const AdminPromotionsQuery = graphql(`
  query AdminPromotions {
    promotions {
      ...AdminPromotionFields
    }
  }
`);

export const AdminCreatePromotionMutation = graphql(`
  mutation AdminCreatePromotion($input: PromotionInput!) {
    createPromotion(input: $input) {
      promotion {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminUpdatePromotionMutation = graphql(`
  mutation AdminUpdatePromotion($id: ID!, $input: PromotionInput!) {
    updatePromotion(id: $id, input: $input) {
      promotion {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminDeactivatePromotionMutation = graphql(`
  mutation AdminDeactivatePromotion($id: ID!) {
    deactivatePromotion(id: $id) {
      promotion {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
