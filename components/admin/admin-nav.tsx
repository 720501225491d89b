'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';

const LINKS = [
  { href: '/admin', key: 'queues' },
  { href: '/admin/reservations', key: 'reservations' },
  { href: '/admin/seats', key: 'seats' },
  { href: '/admin/concerts/new', key: 'newConcert' },
  { href: '/admin/check-in', key: 'checkIn' },
] as const;

export function AdminNav() {
  const t = useTranslations('admin.nav');
  const pathname = usePathname();
  return (
    <nav aria-label={t('label')} className="flex flex-wrap gap-1 rounded-xl bg-surface-muted p-1 text-sm ring-1 ring-line">
      {LINKS.map((link) => {
        const current = pathname === link.href;
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={current ? 'page' : undefined}
            className={`rounded-lg px-3 py-1.5 font-semibold transition ${
              current ? 'bg-accent text-on-accent shadow' : 'text-fg-soft hover:bg-surface hover:text-fg'
            }`}
          >
            {t(link.key)}
          </Link>
        );
      })}
    </nav>
  );
}
