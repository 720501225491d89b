import Link from 'next/link';
import { useFormat } from '@/components/ui/use-format';
import type { ConcertSummary } from '@/lib/query/types';
import { ConcertArt } from './concert-art';
import { dDay, formatDateRange, formatPriceRange } from './concert-format';
import { SaleStatus } from './sale-status';

export function ConcertCard({ concert, now }: { concert: ConcertSummary; now: Date }) {
  const format = useFormat();
  return (
    <Link
      href={`/concerts/${concert.id}`}
      className="group flex h-full flex-col overflow-hidden rounded-2xl bg-surface shadow-sm ring-1 ring-line transition hover:-translate-y-0.5 hover:shadow-lg"
    >
      <div className="relative aspect-[4/5] overflow-hidden">
        <ConcertArt seed={concert.id} className="transition duration-500 group-hover:scale-105" />
        <div className="absolute inset-0 bg-gradient-to-t from-black/70 via-black/10 to-transparent" />
        <span className="absolute left-3 top-3 rounded-full bg-surface/95 px-2.5 py-1 text-xs font-bold tabular-nums text-fg shadow">
          {dDay(concert.firstDate, now)}
        </span>
        <SaleStatus salesOpenAt={concert.salesOpenAt} now={now} className="absolute right-3 top-3" />
        <p className="absolute inset-x-4 bottom-4 text-2xl font-extrabold leading-tight tracking-tight text-white drop-shadow-md">
          {concert.artist}
        </p>
      </div>
      <div className="flex flex-1 flex-col gap-1 p-4">
        <h3 className="text-base font-bold leading-snug text-fg group-hover:text-accent-fg">{concert.title}</h3>
        <p className="text-sm text-fg-muted">{concert.venue}</p>
        <p className="text-sm text-fg-muted">{formatDateRange(format, concert.firstDate, concert.lastDate)}</p>
        <p className="mt-auto pt-2 text-sm font-semibold text-fg">
          {formatPriceRange(format, concert.minPrice, concert.maxPrice)}
        </p>
      </div>
    </Link>
  );
}
