import type { Metadata } from 'next';
import { ConcertArt } from '@/components/concerts/concert-art';
import { dDay, formatDateRange, formatPriceRange } from '@/components/concerts/concert-format';
import { formatWon } from '@/lib/format/format';
import { GetInLine } from '@/components/queue/get-in-line';
import { MAX_HOLDS_PER_USER } from '@/lib/core/booking/booking-rules';
import { getSessionUser } from '@/lib/auth/page-session';
import { env } from '@/lib/config/env';
import { loadConcert } from './load-concert';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ concertId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const concert = await loadConcert(params);
  return { title: `${concert.title} — ${concert.artist}` };
}

const minutes = (seconds: number) => `${Math.round(seconds / 60)} minute${Math.round(seconds / 60) === 1 ? '' : 's'}`;

export default async function ConcertPage({ params }: Props) {
  const concert = await loadConcert(params);
  const user = await getSessionUser();
  const config = env();
  const now = new Date();
  return (
    <div className="flex flex-col gap-8">
      <section className="relative overflow-hidden rounded-3xl bg-slate-900 text-white shadow-xl">
        <ConcertArt seed={concert.id} slot="hero" />
        <div className="absolute inset-0 bg-gradient-to-r from-black/80 via-black/50 to-black/10" />
        <div className="relative flex min-h-64 flex-col justify-end gap-2 p-6 sm:min-h-80 sm:p-10">
          <span className="w-fit rounded-full bg-white/95 px-2.5 py-1 text-xs font-bold tabular-nums text-slate-900">
            {dDay(concert.firstDate, now)}
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
              About the show
            </h2>
            <p className="mt-2 leading-relaxed text-slate-700">{concert.description || 'Details to follow.'}</p>
          </section>
          <section aria-labelledby="details">
            <h2 id="details" className="text-xl font-bold">
              Details
            </h2>
            <dl className="mt-3 grid gap-px overflow-hidden rounded-xl bg-slate-200 ring-1 ring-slate-200 sm:grid-cols-3">
              {[
                ['Venue', concert.venue],
                ['Dates', formatDateRange(concert.firstDate, concert.lastDate)],
                ['Prices', formatPriceRange(concert.minPrice, concert.maxPrice)],
              ].map(([term, value]) => (
                <div key={term} className="bg-white p-4">
                  <dt className="text-xs font-semibold uppercase tracking-wide text-slate-500">{term}</dt>
                  <dd className="mt-1 font-medium">{value}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section aria-labelledby="how">
            <h2 id="how" className="text-xl font-bold">
              How booking works
            </h2>
            <ol className="mt-3 flex flex-col gap-3 text-slate-700">
              <li>
                <strong className="text-slate-900">1. Get in line.</strong> You get a place in the waiting room; it moves on by
                itself, so keep the tab open.
              </li>
              <li>
                <strong className="text-slate-900">2. Pick up to {MAX_HOLDS_PER_USER} seats.</strong> When it is your turn you
                have {minutes(config.QUEUE_ACTIVE_TTL_SECONDS)} to choose a date and seats.
              </li>
              <li>
                <strong className="text-slate-900">3. Pay.</strong> Seats are held for {minutes(config.HOLD_TTL_SECONDS)} while
                you pay from your Encore wallet, which you can top up on the spot.
              </li>
            </ol>
          </section>
        </div>

        <aside aria-label="Tickets" className="h-fit rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200 lg:sticky lg:top-6">
          <p className="text-sm text-slate-600">Tickets from</p>
          <p className="text-2xl font-extrabold tabular-nums">{formatWon(concert.minPrice)}</p>
          <p className="mt-1 text-sm text-slate-600">{formatDateRange(concert.firstDate, concert.lastDate)}</p>
          <div className="mt-5">
            <GetInLine concertId={concert.id} userId={user?.id ?? null} />
          </div>
        </aside>
      </div>
    </div>
  );
}
