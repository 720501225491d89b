import type { QueueTokenRecord } from './queue-token';
import type { z } from 'zod';
import type { Sql } from '@/lib/db/sql';
import type { QueueFigures as QueueFiguresSchema } from '@/lib/schemas/admin';
import type { QueueHistoryPoint } from '@/lib/schemas/admin-console';

export interface AdmissionPace {
  perSecond: number;
  activeLimit: number;
}

/** What a poll tells a fan about the line itself (docs/api.md, "Queue"). */
export interface LineState {
  /** When sales open, while those who joined before wait for the draw; null once drawn. */
  opensAt: Date | null;
  /** Admission paused by an admin: nobody is admitted until it resumes. */
  paused: boolean;
}

/** One concert's line at a glance (GET /api/v1/admin/queues). */
export type QueueFigures = z.infer<typeof QueueFiguresSchema>;

/** The points of a history: `count` points `stepSeconds` apart, the last at `now`. */
export interface HistoryWindow {
  stepSeconds: number;
  count: number;
}

/**
 * The line itself. Today PostgreSQL carries it (postgres-queue-store.ts); the use cases only
 * see this interface, so a shared store such as Redis can carry it at internet scale later
 * (docs/decisions/003-queue-store.md). Every method is safe with many app instances at once.
 * Nothing outside the store reads or writes the QueueToken table. Every implementation must
 * pass tests/queue/store-contract.ts. The concert's settings (activeLimit, paused, salesOpenAt)
 * stay in PostgreSQL with the concert: a store reads them there. Whether the pre-queue has been
 * drawn (QueueSettings.drawnAt) is PostgreSQL's too, under the row lock admission and an admin
 * moving the opening take; a store outside it must draw under that lock all the same.
 */
export interface QueueStore {
  /**
   * Whether the concert takes places in line: it has a line and a date still to come. A store
   * may answer from a read a second old (a join a moment after the last date began is harmless:
   * nothing can be booked for a date that has begun).
   */
  isOnSale(concertId: string, now: Date): Promise<boolean>;
  /**
   * The user's live token for the concert, or a new one at the back of the line, with the place
   * it took (joinedPosition); before the draw, a new token has no place yet (null).
   */
  join(userId: string, concertId: string, now: Date): Promise<{ token: QueueTokenRecord; created: boolean }>;
  /** The line's opening and pause, for polls: a store may answer from a read a second old. */
  lineState(concertId: string, now: Date): Promise<LineState>;
  /**
   * Draws the pre-queue once sales have opened (decision 010): those who joined before
   * salesOpenAt, in a uniformly random order, ahead of everyone after. Once per concert across
   * every instance; either all of it happens or none. Returns how many were placed, or null when
   * this call did not draw (not open yet, or drawn already).
   */
  draw(concertId: string, now: Date): Promise<number | null>;
  /** Concerts whose sales have opened and whose pre-queue waits for its draw. */
  concertsToDraw(now: Date): Promise<string[]>;
  /** The token as the database has it now: what every decision reads. */
  find(token: string): Promise<QueueTokenRecord | null>;
  /**
   * The token as it stood at most about a second ago, for answering polls: a store may answer
   * from memory. Nothing that admits, holds or pays may act on it; they use find().
   */
  findRecent(token: string): Promise<QueueTokenRecord | null>;
  /** 1 for the next in line: the WAITING tokens ahead, plus one. */
  position(token: QueueTokenRecord): Promise<number>;
  /**
   * Records that a WAITING token was polled, so it does not leave the line as idle. The write
   * may come a moment later (gathered with others), never so late that the token goes idle.
   */
  touch(token: QueueTokenRecord, now: Date): Promise<void>;
  /**
   * Admits the next in line up to the concert's activeLimit, once drawn; returns how many. Never
   * ahead of a join that took an earlier place and is still being recorded (decision 013).
   */
  admit(concertId: string, now: Date): Promise<number>;
  /** Marks timed-out ACTIVE and idle WAITING tokens EXPIRED; returns the concerts affected. */
  expireStale(now: Date): Promise<string[]>;
  /** Concerts that may have someone to admit: drawn, not paused, someone waiting, a slot free. */
  concertsWithFreeSlots(now: Date): Promise<string[]>;
  /**
   * How fast the line moves: admissions per second lately (over the last five minutes, or since
   * the first admission in them), and how many may be ACTIVE.
   */
  admissionPace(concertId: string, now: Date): Promise<AdmissionPace>;
  figures(now: Date): Promise<QueueFigures[]>;
  /**
   * A concert's line over time, from the tokens' own timestamps. At each point `at`: waiting,
   * joined and neither admitted nor expired by then; active, admitted and neither ended nor
   * timed out by then; admitted, admissions in the step that ends at `at`.
   */
  history(concertId: string, window: HistoryWindow, now: Date): Promise<QueueHistoryPoint[]>;
  /**
   * Uses an ACTIVE token up as part of the caller's database transaction `tx` (a payment): the
   * token ends if and only if the payment commits. Throws QUEUE_TOKEN_EXPIRED, failing the whole
   * transaction, when the token timed out or was ended meanwhile. Call admit() after commit.
   *
   * The one method that takes the database's transaction: the payment's atomicity (no seat sold
   * on a pass already used, no pass used by a payment that rolled back) needs the token's end
   * in the same commit as the money. A store outside PostgreSQL must still honour that, e.g. by
   * recording the end in `tx` and applying it after commit (ARCHITECTURE.md, "The queue store").
   */
  endInTransaction(tx: Sql, tokenId: string, now: Date): Promise<void>;
}
