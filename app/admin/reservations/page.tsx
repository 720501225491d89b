import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { ReservationsBoard } from '@/components/admin/reservations-board';
import { requireAdminPage } from '../require-admin';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.reservations');
  return { title: t('title') };
}

export default async function AdminReservationsPage() {
  await requireAdminPage('/admin/reservations');
  return (
    <Suspense>
      <ReservationsBoard />
    </Suspense>
  );
}
