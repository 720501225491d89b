import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Confirmation } from '@/components/checkout/confirmation';
import { loadConcert, requireSignedIn } from '../load-concert';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('confirmation');
  return { title: t('title') };
}

type Props = { params: Promise<{ concertId: string }>; searchParams: Promise<{ r?: string | string[] }> };

export default async function ConfirmedPage({ params, searchParams }: Props) {
  const concert = await loadConcert(params);
  const user = await requireSignedIn(`/concerts/${concert.id}/confirmed`);
  const { r } = await searchParams;
  const ids = (Array.isArray(r) ? r.join(',') : (r ?? '')).split(',').filter(Boolean).slice(0, 4);
  return <Confirmation concert={concert} userId={user.id} reservationIds={ids} />;
}
