import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Checkout } from '@/components/checkout/checkout';
import { loadConcert, requireSignedIn } from '../load-concert';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('booking');
  return { title: t('payment') };
}

export default async function CheckoutPage({ params }: { params: Promise<{ concertId: string }> }) {
  const concert = await loadConcert(params);
  const user = await requireSignedIn(`/concerts/${concert.id}/checkout`);
  return <Checkout concert={concert} userId={user.id} />;
}
