-- Sales that open at a set time, fairly (issue 15; docs/decisions/010-the-pre-queue-draw.md).

-- When a concert's sales open, and how many seats one fan may have for it (unexpired holds and
-- confirmed seats across all its dates). A concert made before this opened when it was made.
ALTER TABLE "Concert"
    ADD COLUMN "salesOpenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
    ADD COLUMN "maxTicketsPerUser" INTEGER NOT NULL DEFAULT 4;
UPDATE "Concert" SET "salesOpenAt" = "createdAt";
ALTER TABLE "Concert"
    ADD CONSTRAINT "Concert_maxTicketsPerUser_range" CHECK ("maxTicketsPerUser" BETWEEN 1 AND 10);

-- When the pre-queue was drawn: NULL until then, and nobody is admitted while it is. The draw
-- sets it in the same transaction as the places, under this row's lock, so it happens once.
-- A concert on sale from the moment it is made has nothing to draw: it is drawn at creation.
ALTER TABLE "QueueSettings" ADD COLUMN "drawnAt" TIMESTAMPTZ(3) DEFAULT now();
UPDATE "QueueSettings" q SET "drawnAt" = c."createdAt" FROM "Concert" c WHERE c."id" = q."concertId";

-- The place a token took in line: its place when it joined, or the place it was drawn. The
-- draw gives the pre-queue the seqs -N..-1 (place 1 gets -N), ahead of every seq the sequence
-- hands out, so the line's order stays "ORDER BY seq"; two drawn tokens of one concert never
-- share a place.
ALTER TABLE "QueueToken" ADD COLUMN "joinedPosition" INTEGER;
ALTER TABLE "QueueToken"
    ADD CONSTRAINT "QueueToken_joinedPosition_positive" CHECK ("joinedPosition" >= 1),
    ADD CONSTRAINT "QueueToken_drawn_has_place" CHECK ("seq" > 0 OR "joinedPosition" IS NOT NULL);
CREATE UNIQUE INDEX "QueueToken_one_per_drawn_place" ON "QueueToken"("concertId", "seq") WHERE "seq" < 0;
