import type { Metadata } from 'next';
import { Suspense } from 'react';
import { QueueBoard } from '@/components/admin/queue-board';
import { requireAdminPage } from './require-admin';

export const metadata: Metadata = { title: 'Live queues' };

export default async function AdminQueuesPage() {
  await requireAdminPage('/admin');
  return (
    <Suspense>
      <QueueBoard />
    </Suspense>
  );
}
