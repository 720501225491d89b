/**
 * The app's structured log: one JSON object a line (pino), `"level"` written as its name
 * ("info", "error") rather than pino's number, so a person, `grep '"level":"error"'` and
 * scripts/e2e.ts read it alike. Info and below go to stdout, warn and above to stderr (where
 * scripts/e2e.ts and Playwright look for a server's errors), the latter at once, the former in
 * batches. LOG_LEVEL chooses the least severe level written. Never log a body, a cookie, a header
 * value or a secret.
 */
import pino, { type Logger } from 'pino';
import { env } from '@/lib/config/env';

export type { Logger };

export interface LoggerOptions {
  level: string;
  /** INSTANCE_NAME, written on every line when set. */
  instance?: string;
  /** Where lines go (tests); default: stdout below warn, stderr from warn up. */
  stream?: pino.DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  const stream =
    options.stream ??
    pino.multistream(
      [
        // A line per request: written in batches (from 2 KB, or every 250 ms). A blocking write
        // per request halved the polls answered when the reader of stdout lagged (npm run
        // bench, S2: 6,220 polls/s against 13,883 with LOG_LEVEL=warn). Flushed on exit; at
        // most 16 MB wait for a slow reader, then lines are dropped rather than memory grown.
        // Whole lines, at most PIPE_BUF (4 KB) a write: the workers share one stdout pipe, and
        // only writes that small are never interleaved with another process's.
        {
          level: 'trace',
          stream: pino.destination({
            fd: 1,
            sync: false,
            minLength: 2048,
            maxWrite: 4096,
            periodicFlush: 250,
            maxLength: 16 * 1024 * 1024,
          }),
        },
        // Warnings and errors are rare and matter most when the process is about to die: at once.
        { level: 'warn', stream: pino.destination({ fd: 2, sync: true }) },
      ],
      // Each line to one stream only: the most severe one its level reaches.
      { dedupe: true },
    );
  return pino(
    {
      level: options.level,
      base: options.instance ? { pid: process.pid, instance: options.instance } : { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    stream,
  );
}

// On globalThis: Next.js bundles this module more than once, and one process needs one log.
const globalForLog = globalThis as unknown as { encoreLogger?: Logger };

/** The process's logger, configured from the environment (LOG_LEVEL, INSTANCE_NAME). */
export function log(): Logger {
  if (!globalForLog.encoreLogger) {
    const config = env();
    globalForLog.encoreLogger = createLogger({ level: config.LOG_LEVEL, instance: config.INSTANCE_NAME });
  }
  return globalForLog.encoreLogger;
}

/** An error as plain fields (pino's own serializer applies only under the `err` key). */
export function errorFields(error: unknown): { name: string; message: string; stack?: string } | string {
  return error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error);
}
