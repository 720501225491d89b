import type { Metadata } from 'next';
import { Checkout } from '@/components/checkout/checkout';
import { loadConcert, requireSignedIn } from '../load-concert';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Payment' };

export default async function CheckoutPage({ params }: { params: Promise<{ concertId: string }> }) {
  const concert = await loadConcert(params);
  const user = await requireSignedIn(`/concerts/${concert.id}/checkout`);
  return <Checkout concert={concert} userId={user.id} />;
}
