import { graphql } from '../../gql';

// Operations of the back office's category screen (catalog; always with the signed-in user's token).
// `npm run codegen` (repo root) types these in ../../gql.

export const AdminCategoryFieldsFragment = graphql(`
  fragment AdminCategoryFields on Category {
    id
    name
    slug
    position
  }
`);

/**
 * The tree, three levels deep: what the shop shows (lib/operations.ts CategoryTree), and what the gateway's
 * cost limit allows (a plain list counts ten times per level). The screen offers no deeper parents.
 */
export const AdminCategoryTreeQuery = graphql(`
  query AdminCategoryTree {
    categories {
      ...AdminCategoryFields
      children {
        ...AdminCategoryFields
        children {
          ...AdminCategoryFields
        }
      }
    }
  }
`);

export const AdminCategorySiblingsQuery = graphql(`
  query AdminCategorySiblings($parentId: ID) {
    categories(parentId: $parentId) {
      id
      position
    }
  }
`);

export const AdminCreateCategoryMutation = graphql(`
  mutation AdminCreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      category {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminUpdateCategoryMutation = graphql(`
  mutation AdminUpdateCategory($input: UpdateCategoryInput!) {
    updateCategory(input: $input) {
      category {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminMoveCategoryMutation = graphql(`
  mutation AdminMoveCategory($input: MoveCategoryInput!) {
    moveCategory(input: $input) {
      category {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminDeleteCategoryMutation = graphql(`
  mutation AdminDeleteCategory($id: ID!) {
    deleteCategory(id: $id) {
      category {
        id
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
