'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { AuthForm } from './auth-form';
import { fieldErrorsOf, type AuthFieldErrors } from './field-errors';
import { Field } from '@/components/ui/field';
import { safeCallbackPath } from '@/lib/query/api-fetch';
import { SignInBody } from '@/lib/schemas/accounts';

export function SignInForm() {
  const t = useTranslations('auth');
  const router = useRouter();
  const callback = safeCallbackPath(useSearchParams().get('callbackUrl'));
  const [errors, setErrors] = useState<AuthFieldErrors>({});
  const [error, setError] = useState<'wrongCredentials' | 'tooManyAttempts' | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = { name: '', email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') };
    setError(null);
    // An empty or malformed field is said next to it, and nothing is sent.
    const parsed = SignInBody.safeParse(input);
    if (!parsed.success) {
      const found = fieldErrorsOf(parsed.error.issues, input);
      setErrors(found);
      formElement.querySelector<HTMLInputElement>(`[name="${found.email ? 'email' : 'password'}"]`)?.focus();
      return;
    }
    setErrors({});
    setPending(true);
    const result = await signIn('credentials', { redirect: false, email: input.email, password: input.password });
    setPending(false);
    if (!result || result.error) {
      setError(result?.status === 429 ? 'tooManyAttempts' : 'wrongCredentials');
      return;
    }
    router.push(callback);
    router.refresh();
  }

  return (
    <AuthForm
      onSubmit={onSubmit}
      error={error && t(`signIn.${error}`)}
      pending={pending}
      submit={{ label: t('signIn.submit'), pendingLabel: t('signIn.pending') }}
      other={{ prompt: t('signIn.newHere'), label: t('signIn.createAccount'), path: '/signup', callback }}
    >
      <Field
        label={t('fields.email')}
        name="email"
        type="email"
        autoComplete="email"
        required
        error={errors.email && t(`errors.${errors.email}`)}
      />
      <Field
        label={t('fields.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password && t(`errors.${errors.password}`)}
      />
    </AuthForm>
  );
}
