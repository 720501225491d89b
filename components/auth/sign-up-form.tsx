'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { AuthForm } from './auth-form';
import { fieldErrorsOf, passwordRefusalKey, type AuthFieldErrors } from './field-errors';
import { Field } from '@/components/ui/field';
import { useErrorSentence } from '@/components/ui/use-error-sentence';
import { ApiError, apiFetch, safeCallbackPath } from '@/lib/query/api-fetch';
import { SignUpBody } from '@/lib/schemas/accounts';

export function SignUpForm() {
  const t = useTranslations('auth');
  const sentence = useErrorSentence();
  const router = useRouter();
  const callback = safeCallbackPath(useSearchParams().get('callbackUrl'));
  const [errors, setErrors] = useState<AuthFieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = {
      name: String(form.get('name') ?? ''),
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
    };
    setError(null);
    const parsed = SignUpBody.safeParse(input);
    if (!parsed.success) {
      const found = fieldErrorsOf(parsed.error.issues, input);
      setErrors(found);
      const first = (['name', 'email', 'password'] as const).find((field) => found[field]);
      formElement.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setErrors({});
    setPending(true);
    try {
      await apiFetch('/users', { method: 'POST', body: input });
      const result = await signIn('credentials', { redirect: false, email: input.email, password: input.password });
      if (!result || result.error) {
        setError(t('signUp.signInAfter'));
        return;
      }
      router.push(callback);
      router.refresh();
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'EMAIL_TAKEN') setErrors({ email: 'emailTaken' });
      else if (caught instanceof ApiError && caught.code === 'VALIDATION_FAILED' && caught.errors.length) {
        // What the form checked passed, so this is the server's own judgement: mostly the password's.
        const refused = (field: string) => caught.errors.find((e) => e.path === field);
        const password = refused('password');
        setErrors({
          ...(refused('name') && { name: 'nameRequired' }),
          ...(refused('email') && { email: 'emailInvalid' }),
          ...(password && { password: passwordRefusalKey(password.message) }),
        });
      } else setError(caught instanceof ApiError ? sentence(caught) : t('signUp.failed'));
    } finally {
      setPending(false);
    }
  }

  const fieldError = (field: keyof AuthFieldErrors) => errors[field] && t(`errors.${errors[field]}`);
  return (
    <AuthForm
      onSubmit={onSubmit}
      error={error}
      pending={pending}
      submit={{ label: t('signUp.submit'), pendingLabel: t('signUp.pending') }}
      other={{ prompt: t('signUp.haveAccount'), label: t('signUp.signIn'), path: '/signin', callback }}
    >
      <Field label={t('fields.name')} name="name" autoComplete="name" required error={fieldError('name')} />
      <Field label={t('fields.email')} name="email" type="email" autoComplete="email" required error={fieldError('email')} />
      <Field
        label={t('fields.password')}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={t('fields.passwordHint')}
        error={fieldError('password')}
      />
    </AuthForm>
  );
}
