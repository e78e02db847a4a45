import { withUserErrors } from '@webwaka/kit';
import { beginEnrollment, confirmEnrollment, disableTwoFactor } from '../services/two-factor';
import { builder } from './builder';
import type { Session as SessionShape } from '../services/sessions';
import { OkPayload, Session } from './session';

const EnrollmentPayload = builder.payloadObject<{ secret: string; otpauthUrl: string }>(
  'TwoFactorEnrollmentPayload',
  (t) => ({
    secret: t.string({ nullable: true, resolve: (p) => p.secret ?? null }),
    otpauthUrl: t.string({ nullable: true, resolve: (p) => p.otpauthUrl ?? null }),
  }),
  'The new secret, shown once: add it to an authenticator app (or render otpauthUrl as a QR code).',
);

const ConfirmPayload = builder.payloadObject<{ backupCodes: string[]; session: SessionShape }>('TwoFactorConfirmPayload', (t) => ({
  backupCodes: t.stringList({ nullable: true, description: 'Single-use recovery codes, shown once.', resolve: (p) => p.backupCodes ?? null }),
  session: t.field({ type: Session, nullable: true, description: 'The session, re-issued with the second factor verified.', resolve: (p) => p.session ?? null }),
}));

builder.mutationFields((t) => ({
  beginTwoFactorEnrollment: t.field({
    type: EnrollmentPayload,
    authScopes: { authenticated: true },
    resolve: (_r, _a, ctx) => withUserErrors(() => beginEnrollment(ctx)),
  }),
  confirmTwoFactorEnrollment: t.field({
    type: ConfirmPayload,
    authScopes: { authenticated: true },
    args: { code: t.arg.string({ required: true }) },
    resolve: (_r, { code }, ctx) => withUserErrors(() => confirmEnrollment(ctx, code)),
  }),
  disableTwoFactor: t.field({
    type: OkPayload,
    authScopes: { authenticated: true },
    args: { code: t.arg.string({ required: true }) },
    resolve: (_r, { code }, ctx) => withUserErrors(async () => (await disableTwoFactor(ctx, code), { ok: true })),
  }),
}));
