import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { cacheDir } from './cache-dir';
import { javaExecutable } from './java';

export interface ClassDataSharing {
  /** JVM flags: use the archive, or record one at exit. */
  args: string[];
  /** The JVM writes the archive when it exits (give it time to stop). */
  recording: boolean;
  /** Call once the JVM has exited; `clean` = it exited by itself (a SIGKILLed JVM leaves a partial archive). */
  finish(clean: boolean): void;
}

const STALE_LOCK_MS = 10 * 60_000;

/**
 * Application class-data sharing (JDK 13+ dynamic archives): the first broker that stops cleanly
 * writes the classes it loaded to a cache file; later JVMs map it instead of parsing and verifying
 * ~3000 classes from the jars, which saves about a second of CPU per JVM start (see README).
 * The archive is keyed by classpath and JDK; a JVM that cannot use it just warns and loads classes
 * normally. LOCAL_KAFKA_CDS=0 turns it off.
 */
export function classDataSharing(classpath: string, opts: { mayRecord: boolean }): ClassDataSharing {
  const none: ClassDataSharing = { args: [], recording: false, finish: () => undefined };
  if (process.env['LOCAL_KAFKA_CDS'] === '0') return none;
  const archive = join(cacheDir(), `kafka-${archiveKey(classpath)}.jsa`);
  if (existsSync(archive)) return { args: [`-XX:SharedArchiveFile=${archive}`], recording: false, finish: () => undefined };
  if (!opts.mayRecord || !claim(`${archive}.lock`)) return none;

  const partial = `${archive}.${process.pid}.part`;
  return {
    args: [`-XX:ArchiveClassesAtExit=${partial}`],
    recording: true,
    finish: (clean) => {
      if (clean && existsSync(partial) && statSync(partial).size > 0) renameSync(partial, archive);
      else rmSync(partial, { force: true });
      rmSync(`${archive}.lock`, { force: true });
    },
  };
}

/** Only one JVM records at a time (parallel test workers); a lock left by a crash expires. */
function claim(lock: string): boolean {
  if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { force: true });
  try {
    closeSync(openSync(lock, 'wx'));
    return true;
  } catch {
    return false;
  }
}

function archiveKey(classpath: string): string {
  return createHash('sha256').update(classpath).update(javaIdentity()).digest('hex').slice(0, 16);
}

/** The real java binary and its mtime: a JDK update must not reuse an archive from the old one. */
function javaIdentity(): string {
  const java = javaExecutable();
  const candidates = java.includes('/') ? [java] : (process.env['PATH'] ?? '').split(delimiter).map((dir) => join(dir, java));
  const found = candidates.find((file) => existsSync(file));
  if (!found) return java;
  const real = realpathSync(found);
  return `${real}@${statSync(real).mtimeMs}`;
}
