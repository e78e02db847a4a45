/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type LoginInput = {
  email: string;
  password: string;
  tenantSlug: string;
  /** Authenticator code or a backup code, when two-factor is on. */
  totpCode?: string | null | undefined;
};

export type TenantKind =
  | 'CLIENT'
  | 'MARKETPLACE'
  | 'PARTNER'
  | 'PLATFORM'
  | 'STORE';

export type TenantBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type TenantBySlugQuery = { tenantBySlug: { id: string, slug: string, name: string, kind: TenantKind, logoUrl: string | null, primaryColor: string | null } | null };

export type SessionFieldsFragment = { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, refreshTokenExpiresAt: string, user: { id: string, name: string, email: string } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { session: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, refreshTokenExpiresAt: string, user: { id: string, name: string, email: string } } | null, userErrors: Array<{ code: string, message: string, field: Array<string> | null }> } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshSession: { session: { accessToken: string, refreshToken: string, accessTokenExpiresAt: string, refreshTokenExpiresAt: string, user: { id: string, name: string, email: string } } | null, userErrors: Array<{ code: string, message: string }> } };

export type LogoutMutationVariables = Exact<{
  refreshToken: string;
}>;


export type LogoutMutation = { logout: { ok: boolean, userErrors: Array<{ code: string, message: string }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, email: string } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const TenantBySlugDocument = new TypedDocumentString(`
    query TenantBySlug($slug: String!) {
  tenantBySlug(slug: $slug) {
    id
    slug
    name
    kind
    logoUrl
    primaryColor
  }
}
    `) as unknown as TypedDocumentString<TenantBySlugQuery, TenantBySlugQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($refreshToken: String!) {
  logout(refreshToken: $refreshToken) {
    ok
    userErrors {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    name
    email
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;