import { hashPassword } from './password';
import { DomainError } from '@/lib/core/errors';
import type { Tx } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import type { SignUpBody } from '@/lib/schemas/accounts';
import type { UserView } from '@/lib/schemas/accounts';
import { toUserView } from './user-view';

/** Creates a USER account. The email arrives lower-cased; its unique index decides races. */
export async function registerUser(db: Tx, input: SignUpBody): Promise<UserView> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({ data: { email: input.email, name: input.name, passwordHash } });
    return toUserView(user);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new DomainError('EMAIL_TAKEN', 'An account with this email already exists');
    }
    throw error;
  }
}
