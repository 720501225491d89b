import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { SignInForm } from '@/components/auth/sign-in-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.signIn');
  return { title: t('title') };
}

export default async function Page() {
  const t = await getTranslations('auth.signIn');
  return (
    <div className="mx-auto max-w-md rounded-xl border border-line bg-surface p-6 shadow-sm sm:p-8">
      <h1 className="mb-6 text-2xl font-bold">{t('title')}</h1>
      <Suspense>
        <SignInForm />
      </Suspense>
    </div>
  );
}
