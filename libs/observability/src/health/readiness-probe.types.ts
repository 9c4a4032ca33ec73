import type { Abstract, Type } from '@nestjs/common';

/**
 * What `/health/ready` asks: "can you do your job right now?". Structural, so that persistence
 * (database) and messaging (Kafka) can provide probes without importing this library.
 */
export interface ReadinessProbe {
  /** Key in the readiness report, e.g. `database`, `kafka`. Unique per service. */
  readonly name: string;
  /** Resolves when ready; rejects with the reason when not. */
  check(): Promise<void>;
}

/** A DI token of a provider registered in any module of the app whose instance is a probe. */
export type ReadinessProbeToken = Type<ReadinessProbe> | Abstract<ReadinessProbe> | string | symbol;

export interface HealthModuleOptions {
  readonly readiness?: readonly ReadinessProbeToken[];
  /** A probe that has not answered within this time counts as down. */
  readonly probeTimeoutMs?: number;
  /**
   * How long shutdown waits, answering 503 on `/health/ready`, before Nest closes the HTTP
   * server: load balancers need a few polls to take the instance out of rotation.
   */
  readonly drainDelayMs?: number;
}

export const HEALTH_MODULE_OPTIONS = Symbol('HEALTH_MODULE_OPTIONS');
