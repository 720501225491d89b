import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { WaitingRoom } from '@/components/queue/waiting-room';
import { loadConcert, requireSignedIn } from '../load-concert';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('booking');
  return { title: t('waitingRoom') };
}

type Props = { params: Promise<{ concertId: string }>; searchParams: Promise<{ then?: string | string[] }> };

export default async function QueuePage({ params, searchParams }: Props) {
  const concert = await loadConcert(params);
  const user = await requireSignedIn(`/concerts/${concert.id}/queue`);
  const then = (await searchParams).then === 'checkout' ? 'checkout' : 'book';
  return <WaitingRoom concert={concert} userId={user.id} then={then} />;
}
