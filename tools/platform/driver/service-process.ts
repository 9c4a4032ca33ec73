import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceCommand } from './service-command';

export const SERVICE_NAMES = ['intake', 'debtor-screening', 'dunning', 'contact-center', 'payments', 'notifications'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

const ROOT = join(__dirname, '../../..');

/** One service of the platform running as its own Node process, the way `npm start` runs it (see ServiceCommand). */
export class ServiceProcess {
  private child?: ChildProcess;

  constructor(
    readonly name: ServiceName,
    readonly port: number,
    readonly databaseUrl: string,
    readonly logFile: string,
    private readonly env: Record<string, string>,
    private readonly command: ServiceCommand,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The service's own process id (the `node` process itself), while it runs: for /proc readings (RSS, CPU) in benchmarks. */
  get pid(): number | undefined {
    return this.running ? this.child!.pid : undefined;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  start(): void {
    const log = createWriteStream(this.logFile, { flags: 'a' });
    this.child = spawn(process.execPath, this.command.args, {
      cwd: ROOT,
      // Only what a service needs: the caller's environment may hold another run's KAFKA_BROKERS or DATABASE_URL.
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...this.command.env, ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.pipe(log);
    this.child.stderr!.pipe(log);
  }

  /** Waits for `/health/ready` (database and Kafka); fails at once, with the log's tail, if the process dies. */
  async waitReady(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`${this.name} exited (code ${this.child?.exitCode}, signal ${this.child?.signalCode}):\n${this.logTail()}`);
      const ready = await fetch(`${this.url}/health/ready`).then((answer) => answer.ok, () => false);
      if (ready) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`${this.name} was not ready within ${timeoutMs / 1000} s (log: ${this.logFile}):\n${this.logTail()}`);
  }

  /** SIGTERM (graceful: stop consuming, finish in-flight work, flush the outbox), SIGKILL after the grace. */
  async stop(graceMs = 20_000): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    await new Promise<void>((resolve) => {
      const force = setTimeout(() => child.kill('SIGKILL'), graceMs);
      child.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }

  /** For fault tests and the demo: the process dies at once, with no chance to flush anything. */
  kill(): void {
    if (this.running) this.child!.kill('SIGKILL');
  }

  logTail(lines = 20): string {
    try {
      return readFileSync(this.logFile, 'utf8').trim().split('\n').slice(-lines).join('\n');
    } catch {
      return '(no log yet)';
    }
  }
}
