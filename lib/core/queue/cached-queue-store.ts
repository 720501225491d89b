import type { Sql } from '@/lib/db/sql';
import type { AdmissionPace, HistoryWindow, LineState, QueueStore } from './queue-store';
import type { QueueTokenRecord } from './queue-token';

/**
 * The line as a snapshot saw it: `waiting` WAITING tokens, read when the sequence had handed out
 * seqs up to `sequenceAt` (for every concert: the sequence is shared).
 */
export interface KnownLine {
  waiting: number;
  sequenceAt: bigint;
}

/** What the cache reads from the line beneath it (PostgresQueueStore implements it). */
export interface WaitingLine {
  /**
   * The seqs of a concert's WAITING tokens, ascending, and the line's state, in one read of the
   * whole line: a snapshot of a drawn line never holds the seqs from before the draw.
   */
  waitingLine(concertId: string): Promise<{ seqs: Float64Array; state: LineState; sequenceAt: bigint }>;
  /** The tokens of these token strings that exist, in no particular order. */
  findAll(tokens: string[]): Promise<QueueTokenRecord[]>;
  /** How many of a concert's WAITING tokens have after < seq < before. */
  countWaitingBetween(concertId: string, after: bigint, before: bigint): Promise<number>;
  /** QueueStore.join, told the line as last read so it counts a newcomer's place cheaply. */
  join(userId: string, concertId: string, now: Date, known?: KnownLine): Promise<{ token: QueueTokenRecord; created: boolean }>;
}

export interface CacheOptions {
  /** How old a snapshot may grow before the next read refreshes it (in the background). */
  maxAgeMs: number;
  /** Nearer the front than this, a position is counted exactly: there one place shows. */
  exactWithin: number;
  /** Milliseconds now; tests drive it. */
  clock?: () => number;
}

interface Snapshot {
  seqs: Float64Array;
  /** Read with the seqs: the opening (until drawn) and the pause a poll reports. */
  state: LineState;
  /** The last seq the snapshot knows; anything after it is counted fresh. */
  horizon: bigint;
  /** The last seq the sequence had handed out (to any concert) when the snapshot was read. */
  sequenceAt: bigint;
  takenAt: number;
}

interface CachedToken {
  record: QueueTokenRecord;
  fetchedAt: number;
  usedAt: number;
}

interface Entry {
  onSale?: { value: Promise<boolean>; takenAt: number };
  snapshot?: Snapshot;
  refreshing?: Promise<Snapshot>;
  /** Bumped when this instance drew the line: a read begun before it is read again. */
  generation: number;
  drawing?: Promise<number | null>;
  pace?: { value: Promise<AdmissionPace>; takenAt: number };
  /** The admission running now, and the one its latecomers wait for. */
  admitting?: Admitting;
  usedAt: number;
}

interface Waiter {
  resolve: (record: QueueTokenRecord | null) => void;
  reject: (error: unknown) => void;
}

interface Admitting {
  round: Promise<number>;
  next?: NextAdmission;
}

/** Starts when the running admission ends, at the latest `now` among those waiting for it. */
interface NextAdmission {
  latest: Date;
  round: Promise<number>;
}

// A snapshot this old is not served while a refresh runs: the reader waits for the refresh.
const STALE_LIMIT_FACTOR = 10;
// Lines nobody has asked about for this long are dropped from memory.
const FORGET_AFTER_MS = 60_000;
// Past this many remembered tokens, those not polled for FORGET_AFTER_MS are dropped.
const MAX_TOKENS = 100_000;

/**
 * A QueueStore that answers the two reads every poll makes, position() and admissionPace(),
 * from a per-concert snapshot at most about `maxAgeMs` old, instead of counting the line in
 * the database at every poll (a count whose cost grows with the position, bench/README.md).
 * Everything else goes straight to the store beneath, so admission, expiry and the
 * one-token-per-user rule stay decided in the database; only what a waiting fan is told may
 * lag the line by up to `maxAgeMs` (decision 005).
 *
 * A position is the number of snapshot seqs below the token's (a binary search), plus a fresh
 * count of the WAITING tokens that joined after the snapshot, so a newcomer's place is never
 * short. Near the front (`exactWithin`) the count is exact, as the fans there watch it move.
 * Each instance keeps its own snapshots; a refresh is one query, shared by all its readers.
 */
export class CachedQueueStore implements QueueStore {
  private readonly lines = new Map<string, Entry>();
  private readonly tokens = new Map<string, CachedToken>();
  /** The token reads asked for in this turn of the event loop, sent together (read()). */
  private reads?: Map<string, Waiter[]>;
  private readonly clock: () => number;

  constructor(
    private readonly inner: QueueStore & WaitingLine,
    private readonly options: CacheOptions,
  ) {
    this.clock = options.clock ?? Date.now;
  }

