import type { ReservationStatus } from '@/lib/query/types';

const BADGES: Record<ReservationStatus, { label: string; style: string }> = {
  CONFIRMED: { label: 'Confirmed', style: 'bg-emerald-100 text-emerald-900 ring-emerald-300' },
  HELD: { label: 'On hold', style: 'bg-amber-100 text-amber-900 ring-amber-300' },
  EXPIRED: { label: 'Hold expired', style: 'bg-slate-100 text-slate-700 ring-slate-300' },
  CANCELLED: { label: 'Released', style: 'bg-slate-100 text-slate-700 ring-slate-300' },
  REFUNDED: { label: 'Refunded', style: 'bg-sky-100 text-sky-900 ring-sky-300' },
};

export function StatusBadge({ status }: { status: ReservationStatus }) {
  const badge = BADGES[status];
  return <span className={`rounded-full px-2.5 py-0.5 text-xs font-bold ring-1 ${badge.style}`}>{badge.label}</span>;
}
