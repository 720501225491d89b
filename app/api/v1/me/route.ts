import { currentUser } from '@/lib/auth/current-user';
import { DomainError } from '@/lib/core/errors';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { UserView } from '@/lib/schemas/accounts';

const ACCOUNT_GONE = 'This account no longer exists: sign in again';

// GET /api/v1/me: who is signed in, as the database holds them now (a demoted admin is a USER)
export const GET = route(
  { auth: 'user', doc: { summary: 'Who is signed in', tag: 'Accounts', responses: { 200: UserView } } },
  async ({ user }) => {
    const current = await currentUser(user);
    if (!current) throw new DomainError('UNAUTHENTICATED', ACCOUNT_GONE);
    return json(current);
  },
);
