import { DomainError } from '@/lib/core/errors';

export const MAX_BODY_BYTES = 64 * 1024;

/**
 * Reads a JSON request body, refusing more than MAX_BODY_BYTES (also when Content-Length lies
 * or is absent) and anything that is not JSON.
 */
export async function readJsonBody(req: Request): Promise<unknown> {
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
  try {
    return JSON.parse(text);
  } catch {
    throw new DomainError('VALIDATION_FAILED', 'The body is not valid JSON', {
      errors: [{ path: '', message: 'Malformed JSON' }],
    });
  }
}

async function readLimited(req: Request): Promise<string> {
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
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}
