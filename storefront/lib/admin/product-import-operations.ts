import { graphql } from '../../gql';

// The products section's CSV import: what the preview checks rows against, and the
// product it creates (catalog; opening stock goes in with inventory-operations' AdminReceiveStock).
// Always sent with the signed-in user's token; `npm run codegen` (repo root) types these in ../../gql.

export const AdminImportCategoriesQuery = graphql(`
  query AdminImportCategories {
    categories {
      id
      slug
      name
      children {
        id
        slug
        name
        children {
          id
          slug
          name
        }
      }
    }
  }
`);

export const AdminImportSkusQuery = graphql(`
  query AdminImportSkus($after: String) {
    products(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          variants {
            sku
          }
        }
      }
    }
  }
`);

export const AdminImportCreateProductMutation = graphql(`
  mutation AdminImportCreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      product {
        id
        slug
        variants {
          id
          sku
        }
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
