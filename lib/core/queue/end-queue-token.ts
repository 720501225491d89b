import { DomainError } from '@/lib/core/errors';
import type { Tx } from '@/lib/db/client';

/**
 * Ends an ACTIVE token inside the caller's transaction (a payment uses its pass up). The WHERE
 * clause is the check: a token that timed out or was ended meanwhile makes the caller's whole
 * transaction fail with QUEUE_TOKEN_EXPIRED. After commit, call admitNext(concertId) so the
 * next in line is admitted at once rather than at the ticker's next beat.
 */
export async function endQueueToken(tx: Tx, tokenId: string, now: Date): Promise<void> {
  const ended = await tx.$executeRaw`
    UPDATE "QueueToken" SET status = 'EXPIRED', "expiredAt" = ${now}
    WHERE id = ${tokenId}::uuid AND status = 'ACTIVE' AND "activeUntil" > ${now}`;
  if (ended === 0) {
    throw new DomainError('QUEUE_TOKEN_EXPIRED', 'Your pass ran out before the payment: join the line again');
  }
}
