import { db } from '@/lib/db/client';
import { checkReadiness } from '@/lib/db/readiness';
import { json, problem } from './problem';

/** The readiness probe's answer: 200 when the database answers and has every migration, else 503. */
export async function readinessAnswer(): Promise<Response> {
  const readiness = await checkReadiness(db());
  return readiness.ready ? json({ ok: true }) : problem('SERVICE_UNAVAILABLE', readiness.detail, { retryAfterSeconds: 5 });
}
