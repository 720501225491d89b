import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { SeatMapBoard } from '@/components/admin/seat-map-board';
import { requireAdminPage } from '../require-admin';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.seats');
  return { title: t('title') };
}

export default async function AdminSeatsPage() {
  await requireAdminPage('/admin/seats');
  return (
    <Suspense>
      <SeatMapBoard />
    </Suspense>
  );
}
