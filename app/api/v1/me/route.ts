import { currentUser } from '@/lib/auth/current-user';
import { updatePreferences } from '@/lib/core/accounts/update-preferences';
import { DomainError } from '@/lib/core/errors';
import { db } from '@/lib/db/client';
import { json } from '@/lib/http/problem';
import { route } from '@/lib/http/route';
import { MeView, UpdatePreferencesBody } from '@/lib/schemas/preferences';

const ACCOUNT_GONE = 'This account no longer exists: sign in again';

// GET /api/v1/me: who is signed in, as the database holds them now (a demoted admin is a USER)
export const GET = route(
  { auth: 'user', doc: { summary: 'Who is signed in', tag: 'Accounts', responses: { 200: MeView } } },
  async ({ user }) => {
    const current = await currentUser(user);
    if (!current) throw new DomainError('UNAUTHENTICATED', ACCOUNT_GONE);
    return json(current);
  },
);

// PATCH /api/v1/me: keep the language and/or theme chosen in the header on the account
export const PATCH = route(
  {
    auth: 'user',
    body: UpdatePreferencesBody,
    doc: {
      summary: 'Keep the language and theme on the account',
      description:
        "The pages use the account's choice over the browser's cookie and Accept-Language, on every device the fan signs in on.",
      tag: 'Accounts',
      responses: { 200: MeView },
    },
  },
  async ({ user, body }) => json(await updatePreferences(db(), user.id, body)),
);
