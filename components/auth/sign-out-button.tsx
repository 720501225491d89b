'use client';

import { signOut } from 'next-auth/react';
import { useTranslations } from 'next-intl';

export function SignOutButton() {
  const t = useTranslations('layout');
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: '/' })}
      className="rounded-md border border-line-strong px-3 py-1.5 hover:bg-surface-sunken"
    >
      {t('signOut')}
    </button>
  );
}
