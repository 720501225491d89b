import type { User } from '@/lib/db/generated/client';
import type { UserView } from '@/lib/schemas/accounts';

export const toUserView = (user: Pick<User, 'id' | 'email' | 'name' | 'role'>): UserView => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
});
