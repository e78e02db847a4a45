-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "commerce";

-- CreateEnum
CREATE TYPE "commerce"."CartStatus" AS ENUM ('ACTIVE', 'CHECKED_OUT', 'MERGED');

-- CreateEnum
CREATE TYPE "commerce"."CommerceChannel" AS ENUM ('SVM', 'MVM');

-- CreateEnum
CREATE TYPE "commerce"."CheckoutStatus" AS ENUM ('PROCESSING', 'COMPLETED', 'FAILED');

-- CreateEnum
CREATE TYPE "commerce"."OrderStatus" AS ENUM ('PENDING_PAYMENT', 'PAID', 'FULFILLING', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'REFUNDED', 'PARTIALLY_REFUNDED');

-- CreateEnum
CREATE TYPE "commerce"."LineStockStatus" AS ENUM ('RESERVED', 'COMMITTED', 'RELEASED');

-- CreateEnum
CREATE TYPE "commerce"."PaymentProvider" AS ENUM ('SANDBOX', 'PAYSTACK', 'FLUTTERWAVE', 'STRIPE');

-- CreateEnum
CREATE TYPE "commerce"."PaymentStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "commerce"."RefundStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED', 'REVIEW');

-- CreateEnum
CREATE TYPE "commerce"."DisputeStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateTable
CREATE TABLE "commerce"."Cart" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "token" TEXT NOT NULL,
    "customerUserId" UUID,
    "visitorId" TEXT,
    "referralCode" TEXT,
    "currency" CHAR(3) NOT NULL,
    "channel" "commerce"."CommerceChannel" NOT NULL,
    "status" "commerce"."CartStatus" NOT NULL DEFAULT 'ACTIVE',
    "mergedIntoId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Cart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."CartLine" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "cartId" UUID NOT NULL,
    "variantId" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CartLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."Checkout" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "cartId" UUID NOT NULL,
    "cartLock" UUID,
    "status" "commerce"."CheckoutStatus" NOT NULL DEFAULT 'PROCESSING',
    "orderId" UUID,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "errorField" TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Checkout_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."OrderCounter" (
    "tenantId" UUID NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OrderCounter_pkey" PRIMARY KEY ("tenantId")
);

