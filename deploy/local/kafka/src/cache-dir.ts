import { mkdirSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

let found: string | undefined;

/**
 * Where the launcher caches what is slow to compute (Maven's classpath, the JVM class-data archive):
 * ~/.cache/collections-local-kafka, outside the repository; the temp directory if home is read-only.
 */
export function cacheDir(): string {
  if (found) return found;
  const base = process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache');
  for (const dir of [join(base, 'collections-local-kafka'), join(tmpdir(), 'collections-local-kafka')]) {
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, '.probe'), '');
      return (found = dir);
    } catch {
      // not writable (read-only home in some CI sandboxes): try the next one
    }
  }
  throw new Error('no writable cache directory for the local Kafka launcher');
}
