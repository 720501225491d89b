/**
 * Whether an error means the database cannot be reached right now (down, restarting, the
 * connection cut, every connection busy), rather than a fault in the request or the code.
 * Such a request is answered 503 with Retry-After, and the pool reconnects by itself once
 * PostgreSQL is back.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause: unknown = error, depth = 0; cause && depth < 5; depth++) {
    const { code, message, meta } = cause as { code?: unknown; message?: unknown; meta?: PrismaErrorMeta };
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    // Prisma reports a failed query as its own code (P2010, P2039) and keeps PostgreSQL's in meta.
    const original = meta?.driverAdapterError?.cause?.originalCode;
    if (typeof original === 'string' && UNAVAILABLE_CODES.has(original)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
    cause = (cause as { cause?: unknown }).cause;
  }
  return false;
}

interface PrismaErrorMeta {
  driverAdapterError?: { cause?: { originalCode?: unknown } };
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down, in recovery)
  '08000',
  '08001',
  '08003',
  '08006', // connection_failure
  '53300', // too_many_connections
  'P1001', // Prisma: cannot reach the database server
  'P1017', // Prisma: the server closed the connection
]);

const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /terminating connection/i,
  /connect ECONNREFUSED/i,
  // 57P03 in its forms; "not yet accepting connections" is crash recovery after a kill -9.
  /the database system is (starting up|shutting down|in recovery mode|not (yet )?accepting connections)/i,
  /Can't reach database server/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  // Every connection busy for longer than a transaction may wait to start: overloaded, not
  // broken. The client should come back in a moment, as for a database that is away.
  /Unable to start a transaction in the given time/i,
];
