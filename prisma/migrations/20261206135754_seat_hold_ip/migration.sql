-- AlterTable
ALTER TABLE "transport"."SeatHold" ADD COLUMN     "ip" TEXT;

-- CreateIndex
CREATE INDEX "SeatHold_tripId_ip_createdAt_idx" ON "transport"."SeatHold"("tripId", "ip", "createdAt");

-- CreateIndex
CREATE INDEX "SeatHold_tripId_userId_createdAt_idx" ON "transport"."SeatHold"("tripId", "userId", "createdAt");
