'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { ConfirmDialog } from '@/components/admin/confirm-dialog';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';
import { useErrorSentence } from '@/components/ui/use-error-sentence';
import { useFormat } from '@/components/ui/use-format';
import { useNow } from '@/components/ui/use-now';
import { isRetryable } from '@/lib/query/errors';
import { newIdempotencyKey } from '@/lib/query/idempotency-key';
import { useRefundTicket } from '@/lib/query/tickets';
import type { Reservation } from '@/lib/query/types';

/**
 * A fan's refund of one ticket, after a confirmation, with the cutoff in sight: "refundable until
 * Sat 19 Dec, 19:30" while it is, why not once it is not. One Idempotency-Key per attempt, kept
 * for a retry after a lost answer, so the refund is asked for once. The server decides the
 * cutoff again; the clock here only decides what to offer.
 */
export function RefundButton({
  reservation,
  cutoffHours,
  onRefunded,
}: {
  reservation: Reservation;
  cutoffHours: number;
  /** Told the sentence to show when the refund succeeds (in a list the ticket moves, and this with it). */
  onRefunded?: (sentence: string) => void;
}) {
  const t = useTranslations('refund');
  const format = useFormat();
  const sentence = useErrorSentence();
  const router = useRouter();
  const refund = useRefundTicket();
  const now = useNow();
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const attempt = useRef<string | null>(null);
  const closesAt = new Date(Date.parse(reservation.startsAt) - cutoffHours * 3_600_000);

  if (done) {
    return (
      <p role="status" className="text-sm font-semibold text-success-fg">
        {done}
      </p>
    );
  }
  if (reservation.status !== 'CONFIRMED') return null;
  if (reservation.checkedInAt) return <p className="text-sm text-fg-muted">{t('used')}</p>;
  // The ticking clock takes the offer back once the cutoff passes (the server refuses it anyway).
  if (now !== null && now >= closesAt.getTime()) {
    return <p className="text-sm text-fg-muted">{t('closed', { hours: cutoffHours })}</p>;
  }

  const amount = format.won(reservation.price);
  function confirm() {
    attempt.current ??= newIdempotencyKey();
    refund.mutateAsync({ reservationId: reservation.id, idempotencyKey: attempt.current }).then(
      () => {
        attempt.current = null;
        setOpen(false);
        const message = t('done', { amount });
        if (onRefunded) onRefunded(message);
        else setDone(message);
        router.refresh();
      },
      (error) => {
        if (!isRetryable(error)) attempt.current = null;
        setOpen(false);
      },
    );
  }

  return (
    <div className="flex flex-col gap-2 print:hidden">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <button
          type="button"
          onClick={() => setOpen(true)}
          disabled={refund.isPending}
          aria-label={t('buttonFor', { seat: reservation.seatLabel })}
          className={buttonClass.danger}
        >
          {refund.isPending ? t('pending') : t('button')}
        </button>
        <span className="text-xs text-fg-muted">{t('until', { time: format.dateTime(closesAt) })}</span>
      </div>
      {refund.isError && <Alert>{sentence(refund.error)}</Alert>}
      <ConfirmDialog
        open={open}
        title={t('dialogTitle')}
        confirmLabel={t('confirm', { amount })}
        tone="danger"
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      >
        {t('dialogBody', { seat: reservation.seatLabel, when: format.dateTime(reservation.startsAt), amount })}
      </ConfirmDialog>
    </div>
  );
}
