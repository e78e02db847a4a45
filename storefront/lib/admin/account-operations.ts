import { graphql } from '../../gql';

// The account page's two-factor enrolment (a new administrator) and reset (a new phone)
// (identity).
// Always sent with the signed-in user's token; `npm run codegen` (repo root) types these in ../../gql.

export const AdminBeginTwoFactorMutation = graphql(`
  mutation AdminBeginTwoFactor {
    beginTwoFactorEnrollment {
      secret
      otpauthUrl
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminConfirmTwoFactorMutation = graphql(`
  mutation AdminConfirmTwoFactor($code: String!) {
    confirmTwoFactorEnrollment(code: $code) {
      backupCodes
      session {
        ...SessionFields
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminBeginTwoFactorResetMutation = graphql(`
  mutation AdminBeginTwoFactorReset($password: String!, $code: String!) {
    beginTwoFactorReset(password: $password, code: $code) {
      secret
      otpauthUrl
      resetToken
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminConfirmTwoFactorResetMutation = graphql(`
  mutation AdminConfirmTwoFactorReset($resetToken: String!, $code: String!) {
    confirmTwoFactorReset(resetToken: $resetToken, code: $code) {
      backupCodes
      session {
        ...SessionFields
      }
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

// Account security for everyone: end every session of the account, and turn two-factor off with a current code.

export const AdminLogoutEverywhereMutation = graphql(`
  mutation AdminLogoutEverywhere {
    logoutEverywhere {
      sessionsEnded
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminDisableTwoFactorMutation = graphql(`
  mutation AdminDisableTwoFactor($code: String!) {
    disableTwoFactor(code: $code) {
      ok
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminMySessionsQuery = graphql(`
  query AdminMySessions {
    mySessions {
      id
      current
      startedAt
      lastActiveAt
      twoFactorVerified
      tenant {
        name
      }
    }
  }
`);

export const AdminEndMySessionMutation = graphql(`
  mutation AdminEndMySession($sessionId: ID!) {
    endMySession(sessionId: $sessionId) {
      ok
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminChangePasswordMutation = graphql(`
  mutation AdminChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      sessionsEnded
      userErrors {
        ...AdminUserError
      }
    }
  }
`);

export const AdminRequestAccountDeletionMutation = graphql(`
  mutation AdminRequestAccountDeletion($password: String!) {
    requestAccountDeletion(password: $password) {
      purgeAfter
      userErrors {
        ...AdminUserError
      }
    }
  }
`);
