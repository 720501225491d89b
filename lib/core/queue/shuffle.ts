import { randomInt } from 'node:crypto';

/** A uniform random whole number in [0, max): the operating system's cryptographic source. */
export type RandomBelow = (max: number) => number;

const cryptoBelow: RandomBelow = (max) => randomInt(max);

/**
 * A uniformly random order of `items` (Fisher–Yates): each of the n! orders is equally likely,
 * given a uniform `randomBelow`. The pre-queue's draw (draw-pre-queue.ts) places fans with it,
 * so the default source is cryptographic: nobody can predict or replay a draw.
 */
export function shuffle<T>(items: readonly T[], randomBelow: RandomBelow = cryptoBelow): T[] {
  const order = [...items];
  for (let i = order.length - 1; i > 0; i--) {
    const j = randomBelow(i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}
