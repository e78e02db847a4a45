/** Pure building blocks: JWT, signed actor header, UUIDv7, secrets at rest. */
import { anonymousActor, decryptSecret, encryptSecret, isUuid, signActorHeader, signJwt, uuidv7, verifyActorHeader, verifyJwt } from '../src';

describe('JWT', () => {
  const claims = { sub: 'u1', tid: 't1', roles: ['CUSTOMER'], mfa: false, sid: 's1' };
  it('round-trips and rejects tampering, other secrets and expiry', () => {
    const t = signJwt(claims, 'k', 60);
    expect(verifyJwt(t, 'k')).toMatchObject(claims);
    expect(() => verifyJwt(t, 'other')).toThrow(/signature/);
    const [h, p, sig] = t.split('.');
    const p2 = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), roles: ['SUPER_ADMIN'] })).toString('base64url');
    expect(() => verifyJwt(`${h}.${p2}.${sig}`, 'k')).toThrow(/signature/);
    expect(() => verifyJwt(signJwt(claims, 'k', 60, Date.now() - 120_000), 'k')).toThrow(/expired/);
  });
});

describe('signed actor header', () => {
  const body = '{"query":"{ me { id } }"}';
  const to = { audience: 'identity', body };
  it('verifies its own signature, refuses others and stale ones', () => {
    const h = signActorHeader(anonymousActor('t1'), 'req-1', 's', { ...to, ip: '10.0.0.1' });
    expect(verifyActorHeader(h, 's', to)).toEqual({ actor: anonymousActor('t1'), requestId: 'req-1', ip: '10.0.0.1' });
    expect(verifyActorHeader(h, 'x', to)).toBeNull();
    expect(verifyActorHeader(undefined, 's', to)).toBeNull();
    expect(verifyActorHeader('garbage', 's', to)).toBeNull();
    expect(verifyActorHeader(signActorHeader(anonymousActor(), 'r', 's', { ...to, now: Date.now() - 300_000 }), 's', to)).toBeNull();
  });

  it('is good for 30 seconds only, for one subgraph and for one exact body (decision 0023)', () => {
    const h = signActorHeader(anonymousActor('t1'), 'req-1', 's', to);
    expect(verifyActorHeader(h, 's', { audience: 'catalog', body })).toBeNull();
    expect(verifyActorHeader(h, 's', { audience: 'identity', body: body.replace('id', 'email') })).toBeNull();
    expect(verifyActorHeader(h, 's', { audience: 'identity', body: `${body} ` })).toBeNull();
    expect(verifyActorHeader(h, 's', { audience: 'identity', body: Buffer.from(body) })).not.toBeNull();
    expect(verifyActorHeader(h, 's', to, Date.now() + 25_000)).not.toBeNull();
    expect(verifyActorHeader(h, 's', to, Date.now() + 40_000)).toBeNull();
  });
});

describe('UUIDv7', () => {
  it('is a valid v7 UUID, unique and ordered even within one millisecond', () => {
    const ids = Array.from({ length: 2000 }, uuidv7);
    expect(ids.every(isUuid)).toBe(true);
    expect(ids.every((id) => id[14] === '7' && '89ab'.includes(id[19]))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});

describe('secrets at rest', () => {
  it('encrypts with a fresh IV and detects tampering', () => {
    const a = encryptSecret('JBSWY3DPEHPK3PXP');
    expect(a).not.toBe(encryptSecret('JBSWY3DPEHPK3PXP'));
    expect(decryptSecret(a)).toBe('JBSWY3DPEHPK3PXP');
    const parts = a.split('.');
    parts[3] = Buffer.from('tampered!').toString('base64url');
    expect(() => decryptSecret(parts.join('.'))).toThrow();
  });
});
