'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { FlowHeader, type FlowStep } from '@/components/booking/flow-header';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { useErrorSentence } from '@/components/ui/use-error-sentence';
import { useBookingPass } from '@/lib/query/booking-pass';
import type { ConcertSummary } from '@/lib/query/types';
import { ExpiryWarning } from './expiry-warning';
import { PassTimer } from './pass-timer';
import { QueueExpired } from './queue-expired';

interface PassGateProps {
  concert: ConcertSummary;
  userId: string;
  step: FlowStep;
  children: (pass: { token: string; refetchPass: () => unknown }) => React.ReactNode;
}

/**
 * The pages that need an admitted pass (seats, payment) render through this: without a pass, or
 * still waiting, the user goes to the waiting room; with a lost one, they see how to get back.
 */
export function PassGate({ concert, userId, step, children }: PassGateProps) {
  const t = useTranslations('queue');
  const sentence = useErrorSentence();
  const router = useRouter();
  const state = useBookingPass(userId, concert.id);
  const toQueue = state.kind === 'none' || state.kind === 'waiting';
  useEffect(() => {
    if (toQueue) router.replace(`/concerts/${concert.id}/queue${step === 'payment' ? '?then=checkout' : ''}`);
  }, [toQueue, router, concert.id, step]);

  if (state.kind === 'lost') {
    return (
      <div className="flex flex-col gap-8">
        <FlowHeader concert={concert} step={step} />
        <QueueExpired concertId={concert.id} userId={userId} code={state.code} variant="pass" />
      </div>
    );
  }
  const active = state.kind === 'active' ? state : null;
  return (
    <div className="flex flex-col gap-6">
      <FlowHeader
        concert={concert}
        step={step}
        aside={
          active?.ticket.activeUntil ? <PassTimer activeUntil={active.ticket.activeUntil} onExpire={active.refetch} /> : null
        }
      />
      <ExpiryWarning deadline={active?.ticket.activeUntil ?? null} variant="pass" />
      {active ? (
        children({ token: active.pass.token, refetchPass: active.refetch })
      ) : state.kind === 'error' ? (
        <div className="flex flex-col items-start gap-3">
          <Alert>{sentence(state.error)}</Alert>
          <button type="button" className={buttonClass.secondary} onClick={() => state.refetch()}>
            {t('tryAgain')}
          </button>
        </div>
      ) : (
        <div aria-busy="true" className="flex flex-col gap-4">
          <p className="sr-only">{t('checkingPass')}</p>
          <div className="h-24 animate-pulse rounded-2xl bg-surface-strong" />
          <div className="h-96 animate-pulse rounded-2xl bg-surface-strong" />
        </div>
      )}
    </div>
  );
}
