import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PREFIX = 'local-kafka-';
const OWNER_FILE = 'owner.pid';

/**
 * The cluster's working directory: the one asked for, or a fresh one under the temp directory.
 * A fresh one records our pid, so that directories left by a crashed run (whose brokers the
 * orphan guard has killed) are swept by the next start instead of piling up in /tmp.
 */
export function createWorkDir(requested: string | undefined): string {
  if (requested) {
    mkdirSync(resolve(requested), { recursive: true });
    return resolve(requested);
  }
  sweepAbandonedWorkDirs();
  const dir = mkdtempSync(join(tmpdir(), PREFIX));
  writeFileSync(join(dir, OWNER_FILE), String(process.pid));
  return dir;
}

function sweepAbandonedWorkDirs(): void {
  for (const name of readdirSync(tmpdir()).filter((n) => n.startsWith(PREFIX))) {
    const ownerFile = join(tmpdir(), name, OWNER_FILE);
    if (!existsSync(ownerFile)) continue; // not ours to judge (e.g. a directory someone named)
    const owner = Number(readFileSync(ownerFile, 'utf8'));
    if (Number.isInteger(owner) && owner > 0 && !isAlive(owner)) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as { code?: string }).code === 'EPERM'; // exists, but belongs to someone else
  }
}
