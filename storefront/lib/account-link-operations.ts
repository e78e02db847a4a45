import { graphql } from '../gql';

// Password reset and e-mail verification (issue 15, decision 0056): the shop's and the back office's pages
// send these; identity mails the links through notifications.

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!, $from: AccountSurface) {
    requestPasswordReset(email: $email, from: $from) {
      ok
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) {
      email
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      email
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const ResendEmailVerificationMutation = graphql(`
  mutation ResendEmailVerification($from: AccountSurface) {
    resendEmailVerification(from: $from) {
      sent
      userErrors {
        code
        message
        field
      }
    }
  }
`);

export const EmailVerifiedQuery = graphql(`
  query EmailVerified {
    me {
      id
      emailVerified
    }
  }
`);
