-- CreateTable
CREATE TABLE "ledger"."ExpensePayment" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "expenseId" UUID NOT NULL,
    "paidFrom" TEXT NOT NULL,
    "paidOn" DATE NOT NULL,
    "reference" TEXT NOT NULL,
    "paidByUserId" UUID NOT NULL,
    "journalEntryId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExpensePayment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ExpensePayment_expenseId_key" ON "ledger"."ExpensePayment"("expenseId");

-- CreateIndex
CREATE INDEX "ExpensePayment_tenantId_paidOn_idx" ON "ledger"."ExpensePayment"("tenantId", "paidOn");

-- AddForeignKey
ALTER TABLE "ledger"."ExpensePayment" ADD CONSTRAINT "ExpensePayment_expenseId_fkey" FOREIGN KEY ("expenseId") REFERENCES "ledger"."Expense"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A payment is for an APPROVED expense of the same tenant, from CASH or BANK, and is never changed nor
-- deleted (decision 0088): services/expense-payments.ts checks first, this is the last line of defence.
CREATE OR REPLACE FUNCTION "ledger"."expense_payment_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'An expense payment is never changed nor deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW."paidFrom" NOT IN ('CASH', 'BANK') OR length(NEW."reference") < 1 OR length(NEW."reference") > 100 THEN
    RAISE EXCEPTION 'Expense payment % is out of range', NEW."id" USING ERRCODE = 'check_violation';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM "ledger"."Expense" e WHERE e."id" = NEW."expenseId" AND e."tenantId" = NEW."tenantId" AND e."status" = 'APPROVED') THEN
    RAISE EXCEPTION 'Expense % is not an approved expense of the tenant', NEW."expenseId" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "expense_payment_rules" BEFORE INSERT OR UPDATE OR DELETE ON "ledger"."ExpensePayment"
  FOR EACH ROW EXECUTE FUNCTION "ledger"."expense_payment_rules"();
