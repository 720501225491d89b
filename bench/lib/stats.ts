/** What one phase of load measured: latencies, statuses, and the answers it did not expect. */
export class Recorder {
  private latencies: number[] = [];
  readonly statuses = new Map<number, number>();
  errors = 0;
  readonly samples: string[] = [];

  record(latencyMs: number, status: number, error: string | null) {
    this.latencies.push(latencyMs);
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    if (error) this.errors++;
  }

  /** Keeps the first few unexpected answers, to print when a phase goes wrong. */
  sample(line: string) {
    if (this.samples.length < 5) this.samples.push(line.slice(0, 300));
  }

  get requests() {
    return this.latencies.length;
  }

  summary(seconds: number): LoadSummary {
    const sorted = Float64Array.from(this.latencies).sort();
    const at = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] : 0);
    return {
      requests: sorted.length,
      seconds,
      throughput: seconds > 0 ? sorted.length / seconds : 0,
      p50: at(0.5),
      p95: at(0.95),
      p99: at(0.99),
      max: sorted.length ? sorted[sorted.length - 1] : 0,
      errors: this.errors,
      statuses: Object.fromEntries([...this.statuses].sort(([a], [b]) => a - b)),
      errorSamples: [...this.samples],
    };
  }
}

export interface LoadSummary {
  requests: number;
  seconds: number;
  /** Requests answered per second over the phase. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  errors: number;
  statuses: Record<string, number>;
  errorSamples: string[];
}
