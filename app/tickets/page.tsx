import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { TicketList } from '@/components/tickets/ticket-list';
import { getSessionUser } from '@/lib/auth/page-session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'My tickets' };

export default async function TicketsPage() {
  if (!(await getSessionUser())) redirect('/signin?callbackUrl=%2Ftickets');
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">My tickets</h1>
        <p className="mt-1 text-slate-600">Your bookings, newest first. Times are Korea Standard Time.</p>
      </div>
      <TicketList />
    </div>
  );
}
