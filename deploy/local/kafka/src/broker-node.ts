import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { classDataSharing } from './class-data-sharing';
import { javaExecutable, jvmArgs } from './java';
import { guardChildProcess } from './orphan-guard';
import { renderProperties, serverProperties, type NodeLayout } from './server-properties';
import { formatStorage, formattedClusterId } from './storage';
import type { KafkaBroker } from './types';
import { waitForBrokers } from './wait-for-brokers';

export interface BrokerNodeOptions {
  layout: NodeLayout;
  /** node-<id> directory: server.properties, data/, server.log, stdout.log. */
  dir: string;
  classpath: string;
  heapMb: number;
  /** How long restart() waits for the node to rejoin. */
  answerTimeoutMs: number;
}

/** One combined broker/controller JVM: writes its config, formats storage, runs and signals it. */
export class BrokerNode implements KafkaBroker {
  readonly nodeId: number;
  readonly port: number;
  readonly advertisedPort: number;
  readonly dir: string;
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  /** This JVM writes the class-data archive when it exits; that takes a few seconds. */
  private recordingClassData = false;

  constructor(private readonly opts: BrokerNodeOptions) {
    this.nodeId = opts.layout.nodeId;
    this.port = opts.layout.brokerPort;
    this.advertisedPort = opts.layout.advertisedPort;
    this.dir = opts.dir;
  }

  get propertiesFile(): string {
    return join(this.dir, 'server.properties');
  }

  /** Writes server.properties (always: ports change between runs) and formats storage once. */
  async prepare(clusterId: string): Promise<void> {
    mkdirSync(this.opts.layout.dataDir, { recursive: true });
    writeFileSync(this.propertiesFile, renderProperties(serverProperties(this.opts.layout)));
    if (formattedClusterId(this.opts.layout.dataDir)) return;
    await formatStorage({ classpath: this.opts.classpath, propertiesFile: this.propertiesFile, clusterId, logsDir: this.dir });
  }

  /** Spawns the JVM; returns at once (see waitForBrokers). */
  start(): void {
    if (this.isRunning()) throw new Error(`Kafka node ${this.nodeId} is already running`);
    const out = openSync(join(this.dir, 'stdout.log'), 'a');
    const cds = classDataSharing(this.opts.classpath, { mayRecord: true });
    this.recordingClassData = cds.recording;
    const args = [...cds.args, ...jvmArgs(this.opts.classpath, this.opts.heapMb, this.dir), 'kafka.Kafka', this.propertiesFile];
    // Own process group: a Ctrl-C in the terminal reaches the launcher, which then stops the broker.
    const child = spawn(javaExecutable(), args, { stdio: ['ignore', out, out], detached: true });
    closeSync(out);
    child.unref(); // a running broker must not keep a finished test run alive; orphan-guard kills it
    const release = child.pid === undefined ? () => undefined : guardChildProcess(child.pid);
    this.exited = new Promise<void>((resolve) => {
      child.once('exit', (_code, signal) => {
        cds.finish(signal === null);
        resolve();
      });
      child.once('error', () => resolve()); // e.g. java not found: there will be no 'exit'
    }).then(release);
    this.child = child;
  }

  pid(): number | undefined {
    return this.isRunning() ? this.child?.pid : undefined;
  }

  isRunning(): boolean {
    const child = this.child;
    return !!child && child.pid !== undefined && child.exitCode === null && child.signalCode === null;
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    this.signal(signal);
    if (signal !== 'SIGKILL') this.signal('SIGCONT'); // a paused JVM would never act on SIGTERM
    await this.untilExit();
  }

  pause(): void {
    this.signal('SIGSTOP');
  }

  resume(): void {
    this.signal('SIGCONT');
  }

  /** SIGTERM (the broker shuts down cleanly), then SIGKILL if it takes longer than graceMs. */
  async stop(graceMs: number): Promise<void> {
    if (!this.isRunning()) return;
    if (this.recordingClassData) graceMs = Math.max(graceMs, 20_000);
    this.signal('SIGTERM');
    this.signal('SIGCONT');
    const exited = await Promise.race([this.untilExit().then(() => true), delay(graceMs, false, { ref: false })]);
    if (!exited) await this.kill('SIGKILL');
  }

  /** Waits for the JVM to exit, keeping Node alive meanwhile (the child is normally unref'd). */
  private untilExit(): Promise<void> {
    this.child?.ref();
    return this.exited;
  }

  async restart(): Promise<void> {
    if (this.isRunning()) await this.kill('SIGKILL');
    this.start();
    await this.waitUntilAnswers(this.opts.answerTimeoutMs);
  }

  /** Resolves once the node, asked on its own listener, lists itself as a live broker. */
  waitUntilAnswers(timeoutMs: number): Promise<void> {
    return waitForBrokers({
      bootstrap: [`127.0.0.1:${this.port}`],
      nodeIds: [this.nodeId],
      timeoutMs,
      check: () => this.assertRunning(),
    });
  }

  /** Throws with the end of the node's logs if the JVM has exited (e.g. a bad config). */
  assertRunning(): void {
    if (this.isRunning()) return;
    throw new Error(`Kafka node ${this.nodeId} exited (${this.describeExit()}). Last log lines:\n${this.logTail()}`);
  }

  private describeExit(): string {
    const child = this.child;
    return child ? `code ${String(child.exitCode)}, signal ${String(child.signalCode)}` : 'never started';
  }

  private logTail(): string {
    const lines = ['stdout.log', 'server.log'].flatMap((name) => {
      const file = join(this.dir, name);
      return existsSync(file) ? readFileSync(file, 'utf8').trimEnd().split('\n').slice(-15) : [];
    });
    return lines.join('\n') || `(no logs in ${this.dir})`;
  }

  private signal(signal: NodeJS.Signals): void {
    const pid = this.pid();
    if (pid === undefined) return;
    try {
      process.kill(pid, signal);
    } catch {
      // exited between the check and the signal
    }
  }
}
