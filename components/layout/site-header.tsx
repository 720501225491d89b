import Link from 'next/link';
import { SignOutButton } from '@/components/auth/sign-out-button';
import type { UserView } from '@/lib/schemas/accounts';
import { smallButtonClass } from '@/components/ui/button';

/** The top bar. The layout (app/layout.tsx) reads the session and passes the user in. */
export function SiteHeader({ user }: { user: UserView | null }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold tracking-tight text-indigo-600">
          Encore
        </Link>
        {user ? (
          <div className="flex flex-wrap items-center gap-4 text-sm">
            <Link href="/tickets" className="hover:underline">
              My tickets
            </Link>
            <Link href="/wallet" className="hover:underline">
              Wallet
            </Link>
            {user.role === 'ADMIN' && (
              <Link href="/admin" className="hover:underline">
                Admin
              </Link>
            )}
            <span aria-label="Signed in as" className="font-medium" data-testid="signed-in-user">
              {user.name}
            </span>
            <SignOutButton />
          </div>
        ) : (
          <div className="flex items-center gap-3 text-sm">
            <Link href="/signin" className="hover:underline">
              Sign in
            </Link>
            <Link href="/signup" className={smallButtonClass.primary}>
              Sign up
            </Link>
          </div>
        )}
      </nav>
    </header>
  );
}
