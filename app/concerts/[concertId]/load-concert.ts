import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { getSessionUser } from '@/lib/auth/page-session';
import { findConcert } from '@/lib/core/concerts/list-concerts';
import { db } from '@/lib/db/client';

/** The concert of a page's path, or the 404 page (a malformed id included). */
export async function loadConcert(params: Promise<{ concertId: string }>) {
  const { concertId } = await params;
  if (!z.uuid().safeParse(concertId).success) notFound();
  const concert = await findConcert(db(), concertId, new Date());
  if (!concert) notFound();
  return concert;
}

/** The signed-in user, or off to sign in and then back to `path`. */
export async function requireSignedIn(path: string) {
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  return user;
}
