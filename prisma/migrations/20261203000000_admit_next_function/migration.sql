-- Admission in one statement (lib/core/queue/admit-next.ts, decision 012). Every join that finds
-- a free slot and every payment admits, and all of them queue on the concert's QueueSettings row
-- lock: held across client round trips, the lock turned a busy sale into a convoy. Inside one
-- function call it is held only while PostgreSQL works.
--
-- The rule is the one admitNext always kept: the settings row lock serialises admission per
-- concert; the ACTIVE count is a statement of its own after the lock, so under READ COMMITTED
-- it sees every admission committed before (a volatile function's statements each take a new
-- snapshot); then the next WAITING tokens that are not idle, in line order, fill the free slots.
CREATE FUNCTION admit_next(concert uuid, at timestamptz, active_until timestamptz, idle_cutoff timestamptz)
RETURNS integer
LANGUAGE plpgsql
VOLATILE
AS $$
DECLARE
  settings record;
  free integer;
  admitted integer;
BEGIN
  SELECT "activeLimit", paused, "drawnAt" INTO settings
  FROM "QueueSettings" WHERE "concertId" = concert
  FOR UPDATE;
  -- Nobody is admitted to a paused line, nor before the pre-queue is drawn (decision 010).
  IF NOT FOUND OR settings.paused OR settings."drawnAt" IS NULL THEN
    RETURN 0;
  END IF;

  SELECT settings."activeLimit" - count(*) INTO free
  FROM "QueueToken"
  WHERE "concertId" = concert AND status = 'ACTIVE' AND "activeUntil" > at;
  IF free <= 0 THEN
    RETURN 0;
  END IF;

  UPDATE "QueueToken" SET status = 'ACTIVE', "activatedAt" = at, "activeUntil" = active_until
  WHERE id IN (
    SELECT id FROM "QueueToken"
    WHERE "concertId" = concert AND status = 'WAITING' AND "lastSeenAt" > idle_cutoff
    ORDER BY seq
    LIMIT free);
  GET DIAGNOSTICS admitted = ROW_COUNT;
  RETURN admitted;
END
$$;
