import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';

// GET /api/v1/me: who is signed in
export const GET = route({ auth: 'user' }, async ({ user }) => json(user));
