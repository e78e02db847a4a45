/**
 * Authorization matrix for the point of sale: every root field pos adds to the API, called through the
 * gateway by every kind of caller, a paired till among them. ONE table says who may call what; everyone
 * else is refused (anonymous UNAUTHENTICATED, an administrator without 2FA TWO_FACTOR_REQUIRED, anyone
 * else FORBIDDEN). "Allowed" means the call reached its resolver; arguments are chosen to change nothing.
 */
import { uuidv7 } from '@webwaka/kit';
import { authorizationMatrix, demoCallers, callerKinds, type CallerSpec, type MatrixOperation } from '../../../test/support/authorization-matrix';
import { schema } from '../src/schema';
import { registerTill, SHOP, startPosStack } from './support';

const CALLERS = {
  ...demoCallers(SHOP, 'naija-market'),
  KEY_POS_READ: { scopes: ['pos:read'], madeBy: 'CLIENT_ADMIN' },
  // What a till's key holds besides pos:device: reading the catalogue and stock is not running a till.
  KEY_TILL_LIKE: { scopes: ['catalog:read', 'inventory:read'], madeBy: 'CLIENT_ADMIN' },
  // A paired till of the shop (its key says which till: pos:device).
  TILL: {
    madeBy: 'CLIENT_ADMIN',
    make: async (s, admin) => {
      const till = await registerTill(s, admin.headers, { name: 'Matrix till' });
      return { headers: till.headers, ws: { apiKey: till.key } };
    },
  },
  'CUSTOMER+STAFF': { roles: ['CUSTOMER', 'STAFF'], tenant: SHOP, parts: ['CUSTOMER', 'STAFF'] },
  'CUSTOMER+CLIENT_ADMIN_WITHOUT_2FA': { roles: ['CUSTOMER', 'CLIENT_ADMIN'], tenant: SHOP, parts: ['CUSTOMER', 'CLIENT_ADMIN_WITHOUT_2FA'] },
} satisfies Record<string, CallerSpec>;
type CallerKind = keyof typeof CALLERS;
const { kinds: CALLER_KINDS } = callerKinds<CallerKind>(CALLERS);

const ADMINS: readonly CallerKind[] = ['CLIENT_ADMIN', 'PARTNER_ADMIN', 'SUPER_ADMIN'];
/** POS_READERS: administrators and pos:read keys. */
const READERS: readonly CallerKind[] = [...ADMINS, 'KEY_POS_READ'];
const EVERYONE: readonly CallerKind[] = CALLER_KINDS;

const codes = (p: { userErrors: { code: string }[] }) => p.userErrors.map((e) => e.code);
const list = (v: unknown) => expect(Array.isArray(v)).toBe(true);
const connection = (v: any) => expect(Array.isArray(v.edges)).toBe(true);
const id = () => ({ id: uuidv7() });

const OPERATIONS: Record<string, MatrixOperation<CallerKind>> = {
  'Query.posDevices': { document: '{ posDevices { id backlog salesCount openConflicts } }', allowed: READERS, expectAllowed: list },
  'Query.posDevice': { document: 'query ($id: ID!) { posDevice(id: $id) { id } }', variables: id, allowed: READERS, allowedError: () => 'NOT_FOUND' },
  'Query.posCashiers': { document: '{ posCashiers { id name } }', allowed: ADMINS, expectAllowed: list },
  'Query.posSettings': { document: '{ posSettings { vatNumber } }', allowed: ADMINS, expectAllowed: (v) => expect(typeof v.vatNumber).toBe('string') },
  'Query.tillSessions': { document: '{ tillSessions(first: 5) { edges { node { id } } } }', allowed: READERS, expectAllowed: connection },
  'Query.tillSession': { document: 'query ($id: ID!) { tillSession(id: $id) { id } }', variables: id, allowed: READERS, allowedError: () => 'NOT_FOUND' },
  'Query.posSales': { document: '{ posSales(first: 5) { edges { node { id } } } }', allowed: READERS, expectAllowed: connection },
  'Query.posConflicts': { document: '{ posConflicts(open: true) { id } }', allowed: READERS, expectAllowed: list },
  'Query.posReceipt': { document: '{ posReceipt(code: "AAAAAAAAAA") { sale { id } } }', allowed: EVERYONE, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.posCustomer': { document: '{ posCustomer(email: "nobody@example.ng") { id } }', allowed: ['TILL'], expectAllowed: (v) => expect(v).toBeNull() },
  'Query.posTill': { document: '{ posTill { device { id status } nextSequence } }', allowed: ['TILL'], expectAllowed: (v) => expect(v.device.status).toBe('ACTIVE') },
  'Mutation.registerPosDevice': {
    document: 'mutation ($id: ID!) { registerPosDevice(input: { name: "Matrix", locationId: $id }) { pairingCode userErrors { code } } }',
    variables: id,
    allowed: ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.renewPosPairingCode': { document: 'mutation ($id: ID!) { renewPosPairingCode(id: $id) { pairingCode userErrors { code } } }', variables: id, allowed: ADMINS, expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']) },
  'Mutation.revokePosDevice': { document: 'mutation ($id: ID!) { revokePosDevice(id: $id) { device { id } userErrors { code } } }', variables: id, allowed: ADMINS, expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']) },
  'Mutation.pairPosDevice': { document: 'mutation { pairPosDevice(code: "NOPE") { deviceKey userErrors { code } } }', allowed: EVERYONE, expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']) },
  'Mutation.savePosCashier': {
    document: 'mutation ($id: ID!) { savePosCashier(input: { id: $id, name: "Matrix", role: CASHIER, discountLimitBps: 0 }) { cashier { id } userErrors { code } } }',
    variables: id,
    allowed: ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.updatePosSettings': {
    document: `mutation { updatePosSettings(input: { receiptHeader: "", receiptFooter: "", vatNumber: "${'9'.repeat(41)}" }) { settings { vatNumber } userErrors { code } } }`,
    allowed: ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.resolvePosConflict': { document: 'mutation ($id: ID!) { resolvePosConflict(id: $id, note: "checked") { conflict { id } userErrors { code } } }', variables: id, allowed: ADMINS, expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']) },
  'Mutation.takePosHold': {
    document: 'mutation { takePosHold(input: { kind: GIFT_CARD, currency: "NGN", due: "100", saleTotal: "100", giftCardCode: "AAAA-BBBB-CCCC-DDDD", idempotencyKey: "matrix" }) { hold { id } userErrors { code } } }',
    allowed: ['TILL'],
    expectAllowed: (p) => expect(codes(p)).toEqual(['GIFT_CARD_INVALID']),
  },
  'Mutation.sendPosPointsCode': {
    document: 'mutation ($id: ID!) { sendPosPointsCode(customerUserId: $id, points: 0) { sent { sentTo } userErrors { code } } }',
    variables: id,
    allowed: ['TILL'],
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.releasePosHold': { document: 'mutation ($id: ID!) { releasePosHold(holdId: $id) { hold { id } userErrors { code } } }', variables: id, allowed: ['TILL'], expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']) },
  'Mutation.syncPosBatch': { document: 'mutation { syncPosBatch(events: []) { lastSequence userErrors { code } } }', allowed: ['TILL'], expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']) },
};

authorizationMatrix({
  capability: 'pos',
  subgraphSchema: schema,
  callers: CALLERS,
  operations: OPERATIONS,
  start: () => startPosStack(),
});
