import { useTranslations } from 'next-intl';
import { useFormat } from '@/components/ui/use-format';

/**
 * Where a concert's sale stands: "Opens 12 Dec, 20:00 KST" until its salesOpenAt, then "On sale".
 * A concert already on sale is never said to be opening.
 */
export function SaleStatus({ salesOpenAt, now, className = '' }: { salesOpenAt: string; now: Date; className?: string }) {
  const t = useTranslations('sale');
  const format = useFormat();
  const open = new Date(salesOpenAt).getTime() <= now.getTime();
  return (
    <span
      data-testid="sale-status"
      className={`rounded-full px-2.5 py-1 text-xs font-bold shadow ${open ? 'bg-success text-on-success' : 'bg-accent text-on-accent'} ${className}`}
    >
      {open ? t('onSale') : t('opens', { time: format.recent(salesOpenAt) })}
    </span>
  );
}
