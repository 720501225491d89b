import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ReservationsBoard } from '@/components/admin/reservations-board';
import { requireAdminPage } from '../require-admin';

export const metadata: Metadata = { title: 'Reservations and sales' };

export default async function AdminReservationsPage() {
  await requireAdminPage('/admin/reservations');
  return (
    <Suspense>
      <ReservationsBoard />
    </Suspense>
  );
}
