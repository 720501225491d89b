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
  const targets: Target[] = [];
  const s1 = row('s1');
  if (s1) targets.push({ name: 'S1 at least 1,000 joins/s', ok: s1.throughput >= 1_000 && s1.errors === 0, measured: `${fmt(s1.throughput)}/s, ${s1.errors} errors` });
  const [smallMax, smallRate, largeMax, largeRate] = ['s2.small.max', 's2.small.rate', 's2.large.max', 's2.large.rate'].map(row);
  if (smallMax && smallRate) {
    targets.push({
      name: 'S2 10,000 waiting: at least 2,000 polls/s, p99 at most 50 ms at 2,000/s',
      ok: smallMax.throughput >= 2_000 && smallRate.p99 <= 50 && smallRate.errors === 0,
      measured: `most ${fmt(smallMax.throughput)}/s; p99 ${smallRate.p99.toFixed(1)} ms at ${fmt(smallRate.throughput)}/s, ${smallRate.errors} errors`,
    });
  }
  if (smallMax && largeMax && largeRate) {
    const ratio = largeMax.throughput / smallMax.throughput;
    targets.push({
      name: 'S2 100,000 waiting: within 25% (at least 1,500 polls/s and 75% of the short line, p99 at most 62.5 ms)',
      ok: largeMax.throughput >= 1_500 && ratio >= 0.75 && largeRate.p99 <= 62.5 && largeRate.errors === 0,
      measured: `most ${fmt(largeMax.throughput)}/s (${(ratio * 100).toFixed(0)}% of the short line); p99 ${largeRate.p99.toFixed(1)} ms at ${fmt(largeRate.throughput)}/s`,
    });
  }
  const s3 = row('s3');
  if (s3) {
    const winners = checks.find((c) => c.name.startsWith('S3 exactly'));
    targets.push({ name: 'S3 p99 at most 100 ms, exactly as many winners as seats', ok: s3.p99 <= 100 && !!winners?.ok, measured: `p99 ${s3.p99.toFixed(1)} ms; ${winners?.detail}` });
  }
  const s4 = row('s4.purchases');
  if (s4) targets.push({ name: 'S4 at least 100 purchases/s', ok: s4.throughput >= 100, measured: `${fmt(s4.throughput)} purchases/s` });
  const peak = Math.max(...rows.map((r) => r.rssMb));
  if (rows.length) targets.push({ name: 'server RSS under 400 MB', ok: peak < 400, measured: `peak ${peak.toFixed(0)} MB` });
  return targets;
}

export function printReport(rows: ResultRow[], checks: Check[], targets: Target[], notes: string[]) {
  const header = ['scenario', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'RSS MB', 'srv CPU%', 'CPU ms/req'];
  const body = rows.map((r) => [
    r.scenario,
    r.requests.toLocaleString('en'),
    fmt(r.throughput),
    r.p50.toFixed(1),
    r.p95.toFixed(1),
    r.p99.toFixed(1),
    String(r.errors),
    r.rssMb.toFixed(0),
    r.serverCpuPct.toFixed(0),
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
