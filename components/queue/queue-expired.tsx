'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { useErrorSentence } from '@/components/ui/use-error-sentence';
import { useJoinQueue } from '@/lib/query/queue';

interface QueueExpiredProps {
  concertId: string;
  userId: string;
  code: string;
  /**
   * What ran out: a place in line (the waiting room) or the booking pass of a fan choosing seats
   * or paying, who must hear plainly that their booking time ended and what to do now.
   */
  variant: 'place' | 'pass';
}

/** The page for a lost place in line or booking pass: what happened, and one button back into the line. */
export function QueueExpired({ concertId, userId, code, variant }: QueueExpiredProps) {
  const t = useTranslations('queue');
  const sentence = useErrorSentence();
  const router = useRouter();
  const join = useJoinQueue(userId, concertId);
  const rejoin = () => join.mutate(undefined, { onSuccess: () => router.push(`/concerts/${concertId}/queue`) });
  const passEnded = variant === 'pass' && code === 'QUEUE_TOKEN_EXPIRED';
  return (
    <section className="mx-auto flex max-w-xl flex-col items-center gap-4 rounded-3xl bg-surface p-8 text-center shadow-sm ring-1 ring-line">
      <span aria-hidden="true" className="grid size-14 place-items-center rounded-full bg-warning-soft text-2xl">
        ⏱
      </span>
      <h1 className="text-2xl font-bold">{passEnded ? t('passEndedTitle') : t('expiredTitle')}</h1>
      <p className="text-fg-muted">
        {passEnded ? t('passEndedText') : code === 'QUEUE_TOKEN_INVALID' ? t('invalidText') : t('expiredText')}
      </p>
      <p className="text-fg-muted">{passEnded ? t('passEndedNext') : t('holdsStay')}</p>
      {join.isError && <Alert>{sentence(join.error)}</Alert>}
      <div className="flex flex-wrap justify-center gap-3">
        <button type="button" onClick={rejoin} disabled={join.isPending} className={buttonClass.primary}>
          {join.isPending ? t('gettingPlace') : t('getBackInLine')}
        </button>
        <Link href={`/concerts/${concertId}`} className={buttonClass.secondary}>
          {t('backToConcert')}
        </Link>
      </div>
    </section>
  );
}
