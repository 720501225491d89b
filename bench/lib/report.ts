/** The printed table, the invariants, the targets, and the JSON file of the same figures. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Check, ResultRow } from './context';

export interface Target {
  name: string;
  ok: boolean;
  measured: string;
}

/** The targets of this machine (2 cores, app, PostgreSQL and load generator together). */
export function evaluateTargets(rows: ResultRow[], checks: Check[]): Target[] {
  const row = (key: string) => rows.find((r) => r.key === key);
  const share = (key: string) => `${((shareOfCeiling(rows, key) ?? 0) * 100).toFixed(0)}% of the ceiling`;
  const targets: Target[] = [];
  const s1 = row('s1');
  if (s1) {
    targets.push({
      name: 'S1 at least 2,000 joins/s, no errors',
      ok: s1.throughput >= 2_000 && s1.errors === 0,
      measured: `${fmt(s1.throughput)}/s (${share('s1')}), ${s1.errors} errors`,
    });
  }
  const [smallMax, smallRate, largeMax, largeRate] = ['s2.small.max', 's2.small.rate', 's2.large.max', 's2.large.rate'].map(row);
  if (smallMax) {
    targets.push({
      name: 'S2 10,000 waiting: at least 6,000 polls/s and 50% of the ceiling',
      ok: smallMax.throughput >= 6_000 && (shareOfCeiling(rows, 's2.small.max') ?? 0) >= 0.5,
      measured: `${fmt(smallMax.throughput)}/s (${share('s2.small.max')})`,
    });
  }
  if (smallRate) {
    targets.push({
      name: 'S2 10,000 waiting at the offered rate: p99 at most 50 ms, no errors',
      ok: smallRate.p99 <= 50 && smallRate.errors === 0,
      measured: `p99 ${smallRate.p99.toFixed(1)} ms at ${fmt(smallRate.throughput)}/s, ${smallRate.errors} errors`,
    });
  }
  if (smallMax && largeMax) {
    const ratio = largeMax.throughput / smallMax.throughput;
    targets.push({
      name: 'S2 100,000 waiting: within 25% of 10,000',
      ok: ratio >= 0.75 && (!largeRate || (largeRate.p99 <= 50 && largeRate.errors === 0)),
      measured: `${fmt(largeMax.throughput)}/s (${(ratio * 100).toFixed(0)}% of the short line)${largeRate ? `; p99 ${largeRate.p99.toFixed(1)} ms at ${fmt(largeRate.throughput)}/s` : ''}`,
    });
  }
  const s3 = row('s3');
  const s3New = row('s3.new-connections');
  if (s3) {
    const winners = checks.find((c) => c.name.startsWith('S3 seat contention, from the waiting room: exactly'));
    targets.push({
      name: 'S3 at least 1,000 holds/s, p99 at most 100 ms, exactly as many winners as seats',
      ok: s3.throughput >= 1_000 && s3.p99 <= 100 && !!winners?.ok,
      measured:
        `${fmt(s3.throughput)}/s (${share('s3')}), p99 ${s3.p99.toFixed(1)} ms; ${winners?.detail}` +
        (s3New ? ` (on new connections: ${fmt(s3New.throughput)}/s, p99 ${s3New.p99.toFixed(1)} ms)` : ''),
    });
  }
  const s4 = row('s4.purchases');
  if (s4)
    targets.push({
      name: 'S4 at least 100 purchases/s',
      ok: s4.throughput >= 100,
      measured: `${fmt(s4.throughput)} purchases/s`,
    });
  const app = rows.filter((r) => r.key !== CEILING_KEY);
  const peak = Math.max(...app.map((r) => r.rssMb));
  if (app.length)
    targets.push({ name: 'at most 300 MB RSS per worker', ok: peak <= 300, measured: `peak ${peak.toFixed(0)} MB` });
  return targets;
}

export function printReport(rows: ResultRow[], checks: Check[], targets: Target[], notes: string[]) {
  const header = [
    'scenario',
    'requests',
    'req/s',
    '% ceiling',
    'capacity/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'errors',
    'worker RSS MB',
    'srv CPU%',
    'db CPU%',
    'CPU ms/req',
  ];
  const ceiling = rows.find((r) => r.key === CEILING_KEY)?.throughput;
  const body = rows.map((r) => [
    r.scenario,
    r.requests.toLocaleString('en'),
    fmt(r.throughput),
    ceiling && isHttpRow(r.key) ? `${((r.throughput / ceiling) * 100).toFixed(0)}%` : '',
    r.capacity === undefined ? '' : fmt(r.capacity),
    r.p50.toFixed(1),
    r.p95.toFixed(1),
    r.p99.toFixed(1),
    String(r.errors),
    r.rssMb.toFixed(0),
    r.serverCpuPct.toFixed(0),
    r.databaseCpuPct === null || r.databaseCpuPct === undefined ? '' : r.databaseCpuPct.toFixed(0),
    r.serverCpuMsPerRequest.toFixed(2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((cells) => cells[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const cells of body) console.log(line(cells));

  console.log('\nInvariants');
  for (const c of checks) console.log(`  ${c.ok ? 'ok  ' : 'FAIL'}  ${c.name}: ${c.detail}`);
  console.log('\nTargets');
  for (const t of targets) console.log(`  ${t.ok ? 'met   ' : 'MISSED'}  ${t.name}: ${t.measured}`);
  if (notes.length) {
    console.log('\nNotes');
    for (const note of notes) console.log(`  ${note}`);
  }
}

export function writeResults(dir: string, result: object): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().replaceAll(':', '-').replace(/\..*/, '')}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  return file;
}

const fmt = (n: number) => Math.round(n).toLocaleString('en');

export const CEILING_KEY = 's0.ceiling';
/** Rows that count HTTP requests (not pg statements, not whole purchases, not the ceiling). */
export const isHttpRow = (key: string) =>
  key !== CEILING_KEY && key !== 's4.purchases' && !['s6.poll', 's6.hold-statement', 's6.hold-transaction'].includes(key);

/** A row's throughput as a share of the ceiling measured in the same run. */
export function shareOfCeiling(rows: ResultRow[], key: string): number | null {
  const ceiling = rows.find((r) => r.key === CEILING_KEY)?.throughput;
  const row = rows.find((r) => r.key === key);
  return ceiling && row ? row.throughput / ceiling : null;
}
