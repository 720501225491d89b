import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ConcertFormView } from '@/components/admin/concert-form';
import { requireAdminPage } from '../../require-admin';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.newConcert');
  return { title: t('title') };
}

export default async function NewConcertPage() {
  await requireAdminPage('/admin/concerts/new');
  const t = await getTranslations('admin.newConcert');
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div>
        <h1 className="text-3xl font-extrabold tracking-tight">{t('title')}</h1>
        <p className="text-sm text-fg-muted">{t('lead')}</p>
      </div>
      <div className="rounded-2xl border border-line bg-surface p-6 shadow-sm">
        <ConcertFormView />
      </div>
    </div>
  );
}
