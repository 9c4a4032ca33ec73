import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createThrowawayDatabase, freePorts, type ThrowawayDatabase } from '@collections/testing';
import { AgentClient } from './clients/agent.client';
import { BankClient } from './clients/bank.client';
import { CreditorClient } from './clients/creditor.client';
import { GatewayClient } from './clients/gateway.client';
import { OperatorClient } from './clients/operator.client';
import { RegistersClient } from './clients/registers.client';
import { EventLog } from './event-log';
import { httpJson } from './http-json';
import { MailSink } from './mail-sink';
import { QuietWatch, type PlatformBacklog, type QuietOptions } from './quiet-watch';
import { lockBroker } from './run-lock';
import { alignClock, restartService, signalService, type EndingSignal } from './service-faults';
import { WORKSPACE_ROOT, serviceCommand, type ServiceRuntime } from './service-command';
import { SERVICE_NAMES, ServiceProcess, type ServiceName } from './service-process';

export interface PlatformOptions {
  /** The Kafka bootstrap addresses, with the registry's topics created (the test broker, or `npm run kafka start`). */
  brokers: string[];
  /** Where each service writes its JSON log (`<service>.log`); default: a fresh temporary folder, kept after stop. */
  logDir?: string;
  /** `info` by default: the logs are what you read when a story fails. */
  logLevel?: string;
  /** Extra environment per service, e.g. `{ payments: { SCHEDULE_INTERVAL_MS: '5000' } }`. */
  env?: Partial<Record<ServiceName, Record<string, string>>>;
  readyTimeoutMs?: number;
  /**
   * Where the services reach PostgreSQL (`postgres://user@host:port`), e.g. a TCP proxy a fault test
   * cuts; default: the server the databases are created on. The driver itself always uses the latter.
   */
  databaseServer?: string;
  /** `source` (default): TypeScript compiled in each process, as `nx serve`; `build`: the production bundles, as deployed. */
  runtime?: ServiceRuntime;
}

const GATEWAY_PROVIDER = 'driver-gateway';

/**
 * The whole platform for a test or the demo: six services as separate processes, each on a free
 * port and its own throw-away database, against the given brokers, with an SMTP sink and a shared
 * object-store folder; clients for every public edge; the clocks of all services moved together.
 */
export class Platform {
  private constructor(
    readonly services: Readonly<Record<ServiceName, ServiceProcess>>,
    readonly brokers: string[],
    readonly mail: MailSink,
    readonly events: EventLog,
    readonly operator: OperatorClient,
    readonly gateway: GatewayClient,
    readonly bank: BankClient,
    readonly registers: RegistersClient,
    /** Where letters, statements, invoices and message attachments are kept (OBJECT_STORE_DIR). */
    readonly objectStoreDir: string,
    readonly logDir: string,
    private readonly quiet: QuietWatch,
    private readonly cleanup: () => Promise<void>,
  ) {}

  static async start(options: PlatformOptions): Promise<Platform> {
    const { brokers } = options;
    const release = await lockBroker(brokers, 15 * 60_000);
    const work = mkdtempSync(join(tmpdir(), 'collections-platform-'));
    const logDir = options.logDir ?? join(work, 'logs');
    const objectStoreDir = join(work, 'object-store');
    for (const dir of [logDir, objectStoreDir]) mkdirSync(dir, { recursive: true });
    const operatorToken = `driver-${randomBytes(16).toString('hex')}`;
    const gatewaySecret = randomBytes(24).toString('hex');
    const mail = new MailSink();
    await mail.start();

    // Inside the workspace, so the bundles' `require`s of npm packages find its node_modules.
    const buildDir = join(WORKSPACE_ROOT, 'tmp/platform-builds', basename(work));
    const databases = new Map<ServiceName, ThrowawayDatabase>();
    const services = {} as Record<ServiceName, ServiceProcess>;
    const stopEverything = async () => {
      await Promise.all(Object.values(services).map((service) => service.stop()));
      await mail.stop();
      await Promise.all([...databases.values()].map((database) => database.drop().catch(() => undefined)));
      rmSync(buildDir, { recursive: true, force: true });
      release();
    };
    try {
      for (const name of SERVICE_NAMES) databases.set(name, await createThrowawayDatabase(`platform_${name}`));
      const ports = await freePorts(SERVICE_NAMES.length);
      for (const [index, name] of SERVICE_NAMES.entries()) {
        const port = ports[index]!;
        const env: Record<string, string> = {
          // Not production: the operator clock exists and can be advanced.
          NODE_ENV: 'development',
          HTTP_PORT: String(port),
          HTTP_HOST: '127.0.0.1',
          DATABASE_URL: options.databaseServer ? `${options.databaseServer.replace(/\/$/, '')}/${databases.get(name)!.name}` : databases.get(name)!.url,
          DATABASE_MIGRATE_ON_START: 'true',
          KAFKA_BROKERS: brokers.join(','),
          OPERATOR_TOKEN: operatorToken,
          LOG_LEVEL: options.logLevel ?? 'info',
          OBJECT_STORE: 'filesystem',
          OBJECT_STORE_DIR: objectStoreDir,
          ...serviceEnv(name, { gatewaySecret, smtpUrl: mail.url, work }),
          ...options.env?.[name],
        };
        const command = await serviceCommand(name, options.runtime ?? 'source', buildDir);
        services[name] = new ServiceProcess(name, port, databases.get(name)!.url, join(logDir, `${name}.log`), env, command);
      }
      Object.values(services).forEach((service) => service.start());
      await Promise.all(Object.values(services).map((service) => service.waitReady(options.readyTimeoutMs ?? 180_000)));
    } catch (error) {
      await stopEverything();
      throw error;
    }

    const urls = Object.fromEntries(SERVICE_NAMES.map((name) => [name, services[name].url])) as Record<ServiceName, string>;
    // A failure after the services are up must not leave six processes behind (a test run would hang on them).
    let events: EventLog | undefined;
    let quiet: QuietWatch;
    try {
      events = await EventLog.start(brokers);
      quiet = new QuietWatch(brokers, Object.fromEntries(SERVICE_NAMES.map((name) => [name, { databaseUrl: databases.get(name)!.url, url: urls[name] }])), events);
      await quiet.open();
    } catch (error) {
      await events?.stop().catch(() => undefined);
      await stopEverything();
      throw error;
    }
    return new Platform(
      services,
      brokers,
      mail,
      events,
      new OperatorClient(urls, operatorToken),
      new GatewayClient(urls.payments, GATEWAY_PROVIDER, gatewaySecret),
      new BankClient(urls.payments, operatorToken),
      new RegistersClient(urls['debtor-screening'], operatorToken),
      objectStoreDir,
      logDir,
      quiet,
      async () => {
        await events.stop().catch(() => undefined);
        await quiet.close();
        await stopEverything();
        rmSync(objectStoreDir, { recursive: true, force: true });
      },
    );
  }

