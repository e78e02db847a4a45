import { graphql } from '../../gql';

// Operations of the back office's catalogue pages (products → catalogue settings, collections, marketplace
// listings; catalog; always with the signed-in user's token). `npm run codegen` (repo root) types these in ../../gql.

export const AdminCatalogSettingsQuery = graphql(`
  query AdminCatalogSettings {
    catalogSettings {
      taxRateBps
      pricesIncludeTax
      defaultCommissionBps
    }
  }
`);

export const AdminUpdateCatalogSettingsMutation = graphql(`
  mutation AdminUpdateCatalogSettings($input: UpdateCatalogSettingsInput!) {
    updateCatalogSettings(input: $input) {
      settings {
        taxRateBps
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

/** The tenant's collections, oldest first (a shop keeps a handful; the first hundred are offered). */
export const AdminCollectionsQuery = graphql(`
  query AdminCollections {
    collections(first: 100) {
      edges {
        node {
          id
          title
          slug
        }
      }
    }
  }
`);

/** A collection by its address, with its products in order (the first hundred). */
export const AdminCollectionQuery = graphql(`
  query AdminCollection($slug: String!) {
    collection(slug: $slug) {
      id
      title
      slug
      description
      entries(first: 100) {
        edges {
          node {
            position
            product {
              id
              title
            }
          }
        }
      }
    }
  }
`);

export const AdminCreateCollectionMutation = graphql(`
  mutation AdminCreateCollection($input: CreateCollectionInput!) {
    createCollection(input: $input) {
      collection {
        slug
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminAddToCollectionMutation = graphql(`
  mutation AdminAddToCollection($input: AddToCollectionInput!) {
    addToCollection(input: $input) {
      collection {
        slug
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

/** Listings, newest first: all of the marketplace's for managers, its own for a vendor. */
export const AdminMarketplaceListingsQuery = graphql(`
  query AdminMarketplaceListings($after: String) {
    marketplaceListings(first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          commissionBps
          active
          createdAt
          product {
            id
            title
          }
          vendor {
            id
            name
          }
        }
      }
    }
  }
`);

export const AdminListProductMutation = graphql(`
  mutation AdminListProduct($productId: ID!, $commissionBps: Int) {
    listProductInMarketplace(productId: $productId, commissionBps: $commissionBps) {
      listing {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminRemoveFromCollectionMutation = graphql(`
  mutation AdminRemoveFromCollection($collectionId: ID!, $productId: ID!) {
    removeFromCollection(collectionId: $collectionId, productId: $productId) {
      collection {
        slug
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
