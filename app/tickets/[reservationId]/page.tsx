import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { ETicket } from '@/components/tickets/e-ticket';
import { PrintSheet } from '@/components/ui/print-sheet';
import { getSessionUser } from '@/lib/auth/page-session';
import { env } from '@/lib/config/env';
import { isDomainError } from '@/lib/core/errors';
import { getTicket } from '@/lib/core/tickets/get-ticket';
import { db } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('eticket');
  return { title: t('metaTitle') };
}

type Props = { params: Promise<{ reservationId: string }> };

/** One of the fan's tickets, with its QR code; anyone else's is the 404 page. */
export default async function TicketPage({ params }: Props) {
  const { reservationId } = await params;
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/tickets/${reservationId}`)}`);
  if (!z.uuid().safeParse(reservationId).success) notFound();
  const ticket = await getTicket(db(), { userId: user.id, reservationId }, new Date()).catch((error: unknown) => {
    if (isDomainError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const t = await getTranslations('eticket');
  return (
    <div className="flex flex-col gap-4">
      <PrintSheet />
      <Link href="/tickets" className="self-start text-sm font-semibold text-accent-fg underline print:hidden">
        ← {t('back')}
      </Link>
      <ETicket reservation={ticket.reservation} concert={ticket.concert} cutoffHours={env().REFUND_CUTOFF_HOURS} />
      <p className="text-center text-xs text-fg-muted print:hidden">{t('times')}</p>
    </div>
  );
}
