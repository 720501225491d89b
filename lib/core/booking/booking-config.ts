/** Booking rules and timings, from the environment (API.md, "Configuration"). */
export interface BookingConfig {
  holdTtlSeconds: number;
}

export { MAX_HOLDS_PER_USER } from '@/lib/schemas/booking';

export function bookingConfigFromEnv(source: NodeJS.ProcessEnv = process.env): BookingConfig {
  return { holdTtlSeconds: Number(source.HOLD_TTL_SECONDS || 300) };
}
