import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CheckInDesk } from '@/components/admin/check-in-desk';
import { requireAdminPage } from '../require-admin';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('checkIn');
  return { title: t('metaTitle') };
}

export default async function AdminCheckInPage() {
  await requireAdminPage('/admin/check-in');
  return <CheckInDesk />;
}
