import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ATTACHMENTS_TOTAL_MAX_BYTES } from '../../domain/message/case-message';
import type { IntakeConfig } from '../../config/intake.config';
import { serveOpenApi } from './openapi';

/**
 * What intake's HTTP edge needs beyond the shared bootstrap: a message may carry up to
 * ATTACHMENTS_TOTAL_MAX_BYTES of files as base64 in JSON (a third larger), so the JSON limit is
 * raised from Express's 100 kB to that; bulk files and documents stream as raw bodies and are
 * capped by their own routes.
 */
export function configureIntakeApp(app: INestApplication, config?: Pick<IntakeConfig, 'TRUST_PROXY'>): void {
  const express = app as NestExpressApplication;
  express.useBodyParser('json', { limit: Math.ceil((ATTACHMENTS_TOTAL_MAX_BYTES * 4) / 3) + 1024 * 1024 });
  // Behind an ingress every request comes from the proxy: without this, the sign-in limit per client
  // address would count all creditors as one client. Express reads X-Forwarded-For only from proxies trusted here.
  const trust = trustProxySetting(config?.TRUST_PROXY ?? 'false');
  if (trust !== false) express.set('trust proxy', trust);
  serveOpenApi(app);
}

/** TRUST_PROXY: false, a hop count ("1"), or addresses/subnets ("10.0.0.0/8,loopback") as Express takes them. */
export function trustProxySetting(value: string): false | number | string {
  const text = value.trim();
  if (text === '' || text === 'false') return false;
  return /^\d+$/.test(text) ? Number(text) : text;
}
