import { graphql } from '../../gql';

// Sign-in with a one-time code by SMS (issue 15, decision 0062): the shop's phone sign-in page.

export const RequestSignInCodeMutation = graphql(`
  mutation RequestSignInCode($tenantSlug: String!, $phone: String!) {
    requestSignInCode(tenantSlug: $tenantSlug, phone: $phone) {
      phone
      userErrors {
        code
        message
      }
    }
  }
`);

export const SignInWithCodeMutation = graphql(`
  mutation SignInWithCode($input: SignInWithCodeInput!) {
    signInWithCode(input: $input) {
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

// Closing an account from the shop (decision 0079): with the password, or for a phone-only account with a
// code texted to its own number.

export const RequestAccountCodeMutation = graphql(`
  mutation RequestAccountCode {
    requestAccountCode {
      sentTo
      userErrors {
        code
        message
      }
    }
  }
`);

export const CloseMyAccountMutation = graphql(`
  mutation CloseMyAccount($password: String, $code: String) {
    requestAccountDeletion(password: $password, code: $code) {
      purgeAfter
      userErrors {
        code
        message
      }
    }
  }
`);
