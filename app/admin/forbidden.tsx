import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';

export default function Forbidden() {
  return (
    <section className="mx-auto max-w-lg rounded-2xl border border-slate-200 bg-white p-8 text-center shadow-sm">
      <p className="text-xs font-bold uppercase tracking-widest text-rose-600">Forbidden</p>
      <h1 className="mt-2 text-3xl font-extrabold tracking-tight">403 — admins only</h1>
      <p className="mt-3 text-slate-600">
        The admin console is for Encore staff. You are signed in with an account that is not an administrator.
      </p>
      <Link href="/" className={`mt-6 ${buttonClass.primary}`}>
        Back to concerts
      </Link>
    </section>
  );
}
