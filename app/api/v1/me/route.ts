import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { UserView } from '@/lib/schemas/accounts';

// GET /api/v1/me: who is signed in
export const GET = route(
  { auth: 'user', doc: { summary: 'Who is signed in', tag: 'Accounts', responses: { 200: UserView } } },
  async ({ user }) => json(user),
);
