export interface Touch {
  tokenId: string;
  at: Date;
}

/**
 * Gathers the lastSeenAt writes of polls for `delayMs` and writes them as one statement, so a
 * long line polling costs a write a fraction of a second, not a write per poll. Only the idle
 * timeout reads lastSeenAt, minutes long, so a write this late changes nothing; one lost with
 * its process is made again by that token's next poll, as its lastSeenAt is still old.
 */
export class TouchBatch {
  private pending = new Map<string, Date>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastErrorAt = 0;

  /** `onError` hears of a batch that could not be written, at most every 30 s. */
  constructor(
    private readonly write: (touches: Touch[]) => Promise<void>,
    private readonly delayMs: number,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  add(tokenId: string, at: Date) {
    const earlier = this.pending.get(tokenId);
    if (!earlier || earlier < at) this.pending.set(tokenId, at);
    if (!this.timer) {
      this.timer = setTimeout(() => void this.flush().catch((error) => this.report(error)), this.delayMs);
      this.timer.unref?.();
    }
  }

  /** Writes what is pending now. */
  async flush() {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.size === 0) return;
    const touches = Array.from(this.pending, ([tokenId, at]) => ({ tokenId, at }));
    this.pending = new Map();
    await this.write(touches);
  }

  private report(error: unknown) {
    // A database blip drops one batch (those polls write again next time); say so, not a flood.
    if (Date.now() - this.lastErrorAt < 30_000) return;
    this.lastErrorAt = Date.now();
    this.onError(error);
  }
}
