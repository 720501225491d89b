'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { AuthForm } from './auth-form';
import { Field } from '@/components/ui/field';
import { safeCallbackPath } from '@/lib/query/api-fetch';

export function SignInForm() {
  const router = useRouter();
  const callback = safeCallbackPath(useSearchParams().get('callbackUrl'));
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn('credentials', {
      redirect: false,
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
    });
    setPending(false);
    if (!result || result.error) {
      setError(result?.status === 429 ? 'Too many attempts. Wait a minute and try again.' : 'Wrong email or password.');
      return;
    }
    router.push(callback);
    router.refresh();
  }

  return (
    <AuthForm
      onSubmit={onSubmit}
      error={error}
      pending={pending}
      submit={{ label: 'Sign in', pendingLabel: 'Signing in…' }}
      other={{ prompt: 'New to Encore?', label: 'Create an account', path: '/signup', callback }}
    >
      <Field label="Email" name="email" type="email" autoComplete="email" required />
      <Field label="Password" name="password" type="password" autoComplete="current-password" required />
    </AuthForm>
  );
}
