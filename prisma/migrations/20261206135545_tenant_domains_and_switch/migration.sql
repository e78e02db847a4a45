-- AlterTable
ALTER TABLE "identity"."RefreshToken" ADD COLUMN     "mfaAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "identity"."TenantDomain" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "domain" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "verifiedAt" TIMESTAMPTZ(3),
    "lastCheckedAt" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TenantDomain_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TenantDomain_domain_idx" ON "identity"."TenantDomain"("domain");

-- CreateIndex
CREATE UNIQUE INDEX "TenantDomain_tenantId_domain_key" ON "identity"."TenantDomain"("tenantId", "domain");

-- AddForeignKey
ALTER TABLE "identity"."TenantDomain" ADD CONSTRAINT "TenantDomain_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "identity"."Tenant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written (decision 0022).
-- Only a verified claim owns its domain; pending claims of several tenants may coexist.
CREATE UNIQUE INDEX "TenantDomain_one_verified_per_domain" ON "identity"."TenantDomain"("domain") WHERE "verifiedAt" IS NOT NULL;

-- Domains already live before proofs existed stay live: they become verified claims with a fresh token.
INSERT INTO "identity"."TenantDomain" ("id", "tenantId", "domain", "token", "verifiedAt", "createdAt")
SELECT gen_random_uuid(), "id", "customDomain", md5(random()::text || "id"::text), CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM "identity"."Tenant" WHERE "customDomain" IS NOT NULL;

-- Sessions that passed the second factor before mfaAt existed: the family's sign-in is the best bound we have.
UPDATE "identity"."RefreshToken" r SET "mfaAt" = f."startedAt"
FROM (SELECT "familyId", min("createdAt") AS "startedAt" FROM "identity"."RefreshToken" GROUP BY "familyId") f
WHERE r."familyId" = f."familyId" AND r."mfa";
