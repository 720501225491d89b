import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SeatMapBoard } from '@/components/admin/seat-map-board';
import { requireAdminPage } from '../require-admin';

export const metadata: Metadata = { title: 'Seat maps' };

export default async function AdminSeatsPage() {
  await requireAdminPage('/admin/seats');
  return (
    <Suspense>
      <SeatMapBoard />
    </Suspense>
  );
}
