/**
 * `npm run build:services [-- --service NAME ...] [--out-dir DIR]`: the production build of each
 * service (all of SERVICE_NAMES by default) into dist/services/<name>/, what the Dockerfile copies.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SERVICE_NAMES, isServiceName } from '@collections/contracts';
import { buildService, defaultOutDir } from './build-service';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { service: { type: 'string', multiple: true }, 'out-dir': { type: 'string' } } });
  const services = values.service ?? [...SERVICE_NAMES];
  const unknown = services.filter((name) => !isServiceName(name));
  if (unknown.length > 0) throw new Error(`unknown service(s): ${unknown.join(', ')} (have: ${SERVICE_NAMES.join(', ')})`);
  for (const service of services) {
    const started = Date.now();
    const outDir = values['out-dir'] ? join(values['out-dir'], service) : defaultOutDir(service);
    const files = await buildService(service, outDir);
    process.stdout.write(`${service}: ${files.join(', ')} -> ${outDir} (${Date.now() - started} ms)\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
