import type { Metadata } from 'next';
import { AdminNav } from '@/components/admin/admin-nav';
import { adminSession } from './require-admin';

export const metadata: Metadata = { title: { default: 'Admin', template: '%s · Admin · Encore' } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  // Each page decides sign-in or 403 itself (a layout cannot know its path); the console's
  // navigation is for admins only.
  const { admin } = await adminSession();
  if (!admin) return children;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm font-bold uppercase tracking-widest text-indigo-700">Admin console</p>
        <AdminNav />
      </div>
      {children}
    </div>
  );
}
