-- Seats that read like seats (issue 16): a row letter, the label a person reads (the row, then
-- the seat's number, which runs 1..N across the rows: "B14") and a price grade ("VIP", "R", ...,
-- or NULL for a date with no price classes).
ALTER TABLE "Seat" ADD COLUMN "row" TEXT, ADD COLUMN "label" TEXT, ADD COLUMN "grade" TEXT;

-- Existing seats get what the seat map drew for them until now: rows of ten in number order,
-- lettered A..Z, then AA, AB, ...; a grade per price, the dearest first: VIP, R, S, A, B, C, then
-- "Tier 7", ...; a date with a single price has no grade.
WITH ranked AS (
    SELECT "id", "number", "scheduleId",
           (row_number() OVER (PARTITION BY "scheduleId" ORDER BY "number") - 1)::int / 10 AS row_index,
           dense_rank() OVER (PARTITION BY "scheduleId" ORDER BY "price" DESC)::int AS tier
    FROM "Seat"
), graded AS (
    SELECT *, max(tier) OVER (PARTITION BY "scheduleId") AS tiers,
           CASE WHEN row_index < 26 THEN chr(65 + row_index)
                ELSE chr(64 + row_index / 26) || chr(65 + row_index % 26) END AS letter
    FROM ranked
)
UPDATE "Seat" AS s
SET "row" = g.letter,
    "label" = g.letter || g."number"::text,
    "grade" = CASE WHEN g.tiers = 1 THEN NULL
                   ELSE COALESCE((ARRAY['VIP', 'R', 'S', 'A', 'B', 'C'])[g.tier], 'Tier ' || g.tier::text) END
FROM graded AS g
WHERE s."id" = g."id";

ALTER TABLE "Seat"
    ALTER COLUMN "row" SET NOT NULL,
    ALTER COLUMN "label" SET NOT NULL,
    ADD CONSTRAINT "Seat_row_letters" CHECK ("row" ~ '^[A-Z]{1,2}$'),
    ADD CONSTRAINT "Seat_label_is_row_and_number" CHECK ("label" = "row" || "number"::text),
    ADD CONSTRAINT "Seat_grade_trimmed" CHECK ("grade" IS NULL OR ("grade" = btrim("grade") AND char_length("grade") BETWEEN 1 AND 20));

-- One seat per label on a date, as there is one per number.
CREATE UNIQUE INDEX "Seat_scheduleId_label_key" ON "Seat"("scheduleId", "label");
