-- Encore: the whole data model. Hand-written (Prisma's migrate engine cannot run here);
-- tests/schema-agreement checks it against schema.prisma.

CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');
CREATE TYPE "SeatStatus" AS ENUM ('AVAILABLE', 'HELD', 'SOLD');
CREATE TYPE "ReservationStatus" AS ENUM ('HELD', 'CONFIRMED', 'CANCELLED', 'EXPIRED');
CREATE TYPE "QueueTokenStatus" AS ENUM ('WAITING', 'ACTIVE', 'EXPIRED');
CREATE TYPE "TransactionType" AS ENUM ('CHARGE', 'PAYMENT', 'REFUND');

CREATE TABLE "User" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'USER',
    "balance" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id"),
    -- Stored lower-cased, so the unique index below is unique whatever the letter case.
    CONSTRAINT "User_email_lowercase" CHECK ("email" = lower("email")),
    CONSTRAINT "User_balance_nonnegative" CHECK ("balance" >= 0)
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

CREATE TABLE "Concert" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "artist" TEXT NOT NULL,
    "venue" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Concert_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "QueueSettings" (
    "concertId" UUID NOT NULL,
    "activeLimit" INTEGER NOT NULL,
    "paused" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "QueueSettings_pkey" PRIMARY KEY ("concertId"),
    CONSTRAINT "QueueSettings_activeLimit_range" CHECK ("activeLimit" BETWEEN 1 AND 100000)
);

CREATE TABLE "Schedule" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "concertId" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Schedule_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Schedule_concertId_startsAt_idx" ON "Schedule"("concertId", "startsAt");

CREATE TABLE "Seat" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "scheduleId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "price" INTEGER NOT NULL,
    "status" "SeatStatus" NOT NULL DEFAULT 'AVAILABLE',
    "heldUntil" TIMESTAMPTZ(3),
    CONSTRAINT "Seat_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Seat_number_positive" CHECK ("number" >= 1),
    CONSTRAINT "Seat_price_positive" CHECK ("price" > 0),
    -- A hold always has an end; anything else never does.
    CONSTRAINT "Seat_heldUntil_iff_held" CHECK (("status" = 'HELD') = ("heldUntil" IS NOT NULL))
);
CREATE UNIQUE INDEX "Seat_scheduleId_number_key" ON "Seat"("scheduleId", "number");

CREATE TABLE "QueueToken" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "token" TEXT NOT NULL,
    "seq" BIGSERIAL NOT NULL,
    "userId" UUID NOT NULL,
    "concertId" UUID NOT NULL,
    "status" "QueueTokenStatus" NOT NULL DEFAULT 'WAITING',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "activatedAt" TIMESTAMPTZ(3),
    "activeUntil" TIMESTAMPTZ(3),
    "expiredAt" TIMESTAMPTZ(3),
    CONSTRAINT "QueueToken_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "QueueToken_active_has_deadline" CHECK ("status" <> 'ACTIVE' OR "activeUntil" IS NOT NULL)
);
CREATE UNIQUE INDEX "QueueToken_token_key" ON "QueueToken"("token");
-- One live place in line per user and concert: joining twice cannot make two.
CREATE UNIQUE INDEX "QueueToken_one_live_per_user_concert" ON "QueueToken"("userId", "concertId")
    WHERE "status" IN ('WAITING', 'ACTIVE');
-- Position in line: an index-only count of the WAITING tokens ahead.
CREATE INDEX "QueueToken_waiting_line" ON "QueueToken"("concertId", "seq") WHERE "status" = 'WAITING';
-- Admission counts and times out the ACTIVE tokens of a concert.
CREATE INDEX "QueueToken_active" ON "QueueToken"("concertId", "activeUntil") WHERE "status" = 'ACTIVE';
-- The idle sweep finds WAITING tokens nobody polls any more.
CREATE INDEX "QueueToken_waiting_idle" ON "QueueToken"("lastSeenAt") WHERE "status" = 'WAITING';
-- Admin figures: admissions in the last minute.
CREATE INDEX "QueueToken_concertId_activatedAt_idx" ON "QueueToken"("concertId", "activatedAt");

CREATE TABLE "Payment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "amount" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Payment_amount_positive" CHECK ("amount" > 0)
);
CREATE INDEX "Payment_userId_createdAt_idx" ON "Payment"("userId", "createdAt" DESC);

