'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { errorSentence } from '@/lib/query/errors';
import { useJoinQueue } from '@/lib/query/queue';

const EXPLANATION: Record<string, string> = {
  QUEUE_TOKEN_EXPIRED:
    'Places in line and booking passes last a limited time: a place ends when its page is closed for a while, and a pass ends when its time runs out or it is used for a payment.',
  QUEUE_TOKEN_INVALID: 'Your place in line does not belong to this concert or this account any more.',
};

/** The page for a lost place in line: what happened, and one button back into the line. */
export function QueueExpired({ concertId, userId, code }: { concertId: string; userId: string; code: string }) {
  const router = useRouter();
  const join = useJoinQueue(userId, concertId);
  const rejoin = () => join.mutate(undefined, { onSuccess: () => router.push(`/concerts/${concertId}/queue`) });
  return (
    <section className="mx-auto flex max-w-xl flex-col items-center gap-4 rounded-3xl bg-white p-8 text-center shadow-sm ring-1 ring-slate-200">
      <span aria-hidden="true" className="grid size-14 place-items-center rounded-full bg-amber-100 text-2xl">
        ⏱
      </span>
      <h1 className="text-2xl font-bold">Your place in line has expired</h1>
      <p className="text-slate-600">{EXPLANATION[code] ?? EXPLANATION.QUEUE_TOKEN_EXPIRED}</p>
      <p className="text-slate-600">Any seats you are holding stay held until their own time runs out.</p>
      {join.isError && <Alert>{errorSentence(join.error)}</Alert>}
      <div className="flex flex-wrap justify-center gap-3">
        <button type="button" onClick={rejoin} disabled={join.isPending} className={buttonClass.primary}>
          {join.isPending ? 'Getting your place…' : 'Get back in line'}
        </button>
        <Link href={`/concerts/${concertId}`} className={buttonClass.secondary}>
          Back to the concert
        </Link>
      </div>
    </section>
  );
}
