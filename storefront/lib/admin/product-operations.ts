import { graphql } from '../../gql';

// The products section: the list, the product form and its mutations (catalog).
// Always sent with the signed-in user's token; `npm run codegen` (repo root) types these in ../../gql.

export const AdminProductRowFragment = graphql(`
  fragment AdminProductRow on Product {
    id
    slug
    title
    status
    updatedAt
    vendor {
      id
      name
    }
    variants {
      id
      price(context: { currency: "NGN", channel: SVM }) {
        unit {
          amount
          currency
        }
      }
      inventory {
        available
      }
    }
  }
`);

export const AdminProductListQuery = graphql(`
  query AdminProductList($status: ProductStatus, $vendorId: ID, $after: String, $first: Int!) {
    products(status: $status, vendorId: $vendorId, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AdminProductRow
        }
      }
    }
  }
`);

export const AdminProductSearchQuery = graphql(`
  query AdminProductSearch($query: String, $filters: ProductSearchFilters, $after: String, $first: Int!) {
    searchProducts(query: $query, filters: $filters, sort: NEWEST, after: $after, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AdminProductRow
        }
      }
    }
  }
`);

export const AdminProductFormOptionsQuery = graphql(`
  query AdminProductFormOptions($withVendors: Boolean!) {
    categories {
      id
      name
      children {
        id
        name
        children {
          id
          name
        }
      }
    }
    vendors(first: 100) @include(if: $withVendors) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const AdminProductQuery = graphql(`
  query AdminProduct($id: ID!) {
    productById(id: $id) {
      id
      slug
      title
      description
      status
      listing {
        active
        commissionBps
      }
      seoTitle
      seoDescription
      updatedAt
      vendor {
        id
        name
        status
      }
      category {
        id
        name
      }
      media {
        id
        url
        alt
        position
      }
      variants {
        id
        sku
        title
        options
        position
        weightGrams
        lengthMm
        widthMm
        heightMm
        prices {
          id
          priceListId
          minQuantity
          startsAt
          endsAt
          amount {
            amount
            currency
          }
        }
        inventory {
          onHand
          reserved
          available
          levels {
            id
            onHand
            available
            location {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const AdminCreateProductMutation = graphql(`
  mutation AdminCreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      product {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminUpdateProductMutation = graphql(`
  mutation AdminUpdateProduct($id: ID!, $input: UpdateProductInput!) {
    updateProduct(id: $id, input: $input) {
      product {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminSetProductStatusMutation = graphql(`
  mutation AdminSetProductStatus($id: ID!, $status: ProductStatus!) {
    setProductStatus(id: $id, status: $status) {
      product {
        id
        status
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminAddVariantMutation = graphql(`
  mutation AdminAddVariant($productId: ID!, $input: ProductVariantInput!) {
    addVariant(productId: $productId, input: $input) {
      variant {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminUpdateVariantMutation = graphql(`
  mutation AdminUpdateVariant($id: ID!, $input: UpdateProductVariantInput!) {
    updateVariant(id: $id, input: $input) {
      variant {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminSetBasePriceMutation = graphql(`
  mutation AdminSetBasePrice($input: SetBasePriceInput!) {
    setBasePrice(input: $input) {
      price {
        id
        amount {
          amount
          currency
        }
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminAddMediaMutation = graphql(`
  mutation AdminAddMedia($productId: ID!, $input: ProductMediaInput!) {
    addProductMedia(productId: $productId, input: $input) {
      media {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
