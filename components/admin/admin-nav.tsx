'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

const LINKS = [
  { href: '/admin', label: 'Live queues' },
  { href: '/admin/reservations', label: 'Reservations & sales' },
  { href: '/admin/seats', label: 'Seat maps' },
  { href: '/admin/concerts/new', label: 'New concert' },
] as const;

export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Admin" className="flex flex-wrap gap-1 rounded-xl bg-slate-900 p-1 text-sm">
      {LINKS.map((link) => {
        const current = pathname === link.href;
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={current ? 'page' : undefined}
            className={`rounded-lg px-3 py-1.5 font-semibold transition ${
              current ? 'bg-white text-slate-900 shadow' : 'text-slate-200 hover:bg-white/10 hover:text-white'
            }`}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
