-- The line's order lock (decision 013). A join takes its seq from the sequence when its INSERT
-- runs, but its token becomes visible only when it commits. Without this lock an admission
-- could run between the two and admit a later joiner, whose seq is higher, ahead of a join still
-- committing: first come was not always first admitted.
--
-- Each join holds the lock shared from before it draws its seq until it commits; admission and
-- the draw take it exclusively. So whenever admission or the draw reads the line, every seq the
-- sequence has handed out for the concert belongs to a committed token, and every seq handed out
-- later is higher. Shared holders never wait for each other: joins still run side by side.
--
-- An advisory lock, not the QueueSettings row: a row locked FOR KEY SHARE by thousands of joins a
-- second costs a multixact and a WAL record each time; an advisory lock lives only in the lock
-- table. The two-integer form (class 1701, then a hash of the concert) cannot collide with the
-- one-bigint locks of the ticker's leader or the migrations; two concerts whose hashes collide only
-- wait for each other a moment.
CREATE FUNCTION share_line_order(concert uuid) RETURNS void
LANGUAGE sql VOLATILE
AS $$ SELECT pg_advisory_xact_lock_shared(1701, hashtext(concert::text)) $$;

CREATE FUNCTION take_line_order(concert uuid) RETURNS void
LANGUAGE sql VOLATILE
AS $$ SELECT pg_advisory_xact_lock(1701, hashtext(concert::text)) $$;

-- admit_next as before (20261203000000_admit_next_function), now first taking the line's order
-- lock: every join that drew a seq before this admission has committed, and none draws one until
-- it ends.
CREATE OR REPLACE FUNCTION admit_next(concert uuid, at timestamptz, active_until timestamptz, idle_cutoff timestamptz)
RETURNS integer
LANGUAGE plpgsql
VOLATILE
AS $$
DECLARE
  settings record;
  free integer;
  admitted integer;
BEGIN
  PERFORM take_line_order(concert);
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
