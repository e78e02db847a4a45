/**
 * Authorization matrix for notifications: every root field it adds to the API, called through the gateway
 * by every kind of caller. ONE table says who may call what; everyone else is refused (anonymous
 * UNAUTHENTICATED, an administrator without 2FA TWO_FACTOR_REQUIRED, anyone else FORBIDDEN). "Allowed"
 * means the call reached its resolver; arguments are chosen to change nothing.
 */
import { uuidv7 } from '@webwaka/kit';
import { authorizationMatrix, demoCallers, callerKinds, type CallerSpec, type MatrixOperation } from '../../../test/support/authorization-matrix';
import { startStack } from '../../../test/support/stack';
import { schema } from '../src/schema';

const SHOP = 'ade-fashion';
const CALLERS = {
  ...demoCallers(SHOP, 'naija-market'),
  // An integrator's key with every read scope: the delivery log and templates are not for keys.
  KEY_READ_ALL: { scopes: ['identity:read', 'commerce:read', 'catalog:read'], madeBy: 'CLIENT_ADMIN' },
  'CUSTOMER+STAFF': { roles: ['CUSTOMER', 'STAFF'], tenant: SHOP, parts: ['CUSTOMER', 'STAFF'] },
  'CUSTOMER+CLIENT_ADMIN_WITHOUT_2FA': { roles: ['CUSTOMER', 'CLIENT_ADMIN'], tenant: SHOP, parts: ['CUSTOMER', 'CLIENT_ADMIN_WITHOUT_2FA'] },
} satisfies Record<string, CallerSpec>;
type CallerKind = keyof typeof CALLERS;
const { kinds: CALLER_KINDS } = callerKinds<CallerKind>(CALLERS);

const ADMINS: readonly CallerKind[] = ['CLIENT_ADMIN', 'PARTNER_ADMIN', 'SUPER_ADMIN'];
/** Anyone signed in as a person (their own preferences in the tenant they are in). */
const SIGNED_IN: readonly CallerKind[] = ['CUSTOMER', 'VENDOR', 'AGENT', 'STAFF', 'CLIENT_ADMIN', 'PARTNER_ADMIN', 'SUPER_ADMIN', 'CLIENT_ADMIN_WITHOUT_2FA', 'CUSTOMER+STAFF', 'CUSTOMER+CLIENT_ADMIN_WITHOUT_2FA'];
const EVERYONE: readonly CallerKind[] = CALLER_KINDS;

const codes = (p: { userErrors: { code: string }[] }) => p.userErrors.map((e) => e.code);
const list = (v: unknown) => expect(Array.isArray(v)).toBe(true);
const id = () => ({ id: uuidv7() });
const PREFS = '{ marketingEmail marketingSms orderUpdatesSms orderUpdatesWhatsapp }';

const OPERATIONS: Record<string, MatrixOperation<CallerKind>> = {
  'Query.notificationMessages': { document: '{ notificationMessages(first: 5) { edges { node { id } } } }', allowed: ADMINS, expectAllowed: (v) => list(v.edges) },
  'Query.notificationMessage': { document: 'query ($id: ID!) { notificationMessage(id: $id) { id } }', variables: id, allowed: ADMINS, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.notificationTemplates': { document: '{ notificationTemplates(locale: "en") { key channel } }', allowed: ADMINS, expectAllowed: (v) => expect(v.length).toBeGreaterThan(10) },
  'Query.previewNotificationTemplate': {
    document: '{ previewNotificationTemplate(input: { key: "order.confirmed", channel: SMS, locale: "en", body: "{{orderNumber}}" }) { text } }',
    allowed: ADMINS,
    expectAllowed: (v) => expect(v.text).toBe('ADE-10042'),
  },
  'Query.notificationProviders': { document: '{ notificationProviders { channel provider } }', allowed: ADMINS, expectAllowed: (v) => expect(v.map((p: any) => p.channel)).toEqual(['EMAIL', 'SMS', 'WHATSAPP']) },
  'Query.webPushPublicKey': { document: '{ webPushPublicKey }', allowed: EVERYONE, expectAllowed: (v) => expect(Buffer.from(v, 'base64url')).toHaveLength(65) },
  'Query.myPushSubscriptions': { document: '{ myPushSubscriptions { id } }', allowed: SIGNED_IN, expectAllowed: list },
  'Query.myNotificationPreferences': { document: `{ myNotificationPreferences ${PREFS} }`, allowed: SIGNED_IN, expectAllowed: (v) => expect(typeof v.marketingEmail).toBe('boolean') },
  'Query.sandboxMessages': { document: '{ sandboxMessages(first: 1) { id } }', allowed: ['SUPER_ADMIN'], expectAllowed: list },
  'Mutation.retryNotification': { document: 'mutation ($id: ID!) { retryNotification(id: $id) { message { id } userErrors { code } } }', variables: id, allowed: ADMINS, expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']) },
  'Mutation.saveNotificationTemplate': {
    document: 'mutation { saveNotificationTemplate(input: { key: "order.confirmed", channel: SMS, locale: "xx", body: "x" }) { template { key } userErrors { code } } }',
    allowed: ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.resetNotificationTemplate': {
    document: 'mutation { resetNotificationTemplate(key: "no.such", channel: SMS, locale: "en") { template { key } userErrors { code } } }',
    allowed: ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.saveNotificationProvider': {
    document: 'mutation { saveNotificationProvider(input: { channel: PUSH, provider: "sandbox" }) { provider { channel } userErrors { code } } }',
    allowed: ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.setMyNotificationPreferences': {
    document: `mutation { setMyNotificationPreferences(input: {}) { preferences ${PREFS} userErrors { code } } }`,
    allowed: SIGNED_IN,
    expectAllowed: (p) => expect(codes(p)).toEqual([]),
  },
  'Mutation.registerPushSubscription': {
    document: 'mutation { registerPushSubscription(input: { endpoint: "http://insecure.example/push", p256dh: "x", auth: "y" }) { subscription { id } userErrors { code } } }',
    allowed: SIGNED_IN,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.removePushSubscription': { document: 'mutation ($id: ID!) { removePushSubscription(id: $id) { removed userErrors { code } } }', variables: id, allowed: SIGNED_IN, expectAllowed: (p) => expect(p.removed).toBe(false) },
  'Mutation.unsubscribe': { document: 'mutation { unsubscribe(token: "forged.token") { ok userErrors { code } } }', allowed: EVERYONE, expectAllowed: (p) => expect(codes(p)).toEqual(['TOKEN_INVALID']) },
};

authorizationMatrix({
  capability: 'notifications',
  subgraphSchema: schema,
  callers: CALLERS,
  operations: OPERATIONS,
  start: () => startStack({ demoProducts: 5 }),
});
