import type { INestApplication } from '@nestjs/common';
import { Logger } from 'nestjs-pino';

/**
 * Routes Nest's own logging (bootstrap, `new Logger(...)` in services) through the pino
 * logger of `LoggingModule`, so every line is JSON. Create the app with `bufferLogs: true`
 * and call this right after `NestFactory.create` so early lines are not printed as plain text.
 */
export function useStructuredLogger(app: INestApplication): void {
  app.useLogger(app.get(Logger));
  app.flushLogs();
}
