import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { KAFKA_PROJECT_DIR } from './kafka-version';

const execFileAsync = promisify(execFile);

/** The machine's Java (JAVA_HOME wins over PATH, as in Kafka's own scripts). */
export function javaExecutable(): string {
  const home = process.env['JAVA_HOME'];
  return home ? join(home, 'bin', 'java') : 'java';
}

/**
 * JVM arguments for a Kafka process. SerialGC and C1-only JIT trade peak throughput for start-up
 * time and footprint, which is what matters for up to three JVMs sharing two cores in tests
 * (measured in README.md). Logging goes to <logsDir>/server.log via log4j2.properties.
 */
export function jvmArgs(classpath: string, heapMb: number, logsDir: string): string[] {
  return [
    `-Xmx${heapMb}m`,
    `-Xms${Math.min(heapMb, 64)}m`,
    '-XX:+UseSerialGC',
    '-XX:TieredStopAtLevel=1',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djava.awt.headless=true',
    `-Dkafka.logs.dir=${logsDir}`,
    `-Dlog4j2.configurationFile=${join(KAFKA_PROJECT_DIR, 'log4j2.properties')}`,
    '-cp',
    classpath,
  ];
}

/** Runs a short-lived Kafka tool (e.g. the storage formatter) with a small heap; returns its stdout. */
export async function runJavaTool(tool: { classpath: string; logsDir: string; mainClass: string; extraJvmArgs?: string[] }, args: string[]): Promise<string> {
  const { classpath, logsDir, mainClass } = tool;
  const argv = [...(tool.extraJvmArgs ?? []), ...jvmArgs(classpath, 128, logsDir), mainClass, ...args];
  try {
    const { stdout } = await execFileAsync(javaExecutable(), argv, { maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (err) {
    const out = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${mainClass} ${args.join(' ')} failed: ${out.stderr || out.stdout || out.message}`);
  }
}
