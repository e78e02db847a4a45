/**
 * Demo identity data: the tenant tree and one user per role. Fixed ids and credentials (local demos only;
 * listed in README.md).
 */
import { encryptSecret, hashPassword, type PrismaClient, type RoleName } from '../../subgraphs/kit/src';
import type { TenantKind } from '../../subgraphs/kit/src/generated/prisma/enums';

export const DEMO_PASSWORD = 'WebWaka-demo-2026';
/** TOTP secret of the demo administrators (add it to any authenticator app; 2FA is required for admins). */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export const T = (n: number) => `0193a000-0000-7000-8000-${n.toString().padStart(12, '0')}`;
export const U = (n: number) => `0193a000-0000-7000-9000-${n.toString().padStart(12, '0')}`;
const M = (n: number) => `0193a000-0000-7000-a000-${n.toString().padStart(12, '0')}`;

export const DEMO_TENANTS: { id: string; kind: TenantKind; slug: string; name: string; parent?: string; primaryColor?: string }[] = [
  { id: T(1), kind: 'PLATFORM', slug: 'webwaka', name: 'WebWaka' },
  { id: T(2), kind: 'PARTNER', slug: 'lagos-digital', name: 'Lagos Digital Partners', parent: T(1) },
  { id: T(3), kind: 'CLIENT', slug: 'ade-ventures', name: 'Ade Ventures Ltd', parent: T(2) },
  { id: T(4), kind: 'STORE', slug: 'ade-fashion', name: 'Ade Fashion House', parent: T(3), primaryColor: '#0b6e4f' },
  { id: T(5), kind: 'MARKETPLACE', slug: 'naija-market', name: 'Naija Market', parent: T(3), primaryColor: '#b5451b' },
  { id: T(60), kind: 'STORE', slug: 'abc-transport', name: 'ABC Transport', parent: T(3), primaryColor: '#1d4e89' },
  { id: T(61), kind: 'MARKETPLACE', slug: 'jibowu-park', name: 'Jibowu Motor Park', parent: T(3), primaryColor: '#7a3e9d' },
];

export const DEMO_USERS: { id: string; email: string; name: string; roles: [tenantSlug: string, role: RoleName][]; twoFactor?: boolean }[] = [
  { id: U(1), email: 'superadmin@webwaka.test', name: 'Ngozi Okafor', roles: [['webwaka', 'SUPER_ADMIN']], twoFactor: true },
  { id: U(2), email: 'partner@webwaka.test', name: 'Tunde Bakare', roles: [['lagos-digital', 'PARTNER_ADMIN']], twoFactor: true },
  {
    id: U(3),
    email: 'client@webwaka.test',
    name: 'Adebayo Adeyemi',
    roles: [
      ['ade-ventures', 'CLIENT_ADMIN'],
      ['ade-fashion', 'CLIENT_ADMIN'],
      ['naija-market', 'CLIENT_ADMIN'],
      ['abc-transport', 'CLIENT_ADMIN'],
      ['jibowu-park', 'CLIENT_ADMIN'],
    ],
    twoFactor: true,
  },
  { id: U(4), email: 'vendor@webwaka.test', name: 'Chiamaka Eze', roles: [['naija-market', 'VENDOR']] },
  { id: U(5), email: 'agent@webwaka.test', name: 'Musa Abubakar', roles: [['naija-market', 'AGENT'], ['ade-fashion', 'AGENT'], ['abc-transport', 'AGENT'], ['jibowu-park', 'AGENT']] },
  // Also a conductor (staff) of ABC Transport: verifies tickets and boards passengers.
  { id: U(6), email: 'staff@webwaka.test', name: 'Funke Adeleke', roles: [['ade-fashion', 'STAFF'], ['abc-transport', 'STAFF']] },
  {
    id: U(7),
    email: 'customer@webwaka.test',
    name: 'Emeka Nwosu',
    roles: [['ade-fashion', 'CUSTOMER'], ['naija-market', 'CUSTOMER'], ['abc-transport', 'CUSTOMER'], ['jibowu-park', 'CUSTOMER']],
  },
  // Musa's upline in the affiliate tree (prisma/seed/mlas.ts).
  { id: U(8), email: 'superagent@webwaka.test', name: 'Zainab Bello', roles: [['naija-market', 'AGENT'], ['ade-fashion', 'AGENT'], ['abc-transport', 'AGENT'], ['jibowu-park', 'AGENT']] },
];

/** Returns true when it created the demo data, false when it was already there. */
export async function seedIdentity(prisma: PrismaClient): Promise<boolean> {
  if (await prisma.tenant.findUnique({ where: { id: T(1) } })) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const bySlug = new Map(DEMO_TENANTS.map((t) => [t.slug, t.id]));
  await prisma.$transaction(async (tx) => {
    for (const t of DEMO_TENANTS) {
      await tx.tenant.create({ data: { id: t.id, kind: t.kind, slug: t.slug, name: t.name, parentId: t.parent ?? null, primaryColor: t.primaryColor ?? null } });
    }
    for (const u of DEMO_USERS) {
      await tx.user.create({
        data: {
          id: u.id,
          email: u.email,
          name: u.name,
          passwordHash,
          ...(u.twoFactor ? { totpSecretEnc: encryptSecret(DEMO_TOTP_SECRET), twoFactorEnabledAt: new Date('2026-01-01T00:00:00Z') } : {}),
        },
      });
      for (const [i, [slug, role]] of u.roles.entries()) {
        await tx.membership.create({ data: { id: M(Number(u.id.slice(-4)) * 10 + i), userId: u.id, tenantId: bySlug.get(slug)!, role } });
      }
    }
  });
  return true;
}
