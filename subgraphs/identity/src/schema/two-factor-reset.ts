import { withUserErrors } from '@webwaka/kit';
import { beginTwoFactorReset, confirmTwoFactorReset } from '../services/two-factor-reset';
import { builder } from './builder';
import { Session } from './session';
import type { Session as SessionShape } from '../services/sessions';

const ResetPayload = builder.payloadObject<{ secret: string; otpauthUrl: string; resetToken: string }>(
  'TwoFactorResetPayload',
  (t) => ({
    secret: t.string({ nullable: true, resolve: (p) => p.secret ?? null }),
    otpauthUrl: t.string({ nullable: true, resolve: (p) => p.otpauthUrl ?? null }),
    resetToken: t.string({ nullable: true, description: 'Pass to confirmTwoFactorReset with a code from the new secret (valid 15 minutes).', resolve: (p) => p.resetToken ?? null }),
  }),
  'A new secret, shown once; the old one keeps working until a code from this one is confirmed.',
);

const ResetConfirmPayload = builder.payloadObject<{ backupCodes: string[]; session: SessionShape }>('TwoFactorResetConfirmPayload', (t) => ({
  backupCodes: t.stringList({ nullable: true, description: 'New single-use recovery codes (the old ones no longer work), shown once.', resolve: (p) => p.backupCodes ?? null }),
  session: t.field({ type: Session, nullable: true, description: 'The session, re-issued with the second factor verified.', resolve: (p) => p.session ?? null }),
}));

builder.mutationFields((t) => ({
  beginTwoFactorReset: t.field({
    type: ResetPayload,
    authScopes: { authenticated: true },
    description: 'Starts moving two-factor authentication to a new authenticator: needs the password and a current code or backup code (a backup code is spent).',
    args: { password: t.arg.string({ required: true }), code: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => withUserErrors(() => beginTwoFactorReset(ctx, args)),
  }),
  confirmTwoFactorReset: t.field({
    type: ResetConfirmPayload,
    authScopes: { authenticated: true },
    description: 'Finishes a reset with a code from the new secret: the new secret and new backup codes replace the old ones.',
    args: { resetToken: t.arg.string({ required: true }), code: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => withUserErrors(() => confirmTwoFactorReset(ctx, args)),
  }),
}));
