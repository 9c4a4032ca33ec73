import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Services use the registry's fixed topic and consumer-group names, so two platforms on one broker
 * would take each other's messages. One platform per broker at a time: a lock directory keyed by
 * the broker address, taken over when the process that held it is gone.
 */
export async function lockBroker(brokers: string[], timeoutMs: number): Promise<() => void> {
  const dir = join(tmpdir(), `collections-platform-${brokers.join('_').replace(/[^a-zA-Z0-9_.-]/g, '_')}.lock`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'pid'), String(process.pid));
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (!holderAlive(dir)) {
      rmSync(dir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`another platform is running on ${brokers.join(',')} (lock ${dir}); give each platform a broker of its own, or run story files with --runInBand`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function holderAlive(dir: string): boolean {
  try {
    const pid = Number(readFileSync(join(dir, 'pid'), 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but is someone else's; ENOENT on the pid file: being written right now.
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EPERM' || code === 'ENOENT';
  }
}
