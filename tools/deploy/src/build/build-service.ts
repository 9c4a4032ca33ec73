import { existsSync, readdirSync } from 'node:fs';
import { cp, rm } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { readServiceConfig } from '../model/config-schema';
import { assetTarget } from '../model/service-environment';
import { swcDecoratorsPlugin } from './swc-decorators.plugin';

export const WORKSPACE_ROOT = join(__dirname, '../../../..');

/** Where `npm run build:services` writes a service's image contents. */
export function defaultOutDir(service: string): string {
  return join(WORKSPACE_ROOT, 'dist/services', service);
}

/** The files of a service's production build, relative to its output folder (and to /app in the image). */
export const BUILD_ENTRIES = {
  main: 'main.js',
  migrate: 'migrate.js',
  deadLetters: 'dead-letters.js',
} as const;

interface Entry {
  out: string;
  /** A workspace file, or generated source for an entry that has none of its own. */
  file?: string;
  contents?: string;
}

function entriesOf(service: string): Entry[] {
  const src = join(WORKSPACE_ROOT, 'services', service, 'src');
  const migrations = join(src, 'adapters/persistence/migrations');
  const cliDir = join(src, 'cli');
  const clis = existsSync(cliDir) ? readdirSync(cliDir).filter((file) => file.endsWith('.cli.ts')) : [];
  return [
    { out: 'main', file: join(src, 'main.ts') },
    {
      // One generic runner fed the service's own migration list: see deploy/runtime.
      out: 'migrate',
      contents: [
        `import { migrateDatabase } from ${JSON.stringify(join(WORKSPACE_ROOT, 'deploy/runtime/src/index.ts'))};`,
        `import * as migrations from ${JSON.stringify(migrations)};`,
        `void migrateDatabase(${JSON.stringify(service)}, migrations);`,
      ].join('\n'),
    },
    { out: 'dead-letters', file: join(WORKSPACE_ROOT, 'libs/messaging/src/cli/dead-letters.cli.ts') },
    // The service's own operator commands (`src/cli/*.cli.ts`), e.g. cli/import-register.js.
    ...clis.map((file) => ({ out: `cli/${basename(file, '.cli.ts')}`, file: join(cliDir, file) })),
  ];
}

/**
 * Bundles one service into plain CommonJS for `node`: workspace code (libs through the tsconfig
 * path aliases, and the service) is inlined; every npm package stays an ordinary `require`, served
 * by the image's production-only node_modules. Class names are kept: TypeORM names migrations and
 * Nest names providers after them.
 */
export async function buildService(service: string, outDir = defaultOutDir(service)): Promise<string[]> {
  if (!existsSync(join(WORKSPACE_ROOT, 'services', service, 'src/main.ts'))) throw new Error(`no service at services/${service}`);
  await rm(outDir, { recursive: true, force: true });
  const common: BuildOptions = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    tsconfig: join(WORKSPACE_ROOT, 'tsconfig.base.json'),
    keepNames: true,
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'warning',
    plugins: [swcDecoratorsPlugin()],
  };
  const written: string[] = [];
  for (const entry of entriesOf(service)) {
    const outfile = join(outDir, `${entry.out}.js`);
    await build({
      ...common,
      outfile,
      ...(entry.file
        ? { entryPoints: [entry.file] }
        : { stdin: { contents: entry.contents!, resolveDir: WORKSPACE_ROOT, sourcefile: `${entry.out}.entry.ts`, loader: 'ts' } }),
    });
    written.push(relative(outDir, outfile));
  }
  // Folders the config points at by default (e.g. intake's built portal): copied, and the deployment sets the variable.
  for (const variable of readServiceConfig(service, WORKSPACE_ROOT).filter((v) => v.assetDir)) {
    const source = join(WORKSPACE_ROOT, variable.assetDir!);
    if (!existsSync(source)) throw new Error(`${service}: ${variable.name} defaults to ${variable.assetDir}, which does not exist: build it first (npm run build-assets:${service})`);
    await cp(source, join(outDir, assetTarget(variable.name)), { recursive: true });
    written.push(`${assetTarget(variable.name)}/`);
  }
  return written;
}
