import { registerUser } from '@/lib/core/accounts/register-user';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { SignUpBody, UserView } from '@/lib/schemas/accounts';

// POST /api/v1/users: sign up
export const POST = route(
  {
    auth: 'none',
    body: SignUpBody,
    rateLimit: [
      { name: 'SIGNUP_PER_IP', by: 'ip' },
      { name: 'SIGNUP_PER_EMAIL', by: 'email' },
    ],
    doc: {
      summary: 'Sign up',
      description:
        'Emails are unique whatever their letter case. Then sign in with next-auth credentials ' +
        '(GET /api/auth/csrf, POST /api/auth/callback/credentials).',
      tag: 'Accounts',
      responses: { 201: UserView },
      errors: ['EMAIL_TAKEN'],
    },
  },
  async ({ body }) => json(await registerUser(db(), body), 201),
);
