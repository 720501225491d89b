import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { WalletView } from '@/components/wallet/wallet-view';
import { getSessionUser } from '@/lib/auth/page-session';

export const dynamic = 'force-dynamic';
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('wallet');
  return { title: t('title') };
}

export default async function WalletPage() {
  const user = await getSessionUser();
  if (!user) redirect('/signin?callbackUrl=%2Fwallet');
  return <WalletView name={user.name} />;
}
