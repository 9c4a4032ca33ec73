import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { HealthIndicatorService, type HealthIndicatorFunction } from '@nestjs/terminus';
import {
  HEALTH_MODULE_OPTIONS,
  type HealthModuleOptions,
  type ReadinessProbe,
  type ReadinessProbeToken,
} from './readiness-probe.types';

const DEFAULT_PROBE_TIMEOUT_MS = 3_000;
const MAX_REASON_LENGTH = 200;

/**
 * Resolves the configured probes once the app is wired, failing start-up when one is missing
 * or malformed, and turns them into terminus indicators that time out instead of hanging.
 */
@Injectable()
export class ReadinessChecks implements OnModuleInit {
  private probes: ReadinessProbe[] = [];

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly indicators: HealthIndicatorService,
    @Inject(HEALTH_MODULE_OPTIONS) private readonly options: HealthModuleOptions,
  ) {}

  onModuleInit(): void {
    this.probes = (this.options.readiness ?? []).map((token) => this.resolve(token));
    const names = this.probes.map((probe) => probe.name);
    const duplicate = names.find((name, index) => names.indexOf(name) !== index);
    if (duplicate !== undefined) throw new Error(`Two readiness probes are named "${duplicate}"`);
  }

  indicatorFunctions(): HealthIndicatorFunction[] {
    const timeoutMs = this.options.probeTimeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
    return this.probes.map((probe) => async () => {
      const indicator = this.indicators.check(probe.name);
      try {
        await withTimeout(probe.check(), timeoutMs);
        return indicator.up();
      } catch (error: unknown) {
        return indicator.down({ message: reasonOf(error) });
      }
    });
  }

  private resolve(token: ReadinessProbeToken): ReadinessProbe {
    let instance: unknown;
    try {
      instance = this.moduleRef.get<unknown>(token, { strict: false });
    } catch {
      throw new Error(`Readiness probe ${describeToken(token)} is not provided by any module of the app`);
    }
    if (!isReadinessProbe(instance)) {
      throw new Error(`Readiness probe ${describeToken(token)} needs a "name" string and a "check()" method`);
    }
    return instance;
  }
}

function isReadinessProbe(value: unknown): value is ReadinessProbe {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { name?: unknown; check?: unknown };
  return typeof candidate.name === 'string' && candidate.name.length > 0 && typeof candidate.check === 'function';
}

function describeToken(token: ReadinessProbeToken): string {
  return typeof token === 'function' ? token.name : String(token);
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : 'check failed';
  return message.length > MAX_REASON_LENGTH ? `${message.slice(0, MAX_REASON_LENGTH)}…` : message;
}

async function withTimeout(work: Promise<void>, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
