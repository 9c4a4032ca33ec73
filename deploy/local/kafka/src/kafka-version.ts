import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Root of this project (deploy/local/kafka): pom.xml, log4j2.properties and kafka-version.json live here. */
export const KAFKA_PROJECT_DIR = join(__dirname, '..');

interface VersionFile {
  kafka: string;
  scala: string;
}

/**
 * The one place the Kafka version is pinned is kafka-version.json (docker-compose reads it too).
 * LOCAL_KAFKA_VERSION overrides it, which is how candidate versions were compared (see README).
 */
export function kafkaVersion(): string {
  return process.env['LOCAL_KAFKA_VERSION'] || readVersionFile().kafka;
}

/** Scala binary version of the kafka_<scala> artifact. */
export function scalaVersion(): string {
  return readVersionFile().scala;
}

function readVersionFile(): VersionFile {
  return JSON.parse(readFileSync(join(KAFKA_PROJECT_DIR, 'kafka-version.json'), 'utf8')) as VersionFile;
}