-- CreateTable
CREATE TABLE "commerce"."Order" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "number" TEXT NOT NULL,
    "channel" "commerce"."CommerceChannel" NOT NULL,
    "status" "commerce"."OrderStatus" NOT NULL DEFAULT 'PENDING_PAYMENT',
    "fulfilmentStage" "commerce"."OrderStatus",
    "checkoutId" UUID NOT NULL,
    "cartId" UUID NOT NULL,
    "customerUserId" UUID,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "visitorId" TEXT,
    "referralCode" TEXT,
    "ip" TEXT,
    "deviceId" TEXT,
    "currency" CHAR(3) NOT NULL,
    "subtotal" BIGINT NOT NULL,
    "discount" BIGINT NOT NULL DEFAULT 0,
    "shipping" BIGINT NOT NULL,
    "tax" BIGINT NOT NULL,
    "total" BIGINT NOT NULL,
    "refundedTotal" BIGINT NOT NULL DEFAULT 0,
    "taxInclusive" BOOLEAN NOT NULL,
    "taxRateBps" INTEGER NOT NULL,
    "shippingMethod" TEXT NOT NULL,
    "shippingAddress" JSONB NOT NULL,
    "disputed" BOOLEAN NOT NULL DEFAULT false,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "paidAt" TIMESTAMPTZ(3),
    "paidPaymentId" UUID,
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Order_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."VendorOrder" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "vendorId" UUID NOT NULL,
    "vendorName" TEXT NOT NULL,
    "vendorOwnerUserId" UUID,
    "subtotal" BIGINT NOT NULL,
    "shipping" BIGINT NOT NULL,
    "tax" BIGINT NOT NULL,
    "commissionBps" INTEGER NOT NULL,
    "commission" BIGINT NOT NULL,

    CONSTRAINT "VendorOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."OrderLine" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "vendorOrderId" UUID NOT NULL,
    "variantId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "sku" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unitPrice" BIGINT NOT NULL,
    "subtotal" BIGINT NOT NULL,
    "tax" BIGINT NOT NULL,
    "commissionBps" INTEGER NOT NULL,
    "reservationId" UUID,
    "locationId" UUID,
    "stockStatus" "commerce"."LineStockStatus" NOT NULL DEFAULT 'RESERVED',

    CONSTRAINT "OrderLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."OrderEvent" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "fromStatus" "commerce"."OrderStatus",
    "toStatus" "commerce"."OrderStatus" NOT NULL,
    "actorType" TEXT NOT NULL,
    "actorId" TEXT,
    "reason" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."Payment" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "provider" "commerce"."PaymentProvider" NOT NULL,
    "reference" TEXT NOT NULL,
    "providerReference" TEXT,
    "status" "commerce"."PaymentStatus" NOT NULL DEFAULT 'PENDING',
    "amount" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "authorizationUrl" TEXT,
    "returnUrl" TEXT,
    "failureReason" TEXT,
    "succeededAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."WebhookEvent" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "provider" "commerce"."PaymentProvider" NOT NULL,
    "eventId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "reference" TEXT,
    "payload" JSONB NOT NULL,
    "outcome" TEXT,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMPTZ(3),

    CONSTRAINT "WebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."Refund" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "paymentId" UUID NOT NULL,
    "amount" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "status" "commerce"."RefundStatus" NOT NULL DEFAULT 'PENDING',
    "reason" TEXT,
    "restock" BOOLEAN NOT NULL DEFAULT false,
    "automatic" BOOLEAN NOT NULL DEFAULT false,
    "cancelsOrder" BOOLEAN NOT NULL DEFAULT false,
    "providerRefundId" TEXT,
    "failureReason" TEXT,
    "actorType" TEXT NOT NULL,
    "actorId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."RefundLine" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "refundId" UUID NOT NULL,
    "orderLineId" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "subtotal" BIGINT NOT NULL,
    "tax" BIGINT NOT NULL,
    "restockedAt" TIMESTAMPTZ(3),

    CONSTRAINT "RefundLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."RefundVendorPart" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "refundId" UUID NOT NULL,
    "vendorOrderId" UUID NOT NULL,
    "vendorId" UUID NOT NULL,
    "subtotal" BIGINT NOT NULL,
    "shipping" BIGINT NOT NULL,
    "tax" BIGINT NOT NULL,

    CONSTRAINT "RefundVendorPart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."Dispute" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "status" "commerce"."DisputeStatus" NOT NULL DEFAULT 'OPEN',
    "reason" TEXT NOT NULL,
    "resolution" TEXT,
    "openedBy" TEXT,
    "closedBy" TEXT,
    "openedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Dispute_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."CommerceSettings" (
    "tenantId" UUID NOT NULL,
    "taxShipping" BOOLEAN NOT NULL DEFAULT true,
    "paymentProvider" "commerce"."PaymentProvider" NOT NULL DEFAULT 'SANDBOX',
    "paymentWindowMinutes" INTEGER NOT NULL DEFAULT 30,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CommerceSettings_pkey" PRIMARY KEY ("tenantId")
);

-- CreateTable
CREATE TABLE "commerce"."ShippingZone" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "country" CHAR(2) NOT NULL,
    "regions" TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShippingZone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."ShippingRate" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "zoneId" UUID NOT NULL,
    "method" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "amount" BIGINT NOT NULL,
    "freeOverAmount" BIGINT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShippingRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."PaymentProviderAccount" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "provider" "commerce"."PaymentProvider" NOT NULL,
    "publicKey" TEXT,
    "secretKeySealed" TEXT NOT NULL,
    "webhookSecretSealed" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PaymentProviderAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."SandboxCharge" (
    "reference" TEXT NOT NULL,
    "tenantId" UUID NOT NULL,
    "amount" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "refunded" BIGINT NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SandboxCharge_pkey" PRIMARY KEY ("reference")
);

