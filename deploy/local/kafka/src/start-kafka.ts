import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { BrokerNode } from './broker-node';
import { resolveKafkaClasspath } from './classpath';
import { createTopics } from './create-topics';
import { freePorts } from './free-ports';
import { kafkaVersion } from './kafka-version';
import { formattedClusterId, newClusterId } from './storage';
import type { KafkaCluster, StartKafkaOptions } from './types';
import { waitForBrokers } from './wait-for-brokers';
import { createWorkDir } from './work-dir';

/** Three JVMs starting on two cores can take a while; a hung start should still fail, not hang. */
const ANSWER_TIMEOUT_MS = 90_000;
/**
 * stop() sends SIGTERM, then SIGKILL after this long. Three combined nodes stopping together lose
 * their quorum and the last broker's controlled shutdown hangs, so when the data is deleted anyway
 * the grace is short; when it is kept, brokers get time to close their logs cleanly.
 */
const STOP_GRACE_MS = { keepData: 10_000, discard: 2_000 };

/**
 * Starts a local KRaft cluster of combined broker/controller nodes from the Maven-resolved jars,
 * waits until every broker answers, creates the requested topics and returns handles to each node.
 */
export async function startKafka(opts: StartKafkaOptions = {}): Promise<KafkaCluster> {
  const count = opts.brokers ?? 1;
  const log = opts.log ?? (() => undefined);
  const version = kafkaVersion();
  const startedAt = Date.now();

  const classpath = await resolveKafkaClasspath();
  const workDir = createWorkDir(opts.workDir);
  const ids = Array.from({ length: count }, (_, i) => i + 1);
  const ports = await freePorts(count * 2); // [broker listeners..., controller listeners...]
  const voters = ids.map((nodeId, i) => ({ nodeId, controllerPort: ports[count + i] as number }));
  const nodes = ids.map((nodeId, i) => {
    const brokerPort = ports[i] as number;
    const dir = join(workDir, `node-${nodeId}`);
    return new BrokerNode({
      layout: {
        nodeId,
        brokerPort,
        controllerPort: ports[count + i] as number,
        advertisedPort: opts.advertisedPort ? opts.advertisedPort(nodeId, brokerPort) : brokerPort,
        dataDir: join(dir, 'data'),
        voters,
      },
      dir,
      classpath,
      heapMb: opts.heapMb ?? (count === 1 ? 384 : 256),
      answerTimeoutMs: ANSWER_TIMEOUT_MS,
    });
  });
  const bootstrap = nodes.map((n) => `127.0.0.1:${n.port}`);

  const stop = async (): Promise<void> => {
    const grace = opts.keepData ? STOP_GRACE_MS.keepData : STOP_GRACE_MS.discard;
    await Promise.all(nodes.map((n) => n.stop(grace)));
    if (!opts.keepData) rmSync(workDir, { recursive: true, force: true });
  };

  try {
    // Storage already formatted in a reused workDir keeps its cluster id.
    const clusterId = formattedClusterId(join(workDir, 'node-1', 'data')) ?? newClusterId();
    await Promise.all(nodes.map((n) => n.prepare(clusterId)));
    log(`Kafka ${version}: starting ${count} node(s) in ${workDir}`);
    nodes.forEach((n) => n.start());
    await waitForBrokers({
      bootstrap,
      nodeIds: ids,
      timeoutMs: ANSWER_TIMEOUT_MS,
      check: () => nodes.forEach((n) => n.assertRunning()),
    });
    log(`Kafka ${version}: ${count} broker(s) up at ${bootstrap.join(',')} after ${Date.now() - startedAt} ms`);
    const created = await createTopics(bootstrap, opts.topics ?? [], Math.min(3, count));
    if (created.length > 0) log(`Kafka ${version}: created ${created.length} topic(s), ready after ${Date.now() - startedAt} ms`);
  } catch (err) {
    await stop(); // nothing may outlive a failed start
    throw err;
  }

  return { bootstrap: bootstrap.join(','), brokers: nodes, version, workDir, stop };
}
