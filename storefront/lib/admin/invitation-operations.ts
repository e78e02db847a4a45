import { graphql } from '../../gql';

// Invitations (identity): administrators invite an e-mail address to a role and see the open ones; the
// holder of the link previews and accepts it without being signed in. `npm run codegen` types these.

export const AdminInvitationsQuery = graphql(`
  query AdminInvitations {
    invitations(first: 50) {
      edges {
        node {
          id
          email
          role
          state
          createdAt
          expiresAt
        }
      }
    }
  }
`);

export const AdminInviteMemberMutation = graphql(`
  mutation AdminInviteMember($email: String!, $role: Role!) {
    inviteMember(email: $email, role: $role) {
      token
      invitation {
        id
        email
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminRevokeInvitationMutation = graphql(`
  mutation AdminRevokeInvitation($id: ID!) {
    revokeInvitation(id: $id) {
      invitation {
        id
        state
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const InvitationPreviewQuery = graphql(`
  query InvitationPreview($token: String!) {
    invitationPreview(token: $token) {
      email
      role
      expiresAt
      hasAccount
      tenant {
        slug
        name
      }
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      email
      tenant {
        slug
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
