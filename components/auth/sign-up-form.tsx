'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { AuthForm } from './auth-form';
import { Field } from '@/components/ui/field';
import { ApiError, apiFetch, safeCallbackPath } from '@/lib/query/api-fetch';
import { SignUpBody } from '@/lib/schemas/accounts';

type FieldErrors = Partial<Record<'email' | 'password' | 'name', string>>;

export function SignUpForm() {
  const router = useRouter();
  const callback = safeCallbackPath(useSearchParams().get('callbackUrl'));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get('name') ?? ''),
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
    };
    setError(null);
    const parsed = SignUpBody.safeParse(input);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
      return;
    }
    setErrors({});
    setPending(true);
    try {
      await apiFetch('/users', { method: 'POST', body: input });
      const result = await signIn('credentials', { redirect: false, email: input.email, password: input.password });
      if (!result || result.error) throw new ApiError(401, 'UNAUTHENTICATED', 'Your account was created; sign in to continue.');
      router.push(callback);
      router.refresh();
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'EMAIL_TAKEN')
        setErrors({ email: 'This email is already registered. Sign in instead?' });
      else if (caught instanceof ApiError && caught.errors.length) {
        setErrors(Object.fromEntries(caught.errors.map((e) => [e.path, e.message])));
      } else setError(caught instanceof Error ? caught.message : 'Sign-up failed. Try again.');
    } finally {
      setPending(false);
    }
  }

  return (
    <AuthForm
      onSubmit={onSubmit}
      error={error}
      pending={pending}
      submit={{ label: 'Create account', pendingLabel: 'Creating your account…' }}
      other={{ prompt: 'Already have an account?', label: 'Sign in', path: '/signin', callback }}
    >
      <Field label="Name" name="name" autoComplete="name" required error={errors.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required error={errors.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters, hard to guess, and not your email."
        error={errors.password}
      />
    </AuthForm>
  );
}
