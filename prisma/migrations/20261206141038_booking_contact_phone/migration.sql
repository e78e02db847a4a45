-- AlterTable
ALTER TABLE "transport"."Booking" ADD COLUMN     "contactPhone" TEXT;

-- AlterTable
ALTER TABLE "transport"."TicketPurchase" ADD COLUMN     "contactPhone" TEXT;
