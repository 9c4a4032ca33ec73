import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';

/**
 * A dispute may carry the debtor's documents (up to 5 files of 5 MB, base64 in JSON): the JSON body
 * limit is raised from Express's 100 kB to what that takes, for this service only.
 */
export function configureContactCenterApp(app: INestApplication): void {
  (app as NestExpressApplication).useBodyParser('json', { limit: '40mb' });
}
