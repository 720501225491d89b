import Link from 'next/link';
import { listConcerts } from '@/lib/core/concerts/list-concerts';
import { db } from '@/lib/db/client';
import { formatSeoulDate, formatWon } from '@/lib/format/format';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const concerts = await listConcerts(db(), new Date());
  return (
    <div className="flex flex-col gap-8">
      <section>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Concert tickets, fairly.</h1>
        <p className="mt-2 max-w-2xl text-slate-600">
          Take your place in line, watch it move, and pick your seats when it is your turn. No bots jumping the queue,
          no seat sold twice.
        </p>
      </section>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming" className="mb-4 text-xl font-semibold">Upcoming concerts</h2>
        {concerts.length === 0 ? (
          <p className="text-slate-600">No concerts on sale right now.</p>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {concerts.map((concert) => (
              <li key={concert.id}>
                <Link
                  href={`/concerts/${concert.id}`}
                  className="block h-full rounded-xl border border-slate-200 bg-white p-5 shadow-sm transition hover:shadow-md"
                >
                  <p className="text-sm font-medium text-indigo-700">{concert.artist}</p>
                  <h3 className="mt-1 text-lg font-semibold">{concert.title}</h3>
                  <p className="mt-1 text-sm text-slate-600">{concert.venue}</p>
                  <p className="mt-3 text-sm">
                    {formatSeoulDate(concert.firstDate)}
                    {concert.lastDate !== concert.firstDate && ` – ${formatSeoulDate(concert.lastDate)}`}
                  </p>
                  <p className="mt-1 text-sm font-medium">
                    {formatWon(concert.minPrice)} – {formatWon(concert.maxPrice)}
                  </p>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
