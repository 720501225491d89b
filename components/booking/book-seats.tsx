'use client';

import { useTranslations } from 'next-intl';
import { PassGate } from '@/components/queue/pass-gate';
import type { ConcertSummary } from '@/lib/query/types';
import { SeatPicker } from './seat-picker';

export function BookSeats({ concert, userId }: { concert: ConcertSummary; userId: string }) {
  const t = useTranslations('booking');
  return (
    <PassGate concert={concert} userId={userId} step="seats">
      {({ token, refetchPass }) => (
        <>
          <h1 className="text-2xl font-bold tracking-tight">{t('chooseSeats')}</h1>
          <SeatPicker concert={concert} token={token} onPassLost={refetchPass} />
        </>
      )}
    </PassGate>
  );
}
