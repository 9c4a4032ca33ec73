/** The launcher against real brokers: start, topics, signals, restart, reuse of storage, proxies, no orphans. */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { connect, createServer, type Server } from 'node:net';
import { kafkaVersion, startKafka, type KafkaCluster } from '../src';
import { waitUntil } from './wait-until';

const kafkaFor = (brokers: string, requestTimeout = 30_000): Kafka =>
  new Kafka({ clientId: 'launcher-spec', brokers: brokers.split(','), logLevel: logLevel.NOTHING, requestTimeout, retry: { retries: 8 } });

/** Whether a process exists and is not a zombie (an orphan's zombie lingers until init reaps it). */
const alive = (pid: number | undefined): boolean => {
  if (pid === undefined || !existsSync(`/proc/${pid}`)) return false;
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false; // exited while we looked
  }
};

async function partitionCounts(bootstrap: string, topics: string[]): Promise<number[]> {
  const admin = kafkaFor(bootstrap).admin();
  await admin.connect();
  try {
    const metadata = await admin.fetchTopicMetadata({ topics });
    return topics.map((name) => metadata.topics.find((t) => t.name === name)?.partitions.length ?? 0);
  } finally {
    await admin.disconnect();
  }
}

async function answers(bootstrap: string): Promise<boolean> {
  const admin = kafkaFor(bootstrap, 2_000).admin();
  try {
    await admin.connect();
    await admin.describeCluster();
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

describe('startKafka (one broker)', () => {
  let cluster: KafkaCluster;
  const lines: string[] = [];

  beforeAll(async () => {
    cluster = await startKafka({ topics: [{ name: 'spec.a', partitions: 3 }, { name: 'spec.b', partitions: 1, config: { 'retention.ms': '60000' } }], log: (l) => lines.push(l) });
  });
  afterAll(() => cluster?.stop());

  it('answers on the bootstrap address with the pinned version and the requested topics', async () => {
    expect(cluster.bootstrap).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(cluster.version).toBe(kafkaVersion());
    expect(cluster.brokers).toHaveLength(1);
    expect(cluster.brokers[0]?.isRunning()).toBe(true);
    expect(await partitionCounts(cluster.bootstrap, ['spec.a', 'spec.b'])).toEqual([3, 1]);
    expect(lines.join('\n')).toMatch(/1 broker\(s\) up/);
  });

  it('freezes on pause() and comes back on resume()', async () => {
    const [broker] = cluster.brokers;
    broker?.pause();
    expect(await answers(cluster.bootstrap)).toBe(false);
    broker?.resume();
    expect(await answers(cluster.bootstrap)).toBe(true);
  });

  it('restarts a killed broker on the same port and storage', async () => {
    const broker = cluster.brokers[0];
    if (!broker) throw new Error('no broker');
    const firstPid = broker.pid();
    await broker.kill();
    expect(broker.isRunning()).toBe(false);
    expect(broker.pid()).toBeUndefined();
    expect(alive(firstPid)).toBe(false);
    await broker.restart();
    expect(broker.pid()).not.toBe(firstPid);
    expect(await partitionCounts(cluster.bootstrap, ['spec.a'])).toEqual([3]);
  });
});

describe('startKafka lifecycle', () => {
  it('stop() leaves no process and no directory behind', async () => {
    const cluster = await startKafka();
    const pid = cluster.brokers[0]?.pid();
    expect(alive(pid)).toBe(true);
    await cluster.stop();
    expect(alive(pid)).toBe(false);
    expect(existsSync(cluster.workDir)).toBe(false);
  });

  it('reuses formatted storage in a kept workDir (topics survive a full stop/start)', async () => {
    const workDir = mkdtempSync(join(tmpdir(), 'local-kafka-keep-'));
    try {
      const first = await startKafka({ workDir, keepData: true, topics: [{ name: 'kept', partitions: 2 }] });
      await first.stop();
      const second = await startKafka({ workDir, keepData: true });
      try {
        expect(await partitionCounts(second.bootstrap, ['kept'])).toEqual([2]);
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(workDir, { recursive: true, force: true });
    }
  });

  it('advertises the port chosen by advertisedPort (e.g. a proxy in front of the broker)', async () => {
    // A bare forwarder stands in for libs/testing's TcpProxy (tooling may not import the testing lib).
    let target = 0;
    const proxy: Server = createServer((client) => {
      const upstream = connect(target, '127.0.0.1');
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const proxyPort = (proxy.address() as { port: number }).port;
    const cluster = await startKafka({
      topics: [{ name: 'via-proxy', partitions: 1 }],
      advertisedPort: (_nodeId, listenPort) => {
        target = listenPort;
        return proxyPort;
      },
    });
    const kafka = kafkaFor(cluster.bootstrap);
    const admin = kafka.admin();
    const producer = kafka.producer();
    try {
      await admin.connect();
      expect((await admin.describeCluster()).brokers.map((b) => b.port)).toEqual([proxyPort]);
      expect(cluster.brokers[0]?.advertisedPort).toBe(proxyPort);
      await producer.connect(); // produce requests go to the advertised address, i.e. through the proxy
      const [result] = await producer.send({ topic: 'via-proxy', messages: [{ value: 'x' }] });
      expect(result?.errorCode).toBe(0);
    } finally {
      await producer.disconnect();
      await admin.disconnect();
      await cluster.stop();
      proxy.close();
    }
  });
});

describe('cli.ts', () => {
  const cli = join(__dirname, '..', 'src', 'cli.ts');
  const root = join(__dirname, '..', '..', '..', '..');
  const workDirs: string[] = [];
  afterAll(() => workDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** Starts the CLI; resolves with its bootstrap and the broker pid once it printed KAFKA_BROKERS. */
  function startCli(): Promise<{ child: ReturnType<typeof spawn>; bootstrap: string; javaPid: number }> {
    const workDir = mkdtempSync(join(tmpdir(), 'local-kafka-cli-'));
    workDirs.push(workDir);
    const child = spawn(process.execPath, ['-r', '@swc-node/register', cli, 'start', '--no-topics', '--work-dir', workDir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, SWC_NODE_PROJECT: join(root, 'tsconfig.base.json') },
    });
    let out = '';
    child.stderr?.resume();
    return new Promise((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`cli exited early (${String(code)}): ${out}`)));
      child.stdout?.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /KAFKA_BROKERS=(\S+)/.exec(out);
        if (!match?.[1]) return;
        // The broker's command line names its work dir; that is how we find its pid from outside.
        const ps = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' });
        const line = ps.split('\n').find((l) => l.includes('kafka.Kafka') && l.includes(workDir));
        resolve({ child, bootstrap: match[1], javaPid: Number(line?.trim().split(/\s+/)[0]) });
      });
    });
  }

  it('prints KAFKA_BROKERS and stops the broker on SIGTERM', async () => {
    const { child, bootstrap, javaPid } = await startCli();
    expect(await answers(bootstrap)).toBe(true);
    expect(alive(javaPid)).toBe(true);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(alive(javaPid)).toBe(false);
  });

  it('leaves no orphan broker when the launcher itself is SIGKILLed', async () => {
    const { child, javaPid } = await startCli();
    expect(alive(javaPid)).toBe(true);
    child.kill('SIGKILL');
    await waitUntil('the broker to die with its launcher', () => !alive(javaPid), 10_000);
  });
});
