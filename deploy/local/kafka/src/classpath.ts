import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { cacheDir } from './cache-dir';
import { KAFKA_PROJECT_DIR, kafkaVersion, scalaVersion } from './kafka-version';

const execFileAsync = promisify(execFile);
const memo = new Map<string, Promise<string>>();

/**
 * Classpath of the Kafka server jars, resolved by Maven from pom.xml into ~/.m2.
 * Maven takes several seconds even when everything is cached, so the result is kept in
 * ~/.cache/collections-local-kafka keyed by Kafka version and pom contents; a second start is instant.
 */
export function resolveKafkaClasspath(): Promise<string> {
  const version = kafkaVersion();
  let pending = memo.get(version);
  if (!pending) {
    pending = resolve(version);
    pending.catch(() => memo.delete(version)); // a failed attempt (e.g. offline) may be retried
    memo.set(version, pending);
  }
  return pending;
}

async function resolve(version: string): Promise<string> {
  const pom = join(KAFKA_PROJECT_DIR, 'pom.xml');
  const key = createHash('sha256').update(readFileSync(pom)).update(version).digest('hex').slice(0, 12);
  const cacheFile = join(cacheDir(), `classpath-${version}-${key}.txt`);
  const cached = readIfValid(cacheFile);
  if (cached) return cached;

  // Written under a unique name, then renamed: parallel test workers may resolve at the same time.
  const partFile = `${cacheFile}.${process.pid}.part`;
  const args = ['-q', '-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${partFile}`];
  args.push(`-Dkafka.version=${version}`, `-Dkafka.scala=${scalaVersion()}`);
  try {
    await execFileAsync('mvn', args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (err) {
    const out = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`mvn could not resolve Kafka ${version}: ${out.stdout || out.stderr || out.message}`);
  }
  renameSync(partFile, cacheFile);
  const classpath = readIfValid(cacheFile);
  if (!classpath) throw new Error(`mvn wrote no usable classpath to ${cacheFile}`);
  return classpath;
}

/** The cached classpath, unless a jar has since gone from ~/.m2 (then Maven must fetch it again). */
function readIfValid(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const classpath = readFileSync(file, 'utf8').trim();
  const jars = classpath.split(delimiter);
  return classpath && jars.every((jar) => existsSync(jar)) ? classpath : undefined;
}