  async join(userId: string, concertId: string, now: Date) {
    const snapshot = await this.snapshot(concertId);
    // Near the front the place is counted exactly, as position() counts it there.
    const known =
      snapshot.seqs.length < this.options.exactWithin
        ? undefined
        : { waiting: snapshot.seqs.length, sequenceAt: snapshot.sequenceAt };
    return this.inner.join(userId, concertId, now, known);
  }

  /** From the snapshot: a poll learns of a pause, a resume or the draw within about a second. */
  async lineState(concertId: string): Promise<LineState> {
    return (await this.snapshot(concertId)).state;
  }

  /**
   * This instance's callers share one attempt (a crowd joining at the opening asks at once);
   * PostgreSQL decides between instances. Afterwards the line is read again, so what this
   * instance tells its polls is the drawn line.
   */
  async draw(concertId: string, now: Date): Promise<number | null> {
    const entry = this.entry(concertId);
    const drawing = (entry.drawing ??= this.inner.draw(concertId, now).finally(() => {
      entry.drawing = undefined;
      entry.generation += 1;
      entry.snapshot = undefined;
    }));
    return drawing;
  }

  concertsToDraw(now: Date) {
    return this.inner.concertsToDraw(now);
  }

  /** Read at most once per maxAgeMs per concert: a crowd's joins ask it thousands of times. */
  isOnSale(concertId: string, now: Date): Promise<boolean> {
    const entry = this.entry(concertId);
    const at = this.clock();
    if (!entry.onSale || at - entry.onSale.takenAt >= this.options.maxAgeMs) {
      const onSale = { value: this.inner.isOnSale(concertId, now), takenAt: at };
      onSale.value.catch(() => entry.onSale === onSale && (entry.onSale = undefined));
      entry.onSale = onSale;
    }
    return entry.onSale.value;
  }

  /** Read from the database after the call, as the store's contract asks, but in the turn's one query (read()). */
  find(token: string) {
    return this.read(token);
  }

  /**
   * A poll's token, usually from memory (decision 006). A WAITING token is still WAITING while
   * a snapshot of its line at most 2 x maxAgeMs old still lists its seq: the moment it is
   * admitted or expires, the next snapshot drops it and the token is read again. Other
   * statuses are read again once maxAgeMs old. A token this instance has not seen is read.
   */
  async findRecent(token: string): Promise<QueueTokenRecord | null> {
    const at = this.clock();
    const cached = this.tokens.get(token);
    if (cached) {
      cached.usedAt = at;
      if (await this.stillCurrent(cached, at)) return cached.record;
    }
    const record = await this.read(token);
    if (record) this.remember(record, at);
    return record;
  }

  /**
   * A token read from the database, with every other read asked for in the same turn of the
   * event loop: one query for all of them, sent after each of them was asked. A crowd's first
   * polls to an instance (and polls of tokens whose record went stale), and the gated actions'
   * token checks, arrive many at a time; one round trip each was the largest part of a cached
   * poll's cost (bench/README.md).
   */
  private read(token: string): Promise<QueueTokenRecord | null> {
    let batch = this.reads;
    if (!batch) {
      const next = new Map<string, Waiter[]>();
      this.reads = batch = next;
      setImmediate(() => void this.readAll(next));
    }
    const waiters = batch.get(token) ?? [];
    batch.set(token, waiters);
    return new Promise((resolve, reject) => waiters.push({ resolve, reject }));
  }

  private async readAll(batch: Map<string, Waiter[]>) {
    if (this.reads === batch) this.reads = undefined;
    try {
      const records = new Map((await this.inner.findAll([...batch.keys()])).map((record) => [record.token, record]));
      for (const [token, waiters] of batch) for (const waiter of waiters) waiter.resolve(records.get(token) ?? null);
    } catch (error) {
      for (const waiters of batch.values()) for (const waiter of waiters) waiter.reject(error);
    }
  }

  private async stillCurrent({ record, fetchedAt }: CachedToken, at: number): Promise<boolean> {
    if (record.status !== 'WAITING') return at - fetchedAt < this.options.maxAgeMs;
    const snapshot = await this.snapshot(record.concertId).catch(() => null);
    if (!snapshot || at - snapshot.takenAt >= 2 * this.options.maxAgeMs) return false;
    // Joined after the snapshot: it cannot tell, so the record's own age decides. But once the
    // line is drawn, a record with no place may be one read before the draw, its seq since
    // changed: that one is read again. (A newcomer to a drawn line has its place at once.)
    if (record.seq > snapshot.horizon) {
      const maybeBeforeDraw = snapshot.state.opensAt === null && record.joinedPosition === null;
      return !maybeBeforeDraw && at - fetchedAt < this.options.maxAgeMs;
    }
    const seq = Number(record.seq);
    const index = countBelow(snapshot.seqs, seq);
    return snapshot.seqs[index] === seq;
  }

  private remember(record: QueueTokenRecord, at: number) {
    if (this.tokens.size >= MAX_TOKENS) {
      for (const [token, entry] of this.tokens) if (at - entry.usedAt > FORGET_AFTER_MS) this.tokens.delete(token);
      if (this.tokens.size >= MAX_TOKENS) this.tokens.clear();
    }
    this.tokens.set(record.token, { record, fetchedAt: at, usedAt: at });
  }

