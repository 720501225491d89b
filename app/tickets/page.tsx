import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { TicketList } from '@/components/tickets/ticket-list';
import { getSessionUser } from '@/lib/auth/page-session';
import { env } from '@/lib/config/env';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('tickets');
  return { title: t('title') };
}

export default async function TicketsPage() {
  if (!(await getSessionUser())) redirect('/signin?callbackUrl=%2Ftickets');
  const t = await getTranslations('tickets');
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
        <p className="mt-1 text-fg-muted">{t('lead')}</p>
      </div>
      <TicketList refundCutoffHours={env().REFUND_CUTOFF_HOURS} />
    </div>
  );
}
