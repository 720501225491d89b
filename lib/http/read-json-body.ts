import type { ApiRequest } from './api-request';
import { DomainError } from '@/lib/core/errors';

export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The deepest nesting of arrays and objects a body may have (the body itself is level 1). No
 * request of the API needs more than a few; much deeper JSON only exhausts the stack of
 * whatever walks it recursively afterwards (the idempotency hash did, at 5,000 levels).
 */
export const MAX_JSON_DEPTH = 32;

// User-facing messages of this reader (an i18n pass will move them into catalogs).
export const BODY_TOO_DEEP_DETAIL = 'The body is nested too deeply';
export const BODY_TOO_DEEP_MESSAGE = `Nested more than ${MAX_JSON_DEPTH} levels deep`;
export const NUL_MESSAGE = 'Must not contain the NUL character (U+0000)';

/**
 * Reads a JSON request body, refusing more than MAX_BODY_BYTES (also when Content-Length lies
 * or is absent), anything that is not JSON, nesting deeper than MAX_JSON_DEPTH, and a NUL
 * character in any string or key (PostgreSQL text cannot store one: it answers error 22021).
 */
export async function readJsonBody(req: ApiRequest): Promise<unknown> {
  const declared = Number(req.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) {
    throw new DomainError('PAYLOAD_TOO_LARGE', `The body may be at most ${MAX_BODY_BYTES} bytes`);
  }
  const contentType = req.headers.get('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(contentType.trim())) {
    throw new DomainError('VALIDATION_FAILED', 'The body must be JSON (Content-Type: application/json)', {
      errors: [{ path: '', message: 'Expected Content-Type application/json' }],
    });
  }
  const text = await readLimited(req);
  if (text.trim() === '') {
    throw new DomainError('VALIDATION_FAILED', 'The body is empty', {
      errors: [{ path: '', message: 'Expected a JSON body' }],
    });
  }
  // Before JSON.parse, so that nothing walks a deep value: neither the parser nor anyone after it.
  if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
    throw new DomainError('VALIDATION_FAILED', BODY_TOO_DEEP_DETAIL, { errors: [{ path: '', message: BODY_TOO_DEEP_MESSAGE }] });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new DomainError('VALIDATION_FAILED', 'The body is not valid JSON', {
      errors: [{ path: '', message: 'Malformed JSON' }],
    });
  }
  const nul = findNul(value);
  if (nul !== null) throw nulError(nul);
  return value;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

/**
 * Whether JSON text nests arrays and objects more than `limit` levels deep. One pass, no
 * recursion: brackets inside strings do not count, and a backslash in a string skips the
 * character after it (so `"\""` stays inside the string and `"\\"` ends after the pair).
 * Text that is not JSON gets some answer; JSON.parse refuses it afterwards anyway.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      if (++depth > limit) return true;
    } else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) depth--;
  }
  return false;
}

/**
 * The path (`schedules.0.title`, as zod writes paths; '' for the value itself) of a string or
 * key holding a NUL character, or null. A NUL in a key shows as the text `\u0000`.
 * Walks with its own stack, so no input depth can overflow it.
 */
export function findNul(value: unknown): string | null {
  const stack: [unknown, string[]][] = [[value, []]];
  while (stack.length) {
    const [current, path] = stack.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return path.join('.');
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) stack.push([current[i], [...path, String(i)]]);
    } else if (current && typeof current === 'object') {
      const entries = Object.entries(current);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i];
        if (key.includes('\u0000')) return [...path, key.replaceAll('\u0000', '\\u0000')].join('.');
        stack.push([child, [...path, key]]);
      }
    }
  }
  return null;
}

/** VALIDATION_FAILED for a NUL character at `path` (a body field or a query parameter). */
export function nulError(path: string): DomainError {
  return new DomainError('VALIDATION_FAILED', path ? `${path}: ${NUL_MESSAGE}` : NUL_MESSAGE, {
    errors: [{ path, message: NUL_MESSAGE }],
  });
}

async function readLimited(req: ApiRequest): Promise<string> {
  if (req.bodyBytes) {
    if (req.bodyBytes.byteLength > MAX_BODY_BYTES) {
      throw new DomainError('PAYLOAD_TOO_LARGE', `The body may be at most ${MAX_BODY_BYTES} bytes`);
    }
    return utf8.decode(req.bodyBytes);
  }
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => {});
      throw new DomainError('PAYLOAD_TOO_LARGE', `The body may be at most ${MAX_BODY_BYTES} bytes`);
    }
    chunks.push(value);
  }
  return utf8.decode(Buffer.concat(chunks));
}

const utf8 = new TextDecoder('utf-8', { fatal: false });
