export interface BackoffOptions {
  initialMs: number;
  maxMs: number;
}

/** Exponential back-off with full jitter, so replicas retrying together do not stampede. */
export function backoffDelay(attempt: number, options: BackoffOptions, random: () => number = Math.random): number {
  const ceiling = Math.min(options.maxMs, options.initialMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(options.initialMs / 2 + random() * (ceiling - options.initialMs / 2));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
