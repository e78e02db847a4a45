import { withUserErrors } from '@webwaka/kit';
import { resendEmailVerification, verifyEmail } from '../services/email-verification';
import { requestPasswordReset, resetPassword } from '../services/password-reset';
import { builder } from './builder';

// Password reset and e-mail verification by single-use links sent by e-mail (issue 15, decision 0056).

const AccountSurfaceEnum = builder.enumType('AccountSurface', {
  description: 'Which pages an e-mailed link opens: the shop\'s (the default at a store or marketplace) or the back office\'s.',
  values: ['SHOP', 'BACK_OFFICE'] as const,
});

const RequestPasswordResetPayload = builder.payloadObject<{ ok: boolean }>('RequestPasswordResetPayload', (t) => ({
  ok: t.boolean({ nullable: true, description: 'True whether or not the address has an account here (a link is mailed only if it does).', resolve: (p) => p.ok ?? null }),
}));

const ResetPasswordPayload = builder.payloadObject<{ email: string; sessionsEnded: number }>('ResetPasswordPayload', (t) => ({
  email: t.string({ nullable: true, description: 'The address to sign in with next.', resolve: (p) => p.email ?? null }),
  sessionsEnded: t.int({ nullable: true, description: 'How many sessions of the account were signed out.', resolve: (p) => p.sessionsEnded ?? null }),
}));

const VerifyEmailPayload = builder.payloadObject<{ email: string }>('VerifyEmailPayload', (t) => ({
  email: t.string({ nullable: true, description: 'The address now verified.', resolve: (p) => p.email ?? null }),
}));

const ResendEmailVerificationPayload = builder.payloadObject<{ sent: boolean }>('ResendEmailVerificationPayload', (t) => ({
  sent: t.boolean({ nullable: true, description: 'False when the address was already verified (nothing sent).', resolve: (p) => p.sent ?? null }),
}));

builder.mutationFields((t) => ({
  requestPasswordReset: t.field({
    type: RequestPasswordResetPayload,
    description:
      'E-mail a password reset link (30 minutes, single use) for this tenant. Answers the same whether or not the address has an account; TOO_MANY_ATTEMPTS when asked too often for an address or from a client address.',
    args: { email: t.arg.string({ required: true }), from: t.arg({ type: AccountSurfaceEnum }) },
    resolve: (_r, args, ctx) => withUserErrors(async () => (await requestPasswordReset(ctx, args), { ok: true })),
  }),
  resetPassword: t.field({
    type: ResetPasswordPayload,
    description: 'Set a new password with a reset link\'s token (TOKEN_INVALID, TOKEN_USED, TOKEN_EXPIRED); every session of the account ends. Sign in next.',
    args: { token: t.arg.string({ required: true }), newPassword: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => withUserErrors(() => resetPassword(ctx, args)),
  }),
  verifyEmail: t.field({
    type: VerifyEmailPayload,
    description: 'Mark the address verified with a verification link\'s token (TOKEN_INVALID, TOKEN_USED, TOKEN_EXPIRED).',
    args: { token: t.arg.string({ required: true }) },
    resolve: (_r, { token }, ctx) => withUserErrors(() => verifyEmail(ctx, token)),
  }),
  resendEmailVerification: t.field({
    type: ResendEmailVerificationPayload,
    authScopes: { authenticated: true },
    description: 'E-mail yourself a new verification link (24 hours); TOO_MANY_ATTEMPTS when asked too often.',
    args: { from: t.arg({ type: AccountSurfaceEnum }) },
    resolve: (_r, args, ctx) => withUserErrors(() => resendEmailVerification(ctx, args)),
  }),
}));
