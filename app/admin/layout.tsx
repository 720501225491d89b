import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminNav } from '@/components/admin/admin-nav';
import { adminSession } from './require-admin';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin');
  return { title: { default: t('title'), template: t('titleTemplate') } };
}

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  // Each page decides sign-in or 403 itself (a layout cannot know its path); the console's
  // navigation is for admins only.
  const { admin } = await adminSession();
  if (!admin) return children;
  const t = await getTranslations('admin');
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm font-bold uppercase tracking-widest text-accent-fg">{t('console')}</p>
        <AdminNav />
      </div>
      {children}
    </div>
  );
}
