/**
 * The ceiling, measured in every run before the scenarios: a bare node:http server answering a
 * fixed JSON (bench/lib/ceiling-server.mjs) with as many workers as the app, driven by the same
 * load generator. It is what this machine, this Node and this load generator can do at all;
 * the report gives every HTTP scenario as a share of it, a figure that holds still when the
 * machine's speed moves by 30% between runs.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { cycle, measure, type BenchContext, type ResultRow } from '../lib/context';
import { closedLoop, LoadClient } from '../lib/load';
import { freePort } from '@/lib/db/start-embedded-postgres';
import { treeCpuSeconds } from '../lib/server';
import { describeCapacity, findCapacity } from '../lib/capacity';

export async function ceiling(ctx: BenchContext, workers: number, root: string): Promise<ResultRow> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, 'bench/lib/ceiling-server.mjs'), String(port), String(workers)], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (chunk) => String(chunk).includes('READY') && resolve());
      child.once('exit', (code) => reject(new Error(`the ceiling server exited (code ${code})`)));
    });
    const server = {
      ...ctx.server,
      rssMb: () => 0,
      cpuSeconds: () => treeCpuSeconds(child.pid!),
    };
    const client = new LoadClient(`http://127.0.0.1:${port}`, ctx.options.connections);
    try {
      const row = await measure(
        { ...ctx, server },
        's0.ceiling',
        `S0 ceiling: bare node:http, fixed JSON, ${workers} worker(s)`,
        (recorder) =>
          closedLoop({
            workers: ctx.options.connections,
            jobs: cycle([0]),
            deadlineMs: ctx.options.duration * 1000,
            run: async () =>
              void (await client.send({ method: 'GET', path: '/' }, recorder, { expected: (status) => status === 200 })),
          }),
      );
      const capacity = await findCapacity({
        maxRate: Infinity,
        connections: ctx.options.connections,
        job: async () => () => async (recorder, dueAt) =>
          void (await client.send({ method: 'GET', path: '/' }, recorder, {
            expected: (status) => status === 200,
            startedAt: dueAt,
          })),
      });
      ctx.log(describeCapacity('S0 ceiling', capacity));
      return { ...row, capacity: capacity.capacity };
    } finally {
      client.close();
    }
  } finally {
    child.kill('SIGTERM');
  }
}
