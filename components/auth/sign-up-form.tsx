'use client';

import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
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
    const input = { name: String(form.get('name') ?? ''), email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') };
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
      if (caught instanceof ApiError && caught.code === 'EMAIL_TAKEN') setErrors({ email: 'This email is already registered. Sign in instead?' });
      else if (caught instanceof ApiError && caught.errors.length) {
        setErrors(Object.fromEntries(caught.errors.map((e) => [e.path, e.message])));
      } else setError(caught instanceof Error ? caught.message : 'Sign-up failed. Try again.');
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {error && <Alert>{error}</Alert>}
      <Field label="Name" name="name" autoComplete="name" required error={errors.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required error={errors.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 8 characters."
        error={errors.password}
      />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-indigo-600 px-4 py-2 font-semibold text-white hover:bg-indigo-700 disabled:opacity-60"
      >
        {pending ? 'Creating your account…' : 'Create account'}
      </button>
      <p className="text-sm text-slate-600">
        Already have an account?{' '}
        <Link href={`/signin?callbackUrl=${encodeURIComponent(callback)}`} className="font-medium text-indigo-700 underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
