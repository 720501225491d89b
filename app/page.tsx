import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ConcertArt } from '@/components/concerts/concert-art';
import { ConcertCard } from '@/components/concerts/concert-card';
import { dDay, formatDateRange } from '@/components/concerts/concert-format';
import { SaleStatus } from '@/components/concerts/sale-status';
import { MAX_HOLDS_PER_USER } from '@/lib/core/booking/booking-rules';
import { listConcerts } from '@/lib/core/concerts/list-concerts';
import { db } from '@/lib/db/client';
import { formatters } from '@/lib/format/format';

export const dynamic = 'force-dynamic';

const STEPS = ['line', 'seats', 'pay'] as const;

export default async function HomePage() {
  const now = new Date();
  const concerts = await listConcerts(db(), now);
  const featured = concerts[0];
  const onSale = concerts.filter((concert) => new Date(concert.salesOpenAt) <= now).length;
  const t = await getTranslations('home');
  const format = formatters(await getLocale());
  return (
    <div className="flex flex-col gap-10">
      <section className="relative overflow-hidden rounded-3xl bg-slate-950 text-white shadow-xl">
        <div className="grid gap-8 p-6 sm:p-10 lg:grid-cols-[1.2fr_1fr] lg:items-center">
          <div>
            <p className="text-sm font-semibold uppercase tracking-widest text-indigo-300">{t('eyebrow')}</p>
            <h1 className="mt-2 text-3xl font-extrabold tracking-tight sm:text-5xl">{t('title')}</h1>
            <p className="mt-3 max-w-xl text-slate-300">{t('lead')}</p>
            <ol className="mt-6 grid gap-3 sm:grid-cols-3">
              {STEPS.map((step, i) => (
                <li key={step} className="rounded-xl bg-white/5 p-3 ring-1 ring-white/10">
                  <p className="flex items-center gap-2 font-semibold">
                    <span className="grid size-6 place-items-center rounded-full bg-accent text-xs font-bold">{i + 1}</span>
                    {t(`steps.${step}.title`)}
                  </p>
                  <p className="mt-1 text-sm text-slate-300">{t(`steps.${step}.text`, { max: MAX_HOLDS_PER_USER })}</p>
                </li>
              ))}
            </ol>
          </div>
          {featured && (
            <Link
              href={`/concerts/${featured.id}`}
              className="group relative hidden aspect-[16/10] overflow-hidden rounded-2xl ring-1 ring-white/20 lg:block"
            >
              <ConcertArt seed={featured.id} slot="hero" className="transition duration-500 group-hover:scale-105" />
              <div className="absolute inset-0 bg-gradient-to-t from-black/80 via-black/10 to-transparent" />
              <div className="absolute inset-x-5 bottom-5">
                <span className="flex flex-wrap items-center gap-2">
                  <SaleStatus salesOpenAt={featured.salesOpenAt} now={now} />
                  <span className="rounded-full bg-surface/95 px-2.5 py-1 text-xs font-bold tabular-nums text-fg">
                    {dDay(featured.firstDate, now)}
                  </span>
                </span>
                <p className="mt-2 text-2xl font-extrabold">{featured.title}</p>
                <p className="text-sm text-slate-200">
                  {featured.artist} · {formatDateRange(format, featured.firstDate, featured.lastDate)}
                </p>
              </div>
            </Link>
          )}
        </div>
      </section>

      <section aria-labelledby="upcoming">
        <div className="mb-4 flex flex-wrap items-end justify-between gap-x-4 gap-y-1">
          <h2 id="upcoming" className="text-2xl font-bold tracking-tight">
            {t('upcoming')}
          </h2>
          <p className="text-sm text-fg-muted">{t('onSale', { count: onSale })}</p>
        </div>
        {concerts.length === 0 ? (
          <p className="rounded-xl bg-surface p-6 text-fg-muted ring-1 ring-line">{t('empty')}</p>
        ) : (
          <ul className="grid grid-cols-1 gap-5 min-[480px]:grid-cols-2 lg:grid-cols-4">
            {concerts.map((concert) => (
              <li key={concert.id}>
                <ConcertCard concert={concert} now={now} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
