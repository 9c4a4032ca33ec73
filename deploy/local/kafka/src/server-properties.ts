/** Where one node listens, and the controller quorum it belongs to. */
export interface NodeLayout {
  nodeId: number;
  /** PLAINTEXT listener for clients and replication. */
  brokerPort: number;
  /** CONTROLLER listener (KRaft quorum). */
  controllerPort: number;
  /** Port put in advertised.listeners; differs from brokerPort when a proxy sits in front. */
  advertisedPort: number;
  dataDir: string;
  /** All controller voters of the cluster (every node is one: combined mode). */
  voters: Array<{ nodeId: number; controllerPort: number }>;
}

const HOST = '127.0.0.1';

/**
 * server.properties for one combined broker/controller node. Replication settings follow the cluster
 * size (RF 3 and min.insync.replicas=2 for three nodes, as in production; 1 for a single node); the
 * timing settings are shortened so tests that kill or freeze a broker see the effect in seconds.
 */
export function serverProperties(node: NodeLayout): Record<string, string> {
  const size = node.voters.length;
  const rf = String(Math.min(3, size));
  const minIsr = String(size >= 3 ? 2 : 1);
  return {
    'process.roles': 'broker,controller',
    'node.id': String(node.nodeId),
    // Static quorum: works from Kafka 3.x to 4.x, needs no --standalone/--initial-controllers at
    // format time, and a restarted node finds its peers without any dynamic reconfiguration.
    'controller.quorum.voters': node.voters.map((v) => `${v.nodeId}@${HOST}:${v.controllerPort}`).join(','),
    'controller.listener.names': 'CONTROLLER',
    listeners: `PLAINTEXT://${HOST}:${node.brokerPort},CONTROLLER://${HOST}:${node.controllerPort}`,
    'advertised.listeners': `PLAINTEXT://${HOST}:${node.advertisedPort}`,
    'inter.broker.listener.name': 'PLAINTEXT',
    'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'log.dirs': node.dataDir,

    'default.replication.factor': rf,
    'min.insync.replicas': minIsr,
    'offsets.topic.replication.factor': rf,
    'transaction.state.log.replication.factor': rf,
    'transaction.state.log.min.isr': minIsr,
    'share.coordinator.state.topic.replication.factor': rf,
    'share.coordinator.state.topic.min.isr': minIsr,
    'unclean.leader.election.enable': 'false',
    // Topics come from the registry only; a typo in a topic name must fail, not create a topic.
    'auto.create.topics.enable': 'false',
    'num.partitions': '3',

    // Smaller internal topics: fewer partitions to create and load on a 2-core machine.
    'offsets.topic.num.partitions': '10',
    'transaction.state.log.num.partitions': '10',
    'group.initial.rebalance.delay.ms': '0',
    // Failure detection in seconds rather than tens of seconds (defaults: 2000 / 9000 / 30000). The
    // session timeout also bounds restart(): after a SIGKILL the controller refuses the new
    // incarnation (DUPLICATE_BROKER_REGISTRATION) until the old session has expired.
    'broker.heartbeat.interval.ms': '500',
    'broker.session.timeout.ms': '4000',
    'replica.lag.time.max.ms': '10000',
    // Fewer threads: three JVMs share two cores.
    'num.network.threads': '2',
    'num.io.threads': '2',
    'num.replica.fetchers': '1',
    'num.recovery.threads.per.data.dir': '1',
    'background.threads': '2',
    'log.cleaner.threads': '1',
    'log.cleaner.dedupe.buffer.size': String(8 * 1024 * 1024),
  };
}

/** Renders properties in the java.util.Properties text format. */
export function renderProperties(props: Record<string, string>): string {
  const escape = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
  return Object.entries(props)
    .map(([key, value]) => `${key}=${escape(value)}`)
    .join('\n')
    .concat('\n');
}
