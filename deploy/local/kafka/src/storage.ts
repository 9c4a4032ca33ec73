import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classDataSharing } from './class-data-sharing';
import { runJavaTool } from './java';

/**
 * A KRaft cluster id: 16 random bytes in unpadded base64url, the format of Kafka's own
 * `kafka-storage.sh random-uuid` (generated here to save a JVM start). An id starting with '-'
 * would be read as an option by the storage tool's argument parser, so those are drawn again.
 */
export function newClusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

/** The cluster id a data directory was formatted with, if it was. */
export function formattedClusterId(dataDir: string): string | undefined {
  const meta = join(dataDir, 'meta.properties');
  if (!existsSync(meta)) return undefined;
  return /^cluster\.id=(.+)$/m.exec(readFileSync(meta, 'utf8'))?.[1]?.trim();
}

/**
 * Formats a node's storage with Kafka's own storage tool. The quorum is static
 * (controller.quorum.voters), so neither --standalone nor --initial-controllers applies.
 */
export async function formatStorage(opts: {
  classpath: string;
  propertiesFile: string;
  clusterId: string;
  logsDir: string;
}): Promise<void> {
  const { classpath, logsDir } = opts;
  const extraJvmArgs = classDataSharing(classpath, { mayRecord: false }).args; // brokers record it
  const args = ['format', '-t', opts.clusterId, '-c', opts.propertiesFile];
  await runJavaTool({ classpath, logsDir, mainClass: 'kafka.tools.StorageTool', extraJvmArgs }, args);
}
