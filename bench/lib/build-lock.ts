/**
 * The machine-wide lock that `next build` and the Playwright runs take: the benchmark holds it
 * from start to end, so no build rewrites .next under the server it measures and no heavy run
 * shares the two cores with it.
 */
import { spawn } from 'node:child_process';
import { readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';

export const BUILD_LOCK = '/tmp/encore-build.lock';

/**
 * Takes the lock with flock(1) in a child that lives as long as this process: when this
 * process ends, however it ends, the child's stdin closes and the lock is released. Already
 * running under `flock /tmp/encore-build.lock npm run bench`, it takes nothing (flock would
 * wait for itself).
 */
export async function holdBuildLock(log: (line: string) => void): Promise<() => Promise<void>> {
  if (!existsSync(BUILD_LOCK)) writeFileSync(BUILD_LOCK, '');
  if (heldByAncestor(BUILD_LOCK)) {
    log(`${BUILD_LOCK} is held by the command that started the benchmark`);
    return async () => {};
  }
  const child = spawn('flock', [BUILD_LOCK, 'sh', '-c', 'echo locked; exec cat >/dev/null'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const waiting = setTimeout(() => log(`waiting for ${BUILD_LOCK} (a build or a Playwright run holds it)...`), 1_000);
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (chunk) => String(chunk).includes('locked') && resolve());
      child.once('exit', (code) => reject(new Error(`flock ${BUILD_LOCK} exited with code ${code}`)));
      child.once('error', reject);
    });
  } finally {
    clearTimeout(waiting);
  }
  log(`holding ${BUILD_LOCK}`);
  return async () => {
    child.stdin!.end();
    await exited;
  };
}

/** Whether a process above this one holds a flock on the file (read from /proc/locks). */
function heldByAncestor(file: string): boolean {
  let inode: number;
  let locks: string;
  try {
    inode = statSync(file).ino;
    locks = readFileSync('/proc/locks', 'utf8');
  } catch {
    return false;
  }
  const holders = new Set(
    locks
      .split('\n')
      .map((line) => /^\d+:\s+FLOCK\s+\S+\s+WRITE\s+(\d+)\s+[0-9a-f]+:[0-9a-f]+:(\d+)\s/.exec(line))
      .filter((match) => match && Number(match[2]) === inode)
      .map((match) => Number(match![1])),
  );
  for (let pid = process.ppid; pid > 1; pid = parentOf(pid)) {
    if (holders.has(pid)) return true;
  }
  return false;
}

function parentOf(pid: number): number {
  try {
    // The command name (field 2) may hold spaces and parentheses: read after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return 0;
  }
}
