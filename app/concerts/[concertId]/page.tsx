import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ConcertArt } from '@/components/concerts/concert-art';
import { dDay, formatDateRange, formatPriceRange } from '@/components/concerts/concert-format';
import { SaleStatus } from '@/components/concerts/sale-status';
import { formatters } from '@/lib/format/format';
import { GetInLine } from '@/components/queue/get-in-line';
import { MAX_HOLDS_PER_USER } from '@/lib/core/booking/booking-rules';
import { getSessionUser } from '@/lib/auth/page-session';
import { env } from '@/lib/config/env';
import { loadConcert } from './load-concert';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ concertId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const concert = await loadConcert(params);
  const t = await getTranslations('concert');
  return { title: t('titleMeta', { title: concert.title, artist: concert.artist }) };
}

const minutes = (seconds: number) => Math.round(seconds / 60);

export default async function ConcertPage({ params }: Props) {
  const concert = await loadConcert(params);
  const user = await getSessionUser();
  const config = env();
  const now = new Date();
  const t = await getTranslations('concert');
  const tSale = await getTranslations('sale');
  const format = formatters(await getLocale());
  const opensAt = new Date(concert.salesOpenAt) > now ? concert.salesOpenAt : null;
  const seatsAtOnce = Math.min(MAX_HOLDS_PER_USER, concert.maxTicketsPerUser);
  const strong = (chunks: React.ReactNode) => <strong className="text-fg">{chunks}</strong>;
  return (
    <div className="flex flex-col gap-8">
      <section className="relative overflow-hidden rounded-3xl bg-slate-900 text-white shadow-xl">
        <ConcertArt seed={concert.id} slot="hero" />
        <div className="absolute inset-0 bg-gradient-to-r from-black/80 via-black/50 to-black/10" />
        <div className="relative flex min-h-64 flex-col justify-end gap-2 p-6 sm:min-h-80 sm:p-10">
          <span className="flex flex-wrap items-center gap-2">
            <span className="w-fit rounded-full bg-surface/95 px-2.5 py-1 text-xs font-bold tabular-nums text-fg">
              {dDay(concert.firstDate, now)}
            </span>
            <SaleStatus salesOpenAt={concert.salesOpenAt} now={now} />
          </span>
          <p className="text-lg font-semibold text-indigo-200">{concert.artist}</p>
          <h1 className="text-3xl font-extrabold tracking-tight sm:text-5xl">{concert.title}</h1>
          <p className="text-slate-200">{concert.venue}</p>
        </div>
      </section>

      <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
        <div className="flex flex-col gap-8">
          <section aria-labelledby="about">
            <h2 id="about" className="text-xl font-bold">
              {t('about')}
            </h2>
            <p className="mt-2 leading-relaxed text-fg-soft">{concert.description || t('noDescription')}</p>
          </section>
          <section aria-labelledby="details">
            <h2 id="details" className="text-xl font-bold">
              {t('details')}
            </h2>
            <dl className="mt-3 grid gap-px overflow-hidden rounded-xl bg-surface-strong ring-1 ring-line sm:grid-cols-3">
              {[
                [t('venue'), concert.venue],
                [t('dates'), formatDateRange(format, concert.firstDate, concert.lastDate)],
                [t('prices'), formatPriceRange(format, concert.minPrice, concert.maxPrice)],
              ].map(([term, value]) => (
                <div key={term} className="bg-surface p-4">
                  <dt className="text-xs font-semibold uppercase tracking-wide text-fg-muted">{term}</dt>
                  <dd className="mt-1 font-medium">{value}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section aria-labelledby="how">
            <h2 id="how" className="text-xl font-bold">
              {t('how')}
            </h2>
            <ol className="mt-3 flex flex-col gap-3 text-fg-soft">
              <li>{t.rich('howLine', { b: strong })}</li>
              <li>{t.rich('howSeats', { b: strong, max: seatsAtOnce, minutes: minutes(config.QUEUE_ACTIVE_TTL_SECONDS) })}</li>
              <li>{t.rich('howPay', { b: strong, hold: minutes(config.HOLD_TTL_SECONDS) })}</li>
            </ol>
          </section>
        </div>

        <aside
          aria-label={t('tickets')}
          className="h-fit rounded-2xl bg-surface p-5 shadow-sm ring-1 ring-line lg:sticky lg:top-6"
        >
          <p className="text-sm text-fg-muted">{t('from')}</p>
          <p className="text-2xl font-extrabold tabular-nums">{format.won(concert.minPrice)}</p>
          <p className="mt-1 text-sm text-fg-muted">{formatDateRange(format, concert.firstDate, concert.lastDate)}</p>
          <p className="mt-1 text-sm text-fg-muted">{tSale('perFan', { max: concert.maxTicketsPerUser })}</p>
          <div className="mt-5">
            <GetInLine concertId={concert.id} userId={user?.id ?? null} opensAt={opensAt} />
          </div>
        </aside>
      </div>
    </div>
  );
}
