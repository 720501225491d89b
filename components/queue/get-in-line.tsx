'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { useErrorSentence } from '@/components/ui/use-error-sentence';
import { useFormat } from '@/components/ui/use-format';
import { useJoinQueue } from '@/lib/query/queue';

interface GetInLineProps {
  concertId: string;
  userId: string | null;
  /** When sales open, if that is still to come: joining now is joining the pre-queue. */
  opensAt?: string | null;
}

/** The concert page's call to action: join the line (signed out: sign in first, then come back). */
export function GetInLine({ concertId, userId, opensAt }: GetInLineProps) {
  const t = useTranslations('queue');
  const format = useFormat();
  const opening = opensAt && (
    <p className="rounded-lg bg-accent-soft px-3 py-2 text-sm text-accent-soft-fg">
      <strong className="block">{t('salesOpen', { time: format.recent(opensAt) })}</strong>
      {t('preQueueInvite')}
    </p>
  );
  if (!userId) {
    return (
      <div className="flex flex-col gap-2">
        {opening}
        <Link
          href={`/signin?callbackUrl=${encodeURIComponent(`/concerts/${concertId}`)}`}
          className={`${buttonClass.primary} w-full`}
        >
          {t('getInLine')}
        </Link>
        <p className="text-center text-sm text-fg-muted">{t('signInToJoin')}</p>
      </div>
    );
  }
  return <JoinButton concertId={concertId} userId={userId} opening={opening} />;
}

function JoinButton({ concertId, userId, opening }: { concertId: string; userId: string; opening: React.ReactNode }) {
  const t = useTranslations('queue');
  const sentence = useErrorSentence();
  const router = useRouter();
  const join = useJoinQueue(userId, concertId);
  const go = () => join.mutate(undefined, { onSuccess: () => router.push(`/concerts/${concertId}/queue`) });
  return (
    <div className="flex flex-col gap-3">
      {opening}
      <button
        type="button"
        onClick={go}
        disabled={join.isPending || join.isSuccess}
        className={`${buttonClass.primary} w-full text-lg`}
      >
        {join.isPending || join.isSuccess ? t('gettingPlace') : t('getInLine')}
      </button>
      {join.isError && <Alert>{sentence(join.error)}</Alert>}
      <p className="text-center text-sm text-fg-muted">{t('keepTabOpen')}</p>
    </div>
  );
}
