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
