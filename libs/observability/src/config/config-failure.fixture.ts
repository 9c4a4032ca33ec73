// Entry point for config-failure.handler.spec.ts: a real process, so the real exit code is observed.
import { failFastOnConfigError } from './config-failure.handler';
import { loadConfig } from './config.loader';
import { ServiceConfig } from './service.config';

const config = failFastOnConfigError(() => loadConfig(ServiceConfig));
process.stdout.write(`${JSON.stringify({ port: config.HTTP_PORT, brokers: config.KAFKA_BROKERS })}\n`);
