/** A problem+json answer from the API, as an Error the pages can show in plain words. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly errors: { path: string; message: string }[] = [],
    /** The whole problem+json body, extension members included (e.g. a used ticket's checkedInAt). */
    readonly problem: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'ApiError';
  }
}

export interface ApiFetchOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  queueToken?: string | null;
  idempotencyKey?: string;
}

export async function apiFetch<T>(path: string, options: ApiFetchOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.queueToken) headers['x-queue-token'] = options.queueToken;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      // A 410 is cacheable by default, and these answers depend on headers (X-Queue-Token) the
      // URL does not show: without this a browser replays an old token's 410 for a new token.
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Could not reach Encore. Check your connection and try again.');
  }
  const text = await response.text();
  const data = text ? safeJson(text) : null;
  if (!response.ok) {
    const problem = (data ?? {}) as { code?: string; detail?: string; errors?: { path: string; message: string }[] };
    throw new ApiError(
      response.status,
      problem.code ?? 'UNKNOWN',
      problem.detail ?? `The request failed (${response.status})`,
      problem.errors ?? [],
      problem,
    );
  }
  return data as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A same-site path to go back to after sign-in; anything else goes home. */
export function safeCallbackPath(value: string | null | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}
