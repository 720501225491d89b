'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { smallButtonClass } from '@/components/ui/button';
import { useErrorSentence } from '@/components/ui/use-error-sentence';
import { useFormat } from '@/components/ui/use-format';
import { useCancelSchedule } from '@/lib/query/tickets';
import type { ScheduleSales } from '@/lib/schemas/admin-console';
import { ConfirmDialog } from './confirm-dialog';

/**
 * Calls a date off from the console, after a confirmation that says what it does: every ticket
 * refunded to its fan, holds released, the date off sale. A cancelled date says so instead.
 */
export function CancelDateButton({ schedule, title }: { schedule: ScheduleSales; title: string }) {
  const t = useTranslations('cancelDate');
  const format = useFormat();
  const sentence = useErrorSentence();
  const cancel = useCancelSchedule();
  const [open, setOpen] = useState(false);

  function confirm() {
    setOpen(false);
    cancel.mutate(schedule.scheduleId);
  }

  return (
    <div className="flex basis-full flex-wrap items-center justify-end gap-3">
      {cancel.isSuccess && (
        <Alert tone="success">{t('done', { tickets: cancel.data.ticketsRefunded, holds: cancel.data.holdsReleased })}</Alert>
      )}
      {cancel.isError && <Alert>{sentence(cancel.error)}</Alert>}
      {schedule.cancelledAt ? (
        <span className="rounded-full bg-danger-soft px-3 py-1 text-xs font-bold text-danger-fg ring-1 ring-danger-line">
          {t('cancelled', { time: format.recent(schedule.cancelledAt) })}
        </span>
      ) : (
        <button type="button" onClick={() => setOpen(true)} disabled={cancel.isPending} className={smallButtonClass.pause}>
          {cancel.isPending ? t('pending') : t('button')}
        </button>
      )}
      <ConfirmDialog
        open={open}
        title={t('dialogTitle')}
        confirmLabel={t('confirm')}
        tone="danger"
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      >
        {t('dialogBody', { title, when: format.dateTime(schedule.startsAt), sold: schedule.seatsSold })}
      </ConfirmDialog>
    </div>
  );
}
