/**
 * Local Kafka in the foreground:
 *   node -r @swc-node/register deploy/local/kafka/src/cli.ts start [--brokers 1|3]
 *        [--topics-from <module> | --no-topics] [--work-dir <dir>] [--heap-mb <n>]
 *   ... cli.ts classpath | version
 * `start` prints KAFKA_BROKERS=<bootstrap> and KAFKA_VERSION=<version> on stdout once the cluster
 * answers (progress goes to stderr), then runs until SIGINT/SIGTERM and stops the brokers.
 */
import { parseArgs } from 'node:util';
import { resolveKafkaClasspath } from './classpath';
import { kafkaVersion } from './kafka-version';
import { startKafka } from './start-kafka';
import { DEFAULT_TOPIC_REGISTRY, loadTopicSpecs } from './topic-registry';
import type { KafkaCluster } from './types';

const log = (line: string): void => void process.stderr.write(`[local-kafka] ${line}\n`);

async function start(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      brokers: { type: 'string', default: '1' },
      'topics-from': { type: 'string' },
      'no-topics': { type: 'boolean', default: false },
      'work-dir': { type: 'string' },
      'heap-mb': { type: 'string' },
    },
  });
  const brokers = Number(values.brokers);
  if (brokers !== 1 && brokers !== 3) throw new Error('--brokers must be 1 or 3');
  const registry = values['topics-from'] ?? DEFAULT_TOPIC_REGISTRY;
  const topics = values['no-topics'] ? [] : loadTopicSpecs(registry, brokers, values['topics-from'] === undefined);
  if (!topics) log(`${registry} not found: starting without topics`);

  const cluster = await startKafka({
    brokers,
    topics: topics ?? [],
    workDir: values['work-dir'],
    keepData: values['work-dir'] !== undefined, // a directory you name is yours to keep
    heapMb: values['heap-mb'] ? Number(values['heap-mb']) : undefined,
    log,
  });
  process.stdout.write(`KAFKA_BROKERS=${cluster.bootstrap}\nKAFKA_VERSION=${cluster.version}\n`);
  log(`data and logs in ${cluster.workDir}; Ctrl-C to stop`);
  await runUntilSignalled(cluster);
}

/**
 * Keeps the process alive (the broker JVMs are unref'd) and stops the cluster on SIGINT/SIGTERM,
 * or when the process that started us is gone (e.g. a crashed jest run: we are reparented).
 */
function runUntilSignalled(cluster: KafkaCluster): Promise<void> {
  return new Promise((resolve) => {
    const parent = process.ppid;
    const reported = new Set<number>();
    const watch = setInterval(() => {
      if (process.ppid !== parent) return stop('parent process gone');
      for (const broker of cluster.brokers.filter((b) => !b.isRunning() && !reported.has(b.nodeId))) {
        reported.add(broker.nodeId);
        log(`node ${broker.nodeId} is no longer running; see ${broker.dir}/server.log`);
      }
    }, 1_000);
    let stopping = false;
    const stop = (reason: string): void => {
      if (stopping) process.exit(130); // second Ctrl-C: the exit hook SIGKILLs the brokers
      stopping = true;
      log(`${reason}: stopping`);
      clearInterval(watch);
      cluster.stop().then(resolve, (err: unknown) => {
        log(`stop failed: ${String(err)}`);
        process.exit(1);
      });
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  });
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (command === 'start') return start(rest);
  if (command === 'classpath') return void process.stdout.write(`${await resolveKafkaClasspath()}\n`);
  if (command === 'version') return void process.stdout.write(`${kafkaVersion()}\n`);
  process.stderr.write('usage: cli.ts start [--brokers 1|3] [--topics-from <module> | --no-topics] [--work-dir <dir>] [--heap-mb <n>]\n       cli.ts classpath | version\n');
  process.exitCode = 2;
}

main().catch((err: unknown) => {
  log(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
});
