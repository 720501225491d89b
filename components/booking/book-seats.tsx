'use client';

import { PassGate } from '@/components/queue/pass-gate';
import type { ConcertSummary } from '@/lib/query/types';
import { SeatPicker } from './seat-picker';

export function BookSeats({ concert, userId }: { concert: ConcertSummary; userId: string }) {
  return (
    <PassGate concert={concert} userId={userId} step="Seats">
      {({ token, refetchPass }) => (
        <>
          <h1 className="text-2xl font-bold tracking-tight">Choose your seats</h1>
          <SeatPicker concert={concert} token={token} onPassLost={refetchPass} />
        </>
      )}
    </PassGate>
  );
}