  url(service: ServiceName): string {
    return this.services[service].url;
  }

  /** For fault tests: ends one service (SIGKILL by default: nothing flushed) and waits until its process is gone. */
  kill(service: ServiceName, signal: EndingSignal = 'SIGKILL'): Promise<void> {
    return signalService(this.services[service], signal);
  }

  /**
   * Starts a killed or stopped service again on its port, database and environment; resolves once it
   * is ready and its clock (in memory, so back at real time) has been moved up to the others'.
   */
  async restart(service: ServiceName, readyTimeoutMs?: number): Promise<void> {
    await restartService(this.services[service], readyTimeoutMs);
    const peer = SERVICE_NAMES.find((name) => name !== service && this.services[name].running);
    if (peer) await alignClock(this.services[service], this.url(peer));
  }

  /** A new creditor account with its first API key (intake `/ops/creditors`), as a client holding that key. */
  async newCreditor(name: string, registrationFee?: { amountMinor: number; currency: string }): Promise<CreditorClient> {
    const created = await this.operator.createCreditor(name, registrationFee);
    return new CreditorClient(this.url('intake'), created.creditorId, created.apiKey.token);
  }

  /** A new contact-centre agent (contact-center `/ops/agents`), as a client holding its key. */
  async newAgent(agent: { name: string; countries: string[]; languages: string[] }): Promise<AgentClient> {
    const created = await this.operator.createAgent(agent);
    return new AgentClient(this.url('contact-center'), created.id, created.key);
  }

  /** The platform's "now" (every service's clock moves together, so intake's stands for all). */
  async now(): Promise<Date> {
    return new Date((await httpJson<{ now: string }>(`${this.url('intake')}/ops/clock`)).body.now);
  }

  /** Today's date (UTC, YYYY-MM-DD) on the platform's clock. */
  async today(): Promise<string> {
    return (await this.now()).toISOString().slice(0, 10);
  }

  /**
   * Moves every service's clock forward by `by` (`14d`, `36h`, `P3D`) together, then waits until the
   * platform has reacted to it (see QuietWatch). Services keep their own offsets, so the same step on
   * all six keeps them in agreement.
   */
  async advanceClock(by: string, quiet: QuietOptions = {}): Promise<Date> {
    const answers = await Promise.all(
      SERVICE_NAMES.map((name) => httpJson<{ now: string }>(`${this.url(name)}/ops/clock/advance`, { method: 'POST', body: { by } })),
    );
    const nows = answers.map((answer) => Date.parse(answer.body.now));
    if (Math.max(...nows) - Math.min(...nows) > 60_000) throw new Error(`the services' clocks disagree after advancing: ${answers.map((a) => a.body.now).join(', ')}`);
    await this.waitUntilQuiet(quiet);
    return new Date(nows[0]!);
  }

  /** Moves every clock forward to `target` (never back: a service's clock only moves forward), then waits for quiet. */
  async advanceClockTo(target: Date, quiet: QuietOptions = {}): Promise<Date> {
    const ms = target.getTime() - (await this.now()).getTime();
    if (ms <= 0) return this.now();
    return this.advanceClock(`${ms}ms`, quiet);
  }

  /** Every consumer group caught up, every outbox drained, nothing published for a while. */
  waitUntilQuiet(options: QuietOptions = {}): Promise<void> {
    return this.quiet.waitUntilQuiet(options);
  }

  /** What is in flight right now: consumer lag per group and topic, unpublished outbox rows per service. */
  backlog(): Promise<PlatformBacklog> {
    return this.quiet.backlog();
  }

  async stop(): Promise<void> {
    await this.cleanup();
  }
}

/** Each service's own settings: pollers faster than in production, so a clock step settles in seconds. */
function serviceEnv(name: ServiceName, { gatewaySecret, smtpUrl, work }: { gatewaySecret: string; smtpUrl: string; work: string }): Record<string, string> {
  switch (name) {
    case 'payments':
      return { GATEWAY_SECRETS: `${GATEWAY_PROVIDER}=${gatewaySecret}`, SCHEDULE_INTERVAL_MS: '1000' };
    case 'dunning':
      return { TIMER_SCAN_INTERVAL_MS: '250' };
    case 'notifications':
      return { SMTP_URL: smtpUrl, DELIVERY_INTERVAL_MS: '250', LETTER_SINK_DIR: join(work, 'letters'), SMS_SINK_DIR: join(work, 'sms') };
    case 'debtor-screening':
      return { REGISTER_DATE_WATCH_INTERVAL_MS: '1000' };
    default:
      return {};
  }
}
