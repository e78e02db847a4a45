-- CreateEnum
CREATE TYPE "ledger"."InvoiceKind" AS ENUM ('INVOICE', 'CREDIT_NOTE');

-- CreateTable
CREATE TABLE "ledger"."InvoiceSettings" (
    "tenantId" UUID NOT NULL,
    "legalName" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL DEFAULT '',
    "taxId" TEXT NOT NULL DEFAULT '',
    "vatNumber" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "InvoiceSettings_pkey" PRIMARY KEY ("tenantId")
);

-- CreateTable
CREATE TABLE "ledger"."InvoiceCounter" (
    "tenantId" UUID NOT NULL,
    "kind" "ledger"."InvoiceKind" NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InvoiceCounter_pkey" PRIMARY KEY ("tenantId","kind")
);

-- CreateTable
CREATE TABLE "ledger"."Invoice" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "kind" "ledger"."InvoiceKind" NOT NULL,
    "number" INTEGER NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "creditsInvoiceId" UUID,
    "orderId" UUID NOT NULL,
    "orderNumber" TEXT NOT NULL,
    "vendorOrderId" UUID NOT NULL,
    "vendorId" UUID NOT NULL,
    "vendorName" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "customerUserId" UUID,
    "customerName" TEXT,
    "customerEmail" TEXT,
    "customerPhone" TEXT,
    "customerAddress" TEXT,
    "customerTaxId" TEXT,
    "sellerLegalName" TEXT NOT NULL,
    "sellerAddress" TEXT NOT NULL,
    "sellerTaxId" TEXT NOT NULL,
    "sellerVatNumber" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "subtotal" BIGINT NOT NULL,
    "tax" BIGINT NOT NULL,
    "total" BIGINT NOT NULL,
    "lines" JSONB NOT NULL,
    "reason" TEXT,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Invoice_tenantId_orderId_idx" ON "ledger"."Invoice"("tenantId", "orderId");

-- CreateIndex
CREATE INDEX "Invoice_tenantId_kind_issuedAt_idx" ON "ledger"."Invoice"("tenantId", "kind", "issuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_tenantId_kind_number_key" ON "ledger"."Invoice"("tenantId", "kind", "number");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_tenantId_idempotencyKey_key" ON "ledger"."Invoice"("tenantId", "idempotencyKey");

-- Issued invoices and credit notes are immutable (decision 0077): corrections are credit notes. (Hand-written.)
CREATE TRIGGER "Invoice_append_only" BEFORE UPDATE OR DELETE ON "ledger"."Invoice"
  FOR EACH ROW EXECUTE FUNCTION "ledger"."append_only"();
CREATE TRIGGER "Invoice_no_truncate" BEFORE TRUNCATE ON "ledger"."Invoice"
  FOR EACH STATEMENT EXECUTE FUNCTION "ledger"."append_only"();

-- Numbers are whole, start at 1 and never go back: a counter moves one step at a time.
CREATE FUNCTION "ledger"."invoice_counter_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."last" <> OLD."last" + 1 THEN
    RAISE EXCEPTION 'InvoiceCounter moves one number at a time (% -> %)', OLD."last", NEW."last" USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'INSERT' AND NEW."last" <> 1 THEN
    RAISE EXCEPTION 'InvoiceCounter starts at 1' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "InvoiceCounter_rules" BEFORE INSERT OR UPDATE ON "ledger"."InvoiceCounter"
  FOR EACH ROW EXECUTE FUNCTION "ledger"."invoice_counter_rules"();
