import { useTranslations } from 'next-intl';
import { useCallback } from 'react';
import { SeatHall } from '@/components/seats/seat-layout';
import { useFormat } from '@/components/ui/use-format';
import type { AdminSeat, AdminSeatStatus } from '@/lib/schemas/admin-console';

export const SEAT_STYLES: Record<AdminSeatStatus, string> = {
  AVAILABLE: 'bg-surface text-fg-muted ring-line-strong',
  HELD: 'bg-warning text-on-warning ring-warning-line',
  SOLD: 'bg-accent text-on-accent ring-accent-hover',
};

/** "Seat B14, VIP, 154,000 won, held by Kim (kim@…) until 19:04:05 KST", in the page's language. */
export function useDescribeSeat(): (seat: AdminSeat) => string {
  const t = useTranslations('admin.seats');
  const format = useFormat();
  return useCallback(
    (seat: AdminSeat) => {
      const name = t('seatName', {
        label: seat.label,
        grade: seat.grade ? t('seatNameGrade', { grade: seat.grade }) : '',
        price: format.wonWords(seat.price),
      });
      if (seat.status === 'AVAILABLE') return t('available', { name });
      const who = seat.holder ? t('holder', { name: seat.holder.name, email: seat.holder.email }) : t('someone');
      if (seat.status === 'SOLD') return t('soldTo', { name, who });
      return seat.heldUntil ? t('heldByUntil', { name, who, time: format.time(seat.heldUntil) }) : t('heldBy', { name, who });
    },
    [t, format],
  );
}

/**
 * Every seat of a date as a small tile, in the hall's rows as fans see them: the hall at a glance.
 * Details are in the table below it.
 */
export function AdminSeatGrid({ seats }: { seats: AdminSeat[] }) {
  const t = useTranslations('admin.seats');
  const describeSeat = useDescribeSeat();
  return (
    <SeatHall
      seats={seats}
      label={t('gridLabel')}
      rowsAs="list"
      renderSeat={(seat) => (
        <span
          title={describeSeat(seat)}
          className={`grid size-full place-items-center rounded-md text-[10px] font-semibold tabular-nums ring-1 sm:text-xs ${SEAT_STYLES[seat.status]}`}
        >
          <span aria-hidden="true">{seat.number}</span>
          <span className="sr-only">{describeSeat(seat)}</span>
        </span>
      )}
    />
  );
}
