/** The queue's timings, from the environment (docs/api.md, "Configuration"). */
export interface QueueConfig {
  activeTtlSeconds: number;
  idleTimeoutSeconds: number;
  defaultActiveLimit: number;
}

export function queueConfigFromEnv(source: NodeJS.ProcessEnv = process.env): QueueConfig {
  return {
    activeTtlSeconds: Number(source.QUEUE_ACTIVE_TTL_SECONDS || 600),
    idleTimeoutSeconds: Number(source.QUEUE_IDLE_TIMEOUT_SECONDS || 120),
    defaultActiveLimit: Number(source.QUEUE_ACTIVE_LIMIT || 100),
  };
}
