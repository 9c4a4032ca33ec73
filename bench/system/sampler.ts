/**
 * What the system benchmark watches while the platform works, once a second and in the background:
 * each service's RSS and CPU, the broker's, PostgreSQL's (backends of the platform's databases) and
 * its own, the machine's load, consumer lag per group, what was published, how many cases reached each
 * stage and, while the platform drains, the unpublished outbox rows of all services.
 */
import { loadavg } from 'node:os';
import type { KafkaCluster } from '@collections/local-kafka';
import { TEST_DATABASE_SERVER } from '@collections/testing';
import { Client } from 'pg';
import { SERVICE_NAMES, type Platform } from '../../tools/platform/driver';
import { CaseProgress, PROGRESS_TOPICS, type StageCounts } from './case-progress';
import { ConsumerLag } from './consumer-lag';
import { CpuMeter, ProcGroup, readProc } from './proc-stats';
import { log, secs, sleep } from './timing';

export interface Sample {
  t: number;
  machineBusyPct: number;
  load1: number;
  procs: Record<string, { rssMb: number; cpuPct: number } | undefined>;
  lag: Record<string, number>;
  lagTotal: number;
  published: number;
  stages: StageCounts;
  outboxPending?: number;
}

/** Everything sampled once a second, in the background, until stopped. */
export class Sampler {
  readonly samples: Sample[] = [];
  readonly cpu = new CpuMeter();
  private running = true;
  private loop?: Promise<void>;
  private readonly postgres = new ProcGroup();
  private postgresPids: number[] = [];
  private postgresPidsAt = 0;
  /** PostgreSQL's own catalogue, to find the backends serving the platform's databases. */
  private readonly admin = new Client({ connectionString: `${TEST_DATABASE_SERVER.replace(/\/$/, '')}/postgres` });
  private outboxClients = new Map<string, Client>();
  /** Counted in each sample once set (the drain phase): unpublished outbox rows of all services. */
  countOutbox = false;

  constructor(
    private readonly platform: Platform,
    private readonly kafka: KafkaCluster | undefined,
    private readonly lag: ConsumerLag,
    private readonly progress: CaseProgress,
    private readonly origin: number,
  ) {}

  async open(): Promise<void> {
    await this.admin.connect();
    for (const name of SERVICE_NAMES) {
      const client = new Client({ connectionString: this.platform.services[name].databaseUrl });
      await client.connect();
      this.outboxClients.set(name, client);
    }
  }

  start(): void {
    this.loop = (async () => {
      while (this.running) {
        const started = Date.now();
        try {
          await this.sampleOnce();
        } catch (error) {
          log(`sample failed: ${(error as Error).message}`);
        }
        await sleep(Math.max(0, 1000 - (Date.now() - started)));
      }
    })();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
    await Promise.all([this.admin, ...this.outboxClients.values()].map((client) => client.end().catch(() => undefined)));
  }

  get last(): Sample | undefined {
    return this.samples[this.samples.length - 1];
  }

  private async sampleOnce(): Promise<void> {
    const at = Date.now();
    const procs: Sample['procs'] = {};
    for (const name of SERVICE_NAMES) {
      const pid = this.platform.services[name].pid;
      procs[name] = pid ? this.cpu.read(name, readProc(pid), at) : undefined;
    }
    const brokerPid = this.kafka?.brokers[0]?.pid();
    if (brokerPid) procs.kafka = this.cpu.read('kafka', readProc(brokerPid), at);
    procs.bench = this.cpu.read('bench', readProc(process.pid), at);
    if (at - this.postgresPidsAt > 5_000) {
      const names = SERVICE_NAMES.map((name) => new URL(this.platform.services[name].databaseUrl).pathname.slice(1));
      this.postgresPids = (await this.admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = ANY($1)', [names])).rows.map((r) => r.pid);
      this.postgresPidsAt = at;
    }
    procs.postgres = this.cpu.read('postgres', this.postgres.read(this.postgresPids), at);
    const { lag, published } = await this.lag.sample();
    let outboxPending: number | undefined;
    if (this.countOutbox) {
      outboxPending = 0;
      for (const client of this.outboxClients.values()) {
        outboxPending += (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM outbox_messages WHERE published_at IS NULL')).rows[0]!.n;
      }
    }
    this.samples.push({
      t: secs(at - this.origin),
      machineBusyPct: this.cpu.machineBusyPct(),
      load1: +loadavg()[0]!.toFixed(2),
      procs,
      lag,
      lagTotal: Object.values(lag).reduce((sum, n) => sum + n, 0),
      published,
      stages: { ...this.progress.counts },
      outboxPending,
    });
  }
}

/** The run's watchers, started just before the upload: `origin` (the upload's start) is time zero of every figure. */
export interface Observation {
  lag: ConsumerLag;
  progress: CaseProgress;
  sampler: Sampler;
  origin: number;
  platformNowAtStart: Date;
  stop(): Promise<void>;
}

export async function startObserving(platform: Platform, cluster: KafkaCluster | undefined, brokers: string[]): Promise<Observation> {
  const lag = new ConsumerLag(brokers);
  await lag.connect();
  const ends = await lag.endOffsets();
  const from = new Map(PROGRESS_TOPICS.map((topic) => [topic, ends.get(topic) ?? new Map<number, number>()]));
  const progress = new CaseProgress(brokers, from);
  await progress.start();

  const origin = Date.now();
  const sampler = new Sampler(platform, cluster, lag, progress, origin);
  await sampler.open();
  sampler.start();
  const platformNowAtStart = await platform.now();
  return {
    lag,
    progress,
    sampler,
    origin,
    platformNowAtStart,
    async stop() {
      await sampler.stop();
      await progress.stop();
      await lag.disconnect();
    },
  };
}
