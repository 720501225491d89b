import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { buttonClass } from '@/components/ui/button';

export default function Forbidden() {
  const t = useTranslations('admin.forbidden');
  return (
    <section className="mx-auto max-w-lg rounded-2xl border border-line bg-surface p-8 text-center shadow-sm">
      <p className="text-xs font-bold uppercase tracking-widest text-danger-fg">{t('eyebrow')}</p>
      <h1 className="mt-2 text-3xl font-extrabold tracking-tight">{t('title')}</h1>
      <p className="mt-3 text-fg-muted">{t('body')}</p>
      <Link href="/" className={`mt-6 ${buttonClass.primary}`}>
        {t('back')}
      </Link>
    </section>
  );
}
