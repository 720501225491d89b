/**
 * Demo data for an empty database: concerts a person would enjoy clicking through, and a demo
 * user. `npm run db:seed` runs it; `npm run dev` / `npm start` run it when the database has no
 * concerts (unless SEED_DEMO=false).
 */
import { hashPassword } from '@/lib/core/accounts/password';
import type { SeatRowSpec } from '@/lib/core/booking/seat-row-rules';
import { createConcert } from '@/lib/core/concerts/create-concert';
import type { Db } from '@/lib/db/client';

export const DEMO_USER = { email: 'demo@encore.test', password: 'moonlit-chorus-42', name: 'Demo Fan' };

// 50 seats a date in rows of ten and three grades: VIP the front row, R the next two, S the back two.
const tiers = (vip: number, r: number, s: number): SeatRowSpec[] =>
  [vip, r, r, s, s].map((price, i) => ({ grade: i === 0 ? 'VIP' : i < 3 ? 'R' : 'S', price, seats: 10 }));

const DEMO_CONCERTS = [
  {
    title: 'Moonrise Tour 2027',
    artist: 'Seo Hana (서하나)',
    venue: 'KSPO Dome, Seoul',
    description: 'Seo Hana returns home with the full band and the songs from her third album, “Moonrise”.',
    days: [21, 22, 28],
    hour: 19,
    rows: tiers(165_000, 143_000, 121_000),
  },
  {
    title: 'Neon Tide — Live in Busan',
    artist: 'NOVA9',
    venue: 'BEXCO Auditorium, Busan',
    description: 'Nine voices, one stage: NOVA9 bring their synth-pop arena show to the seaside.',
    days: [35, 36],
    hour: 18,
    rows: tiers(154_000, 132_000, 110_000),
  },
  {
    title: 'The Quiet Hours',
    artist: 'Marlow & The Lanterns',
    venue: 'Blue Square Mastercard Hall, Seoul',
    description: 'An intimate acoustic evening with the London folk quartet, on their first Asia tour.',
    days: [14, 15, 16, 45],
    hour: 20,
    rows: tiers(99_000, 88_000, 77_000),
  },
  {
    title: 'Symphony of Seasons',
    artist: 'Seoul Philharmonic × Lee Jun-ho',
    venue: 'Lotte Concert Hall, Seoul',
    description: 'Vivaldi and Piazzolla’s Four Seasons side by side, with violinist Lee Jun-ho.',
    days: [10, 24],
    hour: 19,
    rows: tiers(120_000, 90_000, 60_000),
  },
  {
    title: 'Gold Rush World Tour',
    artist: 'Aurora Vance',
    venue: 'Gocheok Sky Dome, Seoul',
    description: 'The pop superstar’s stadium show, with fireworks, a flying stage and two hours of hits.',
    days: [60, 61],
    hour: 19,
    rows: tiers(198_000, 176_000, 154_000),
  },
  {
    title: 'First Light Fan Meeting',
    artist: 'LUMINA',
    venue: 'Jamsil Arena, Seoul',
    description: 'LUMINA’s first fan meeting: live stages, games and a hi-touch. Sales open at 20:30 KST the day after tomorrow.',
    days: [50, 51],
    hour: 18,
    rows: tiers(132_000, 110_000, 99_000),
    // Not on sale yet: fans who come before the opening wait in the pre-queue and are drawn.
    salesOpen: { days: 2, hour: 20 },
    maxTicketsPerUser: 2,
  },
];

/** A date `days` from now at `hour`:30 in Seoul (UTC+9, no daylight saving). */
function seoulDate(now: Date, days: number, hour: number): Date {
  const date = new Date(now.getTime() + days * 86_400_000);
  date.setUTCHours(hour - 9, 30, 0, 0);
  return date;
}

export async function seedDemoData(db: Db, options: { now: Date; activeLimit: number }) {
  for (const concert of DEMO_CONCERTS) {
    await createConcert(db, {
      title: concert.title,
      artist: concert.artist,
      venue: concert.venue,
      description: concert.description,
      activeLimit: options.activeLimit,
      salesOpenAt: concert.salesOpen && seoulDate(options.now, concert.salesOpen.days, concert.salesOpen.hour),
      maxTicketsPerUser: concert.maxTicketsPerUser,
      schedules: concert.days.map((day) => ({ startsAt: seoulDate(options.now, day, concert.hour), rows: concert.rows })),
    });
  }
  await db.user.upsert({
    where: { email: DEMO_USER.email },
    create: { email: DEMO_USER.email, name: DEMO_USER.name, passwordHash: await hashPassword(DEMO_USER.password), balance: 0 },
    update: {},
  });
}

export async function isEmpty(db: Db) {
  return (await db.concert.count()) === 0;
}
