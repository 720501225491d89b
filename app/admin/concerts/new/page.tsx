import type { Metadata } from 'next';
import { ConcertFormView } from '@/components/admin/concert-form';
import { requireAdminPage } from '../../require-admin';

export const metadata: Metadata = { title: 'New concert' };

export default async function NewConcertPage() {
  await requireAdminPage('/admin/concerts/new');
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div>
        <h1 className="text-3xl font-extrabold tracking-tight">New concert</h1>
        <p className="text-sm text-slate-600">Put a concert on sale with one or more dates.</p>
      </div>
      <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
        <ConcertFormView />
      </div>
    </div>
  );
}
