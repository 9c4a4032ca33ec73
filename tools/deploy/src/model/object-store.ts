import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { WORKSPACE_ROOT } from './config-schema';

/** The library that keeps documents (letters, statements, invoices, attachments); libs/object-store. */
export const OBJECT_STORE_LIBRARY = '@collections/object-store';

/** Test sources import the library too (to hand a store in); only the service's own code counts. */
const TEST_FILE = /\.(spec|int-spec|e2e-spec|test)\.ts$/;
const TEST_FOLDERS = new Set(['test', '__tests__', '__mocks__']);

function sourceFiles(folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return TEST_FOLDERS.has(entry.name) ? [] : sourceFiles(path);
      return entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !TEST_FILE.test(entry.name) ? [path] : [];
    });
}

/**
 * Whether a service keeps documents in the shared object store: some file of its `src` (tests
 * excluded) imports `@collections/object-store`. Read from the source, as the config classes are,
 * so a service that starts using the store is deployed with it on the next `deploy:generate`. The
 * library reads its own variables (OBJECT_STORE*, below) from the environment, not through the
 * service's config class.
 */
export function usesObjectStore(service: string, root = WORKSPACE_ROOT): boolean {
  return sourceFiles(join(root, 'services', service, 'src')).some((file) =>
    ts.preProcessFile(readFileSync(file, 'utf8'), true, false).importedFiles.some((imported) => imported.fileName === OBJECT_STORE_LIBRARY),
  );
}

/** The library's variables (libs/object-store/README.md "Environment"), for the runbooks. */
export const OBJECT_STORE_VARIABLES: ReadonlyArray<{ name: string; defaultValue?: string; secret: boolean; description: string }> = [
  { name: 'OBJECT_STORE', defaultValue: 'filesystem', secret: false, description: '`filesystem` (one folder per process: development only) or `s3`.' },
  { name: 'OBJECT_STORE_DIR', defaultValue: './tmp/object-store', secret: false, description: 'The root folder for `filesystem`; unused with `s3`.' },
  { name: 'OBJECT_STORE_S3_ENDPOINT', secret: false, description: 'A non-AWS store\'s URL; setting it turns on path-style addressing. Unset for AWS.' },
  { name: 'OBJECT_STORE_S3_REGION', secret: false, description: 'Required for `s3`.' },
  { name: 'OBJECT_STORE_S3_BUCKET', secret: false, description: 'Required for `s3`; the bucket must exist (the library never creates it).' },
  { name: 'OBJECT_STORE_S3_ACCESS_KEY_ID', secret: true, description: 'Required for `s3`.' },
  { name: 'OBJECT_STORE_S3_SECRET_ACCESS_KEY', secret: true, description: 'Required for `s3`.' },
];
