import { hashPassword } from './password';
import { checkPassword } from './password-policy';
import { DomainError } from '@/lib/core/errors';
import type { Tx } from '@/lib/db/client';
import { Prisma } from '@/lib/db/generated/client';
import type { SignUpBody } from '@/lib/schemas/accounts';
import type { UserView } from '@/lib/schemas/accounts';
import { toUserView } from './user-view';

/**
 * Creates a USER account. The email arrives lower-cased; its unique index decides races.
 * VALIDATION_FAILED on `password` for one the policy refuses (password-policy.ts).
 */
export async function registerUser(db: Tx, input: SignUpBody): Promise<UserView> {
  const weakness = checkPassword(input.password, { email: input.email, name: input.name });
  if (weakness)
    throw new DomainError('VALIDATION_FAILED', `password: ${weakness}`, { errors: [{ path: 'password', message: weakness }] });
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
