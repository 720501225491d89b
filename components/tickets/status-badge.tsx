import { useTranslations } from 'next-intl';
import type { ReservationStatus } from '@/lib/query/types';

const STYLES: Record<ReservationStatus, string> = {
  CONFIRMED: 'bg-success-soft text-success-fg ring-success-line',
  HELD: 'bg-warning-soft text-warning-fg ring-warning-line',
  EXPIRED: 'bg-surface-muted text-fg-soft ring-line-strong',
  CANCELLED: 'bg-surface-muted text-fg-soft ring-line-strong',
  REFUNDED: 'bg-info-soft text-info-fg ring-info-line',
};

export function StatusBadge({ status }: { status: ReservationStatus }) {
  const t = useTranslations('tickets.status');
  return <span className={`rounded-full px-2.5 py-0.5 text-xs font-bold ring-1 ${STYLES[status]}`}>{t(status)}</span>;
}