-- CreateTable
CREATE TABLE "commerce"."SandboxRefund" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SandboxRefund_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Cart_token_key" ON "commerce"."Cart"("token");

-- CreateIndex
CREATE INDEX "Cart_tenantId_customerUserId_status_idx" ON "commerce"."Cart"("tenantId", "customerUserId", "status");

-- CreateIndex
CREATE INDEX "CartLine_tenantId_idx" ON "commerce"."CartLine"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "CartLine_cartId_variantId_key" ON "commerce"."CartLine"("cartId", "variantId");

-- CreateIndex
CREATE UNIQUE INDEX "Checkout_cartLock_key" ON "commerce"."Checkout"("cartLock");

-- CreateIndex
CREATE UNIQUE INDEX "Checkout_orderId_key" ON "commerce"."Checkout"("orderId");

-- CreateIndex
CREATE INDEX "Checkout_status_updatedAt_idx" ON "commerce"."Checkout"("status", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Checkout_tenantId_idempotencyKey_key" ON "commerce"."Checkout"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Order_checkoutId_key" ON "commerce"."Order"("checkoutId");

-- CreateIndex
CREATE INDEX "Order_tenantId_status_createdAt_idx" ON "commerce"."Order"("tenantId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Order_tenantId_customerUserId_createdAt_idx" ON "commerce"."Order"("tenantId", "customerUserId", "createdAt");

-- CreateIndex
CREATE INDEX "Order_status_expiresAt_idx" ON "commerce"."Order"("status", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Order_tenantId_number_key" ON "commerce"."Order"("tenantId", "number");

-- CreateIndex
CREATE INDEX "VendorOrder_orderId_idx" ON "commerce"."VendorOrder"("orderId");

-- CreateIndex
CREATE INDEX "VendorOrder_tenantId_vendorId_idx" ON "commerce"."VendorOrder"("tenantId", "vendorId");

-- CreateIndex
CREATE INDEX "VendorOrder_tenantId_vendorOwnerUserId_idx" ON "commerce"."VendorOrder"("tenantId", "vendorOwnerUserId");

-- CreateIndex
CREATE INDEX "OrderLine_orderId_idx" ON "commerce"."OrderLine"("orderId");

-- CreateIndex
CREATE INDEX "OrderLine_tenantId_variantId_idx" ON "commerce"."OrderLine"("tenantId", "variantId");

-- CreateIndex
CREATE INDEX "OrderEvent_orderId_at_idx" ON "commerce"."OrderEvent"("orderId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_reference_key" ON "commerce"."Payment"("reference");

-- CreateIndex
CREATE INDEX "Payment_orderId_idx" ON "commerce"."Payment"("orderId");

-- CreateIndex
CREATE INDEX "Payment_status_updatedAt_idx" ON "commerce"."Payment"("status", "updatedAt");

-- CreateIndex
CREATE INDEX "WebhookEvent_tenantId_reference_idx" ON "commerce"."WebhookEvent"("tenantId", "reference");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookEvent_tenantId_provider_eventId_key" ON "commerce"."WebhookEvent"("tenantId", "provider", "eventId");

-- CreateIndex
CREATE INDEX "Refund_orderId_idx" ON "commerce"."Refund"("orderId");

-- CreateIndex
CREATE INDEX "Refund_status_createdAt_idx" ON "commerce"."Refund"("status", "createdAt");

-- CreateIndex
CREATE INDEX "RefundLine_refundId_idx" ON "commerce"."RefundLine"("refundId");

-- CreateIndex
CREATE INDEX "RefundLine_orderLineId_idx" ON "commerce"."RefundLine"("orderLineId");

-- CreateIndex
CREATE INDEX "RefundVendorPart_vendorOrderId_idx" ON "commerce"."RefundVendorPart"("vendorOrderId");

-- CreateIndex
CREATE UNIQUE INDEX "RefundVendorPart_refundId_vendorOrderId_key" ON "commerce"."RefundVendorPart"("refundId", "vendorOrderId");

-- CreateIndex
CREATE INDEX "Dispute_orderId_idx" ON "commerce"."Dispute"("orderId");

-- CreateIndex
CREATE INDEX "Dispute_tenantId_status_idx" ON "commerce"."Dispute"("tenantId", "status");

-- CreateIndex
CREATE INDEX "ShippingZone_tenantId_country_idx" ON "commerce"."ShippingZone"("tenantId", "country");

-- CreateIndex
CREATE UNIQUE INDEX "ShippingZone_tenantId_name_key" ON "commerce"."ShippingZone"("tenantId", "name");

-- CreateIndex
CREATE INDEX "ShippingRate_tenantId_idx" ON "commerce"."ShippingRate"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "ShippingRate_zoneId_method_currency_key" ON "commerce"."ShippingRate"("zoneId", "method", "currency");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentProviderAccount_tenantId_provider_key" ON "commerce"."PaymentProviderAccount"("tenantId", "provider");

-- CreateIndex
CREATE INDEX "SandboxCharge_tenantId_idx" ON "commerce"."SandboxCharge"("tenantId");

-- CreateIndex
CREATE INDEX "SandboxRefund_reference_idx" ON "commerce"."SandboxRefund"("reference");

-- AddForeignKey
ALTER TABLE "commerce"."CartLine" ADD CONSTRAINT "CartLine_cartId_fkey" FOREIGN KEY ("cartId") REFERENCES "commerce"."Cart"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."VendorOrder" ADD CONSTRAINT "VendorOrder_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "commerce"."Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."OrderLine" ADD CONSTRAINT "OrderLine_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "commerce"."Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."OrderLine" ADD CONSTRAINT "OrderLine_vendorOrderId_fkey" FOREIGN KEY ("vendorOrderId") REFERENCES "commerce"."VendorOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."OrderEvent" ADD CONSTRAINT "OrderEvent_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "commerce"."Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."Payment" ADD CONSTRAINT "Payment_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "commerce"."Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."Refund" ADD CONSTRAINT "Refund_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "commerce"."Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."Refund" ADD CONSTRAINT "Refund_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "commerce"."Payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."RefundLine" ADD CONSTRAINT "RefundLine_refundId_fkey" FOREIGN KEY ("refundId") REFERENCES "commerce"."Refund"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."RefundLine" ADD CONSTRAINT "RefundLine_orderLineId_fkey" FOREIGN KEY ("orderLineId") REFERENCES "commerce"."OrderLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."RefundVendorPart" ADD CONSTRAINT "RefundVendorPart_refundId_fkey" FOREIGN KEY ("refundId") REFERENCES "commerce"."Refund"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."Dispute" ADD CONSTRAINT "Dispute_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "commerce"."Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."ShippingRate" ADD CONSTRAINT "ShippingRate_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "commerce"."ShippingZone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Commerce rules the database enforces even if a code path forgot them (triggers rather than CHECK
-- constraints: this schema-engine version panics when it introspects CHECK constraints).

-- The order timeline is append-only: corrections are new transitions, never edits.
CREATE FUNCTION "commerce"."order_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'OrderEvent is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER "OrderEvent_append_only" BEFORE UPDATE OR DELETE ON "commerce"."OrderEvent"
  FOR EACH ROW EXECUTE FUNCTION "commerce"."order_event_is_append_only"();

-- An order's money adds up and is never negative; refunds never exceed what was paid.
CREATE FUNCTION "commerce"."order_amount_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."subtotal" < 0 OR NEW."discount" < 0 OR NEW."shipping" < 0 OR NEW."tax" < 0 OR NEW."total" <= 0 THEN
    RAISE EXCEPTION 'Order % has a negative or zero amount', NEW."id" USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."total" <> NEW."subtotal" + NEW."shipping" + NEW."tax" THEN
    RAISE EXCEPTION 'Order % total % is not subtotal + shipping + tax', NEW."id", NEW."total" USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."refundedTotal" < 0 OR NEW."refundedTotal" > NEW."total" THEN
    RAISE EXCEPTION 'Order % refunded % of %', NEW."id", NEW."refundedTotal", NEW."total" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Order_amount_rules" BEFORE INSERT OR UPDATE ON "commerce"."Order"
  FOR EACH ROW EXECUTE FUNCTION "commerce"."order_amount_rules"();

CREATE FUNCTION "commerce"."vendor_order_amount_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."subtotal" < 0 OR NEW."shipping" < 0 OR NEW."tax" < 0 OR NEW."commission" < 0 OR NEW."commission" > NEW."subtotal"
     OR NEW."commissionBps" < 0 OR NEW."commissionBps" > 10000 THEN
    RAISE EXCEPTION 'VendorOrder % has an amount out of range', NEW."id" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "VendorOrder_amount_rules" BEFORE INSERT OR UPDATE ON "commerce"."VendorOrder"
  FOR EACH ROW EXECUTE FUNCTION "commerce"."vendor_order_amount_rules"();

CREATE FUNCTION "commerce"."quantity_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."quantity" <= 0 THEN
    RAISE EXCEPTION '% % has quantity %', TG_TABLE_NAME, NEW."id", NEW."quantity" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
-- Separate from quantity_rules: PL/pgSQL may evaluate every operand, and CartLine has no amounts.
CREATE FUNCTION "commerce"."line_amount_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."quantity" <= 0 THEN
    RAISE EXCEPTION '% % has quantity %', TG_TABLE_NAME, NEW."id", NEW."quantity" USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."subtotal" < 0 OR NEW."tax" < 0 THEN
    RAISE EXCEPTION '% % has a negative amount', TG_TABLE_NAME, NEW."id" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "CartLine_rules" BEFORE INSERT OR UPDATE ON "commerce"."CartLine" FOR EACH ROW EXECUTE FUNCTION "commerce"."quantity_rules"();
CREATE TRIGGER "OrderLine_rules" BEFORE INSERT OR UPDATE ON "commerce"."OrderLine" FOR EACH ROW EXECUTE FUNCTION "commerce"."line_amount_rules"();
CREATE TRIGGER "RefundLine_rules" BEFORE INSERT OR UPDATE ON "commerce"."RefundLine" FOR EACH ROW EXECUTE FUNCTION "commerce"."line_amount_rules"();

CREATE FUNCTION "commerce"."positive_amount_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."amount" <= 0 THEN
    RAISE EXCEPTION '% % has a non-positive amount', TG_TABLE_NAME, NEW."id" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Refund_amount_rules" BEFORE INSERT OR UPDATE ON "commerce"."Refund" FOR EACH ROW EXECUTE FUNCTION "commerce"."positive_amount_rules"();
CREATE TRIGGER "Payment_amount_rules" BEFORE INSERT OR UPDATE ON "commerce"."Payment" FOR EACH ROW EXECUTE FUNCTION "commerce"."positive_amount_rules"();

CREATE FUNCTION "commerce"."shipping_rate_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."amount" < 0 OR (NEW."freeOverAmount" IS NOT NULL AND NEW."freeOverAmount" < 0) THEN
    RAISE EXCEPTION 'ShippingRate % has a negative amount', NEW."id" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "ShippingRate_rules" BEFORE INSERT OR UPDATE ON "commerce"."ShippingRate" FOR EACH ROW EXECUTE FUNCTION "commerce"."shipping_rate_rules"();
