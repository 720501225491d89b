/**
 * The ticks of an axis that counts people: whole numbers from 0 to a round top at or above
 * `max`, a round step apart (1, 2, 5, 10, 20, 50, ...), at most `maxSteps` steps. Never "0.5".
 * 0 → [0, 1], 3 → [0, 1, 2, 3], 7 → [0, 2, 4, 6, 8], 130 → [0, 50, 100, 150].
 */
export function countTicks(max: number, maxSteps = 4): number[] {
  const top = Math.max(1, Math.ceil(max));
  for (let power = 1; ; power *= 10) {
    for (const step of [power, 2 * power, 5 * power]) {
      const steps = Math.ceil(top / step);
      if (steps <= maxSteps) return Array.from({ length: steps + 1 }, (_, i) => i * step);
    }
  }
}
