import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { ConcertSettingsForm } from '@/components/admin/concert-settings-form';
import { getAdminConcert } from '@/lib/core/concerts/get-admin-concert';
import { db } from '@/lib/db/client';
import { requireAdminPage } from '../../require-admin';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('sale.admin');
  return { title: t('pageTitle') };
}

type Props = { params: Promise<{ concertId: string }> };

/** An existing concert's details, opening and per-fan limit, for an admin to change. */
export default async function EditConcertPage({ params }: Props) {
  const { concertId } = await params;
  await requireAdminPage(`/admin/concerts/${concertId}`);
  const concert = z.uuid().safeParse(concertId).success ? await getAdminConcert(db(), concertId) : null;
  if (!concert) notFound();
  const t = await getTranslations('sale.admin');
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <div>
        <Link href={`/admin?concert=${concert.id}`} className="text-sm font-medium text-accent-fg hover:underline">
          {t('backToQueues')}
        </Link>
        <h1 className="mt-2 text-3xl font-extrabold tracking-tight">{t('pageTitle')}</h1>
        <p className="text-sm text-fg-muted">{t('pageIntro')}</p>
      </div>
      <div className="rounded-2xl border border-line bg-surface p-6 shadow-sm">
        <ConcertSettingsForm concert={concert} />
      </div>
    </div>
  );
}
