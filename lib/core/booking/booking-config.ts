/** Booking timings, from the environment (docs/api.md, "Configuration"). The rules are in booking-rules.ts. */
export interface BookingConfig {
  holdTtlSeconds: number;
}

/** From the parsed configuration (`env()` of lib/config/env.ts), which holds the defaults and the checks. */
export function bookingConfigFromEnv(config: { HOLD_TTL_SECONDS: number }): BookingConfig {
  return { holdTtlSeconds: config.HOLD_TTL_SECONDS };
}
