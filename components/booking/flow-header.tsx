import { useTranslations } from 'next-intl';
import { ConcertArt } from '@/components/concerts/concert-art';
import type { ConcertSummary } from '@/lib/query/types';

const STEPS = ['queue', 'seats', 'payment', 'done'] as const;
export type FlowStep = (typeof STEPS)[number];

/** The strip on every page of the booking flow: which concert, which step, and the pass clock. */
export function FlowHeader({ concert, step, aside }: { concert: ConcertSummary; step: FlowStep; aside?: React.ReactNode }) {
  const t = useTranslations('booking.steps');
  const current = STEPS.indexOf(step);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex min-w-0 items-center gap-3">
          <div className="relative size-12 shrink-0 overflow-hidden rounded-lg shadow-sm">
            <ConcertArt seed={concert.id} slot="thumb" />
          </div>
          <div className="min-w-0">
            <p className="truncate font-bold text-fg">{concert.title}</p>
            <p className="truncate text-sm text-fg-muted">
              {concert.artist} · {concert.venue}
            </p>
          </div>
        </div>
        {aside}
      </div>
      <ol aria-label={t('label')} className="grid grid-cols-4 gap-1.5 text-xs font-semibold sm:text-sm">
        {STEPS.map((name, i) => (
          <li key={name} aria-current={i === current ? 'step' : undefined} className="flex flex-col gap-1.5">
            <span className={`h-1.5 rounded-full ${i <= current ? 'bg-accent' : 'bg-surface-strong'}`} />
            <span className={i === current ? 'text-accent-fg' : i < current ? 'text-fg-soft' : 'text-fg-muted'}>
              {t('numbered', { number: i + 1, name: t(name) })}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}
