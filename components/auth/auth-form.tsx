import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { buttonClass } from '@/components/ui/button';

interface AuthFormProps {
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => void;
  error: string | null;
  pending: boolean;
  submit: { label: string; pendingLabel: string };
  /** The other form (sign in ↔ sign up), keeping where to go afterwards. */
  other: { prompt: string; label: string; path: '/signin' | '/signup'; callback: string };
  children: React.ReactNode;
}

/** What the sign-in and sign-up forms share: the error, the fields, the submit button, the way to the other form. */
export function AuthForm({ onSubmit, error, pending, submit, other, children }: AuthFormProps) {
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {error && <Alert>{error}</Alert>}
      {children}
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {pending ? submit.pendingLabel : submit.label}
      </button>
      <p className="text-sm text-fg-muted">
        {other.prompt}{' '}
        <Link
          href={`${other.path}?callbackUrl=${encodeURIComponent(other.callback)}`}
          className="font-medium text-accent-fg underline"
        >
          {other.label}
        </Link>
      </p>
    </form>
  );
}
