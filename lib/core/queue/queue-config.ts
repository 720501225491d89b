/** The queue's timings, from the configuration (docs/api.md, "Configuration"; lib/config/env.ts). */
export interface QueueConfig {
  activeTtlSeconds: number;
  idleTimeoutSeconds: number;
  defaultActiveLimit: number;
}

/** From the parsed configuration (`env()`), which holds the defaults and the checks. */
export function queueConfigFromEnv(config: {
  QUEUE_ACTIVE_TTL_SECONDS: number;
  QUEUE_IDLE_TIMEOUT_SECONDS: number;
  QUEUE_ACTIVE_LIMIT: number;
}): QueueConfig {
  return {
    activeTtlSeconds: config.QUEUE_ACTIVE_TTL_SECONDS,
    idleTimeoutSeconds: config.QUEUE_IDLE_TIMEOUT_SECONDS,
    defaultActiveLimit: config.QUEUE_ACTIVE_LIMIT,
  };
}
