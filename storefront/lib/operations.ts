import { graphql } from '../gql';

// Every operation the storefront sends. `npm run codegen` (repo root) turns these into typed documents
// in ../gql; the strings must stay byte-identical to the keys it generates.

export const TenantBySlugQuery = graphql(`
  query TenantBySlug($slug: String!) {
    tenantBySlug(slug: $slug) {
      id
      slug
      name
      kind
      logoUrl
      primaryColor
      currency
      customDomain
    }
  }
`);

export const TenantByDomainQuery = graphql(`
  query TenantByDomain($domain: String!) {
    tenantByDomain(domain: $domain) {
      slug
      kind
    }
  }
`);

export const SessionFieldsFragment = graphql(`
  fragment SessionFields on Session {
    accessToken
    refreshToken
    accessTokenExpiresAt
    refreshTokenExpiresAt
    user {
      id
      name
      email
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      session {
        ...SessionFields
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      session {
        ...SessionFields
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken) {
      ok
      userErrors {
        code
        message
      }
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      email
      phone
    }
  }
`);

export const CategoryTreeQuery = graphql(`
  query CategoryTree {
    categories {
      id
      name
      slug
      children {
        id
        name
        slug
        children {
          id
          name
          slug
        }
      }
    }
  }
`);

export const MoneyFieldsFragment = graphql(`
  fragment MoneyFields on Money {
    amount
    currency
  }
`);

export const ProductCardFragment = graphql(`
  fragment ProductCard on Product {
    id
    slug
    title
    availableForSale
    vendor {
      id
      name
    }
    media {
      url
      alt
      position
    }
    variants {
      id
      price(context: $priceContext) {
        unit {
          ...MoneyFields
        }
        compareAt {
          ...MoneyFields
        }
      }
    }
  }
`);

export const StoreHomeQuery = graphql(`
  query StoreHome($priceContext: PriceContextInput!, $first: Int!, $marketplace: Boolean!) {
    featured: collection(slug: "featured") {
      title
      description
      entries(first: $first) {
        edges {
          node {
            product {
              ...ProductCard
            }
          }
        }
      }
    }
    newest: searchProducts(sort: NEWEST, first: $first) {
      edges {
        node {
          ...ProductCard
        }
      }
    }
    vendors(first: 12) @include(if: $marketplace) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const ProductSearchQuery = graphql(`
  query ProductSearch(
    $query: String
    $filters: ProductSearchFilters
    $sort: ProductSort
    $currency: String
    $after: String
    $first: Int!
    $priceContext: PriceContextInput!
  ) {
    searchProducts(query: $query, filters: $filters, sort: $sort, currency: $currency, after: $after, first: $first) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ProductCard
        }
      }
      facets {
        categories {
          id
          name
          count
        }
        vendors {
          id
          name
          count
        }
        attributes {
          name
          values {
            value
            count
          }
        }
        priceRange {
          min {
            ...MoneyFields
          }
          max {
            ...MoneyFields
          }
        }
      }
    }
  }
`);

export const ProductPageQuery = graphql(`
  query ProductPage($slug: String!, $priceContext: PriceContextInput!) {
    product(slug: $slug) {
      id
      slug
      title
      description
      status
      attributes
      seoTitle
      seoDescription
      updatedAt
      availableForSale
      vendor {
        id
        name
      }
      category {
        id
        name
        slug
        parent {
          id
          name
          slug
        }
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
        availableForSale
        price(context: $priceContext) {
          unit {
            ...MoneyFields
          }
          compareAt {
            ...MoneyFields
          }
          taxInclusive
        }
      }
    }
  }
`);

export const VendorProfileQuery = graphql(`
  query VendorProfile($id: ID!) {
    vendor(id: $id) {
      id
      slug
      name
      status
      createdAt
    }
  }
`);

export const VendorListQuery = graphql(`
  query VendorList($first: Int!, $after: String) {
    vendors(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          createdAt
        }
      }
    }
  }
`);

export const SitemapProductsQuery = graphql(`
  query SitemapProducts($first: Int!, $after: String) {
    products(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          slug
          updatedAt
        }
      }
    }
  }
`);

export const MyVendorQuery = graphql(`
  query MyVendor {
    myVendor {
      id
      name
      status
    }
  }
`);

export const ApplyAsVendorMutation = graphql(`
  mutation ApplyAsVendor($input: VendorApplicationInput!) {
    applyAsVendor(input: $input) {
      vendor {
        id
        name
        status
      }
      userErrors {
        code
        message
        field
      }
    }
  }
`);