  touch(token: QueueTokenRecord, now: Date) {
    return this.inner.touch(token, now);
  }

  /**
   * This instance's admissions of one concert, one at a time. Each takes the line's order lock
   * alone and so waits for every join in flight (decision 013): the hundred joins that reach the
   * front of a new line at once must not queue a hundred of them. A caller that comes while one
   * runs waits for the next, which starts after it (its own join is then committed and seen), and
   * every caller waiting for that next one shares it. It returns how many that admission admitted.
   */
  admit(concertId: string, now: Date): Promise<number> {
    const entry = this.entry(concertId);
    const running = entry.admitting;
    if (!running) return this.admitNow(entry, concertId, now);
    if (running.next) {
      if (now > running.next.latest) running.next.latest = now;
    } else {
      const next: NextAdmission = {
        latest: now,
        round: running.round.catch(() => 0).then(() => this.admitNow(entry, concertId, next.latest)),
      };
      running.next = next;
    }
    return running.next.round;
  }

  private admitNow(entry: Entry, concertId: string, now: Date): Promise<number> {
    const admitting: Admitting = { round: this.inner.admit(concertId, now) };
    entry.admitting = admitting;
    const done = () => {
      if (entry.admitting === admitting) entry.admitting = undefined;
    };
    admitting.round.then(done, done);
    return admitting.round;
  }

  expireStale(now: Date) {
    return this.inner.expireStale(now);
  }

  concertsWithFreeSlots(now: Date) {
    return this.inner.concertsWithFreeSlots(now);
  }

  figures(now: Date) {
    return this.inner.figures(now);
  }

  history(concertId: string, window: HistoryWindow, now: Date) {
    return this.inner.history(concertId, window, now);
  }

  endInTransaction(tx: Sql, tokenId: string, now: Date) {
    return this.inner.endInTransaction(tx, tokenId, now);
  }

  async position(token: QueueTokenRecord): Promise<number> {
    const snapshot = await this.snapshot(token.concertId);
    let ahead = countBelow(snapshot.seqs, Number(token.seq));
    if (ahead < this.options.exactWithin) return this.inner.position(token);
    if (token.seq > snapshot.horizon) {
      ahead += await this.inner.countWaitingBetween(token.concertId, snapshot.horizon, token.seq);
    }
    return ahead + 1;
  }

  admissionPace(concertId: string, now: Date): Promise<AdmissionPace> {
    const entry = this.entry(concertId);
    const at = this.clock();
    if (!entry.pace || at - entry.pace.takenAt >= this.options.maxAgeMs) {
      const pace = { value: this.inner.admissionPace(concertId, now), takenAt: at };
      // A failed read is not remembered: the next reader asks again.
      pace.value.catch(() => entry.pace === pace && (entry.pace = undefined));
      entry.pace = pace;
    }
    return entry.pace.value;
  }

  private entry(concertId: string): Entry {
    const at = this.clock();
    let entry = this.lines.get(concertId);
    if (!entry) {
      for (const [id, other] of this.lines) if (at - other.usedAt > FORGET_AFTER_MS) this.lines.delete(id);
      entry = { usedAt: at, generation: 0 };
      this.lines.set(concertId, entry);
    }
    entry.usedAt = at;
    return entry;
  }

  /** The current snapshot; a stale one is served while its refresh runs, unless far too old. */
  private async snapshot(concertId: string): Promise<Snapshot> {
    const entry = this.entry(concertId);
    const age = entry.snapshot ? this.clock() - entry.snapshot.takenAt : Infinity;
    if (age < this.options.maxAgeMs) return entry.snapshot!;
    const refreshing = (entry.refreshing ??= this.refresh(concertId, entry));
    if (age < this.options.maxAgeMs * STALE_LIMIT_FACTOR) {
      // The waiting reader is the next one: a failed background refresh is retried by it.
      refreshing.catch(() => {});
      return entry.snapshot!;
    }
    return refreshing;
  }

  private async refresh(concertId: string, entry: Entry): Promise<Snapshot> {
    try {
      for (;;) {
        const generation = entry.generation;
        const takenAt = this.clock();
        const { seqs, state, sequenceAt } = await this.inner.waitingLine(concertId);
        // This instance drew the line while the read ran: it may predate the draw.
        if (generation !== entry.generation) continue;
        const horizon = seqs.length ? BigInt(seqs[seqs.length - 1]) : 0n;
        const snapshot = { seqs, state, horizon, sequenceAt, takenAt };
        entry.snapshot = snapshot;
        return snapshot;
      }
    } finally {
      entry.refreshing = undefined;
    }
  }
}

/** How many of the ascending `seqs` are below `seq`. */
export function countBelow(seqs: Float64Array, seq: number): number {
  let low = 0;
  let high = seqs.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (seqs[mid] < seq) low = mid + 1;
    else high = mid;
  }
  return low;
}
