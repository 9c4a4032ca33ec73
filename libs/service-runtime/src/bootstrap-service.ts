import 'reflect-metadata';
import type { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import {
  type ServiceConfig,
  createLogger,
  failFastOnConfigError,
  loadConfig,
  startTracing,
  useStructuredLogger,
} from '@collections/observability';

export interface ServiceDefinition<C extends ServiceConfig> {
  /** The service's name: logs, metrics, CloudEvents source and consumer groups use it. */
  name: string;
  configClass: new () => C;
  /** The composition root, built from the validated configuration. */
  rootModule: (config: C) => DynamicModule;
  /** App-level setup Nest modules cannot do themselves, e.g. serving OpenAPI at /docs. */
  configureApp?: (app: INestApplication, config: C) => void;
  /** Time allowed between SIGTERM and a forced exit (default 25 s, under Kubernetes' 30 s). */
  shutdownGraceMs?: number;
}

/**
 * Starts one service process the same way for all six services:
 * 1. validate the environment (exit 78 naming every bad variable);
 * 2. start tracing before anything else, so spans cover start-up;
 * 3. create the app with JSON logs and listen on HTTP_PORT;
 * 4. on SIGTERM/SIGINT: readiness turns 503, consumers stop, in-flight work finishes, the outbox is
 *    flushed, the database closes last; if that takes longer than the grace period, exit anyway.
 */
export async function bootstrapService<C extends ServiceConfig>(definition: ServiceDefinition<C>): Promise<INestApplication> {
  const config = failFastOnConfigError(() => loadConfig(definition.configClass));
  const tracing = startTracing({ serviceName: definition.name, otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT });
  const logger = createLogger({ service: definition.name, level: config.LOG_LEVEL });
  // rawBody: signed webhooks (payment gateways) verify the exact bytes received, not a re-serialised body.
  const app = await NestFactory.create(definition.rootModule(config), { bufferLogs: true, rawBody: true });
  useStructuredLogger(app);
  definition.configureApp?.(app, config);

  const graceMs = definition.shutdownGraceMs ?? 25_000;
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal, graceMs }, 'shutting down');
      setTimeout(() => {
        logger.error({ graceMs }, 'graceful shutdown took longer than the grace period; exiting');
        process.exit(1);
      }, graceMs).unref();
      void app
        .close()
        .then(() => tracing.shutdown())
        .then(() => {
          logger.info('stopped');
          process.exit(0);
        })
        .catch((error: Error) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        });
    });
  }

  await app.listen(config.HTTP_PORT, process.env.HTTP_HOST ?? '0.0.0.0');
  logger.info({ port: config.HTTP_PORT }, 'listening');
  return app;
}
