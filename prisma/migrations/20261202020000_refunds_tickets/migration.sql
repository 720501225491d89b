-- Refunds, e-tickets and door check-in (issue 16).

-- A paid ticket given back. ADD VALUE runs inside this migration's transaction, where the new
-- value cannot be used yet; the constraints below therefore name the statuses without a
-- payment (HELD, CANCELLED, EXPIRED) rather than REFUNDED.
ALTER TYPE "ReservationStatus" ADD VALUE 'REFUNDED';

-- A ticket code: 43 characters of base64url over 244 random bits (two version-4 UUIDs, which
-- PostgreSQL draws from its cryptographic random source), never derived from an id. Every
-- reservation gets one when it is inserted, so the code exists before the payment and no
-- booking transaction has to make one; the API shows it only while the ticket is CONFIRMED.
CREATE FUNCTION "new_ticket_code"() RETURNS TEXT LANGUAGE sql VOLATILE AS $$
  SELECT rtrim(translate(encode(decode(
    replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'), 'base64'), '+/', '-_'), '=')
$$;

ALTER TABLE "Reservation"
    ADD COLUMN "ticketCode" TEXT NOT NULL DEFAULT "new_ticket_code"(),
    ADD COLUMN "checkedInAt" TIMESTAMPTZ(3),
    -- Paid (a paymentId) exactly when CONFIRMED or REFUNDED: a refund keeps the payment it undoes.
    DROP CONSTRAINT "Reservation_confirmed_iff_paid",
    ADD CONSTRAINT "Reservation_paid_iff_confirmed_or_refunded"
        CHECK (("paymentId" IS NULL) = ("status" IN ('HELD', 'CANCELLED', 'EXPIRED'))),
    -- Only a paid ticket is ever let in at the door.
    ADD CONSTRAINT "Reservation_checked_in_only_if_paid" CHECK ("checkedInAt" IS NULL OR "paymentId" IS NOT NULL);
CREATE UNIQUE INDEX "Reservation_ticketCode_key" ON "Reservation"("ticketCode");

-- A REFUND ledger row names the reservation it gives back, and a reservation is refunded at
-- most once: the unique index is the last line of defence against paying a refund twice.
ALTER TABLE "WalletTransaction"
    ADD COLUMN "reservationId" UUID,
    ADD CONSTRAINT "WalletTransaction_refund_iff_reservation" CHECK (("type" = 'REFUND') = ("reservationId" IS NOT NULL));
CREATE UNIQUE INDEX "WalletTransaction_reservationId_key" ON "WalletTransaction"("reservationId");
-- NO ACTION: a reservation with a refund on the books cannot be deleted by itself (deleting
-- its user removes both, checked at the end of the statement).
ALTER TABLE "WalletTransaction" ADD CONSTRAINT "WalletTransaction_reservationId_fkey"
    FOREIGN KEY ("reservationId") REFERENCES "Reservation"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- A date the organiser called off: its tickets are refunded and it is no longer on sale.
ALTER TABLE "Schedule" ADD COLUMN "cancelledAt" TIMESTAMPTZ(3);

-- No hold on a cancelled date, however a request raced the cancellation. The trigger skips
-- the row (RETURN NULL) instead of raising, so holdSeat's conditional UPDATE simply changes
-- nothing and answers SEAT_UNAVAILABLE, as for a taken seat. Its query sees the latest
-- committed cancellation (each statement of a VOLATILE function takes a fresh snapshot), and
-- a hold that took the seat row before the cancellation committed still holds that row's lock,
-- which cancelSchedule waits for before it releases the date's holds.
CREATE FUNCTION "Seat_refuse_hold_on_cancelled_date"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM "Schedule" WHERE "id" = NEW."scheduleId" AND "cancelledAt" IS NOT NULL) THEN
    RETURN NULL;
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER "Seat_no_hold_on_cancelled_date" BEFORE UPDATE ON "Seat"
    FOR EACH ROW WHEN (NEW."status" = 'HELD') EXECUTE FUNCTION "Seat_refuse_hold_on_cancelled_date"();
