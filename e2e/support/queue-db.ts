import { makeConcert } from '@/lib/testing/factories';
import { withDb } from './db';

export const concertWithLimit = (activeLimit: number) => withDb((db) => makeConcert(db, { activeLimit }));

/** Ends an ACTIVE pass now, as if its time had run out. */
export const runOutPass = (token: string) =>
  withDb((db) => db.queueToken.update({ where: { token }, data: { activeUntil: new Date(Date.now() - 1000) } }));
