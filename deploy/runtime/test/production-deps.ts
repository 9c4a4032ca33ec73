import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * node_modules with production dependencies only, installed the way the Dockerfile's
 * production-deps stage does (`npm ci --omit=dev --ignore-scripts`) into a folder outside the
 * workspace, so nothing of the workspace's own node_modules can be found from it. Cached per
 * lock file (about 25 s cold, from npm's cache).
 */
export function productionNodeModules(root: string): string {
  const lock = readFileSync(join(root, 'package-lock.json'));
  const hash = createHash('sha256').update(readFileSync(join(root, 'package.json'))).update(lock).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), 'collections-production-deps', hash);
  if (existsSync(join(dir, 'node_modules/.package-lock.json'))) return join(dir, 'node_modules');
  const work = `${dir}.partial-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  copyFileSync(join(root, 'package.json'), join(work, 'package.json'));
  copyFileSync(join(root, 'package-lock.json'), join(work, 'package-lock.json'));
  execFileSync('npm', ['ci', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: work, stdio: 'pipe', timeout: 300_000 });
  rmSync(dir, { recursive: true, force: true });
  renameSync(work, dir);
  chmodSync(dir, 0o755);
  return join(dir, 'node_modules');
}
