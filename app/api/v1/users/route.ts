import { registerUser } from '@/lib/core/accounts/register-user';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { SignUpBody } from '@/lib/schemas/accounts';

// POST /api/v1/users: sign up
export const POST = route(
  {
    auth: 'none',
    body: SignUpBody,
    rateLimit: [
      { name: 'SIGNUP_PER_IP', by: 'ip' },
      { name: 'SIGNUP_PER_EMAIL', by: 'email' },
    ],
  },
  async ({ body }) => json(await registerUser(db(), body), 201),
);
