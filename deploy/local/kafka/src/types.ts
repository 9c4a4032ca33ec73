/** Public types of the local Kafka launcher (re-exported by index.ts). */

export interface TopicSpec {
  name: string;
  partitions: number;
  /** Defaults to min(3, number of brokers). */
  replicationFactor?: number;
  config?: Record<string, string>;
}

export interface StartKafkaOptions {
  /** 1 = one combined broker/controller (default); 3 = three combined nodes, RF 3, min.insync.replicas=2. */
  brokers?: 1 | 3;
  /** Created with the kafkajs admin client once the cluster answers; existing topics are left alone. */
  topics?: TopicSpec[];
  /** Storage and logs. Default: a fresh directory under os.tmpdir(). Storage already formatted there is reused. */
  workDir?: string;
  /** Keep workDir after stop() (default false: it is deleted). */
  keepData?: boolean;
  /** Java heap per node; default 384 for 1 broker, 256 each for 3. */
  heapMb?: number;
  /** Port a broker advertises to clients, e.g. a TCP proxy's port in front of listenPort. */
  advertisedPort?: (nodeId: number, listenPort: number) => number;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

export interface KafkaBroker {
  nodeId: number;
  /** Port the broker listens on (clients reach it here unless advertisedPort points elsewhere). */
  port: number;
  /** Port the broker advertises in metadata (equals port unless options.advertisedPort says otherwise). */
  advertisedPort: number;
  /** Directory holding this node's server.properties, data and logs. */
  dir: string;
  pid(): number | undefined;
  /** SIGKILL by default; resolves once the process has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** SIGSTOP: the process freezes, its sockets stay open. */
  pause(): void;
  /** SIGCONT. */
  resume(): void;
  /** Starts this node again (killing it first if it still runs) on the same ports and storage; resolves once it answers. */
  restart(): Promise<void>;
  isRunning(): boolean;
}

export interface KafkaCluster {
  /** "127.0.0.1:p1,127.0.0.1:p2,..." (the brokers' listen ports). */
  bootstrap: string;
  brokers: KafkaBroker[];
  version: string;
  workDir: string;
  /** SIGTERM, then SIGKILL after a grace period; leaves nothing running. */
  stop(): Promise<void>;
}
