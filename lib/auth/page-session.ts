// Server components only. Safe to mark: the API dispatcher never loads it (ARCHITECTURE.md).
import 'server-only';
import { cookies } from 'next/headers';
import type { UserView } from '@/lib/schemas/accounts';
import { sessionUserOf } from './session';

/** The signed-in user of the page being rendered (server components), or null. */
export async function getSessionUser(): Promise<UserView | null> {
  return sessionUserOf((await cookies()).getAll());
}
