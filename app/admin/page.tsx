import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { QueueBoard } from '@/components/admin/queue-board';
import { requireAdminPage } from './require-admin';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.queues');
  return { title: t('title') };
}

export default async function AdminQueuesPage() {
  await requireAdminPage('/admin');
  return (
    <Suspense>
      <QueueBoard />
    </Suspense>
  );
}
