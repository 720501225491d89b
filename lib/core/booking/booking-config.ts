/** Booking rules and timings, from the environment (API.md, "Configuration"). */
export interface BookingConfig {
  holdTtlSeconds: number;
}

/** Unexpired HELD reservations a user may have at once, across all concerts (API.md). */
export const MAX_HOLDS_PER_USER = 4;

export function bookingConfigFromEnv(source: NodeJS.ProcessEnv = process.env): BookingConfig {
  return { holdTtlSeconds: Number(source.HOLD_TTL_SECONDS || 300) };
}
