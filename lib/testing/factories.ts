/**
 * Factories shared by integration tests and Playwright fixtures. Every call makes fresh,
 * uniquely named rows, so tests never depend on each other's data or order.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { hashPassword } from '@/lib/core/accounts/password';
import { plainRows, type SeatRowSpec } from '@/lib/core/booking/seat-row-rules';
import { createConcert as createConcertUseCase } from '@/lib/core/concerts/create-concert';
import type { Db } from '@/lib/db/client';

const unique = () => randomUUID().slice(0, 8);

let cachedHash: Promise<string> | undefined;
export const TEST_PASSWORD = 'violet-ferry-candle-27';
// Hashing is slow on purpose; tests that make hundreds of users share one hash.
const testHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));

export async function makeUser(db: Db, overrides: { name?: string; role?: 'USER' | 'ADMIN'; email?: string } = {}) {
  const id = unique();
  return db.user.create({
    data: {
      email: overrides.email ?? `fan-${id}@test.encore`,
      name: overrides.name ?? `Fan ${id}`,
      role: overrides.role ?? 'USER',
      passwordHash: await testHash(),
    },
  });
}

/** Many users in one statement, for race tests. */
export async function makeUsers(db: Db, count: number) {
  const hash = await testHash();
  const batch = unique();
  const data = Array.from({ length: count }, (_, i) => ({
    email: `crowd-${batch}-${i}@test.encore`,
    name: `Crowd ${i}`,
    passwordHash: hash,
  }));
  return db.user.createManyAndReturn({ data });
}

export async function makeConcert(
  db: Db,
  /** `rows` lays the seats out; otherwise `seats` (10) at `price` (50,000) in rows of ten. */
  options: {
    dates?: Date[];
    seats?: number;
    price?: number;
    rows?: SeatRowSpec[];
    activeLimit?: number;
    title?: string;
    artist?: string;
    venue?: string;
  } = {},
) {
  const now = Date.now();
  const dates = options.dates ?? [new Date(now + 7 * 86_400_000), new Date(now + 8 * 86_400_000)];
  return createConcertUseCase(db, {
    title: options.title ?? `Test Concert ${unique()}`,
    artist: options.artist ?? 'The Testers',
    venue: options.venue ?? 'Test Hall',
    description: 'A concert made by a test.',
    activeLimit: options.activeLimit ?? 100,
    schedules: dates.map((startsAt) => ({
      startsAt,
      rows: options.rows ?? plainRows(options.seats ?? 10, options.price ?? 50_000),
    })),
  });
}

/** A queue token straight in the database (the queue's own tests go through joinQueue). */
export async function makeQueueToken(
  db: Db,
  userId: string,
  concertId: string,
  options: { status?: 'WAITING' | 'ACTIVE' | 'EXPIRED'; now?: Date; activeSeconds?: number } = {},
) {
  const now = options.now ?? new Date();
  const status = options.status ?? 'ACTIVE';
  return db.queueToken.create({
    data: {
      token: randomBytes(32).toString('base64url'),
      userId,
      concertId,
      status,
      createdAt: now,
      lastSeenAt: now,
      activatedAt: status === 'ACTIVE' ? now : null,
      activeUntil: status === 'ACTIVE' ? new Date(now.getTime() + (options.activeSeconds ?? 600) * 1000) : null,
      expiredAt: status === 'EXPIRED' ? now : null,
    },
  });
}
