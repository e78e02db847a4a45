import { graphql } from '../../gql';

// Gift cards sold as products (decision 0064). `npm run codegen` (repo root) types these in ../../gql.

/** Which of these products the shop sells as gift cards (anyone may ask: the product editor, the checkout). */
export const GiftCardProductsQuery = graphql(`
  query GiftCardProducts($ids: [ID!]!) {
    giftCardProducts(productIds: $ids)
  }
`);

export const AdminSetGiftCardProductMutation = graphql(`
  mutation AdminSetGiftCardProduct($productId: ID!, $giftCard: Boolean!) {
    setGiftCardProduct(productId: $productId, giftCard: $giftCard) {
      giftCard
      userErrors {
        code
        message
        field
      }
    }
  }
`);
