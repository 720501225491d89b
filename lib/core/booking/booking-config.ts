/** Booking timings, from the environment (docs/api.md, "Configuration"). The rules are in booking-rules.ts. */
export interface BookingConfig {
  holdTtlSeconds: number;
}

export function bookingConfigFromEnv(source: NodeJS.ProcessEnv = process.env): BookingConfig {
  return { holdTtlSeconds: Number(source.HOLD_TTL_SECONDS || 300) };
}
