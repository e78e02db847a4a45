-- Prisma's schema engine cannot diff a database holding CHECK constraints (its wasm build stops with
-- "unreachable"), so `npm run db:migrate:temp` and the drift test broke. The rules stay, as triggers like
-- every other rule Prisma cannot express (commerce_init's): the same conditions, refused with
-- check_violation (SQLSTATE 23514) before the row is written.

ALTER TABLE "commerce"."Coupon" DROP CONSTRAINT "Coupon_rules";
CREATE FUNCTION "commerce"."Coupon_rules_rule"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (NEW."used" >= 0
  AND (NEW."usageLimit" IS NULL OR (NEW."usageLimit" >= 1 AND NEW."used" <= NEW."usageLimit"))
  AND (NEW."perCustomerLimit" IS NULL OR NEW."perCustomerLimit" >= 1)
  AND (NEW."minimumSpend" IS NULL OR NEW."minimumSpend" >= 0)
  AND (NEW."startsAt" IS NULL OR NEW."endsAt" IS NULL OR NEW."startsAt" < NEW."endsAt")
  AND CASE NEW."kind"
    WHEN 'PERCENTAGE' THEN NEW."percentBps" BETWEEN 1 AND 10000 AND NEW."amount" IS NULL
    WHEN 'FIXED_AMOUNT' THEN NEW."amount" > 0 AND NEW."percentBps" IS NULL
    ELSE NEW."amount" IS NULL AND NEW."percentBps" IS NULL
  END) THEN
    RAISE EXCEPTION '% row breaks the rule Coupon_rules', TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Coupon_rules" BEFORE INSERT OR UPDATE ON "commerce"."Coupon" FOR EACH ROW EXECUTE FUNCTION "commerce"."Coupon_rules_rule"();

ALTER TABLE "commerce"."CouponRedemption" DROP CONSTRAINT "CouponRedemption_amount";
CREATE FUNCTION "commerce"."CouponRedemption_amount_rule"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (NEW."amount" >= 0) THEN
    RAISE EXCEPTION '% row breaks the rule CouponRedemption_amount', TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "CouponRedemption_amount" BEFORE INSERT OR UPDATE ON "commerce"."CouponRedemption" FOR EACH ROW EXECUTE FUNCTION "commerce"."CouponRedemption_amount_rule"();

ALTER TABLE "commerce"."OrderLine" DROP CONSTRAINT "OrderLine_discount";
CREATE FUNCTION "commerce"."OrderLine_discount_rule"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (NEW."discount" >= 0) THEN
    RAISE EXCEPTION '% row breaks the rule OrderLine_discount', TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "OrderLine_discount" BEFORE INSERT OR UPDATE ON "commerce"."OrderLine" FOR EACH ROW EXECUTE FUNCTION "commerce"."OrderLine_discount_rule"();

ALTER TABLE "commerce"."VendorOrder" DROP CONSTRAINT "VendorOrder_discount";
CREATE FUNCTION "commerce"."VendorOrder_discount_rule"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (NEW."discount" >= 0) THEN
    RAISE EXCEPTION '% row breaks the rule VendorOrder_discount', TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "VendorOrder_discount" BEFORE INSERT OR UPDATE ON "commerce"."VendorOrder" FOR EACH ROW EXECUTE FUNCTION "commerce"."VendorOrder_discount_rule"();

ALTER TABLE "commerce"."RefundVendorPart" DROP CONSTRAINT "RefundVendorPart_discount";
CREATE FUNCTION "commerce"."RefundVendorPart_discount_rule"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (NEW."discount" >= 0) THEN
    RAISE EXCEPTION '% row breaks the rule RefundVendorPart_discount', TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "RefundVendorPart_discount" BEFORE INSERT OR UPDATE ON "commerce"."RefundVendorPart" FOR EACH ROW EXECUTE FUNCTION "commerce"."RefundVendorPart_discount_rule"();

ALTER TABLE "commerce"."ReturnLine" DROP CONSTRAINT "ReturnLine_quantity_positive";
CREATE FUNCTION "commerce"."ReturnLine_quantity_positive_rule"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (NEW."quantity" > 0) THEN
    RAISE EXCEPTION '% row breaks the rule ReturnLine_quantity_positive', TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "ReturnLine_quantity_positive" BEFORE INSERT OR UPDATE ON "commerce"."ReturnLine" FOR EACH ROW EXECUTE FUNCTION "commerce"."ReturnLine_quantity_positive_rule"();

ALTER TABLE "commerce"."ReturnSettings" DROP CONSTRAINT "ReturnSettings_windowDays_range";
CREATE FUNCTION "commerce"."ReturnSettings_windowDays_range_rule"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (NEW."windowDays" BETWEEN 0 AND 365) THEN
    RAISE EXCEPTION '% row breaks the rule ReturnSettings_windowDays_range', TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "ReturnSettings_windowDays_range" BEFORE INSERT OR UPDATE ON "commerce"."ReturnSettings" FOR EACH ROW EXECUTE FUNCTION "commerce"."ReturnSettings_windowDays_range_rule"();

ALTER TABLE "commerce"."GiftCard" DROP CONSTRAINT "GiftCard_balance_check";
CREATE FUNCTION "commerce"."GiftCard_balance_check_rule"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (NEW."balance" >= 0 AND NEW."balance" <= NEW."initialValue" AND NEW."initialValue" > 0) THEN
    RAISE EXCEPTION '% row breaks the rule GiftCard_balance_check', TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "GiftCard_balance_check" BEFORE INSERT OR UPDATE ON "commerce"."GiftCard" FOR EACH ROW EXECUTE FUNCTION "commerce"."GiftCard_balance_check_rule"();

ALTER TABLE "commerce"."StoreCredit" DROP CONSTRAINT "StoreCredit_balance_check";
CREATE FUNCTION "commerce"."StoreCredit_balance_check_rule"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (NEW."balance" >= 0) THEN
    RAISE EXCEPTION '% row breaks the rule StoreCredit_balance_check', TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "StoreCredit_balance_check" BEFORE INSERT OR UPDATE ON "commerce"."StoreCredit" FOR EACH ROW EXECUTE FUNCTION "commerce"."StoreCredit_balance_check_rule"();

ALTER TABLE "commerce"."LoyaltyAccount" DROP CONSTRAINT "LoyaltyAccount_points_check";
CREATE FUNCTION "commerce"."LoyaltyAccount_points_check_rule"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (NEW."points" >= 0) THEN
    RAISE EXCEPTION '% row breaks the rule LoyaltyAccount_points_check', TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "LoyaltyAccount_points_check" BEFORE INSERT OR UPDATE ON "commerce"."LoyaltyAccount" FOR EACH ROW EXECUTE FUNCTION "commerce"."LoyaltyAccount_points_check_rule"();

ALTER TABLE "commerce"."OrderTender" DROP CONSTRAINT "OrderTender_amount_check";
CREATE FUNCTION "commerce"."OrderTender_amount_check_rule"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (NEW."amount" > 0 AND NEW."refunded" >= 0 AND NEW."refunded" <= NEW."amount") THEN
    RAISE EXCEPTION '% row breaks the rule OrderTender_amount_check', TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "OrderTender_amount_check" BEFORE INSERT OR UPDATE ON "commerce"."OrderTender" FOR EACH ROW EXECUTE FUNCTION "commerce"."OrderTender_amount_check_rule"();

ALTER TABLE "commerce"."Order" DROP CONSTRAINT "Order_prepaid_check";
CREATE FUNCTION "commerce"."Order_prepaid_check_rule"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (NEW."prepaid" >= 0 AND NEW."prepaid" <= NEW."total") THEN
    RAISE EXCEPTION '% row breaks the rule Order_prepaid_check', TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Order_prepaid_check" BEFORE INSERT OR UPDATE ON "commerce"."Order" FOR EACH ROW EXECUTE FUNCTION "commerce"."Order_prepaid_check_rule"();

ALTER TABLE "commerce"."Refund" DROP CONSTRAINT "Refund_prepaidPart_check";
CREATE FUNCTION "commerce"."Refund_prepaidPart_check_rule"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (NEW."prepaidPart" >= 0 AND NEW."prepaidPart" <= NEW."amount") THEN
    RAISE EXCEPTION '% row breaks the rule Refund_prepaidPart_check', TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Refund_prepaidPart_check" BEFORE INSERT OR UPDATE ON "commerce"."Refund" FOR EACH ROW EXECUTE FUNCTION "commerce"."Refund_prepaidPart_check_rule"();

ALTER TABLE "commerce"."Promotion" DROP CONSTRAINT "Promotion_rules";
CREATE FUNCTION "commerce"."Promotion_rules_rule"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT ((NEW."startsAt" IS NULL OR NEW."endsAt" IS NULL OR NEW."startsAt" < NEW."endsAt")
  AND CASE NEW."kind"
    WHEN 'BUY_X_GET_Y' THEN NEW."buyQuantity" >= 1 AND NEW."getQuantity" >= 1 AND NEW."getPercentBps" BETWEEN 1 AND 10000
    WHEN 'SPEND_SAVE' THEN NEW."threshold" > 0 AND NEW."amount" > 0 AND NEW."amount" <= NEW."threshold"
    ELSE NEW."bundlePrice" >= 0
  END) THEN
    RAISE EXCEPTION '% row breaks the rule Promotion_rules', TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Promotion_rules" BEFORE INSERT OR UPDATE ON "commerce"."Promotion" FOR EACH ROW EXECUTE FUNCTION "commerce"."Promotion_rules_rule"();

ALTER TABLE "commerce"."PromotionUse" DROP CONSTRAINT "PromotionUse_amount";
CREATE FUNCTION "commerce"."PromotionUse_amount_rule"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (NEW."amount" >= 0) THEN
    RAISE EXCEPTION '% row breaks the rule PromotionUse_amount', TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "PromotionUse_amount" BEFORE INSERT OR UPDATE ON "commerce"."PromotionUse" FOR EACH ROW EXECUTE FUNCTION "commerce"."PromotionUse_amount_rule"();
