import type { Metadata } from 'next';
import { BookSeats } from '@/components/booking/book-seats';
import { loadConcert, requireSignedIn } from '../load-concert';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Choose seats' };

export default async function BookPage({ params }: { params: Promise<{ concertId: string }> }) {
  const concert = await loadConcert(params);
  const user = await requireSignedIn(`/concerts/${concert.id}/book`);
  return <BookSeats concert={concert} userId={user.id} />;
}
