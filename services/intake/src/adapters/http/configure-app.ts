import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ATTACHMENTS_TOTAL_MAX_BYTES } from '../../domain/message/case-message';
import { serveOpenApi } from './openapi';

/**
 * What intake's HTTP edge needs beyond the shared bootstrap: a message may carry up to
 * ATTACHMENTS_TOTAL_MAX_BYTES of files as base64 in JSON (a third larger), so the JSON limit is
 * raised from Express's 100 kB to that; bulk files and documents stream as raw bodies and are
 * capped by their own routes.
 */
export function configureIntakeApp(app: INestApplication): void {
  (app as NestExpressApplication).useBodyParser('json', { limit: Math.ceil((ATTACHMENTS_TOTAL_MAX_BYTES * 4) / 3) + 1024 * 1024 });
  serveOpenApi(app);
}
