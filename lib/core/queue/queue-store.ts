import type { QueueTokenRecord } from './queue-token';
import type { z } from 'zod';
import type { QueueFigures as QueueFiguresSchema } from '@/lib/schemas/admin';

export interface AdmissionPace {
  perSecond: number;
  activeLimit: number;
}

/** One concert's line at a glance (GET /api/v1/admin/queues). */
export type QueueFigures = z.infer<typeof QueueFiguresSchema>;

/**
 * The line itself. Today PostgreSQL carries it (postgres-queue-store.ts); the use cases only
 * see this interface, so a shared store such as Redis can carry it at internet scale later
 * (docs/decisions/003-queue-store.md). Every method is safe with many app instances at once.
 */
export interface QueueStore {
  /**
   * Whether the concert takes places in line: it has a line and a date still to come. A store
   * may answer from a read a second old (a join a moment after the last date began is harmless:
   * nothing can be booked for a date that has begun).
   */
  isOnSale(concertId: string, now: Date): Promise<boolean>;
  /** The user's live token for the concert, or a new one at the back of the line. */
  join(userId: string, concertId: string, now: Date): Promise<{ token: QueueTokenRecord; created: boolean }>;
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
  /** Admits the next in line up to the concert's activeLimit; returns how many. */
  admit(concertId: string, now: Date): Promise<number>;
  /** Marks timed-out ACTIVE and idle WAITING tokens EXPIRED; returns the concerts affected. */
  expireStale(now: Date): Promise<string[]>;
  /** Concerts that may have someone to admit: not paused, someone waiting, a slot free. */
  concertsWithFreeSlots(now: Date): Promise<string[]>;
  /** How fast the line moves: admissions per second lately, and how many may be ACTIVE. */
  admissionPace(concertId: string, now: Date): Promise<AdmissionPace>;
  figures(now: Date): Promise<QueueFigures[]>;
}