CREATE TABLE "Reservation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "concertId" UUID NOT NULL,
    "scheduleId" UUID NOT NULL,
    "seatId" UUID NOT NULL,
    "price" INTEGER NOT NULL,
    "status" "ReservationStatus" NOT NULL DEFAULT 'HELD',
    "heldUntil" TIMESTAMPTZ(3) NOT NULL,
    "paymentId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Reservation_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Reservation_price_positive" CHECK ("price" > 0),
    -- Confirmed exactly when paid, and by one payment only.
    CONSTRAINT "Reservation_confirmed_iff_paid" CHECK (("status" = 'CONFIRMED') = ("paymentId" IS NOT NULL))
);
-- One seat, one live hold or sale: the last line of defence against selling a seat twice.
CREATE UNIQUE INDEX "Reservation_one_live_per_seat" ON "Reservation"("seatId")
    WHERE "status" IN ('HELD', 'CONFIRMED');
CREATE INDEX "Reservation_userId_createdAt_idx" ON "Reservation"("userId", "createdAt" DESC);
CREATE INDEX "Reservation_concertId_createdAt_idx" ON "Reservation"("concertId", "createdAt" DESC);
CREATE INDEX "Reservation_scheduleId_idx" ON "Reservation"("scheduleId");
-- The hold limit counts a user's live holds; the sweeper finds holds past their time.
CREATE INDEX "Reservation_held" ON "Reservation"("userId", "heldUntil") WHERE "status" = 'HELD';
CREATE INDEX "Reservation_held_until" ON "Reservation"("heldUntil") WHERE "status" = 'HELD';

CREATE TABLE "WalletTransaction" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "seq" BIGSERIAL NOT NULL,
    "userId" UUID NOT NULL,
    "type" "TransactionType" NOT NULL,
    "amount" INTEGER NOT NULL,
    "balanceAfter" INTEGER NOT NULL,
    "paymentId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WalletTransaction_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "WalletTransaction_amount_positive" CHECK ("amount" > 0),
    CONSTRAINT "WalletTransaction_balanceAfter_nonnegative" CHECK ("balanceAfter" >= 0),
    CONSTRAINT "WalletTransaction_payment_iff_paid" CHECK (("type" = 'PAYMENT') = ("paymentId" IS NOT NULL))
);
CREATE UNIQUE INDEX "WalletTransaction_paymentId_key" ON "WalletTransaction"("paymentId");
CREATE INDEX "WalletTransaction_userId_seq_idx" ON "WalletTransaction"("userId", "seq" DESC);

CREATE TABLE "IdempotencyRecord" (
    "userId" UUID NOT NULL,
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "responseStatus" INTEGER,
    -- json, not jsonb: a replay answers the very bytes of the first answer, key order included.
    "responseBody" JSON,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    -- One key per user and endpoint.
    CONSTRAINT "IdempotencyRecord_pkey" PRIMARY KEY ("userId", "scope", "key")
);
CREATE INDEX "IdempotencyRecord_createdAt_idx" ON "IdempotencyRecord"("createdAt");

CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL,
    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key")
);
CREATE INDEX "RateLimitBucket_windowStart_idx" ON "RateLimitBucket"("windowStart");

ALTER TABLE "QueueSettings" ADD CONSTRAINT "QueueSettings_concertId_fkey" FOREIGN KEY ("concertId") REFERENCES "Concert"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Schedule" ADD CONSTRAINT "Schedule_concertId_fkey" FOREIGN KEY ("concertId") REFERENCES "Concert"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Seat" ADD CONSTRAINT "Seat_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "Schedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "QueueToken" ADD CONSTRAINT "QueueToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "QueueToken" ADD CONSTRAINT "QueueToken_concertId_fkey" FOREIGN KEY ("concertId") REFERENCES "Concert"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Reservation" ADD CONSTRAINT "Reservation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Reservation" ADD CONSTRAINT "Reservation_concertId_fkey" FOREIGN KEY ("concertId") REFERENCES "Concert"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Reservation" ADD CONSTRAINT "Reservation_scheduleId_fkey" FOREIGN KEY ("scheduleId") REFERENCES "Schedule"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Reservation" ADD CONSTRAINT "Reservation_seatId_fkey" FOREIGN KEY ("seatId") REFERENCES "Seat"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Reservation" ADD CONSTRAINT "Reservation_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "WalletTransaction" ADD CONSTRAINT "WalletTransaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "WalletTransaction" ADD CONSTRAINT "WalletTransaction_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "IdempotencyRecord" ADD CONSTRAINT "IdempotencyRecord_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
