import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { ReceiptView } from '@/components/receipts/receipt-view';
import { PrintSheet } from '@/components/ui/print-sheet';
import { getSessionUser } from '@/lib/auth/page-session';
import { isAdmin } from '@/lib/auth/session';
import { isDomainError } from '@/lib/core/errors';
import { getReceipt } from '@/lib/core/payment/get-receipt';
import { db } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('receipt');
  return { title: t('metaTitle') };
}

type Props = { params: Promise<{ paymentId: string }> };

/** A payment's receipt, for the payer or an admin (the role read from the database); anyone else gets the 404 page. */
export default async function ReceiptPage({ params }: Props) {
  const { paymentId } = await params;
  const user = await getSessionUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/receipts/${paymentId}`)}`);
  if (!z.uuid().safeParse(paymentId).success) notFound();
  const viewer = { userId: user.id, admin: await isAdmin(user) };
  const receipt = await getReceipt(db(), { paymentId, viewer }, new Date()).catch((error: unknown) => {
    if (isDomainError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const t = await getTranslations('receipt');
  return (
    <div className="flex flex-col gap-4">
      <PrintSheet />
      <Link href="/wallet" className="self-start text-sm font-semibold text-accent-fg underline print:hidden">
        ← {t('back')}
      </Link>
      <ReceiptView receipt={receipt} />
    </div>
  );
}
