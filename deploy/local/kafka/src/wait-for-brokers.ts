import { setTimeout as delay } from 'node:timers/promises';
import { withAdmin } from './admin-client';

export interface WaitForBrokersOptions {
  /** Addresses to ask (host:port). */
  bootstrap: string[];
  /** Node ids that must appear in the cluster metadata (i.e. registered and unfenced). */
  nodeIds: number[];
  timeoutMs: number;
  /** Called before every attempt; throws to give up early (e.g. a broker process has died). */
  check?: () => void;
}

/** Polls `describeCluster` until every expected broker is part of the cluster. */
export async function waitForBrokers(opts: WaitForBrokersOptions): Promise<void> {
  const deadline = Date.now() + opts.timeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    opts.check?.();
    try {
      const { brokers } = await withAdmin(opts.bootstrap, 0, (admin) => admin.describeCluster());
      const seen = new Set(brokers.map((b) => b.nodeId));
      if (opts.nodeIds.every((id) => seen.has(id))) return;
      lastProblem = `cluster lists nodes [${[...seen].join(',')}], waiting for [${opts.nodeIds.join(',')}]`;
    } catch (err) {
      lastProblem = err instanceof Error ? err.message : String(err);
    }
    await delay(250);
  }
  throw new Error(`Kafka at ${opts.bootstrap.join(',')} did not answer within ${opts.timeoutMs} ms: ${lastProblem}`);
}
