'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { smallButtonClass } from '@/components/ui/button';
import { useErrorSentence } from '@/components/ui/use-error-sentence';
import { useFormat } from '@/components/ui/use-format';
import { isRetryable } from '@/lib/query/errors';
import { newIdempotencyKey } from '@/lib/query/idempotency-key';
import { useAdminRefund } from '@/lib/query/tickets';
import type { AdminReservation } from '@/lib/schemas/admin-console';
import { ConfirmDialog } from './confirm-dialog';

/**
 * An admin's refund of one ticket in the reservations list, after a confirmation naming the
 * buyer, seat, date and amount. The row stays where it is (its status turns Refunded), so the
 * outcome is said here, in the row.
 */
export function AdminRefundButton({ reservation }: { reservation: AdminReservation }) {
  const t = useTranslations('refund');
  const format = useFormat();
  const sentence = useErrorSentence();
  const refund = useAdminRefund();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState(false);
  const attempt = useRef<string | null>(null);
  const amount = format.won(reservation.price);

  if (done) {
    return (
      <span role="status" className="text-xs font-semibold text-success-fg">
        {t('adminDone', { amount })}
      </span>
    );
  }
  if (reservation.status !== 'CONFIRMED') return null;

  function confirm() {
    attempt.current ??= newIdempotencyKey();
    refund.mutateAsync({ reservationId: reservation.id, idempotencyKey: attempt.current }).then(
      () => {
        attempt.current = null;
        setOpen(false);
        setDone(true);
      },
      (error) => {
        if (!isRetryable(error)) attempt.current = null;
        setOpen(false);
      },
    );
  }

  return (
    <div className="flex flex-col items-start gap-1">
      <button
        type="button"
        onClick={() => setOpen(true)}
        disabled={refund.isPending}
        aria-label={t('adminButtonFor', { seat: reservation.seatLabel, email: reservation.userEmail })}
        className={smallButtonClass.secondary}
      >
        {refund.isPending ? t('pending') : t('button')}
      </button>
      {refund.isError && (
        <span role="alert" className="max-w-48 text-xs text-danger-fg">
          {sentence(refund.error)}
        </span>
      )}
      <ConfirmDialog
        open={open}
        title={t('dialogTitle')}
        confirmLabel={t('confirm', { amount })}
        tone="danger"
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      >
        {t('adminDialogBody', {
          seat: reservation.seatLabel,
          email: reservation.userEmail,
          when: format.dateTime(reservation.startsAt),
          amount,
        })}
      </ConfirmDialog>
    </div>
  );
}
