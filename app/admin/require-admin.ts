import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { getSessionUser } from '@/lib/auth/page-session';
import { isAdmin } from '@/lib/auth/session';

/** Who is asking, once per request: the layout and the page both need it. */
export const adminSession = cache(async () => {
  const user = await getSessionUser();
  return { user, admin: await isAdmin(user) };
});

/**
 * The gate of every admin page: signed out goes to sign in and back, a signed-in non-admin
 * gets the 403 page (forbidden.tsx). The role is read from the database (isAdmin), so a
 * demoted admin loses the console at once. The API checks the role again on every request.
 */
export async function requireAdminPage(path: string) {
  const { user, admin } = await adminSession();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  if (!admin) forbidden();
  return user;
}
