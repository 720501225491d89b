import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { WalletView } from '@/components/wallet/wallet-view';
import { getSessionUser } from '@/lib/auth/page-session';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Wallet' };

export default async function WalletPage() {
  const user = await getSessionUser();
  if (!user) redirect('/signin?callbackUrl=%2Fwallet');
  return <WalletView name={user.name} />;
}
