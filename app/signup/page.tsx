import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { SignUpForm } from '@/components/auth/sign-up-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.signUp');
  return { title: t('title') };
}

export default async function Page() {
  const t = await getTranslations('auth.signUp');
  return (
    <div className="mx-auto max-w-md rounded-xl border border-line bg-surface p-6 shadow-sm sm:p-8">
      <h1 className="mb-6 text-2xl font-bold">{t('title')}</h1>
      <Suspense>
        <SignUpForm />
      </Suspense>
    </div>
  );
}
