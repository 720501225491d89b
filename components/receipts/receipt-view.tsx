import { useTranslations } from 'next-intl';
import { PrintButton } from '@/components/ui/print-button';
import { useFormat } from '@/components/ui/use-format';
import type { Receipt } from '@/lib/schemas/tickets';

const LABEL = 'text-xs font-semibold uppercase tracking-wide text-fg-muted';

/**
 * A payment's receipt as a page and as paper: what was bought (seat labels, dates in Seoul
 * time), the amounts, the wallet's balance right after paying, the payment id. A ticket refunded
 * since is marked with its refund, and the total refunded shown under the total paid.
 */
export function ReceiptView({ receipt }: { receipt: Receipt }) {
  const t = useTranslations('receipt');
  const format = useFormat();
  return (
    <article
      data-print-sheet
      aria-labelledby="receipt-heading"
      className="mx-auto flex w-full max-w-2xl flex-col gap-6 rounded-2xl bg-surface p-5 shadow-sm ring-1 ring-line sm:p-8 print:p-0 print:ring-0"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm font-bold uppercase tracking-widest text-accent-fg">{t('issuer')}</p>
          <h1 id="receipt-heading" className="text-3xl font-extrabold tracking-tight">
            {t('title')}
          </h1>
        </div>
        <PrintButton label={t('print')} />
      </div>

      <dl className="grid gap-4 text-sm sm:grid-cols-2">
        <div className="min-w-0 sm:col-span-2">
          <dt className={LABEL}>{t('paymentId')}</dt>
          <dd className="break-all font-mono" data-testid="receipt-payment-id">
            {receipt.id}
          </dd>
        </div>
        <div>
          <dt className={LABEL}>{t('paidAt')}</dt>
          <dd>{format.dateTime(receipt.paidAt)}</dd>
        </div>
        <div className="min-w-0">
          <dt className={LABEL}>{t('buyer')}</dt>
          <dd className="break-words">
            {receipt.buyer.name}
            <span className="block text-fg-muted">{receipt.buyer.email}</span>
          </dd>
        </div>
      </dl>

      <table className="w-full text-sm">
        <caption className="pb-2 text-left text-base font-bold">{t('items')}</caption>
        <thead className="border-b border-line-strong">
          <tr>
            <th scope="col" className={`py-2 pr-3 text-left ${LABEL}`}>
              {t('colTicket')}
            </th>
            <th scope="col" className={`px-3 py-2 text-left ${LABEL}`}>
              {t('colSeat')}
            </th>
            <th scope="col" className={`py-2 pl-3 text-right ${LABEL}`}>
              {t('colAmount')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line-soft">
          {receipt.items.map((item) => (
            <tr key={item.reservationId} className="align-top">
              <td className="py-3 pr-3">
                <span className="block font-semibold">{item.concertTitle}</span>
                <span className="block text-fg-muted">{format.dateTime(item.startsAt)}</span>
                <span className="block text-fg-muted">{item.venue}</span>
                {item.refundedAt && (
                  <span className="mt-1 block font-semibold text-danger-fg">
                    {t('refundedOn', { time: format.dateTime(item.refundedAt) })}
                  </span>
                )}
              </td>
              <td className="whitespace-nowrap px-3 py-3">
                <span className="font-bold tabular-nums">{item.seatLabel}</span>
                {item.grade && <span className="block text-xs text-fg-muted">{item.grade}</span>}
              </td>
              <td className="whitespace-nowrap py-3 pl-3 text-right tabular-nums">{format.won(item.price)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <dl className="flex flex-col gap-2 border-t border-line-strong pt-4 text-sm">
        <div className="flex items-baseline justify-between gap-3 text-base font-bold">
          <dt>{t('total')}</dt>
          <dd className="tabular-nums" data-testid="receipt-total">
            {format.won(receipt.amount)}
          </dd>
        </div>
        {receipt.refunded > 0 && (
          <div className="flex items-baseline justify-between gap-3 text-danger-fg">
            <dt>{t('refundedTotal')}</dt>
            <dd className="tabular-nums">−{format.won(receipt.refunded)}</dd>
          </div>
        )}
        <div className="flex items-baseline justify-between gap-3 text-fg-soft">
          <dt>{t('balanceAfter')}</dt>
          <dd className="tabular-nums">{format.won(receipt.balanceAfter)}</dd>
        </div>
      </dl>
      <p className="text-xs text-fg-muted">{t('paidFrom')}</p>
    </article>
  );
}
