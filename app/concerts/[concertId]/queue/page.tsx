import type { Metadata } from 'next';
import { WaitingRoom } from '@/components/queue/waiting-room';
import { loadConcert, requireSignedIn } from '../load-concert';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Waiting room' };

export default async function QueuePage({ params }: { params: Promise<{ concertId: string }> }) {
  const concert = await loadConcert(params);
  const user = await requireSignedIn(`/concerts/${concert.id}/queue`);
  return <WaitingRoom concert={concert} userId={user.id} />;
}
