-- A seat hold in one statement (lib/core/booking/hold-seat.ts, decision 012). As a transaction
-- of six round trips, a rush's first wave queued on each seat's row lock for as long as the
-- winner's round trips took under load. Inside one call the locks are held only while
-- PostgreSQL works.
--
-- The rules are holdSeat's, in its order, with its locks: the holder's User row (NO KEY
-- UPDATE, serialising one fan's holds and payments), then the facts read in a statement of their
-- own after that lock (each statement of a volatile function takes a new snapshot, so they see
-- every hold and payment of this fan committed before), then the seat's conditional UPDATE,
-- which decides a race for the seat, then the expired hold it took over marked EXPIRED, then the
-- new HELD reservation. A fan's tickets for a concert are counted as ticket-limit.ts counts them:
-- unexpired holds and confirmed seats across its dates.
--
-- outcome: 'held' (the r_* columns are the new reservation), 'no_user', 'no_seat', 'refused'
-- (a rule said no: the caller finds which from the facts returned), 'taken' (the seat is held or
-- sold). A unique violation (the one live reservation per seat) is raised: the seat is taken.
CREATE FUNCTION hold_seat(holder uuid, wanted uuid, at timestamptz, held_until timestamptz, token_concert uuid, max_holds integer)
RETURNS TABLE (
  outcome text,
  seat_number integer, concert_id uuid, starts_at timestamptz, holds integer, ticket_limit integer, tickets integer,
  r_id uuid, r_schedule uuid, r_seat uuid, seat_label text, seat_grade text, r_price integer, r_status text,
  r_held_until timestamptz, r_payment uuid, r_ticket_code text, r_checked_in_at timestamptz, r_created_at timestamptz
)
LANGUAGE plpgsql
VOLATILE
AS $$
DECLARE
  f record;
  r "Reservation"%ROWTYPE;
BEGIN
  PERFORM 1 FROM "User" WHERE id = holder FOR NO KEY UPDATE;
  IF NOT FOUND THEN
    outcome := 'no_user';
    RETURN NEXT;
    RETURN;
  END IF;

  SELECT s.number, s.price, s."scheduleId", d."concertId", d."startsAt",
    (SELECT count(*)::int FROM "Reservation" x
      WHERE x."userId" = holder AND x.status = 'HELD' AND x."heldUntil" > at) AS live_holds,
    (SELECT c."maxTicketsPerUser" FROM "Concert" c WHERE c.id = d."concertId") AS ticket_max,
    (SELECT count(*)::int FROM "Reservation" x
      WHERE x."userId" = holder AND x."concertId" = d."concertId"
        AND (x.status = 'CONFIRMED' OR (x.status = 'HELD' AND x."heldUntil" > at))) AS ticket_count
  INTO f
  FROM "Seat" s JOIN "Schedule" d ON d.id = s."scheduleId"
  WHERE s.id = wanted;
  IF NOT FOUND THEN
    outcome := 'no_seat';
    RETURN NEXT;
    RETURN;
  END IF;
  seat_number := f.number;
  concert_id := f."concertId";
  starts_at := f."startsAt";
  holds := f.live_holds;
  ticket_limit := f.ticket_max;
  tickets := f.ticket_count;
  IF f."concertId" <> token_concert OR f."startsAt" <= at OR f.live_holds >= max_holds OR f.ticket_count >= f.ticket_max THEN
    outcome := 'refused';
    RETURN NEXT;
    RETURN;
  END IF;

  -- An expired hold counts as free even before the sweeper runs.
  UPDATE "Seat" SET status = 'HELD', "heldUntil" = held_until
  WHERE id = wanted AND (status = 'AVAILABLE' OR (status = 'HELD' AND "heldUntil" <= at));
  IF NOT FOUND THEN
    outcome := 'taken';
    RETURN NEXT;
    RETURN;
  END IF;
  -- The expired hold taken over still occupies the seat's one live slot until it is marked.
  UPDATE "Reservation" SET status = 'EXPIRED', "updatedAt" = at
  WHERE "seatId" = wanted AND status = 'HELD' AND "heldUntil" <= at;
  INSERT INTO "Reservation" ("userId", "concertId", "scheduleId", "seatId", price, status, "heldUntil", "createdAt", "updatedAt")
  VALUES (holder, f."concertId", f."scheduleId", wanted, f.price, 'HELD', held_until, at, at)
  RETURNING * INTO r;

  outcome := 'held';
  r_id := r.id;
  r_schedule := r."scheduleId";
  r_seat := r."seatId";
  SELECT s.label, s.grade INTO seat_label, seat_grade FROM "Seat" s WHERE s.id = wanted;
  r_price := r.price;
  r_status := r.status::text;
  r_held_until := r."heldUntil";
  r_payment := r."paymentId";
  r_ticket_code := r."ticketCode";
  r_checked_in_at := r."checkedInAt";
  r_created_at := r."createdAt";
  RETURN NEXT;
END
$$;
