import type { User } from '@/lib/db/generated/client';
import type { UserView } from '@/lib/schemas/accounts';
import { Locale, Theme, type MeView } from '@/lib/schemas/preferences';

export const toUserView = (user: Pick<User, 'id' | 'email' | 'name' | 'role'>): UserView => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
});

/** The columns of GET /api/v1/me: the user and the preferences kept on the account. */
export const ACCOUNT_COLUMNS = { id: true, email: true, name: true, role: true, locale: true, theme: true } as const;

// The CHECK constraints keep other values out; parsing keeps the type honest all the same.
export const toMeView = (user: Pick<User, 'id' | 'email' | 'name' | 'role' | 'locale' | 'theme'>): MeView => ({
  ...toUserView(user),
  locale: Locale.nullable().parse(user.locale),
  theme: Theme.nullable().parse(user.theme),
});
