/**
 * Poster artwork generated from a concert's id: the same concert always gets the same picture,
 * and no image or font is fetched from anywhere. Purely decorative (aria-hidden).
 */

const PALETTES: [string, string, string][] = [
  ['#1e1b4b', '#7c3aed', '#f472b6'],
  ['#0f172a', '#0284c7', '#5eead4'],
  ['#431407', '#ea580c', '#fde047'],
  ['#052e16', '#15803d', '#bef264'],
  ['#3b0764', '#db2777', '#fb923c'],
  ['#172554', '#4f46e5', '#f0abfc'],
  ['#042f2e', '#0d9488', '#fef08a'],
  ['#4c0519', '#e11d48', '#fecdd3'],
  ['#1c1917', '#b45309', '#fde68a'],
  ['#020617', '#4338ca', '#22d3ee'],
];

const VARIANTS = ['orbs', 'rings', 'waves', 'rays', 'bands'] as const;
type Variant = (typeof VARIANTS)[number];

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny seeded generator, so the picture depends on the seed alone. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function artPalette(seed: string) {
  return PALETTES[hash(seed) % PALETTES.length];
}

const round = (n: number) => Math.round(n * 10) / 10;

function shapes(variant: Variant, rnd: () => number, [, mid, light]: [string, string, string], id: string) {
  switch (variant) {
    case 'orbs':
      return Array.from({ length: 4 }, (_, i) => (
        <circle
          key={i}
          cx={round(rnd() * 400)}
          cy={round(rnd() * 400)}
          r={round(70 + rnd() * 110)}
          fill={i % 2 ? light : mid}
          opacity={round(0.45 + rnd() * 0.4)}
          filter={`url(#${id}-blur)`}
        />
      ));
    case 'rings': {
      const cx = round(100 + rnd() * 200);
      const cy = round(80 + rnd() * 240);
      return Array.from({ length: 9 }, (_, i) => (
        <circle
          key={i}
          cx={cx}
          cy={cy}
          r={24 + i * 34}
          fill="none"
          stroke={i % 3 ? mid : light}
          strokeWidth={i % 3 ? 10 : 4}
          opacity={round(0.9 - i * 0.08)}
        />
      ));
    }
    case 'waves':
      return Array.from({ length: 6 }, (_, i) => {
        const y = 150 + i * 45;
        const amp = 20 + rnd() * 30;
        const phase = rnd() * 200;
        const d = `M0 ${y} C ${round(100 + phase / 4)} ${round(y - amp)}, ${round(220 - phase / 4)} ${round(y + amp)}, 400 ${round(y - amp / 2)} L400 400 L0 400 Z`;
        return <path key={i} d={d} fill={i % 2 ? light : mid} opacity={round(0.18 + i * 0.1)} />;
      });
    case 'rays': {
      const cx = round(rnd() * 400);
      const cy = round(260 + rnd() * 140);
      return Array.from({ length: 14 }, (_, i) => {
        const a1 = (i / 14) * Math.PI * 2;
        const a2 = a1 + Math.PI / 28;
        const p = (a: number) => `${round(cx + Math.cos(a) * 700)} ${round(cy + Math.sin(a) * 700)}`;
        return <path key={i} d={`M${cx} ${cy} L${p(a1)} L${p(a2)} Z`} fill={i % 2 ? light : mid} opacity={0.35} />;
      }).concat(<circle key="sun" cx={cx} cy={cy} r={round(50 + rnd() * 40)} fill={light} opacity={0.9} />);
    }
    case 'bands':
      return Array.from({ length: 7 }, (_, i) => (
        <rect
          key={i}
          x={-200 + i * 90}
          y={-100}
          width={round(30 + rnd() * 40)}
          height={700}
          fill={i % 2 ? light : mid}
          opacity={round(0.3 + rnd() * 0.5)}
          transform={`rotate(${round(20 + rnd() * 10)} 200 200)`}
        />
      ));
  }
}

export function ConcertArt({ seed, slot = 'a', className = '' }: { seed: string; slot?: string; className?: string }) {
  const h = hash(seed);
  const palette = PALETTES[h % PALETTES.length];
  const variant = VARIANTS[hash(`${seed}:variant`) % VARIANTS.length];
  const rnd = random(h);
  const id = `art-${h.toString(36)}-${slot}`;
  const angle = Math.round(rnd() * 360);
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 400 400"
      preserveAspectRatio="xMidYMid slice"
      className={`absolute inset-0 h-full w-full ${className}`}
    >
      <defs>
        <linearGradient id={`${id}-bg`} gradientTransform={`rotate(${angle} 0.5 0.5)`}>
          <stop offset="0%" stopColor={palette[0]} />
          <stop offset="100%" stopColor={palette[1]} />
        </linearGradient>
        <filter id={`${id}-blur`} x="-50%" y="-50%" width="200%" height="200%">
          <feGaussianBlur stdDeviation="28" />
        </filter>
        <radialGradient id={`${id}-glow`} cx="0.5" cy="0.35" r="0.75">
          <stop offset="0%" stopColor="#ffffff" stopOpacity="0.18" />
          <stop offset="100%" stopColor="#000000" stopOpacity="0.25" />
        </radialGradient>
      </defs>
      <rect width="400" height="400" fill={`url(#${id}-bg)`} />
      {shapes(variant, rnd, palette, id)}
      <rect width="400" height="400" fill={`url(#${id}-glow)`} />
    </svg>
  );
}
