import { graphql } from '../../gql';

// Coupons (decision 0057): the back office's list, create, edit and switch-off (commerce's MONEY_ADMINS:
// administrators), and the shop's cart field (apply, remove). `npm run codegen` (repo root) types these in
// ../../gql; the strings must stay byte-identical to the keys it generates.

export const AdminCouponFieldsFragment = graphql(`
  fragment AdminCouponFields on Coupon {
    id
    code
    description
    kind
    percentBps
    amount {
      ...MoneyFields
    }
    minimumSpend {
      ...MoneyFields
    }
    usageLimit
    perCustomerLimit
    used
    posUses
    overLimitUses
    discountGiven {
      ...MoneyFields
    }
    startsAt
    endsAt
    active
    productIds
    categoryIds
    vendorIds
    fundedBy
  }
`);

export const AdminCouponsQuery = graphql(`
  query AdminCoupons {
    coupons {
      ...AdminCouponFields
    }
  }
`);

export const AdminCreateCouponMutation = graphql(`
  mutation AdminCreateCoupon($input: CouponInput!) {
    createCoupon(input: $input) {
      coupon {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminUpdateCouponMutation = graphql(`
  mutation AdminUpdateCoupon($id: ID!, $input: CouponInput!) {
    updateCoupon(id: $id, input: $input) {
      coupon {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminDeactivateCouponMutation = graphql(`
  mutation AdminDeactivateCoupon($id: ID!) {
    deactivateCoupon(id: $id) {
      coupon {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const ShopApplyCouponMutation = graphql(`
  mutation ShopApplyCoupon($input: CartCouponInput!) {
    applyCouponToCart(input: $input) {
      cart {
        id
      }
      userErrors {
        ...ShopUserError
      }
    }
  }
`);

export const ShopRemoveCouponMutation = graphql(`
  mutation ShopRemoveCoupon($cartToken: String) {
    removeCouponFromCart(cartToken: $cartToken) {
      cart {
        id
      }
      userErrors {
        ...ShopUserError
      }
    }
  }
`);
