'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { errorSentence } from '@/lib/query/errors';
import { useJoinQueue } from '@/lib/query/queue';

/** The concert page's call to action: join the line (signed out: sign in first, then come back). */
export function GetInLine({ concertId, userId }: { concertId: string; userId: string | null }) {
  if (!userId) {
    return (
      <div className="flex flex-col gap-2">
        <Link
          href={`/signin?callbackUrl=${encodeURIComponent(`/concerts/${concertId}`)}`}
          className={`${buttonClass.primary} w-full`}
        >
          Get in line
        </Link>
        <p className="text-center text-sm text-slate-600">Sign in or create an account to get in line.</p>
      </div>
    );
  }
  return <JoinButton concertId={concertId} userId={userId} />;
}

function JoinButton({ concertId, userId }: { concertId: string; userId: string }) {
  const router = useRouter();
  const join = useJoinQueue(userId, concertId);
  const go = () => join.mutate(undefined, { onSuccess: () => router.push(`/concerts/${concertId}/queue`) });
  return (
    <div className="flex flex-col gap-3">
      <button
        type="button"
        onClick={go}
        disabled={join.isPending || join.isSuccess}
        className={`${buttonClass.primary} w-full text-lg`}
      >
        {join.isPending || join.isSuccess ? 'Getting your place…' : 'Get in line'}
      </button>
      {join.isError && <Alert>{errorSentence(join.error)}</Alert>}
      <p className="text-center text-sm text-slate-600">Keep the tab open: the line moves by itself.</p>
    </div>
  );
}
