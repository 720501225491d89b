import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BookSeats } from '@/components/booking/book-seats';
import { loadConcert, requireSignedIn } from '../load-concert';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('booking');
  return { title: t('chooseSeats') };
}

export default async function BookPage({ params }: { params: Promise<{ concertId: string }> }) {
  const concert = await loadConcert(params);
  const user = await requireSignedIn(`/concerts/${concert.id}/book`);
  return <BookSeats concert={concert} userId={user.id} />;
}
