import { useTranslations } from 'next-intl';
import { useId } from 'react';
import { useFormat } from '@/components/ui/use-format';
import type { QueueHistoryPoint } from '@/lib/schemas/admin-console';
import { countTicks } from './chart-ticks';

const W = 640;
const PAD_LEFT = 44;
const PAD_RIGHT = 10;
const TOP = 10;
const LINE_H = 130;
const GAP = 28;
const BARS_H = 56;
const AXIS_H = 22;
const H = TOP + LINE_H + GAP + BARS_H + AXIS_H;
const PLOT_W = W - PAD_LEFT - PAD_RIGHT;
const BARS_TOP = TOP + LINE_H + GAP;

/**
 * The line over the last minutes: waiting and active as lines (top), admissions per step as
 * bars (bottom), each on its own scale. Every point closes the step drawn to its left.
 */
export function QueueChart({ points, stepSeconds }: { points: QueueHistoryPoint[]; stepSeconds: number }) {
  const titleId = useId();
  const t = useTranslations('admin.chart');
  const { count: formatCount } = useFormat();
  const n = Math.max(points.length, 1);
  const slot = PLOT_W / n;
  const xEnd = (i: number) => PAD_LEFT + (i + 1) * slot;
  // People come whole: both axes tick in whole numbers.
  const lineTicks = countTicks(Math.max(...points.map((p) => Math.max(p.waiting, p.active)), 0));
  const lineMax = lineTicks.at(-1)!;
  const barMax = countTicks(Math.max(...points.map((p) => p.admitted), 0)).at(-1)!;
  const yLine = (v: number) => TOP + LINE_H - (v / lineMax) * LINE_H;
  const path = (key: 'waiting' | 'active') =>
    points.map((p, i) => `${i === 0 ? 'M' : 'L'}${xEnd(i).toFixed(1)},${yLine(p[key]).toFixed(1)}`).join(' ');
  const area = points.length
    ? `${path('waiting')} L${xEnd(points.length - 1).toFixed(1)},${TOP + LINE_H} L${xEnd(0).toFixed(1)},${TOP + LINE_H} Z`
    : '';

  const minutes = Math.round((n * stepSeconds) / 60);
  const last = points.at(-1);
  const peak = Math.max(0, ...points.map((p) => p.waiting));
  const admitted = points.reduce((sum, p) => sum + p.admitted, 0);
  const summary = last ? t('summary', { minutes, waiting: last.waiting, peak, active: last.active, admitted }) : t('empty');
  const ticks = [0, 1 / 3, 2 / 3, 1].map((f) => ({
    x: PAD_LEFT + f * PLOT_W,
    label: f === 1 ? t('now') : t('minutesAgo', { minutes: Math.round(minutes * (1 - f)) }),
  }));

  return (
    <figure className="flex flex-col gap-2">
      <figcaption className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-fg-muted">
        <span className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-0.5 w-4 bg-accent" />
          {t('waiting')}
        </span>
        <span className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block w-4 border-t-2 border-dashed border-success" />
          {t('active')}
        </span>
        <span className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block size-2.5 rounded-sm bg-sky-400" />
          {t('admitted', { seconds: stepSeconds })}
        </span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId} className="h-auto w-full">
        <title id={titleId}>{summary}</title>
        {lineTicks.map((tick) => (
          <g key={tick}>
            <line x1={PAD_LEFT} x2={W - PAD_RIGHT} y1={yLine(tick)} y2={yLine(tick)} className="stroke-line" />
            <text x={PAD_LEFT - 6} y={yLine(tick) + 4} textAnchor="end" className="fill-fg-muted text-[11px] tabular-nums">
              {formatCount(tick)}
            </text>
          </g>
        ))}
        <path d={area} className="fill-accent/10" />
        <path d={path('waiting')} fill="none" strokeWidth={2.5} strokeLinejoin="round" className="stroke-accent" />
        <path d={path('active')} fill="none" strokeWidth={2} strokeDasharray="5 4" className="stroke-success" />

        <line x1={PAD_LEFT} x2={W - PAD_RIGHT} y1={BARS_TOP + BARS_H} y2={BARS_TOP + BARS_H} className="stroke-line-strong" />
        <text x={PAD_LEFT - 6} y={BARS_TOP + 8} textAnchor="end" className="fill-fg-muted text-[11px] tabular-nums">
          {formatCount(barMax)}
        </text>
        <text x={PAD_LEFT - 6} y={BARS_TOP + BARS_H + 4} textAnchor="end" className="fill-fg-muted text-[11px]">
          0
        </text>
        {points.map((p, i) => {
          const h = (p.admitted / barMax) * BARS_H;
          return (
            <rect
              key={p.at}
              x={PAD_LEFT + i * slot + 1}
              y={BARS_TOP + BARS_H - h}
              width={Math.max(slot - 2, 1)}
              height={h}
              rx={1.5}
              className="fill-sky-400"
            />
          );
        })}
        {ticks.map((tick) => (
          <text
            key={tick.label}
            x={tick.x}
            y={H - 4}
            textAnchor={tick.label === 'now' ? 'end' : tick.x === PAD_LEFT ? 'start' : 'middle'}
            className="fill-fg-muted text-[11px]"
          >
            {tick.label}
          </text>
        ))}
      </svg>
      <p className="sr-only">{summary}</p>
    </figure>
  );
}
