/**
 * `npm start`: starts the local Kafka broker and every service under services/, each with its own
 * database (created and migrated at start-up), prints where each listens and whether it is ready,
 * and stops everything cleanly on Ctrl-C (services first, then Kafka).
 *
 *   npm start                          all services
 *   npm start -- --services intake,payments
 *   npm start -- --smoke               start, check every service is ready, stop (used by a test)
 *   npm start -- --demo                the demo portfolio driven day by day (tools/platform/demo/README.md);
 *                                      --cases N --days N --seed S, --exit to stop after the summary
 *
 * Environment: PLATFORM_DATABASE_SERVER (default postgres://postgres@127.0.0.1:5432),
 * PLATFORM_BASE_PORT (default 3001). Service logs (JSON) go to .local/logs/<service>.log.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { kafkaTopicSpecs } from '@collections/contracts';
import { startKafka } from '@collections/local-kafka';
import { DEMO_DEFAULTS, runDemoMode } from './demo/demo-mode';

const ROOT = join(__dirname, '../..');
const LOG_DIR = join(ROOT, '.local/logs');
const say = (line: string) => process.stdout.write(`${line}\n`);

interface RunningService {
  name: string;
  port: number;
  databaseUrl: string;
  child: ChildProcess;
  logFile: string;
}

function discoverServices(only?: string[]): string[] {
  const all = readdirSync(join(ROOT, 'services')).filter((name) => existsSync(join(ROOT, 'services', name, 'project.json'))).sort();
  const unknown = (only ?? []).filter((name) => !all.includes(name));
  if (unknown.length) throw new Error(`unknown service(s): ${unknown.join(', ')} (have: ${all.join(', ')})`);
  return only ?? all;
}

function startService(name: string, port: number, brokers: string): RunningService {
  const server = (process.env.PLATFORM_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432').replace(/\/$/, '');
  const databaseUrl = `${server}/collections_${name.replace(/-/g, '_')}`;
  const logFile = join(LOG_DIR, `${name}.log`);
  const log = createWriteStream(logFile, { flags: 'w' });
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'services', name, 'src/main.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: process.env.NODE_ENV ?? 'development',
      HTTP_PORT: String(port),
      DATABASE_URL: databaseUrl,
      KAFKA_BROKERS: brokers,
      DATABASE_MIGRATE_ON_START: 'true',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  return { name, port, databaseUrl, child, logFile };
}

async function waitReady(service: RunningService, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) {
      const tail = readFileSync(service.logFile, 'utf8').trim().split('\n').slice(-15).join('\n');
      throw new Error(`${service.name} exited with code ${service.child.exitCode}:\n${tail}`);
    }
    try {
      const response = await fetch(`http://127.0.0.1:${service.port}/health/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${service.name} was not ready within ${timeoutMs / 1000} s (see ${service.logFile})`);
}

function stopService(service: RunningService, graceMs = 30_000): Promise<void> {
  if (service.child.exitCode !== null || service.child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => service.child.kill('SIGKILL'), graceMs);
    service.child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    service.child.kill('SIGTERM');
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      services: { type: 'string' },
      smoke: { type: 'boolean', default: false },
      demo: { type: 'boolean', default: false },
      cases: { type: 'string', default: String(DEMO_DEFAULTS.cases) },
      days: { type: 'string', default: String(DEMO_DEFAULTS.days) },
      seed: { type: 'string', default: String(DEMO_DEFAULTS.seed) },
      exit: { type: 'boolean', default: false },
    },
  });
  const count = (name: 'cases' | 'days', value: string) => {
    if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error(`--${name} must be a whole number above 0 (got ${value})`);
    return Number(value);
  };
  const demo = values.demo ? { cases: count('cases', values.cases!), days: count('days', values.days!), seed: values.seed!, exitWhenDone: values.exit! } : undefined;
  const names = discoverServices(values.services?.split(',').map((s) => s.trim()).filter(Boolean));
  mkdirSync(LOG_DIR, { recursive: true });

  say(`starting Kafka (KRaft, single node) with the registry's ${kafkaTopicSpecs({ local: true }).length} topics ...`);
  const cluster = await startKafka({ brokers: 1, topics: kafkaTopicSpecs({ local: true }), log: () => undefined });
  say(`Kafka ${cluster.version} at ${cluster.bootstrap}`);
  if (demo) {
    // The demo runs its own six services (throw-away databases, free ports) through the platform driver.
    try {
      await runDemoMode({ brokers: [cluster.bootstrap], root: ROOT, ...demo });
    } finally {
      say('stopping Kafka ...');
      await cluster.stop();
      say('stopped; nothing left running');
    }
    process.exit(0);
  }

  const basePort = Number(process.env.PLATFORM_BASE_PORT ?? 3001);
  const services = names.map((name, index) => startService(name, basePort + index, cluster.bootstrap));
  let stopping: Promise<void> | undefined;
  const stopAll = (reason: string) =>
    (stopping ??= (async () => {
      say(`\n${reason}: stopping services ...`);
      await Promise.all(services.map((service) => stopService(service)));
      say('stopping Kafka ...');
      await cluster.stop();
      say('stopped; nothing left running');
    })());
  process.on('SIGINT', () => void stopAll('Ctrl-C').then(() => process.exit(0)));
  process.on('SIGTERM', () => void stopAll('SIGTERM').then(() => process.exit(0)));

  try {
    await Promise.all(services.map((service) => waitReady(service)));
  } catch (error) {
    say(`\n${(error as Error).message}`);
    await stopAll('start-up failed');
    process.exit(1);
  }
  say('\nservice            url                        ready   database                     log');
  for (const service of services) {
    say(`${service.name.padEnd(18)} http://127.0.0.1:${String(service.port).padEnd(10)} yes     ${service.databaseUrl.split('/').pop()!.padEnd(28)} .local/logs/${service.name}.log`);
  }
  say(`\nKAFKA_BROKERS=${cluster.bootstrap}`);
  for (const service of services) {
    service.child.once('exit', (code) => {
      if (!stopping) {
        say(`\n${service.name} exited unexpectedly (code ${code}); see ${service.logFile}`);
        void stopAll('a service died').then(() => process.exit(1));
      }
    });
  }
  if (values.smoke) {
    await stopAll('smoke check passed');
    process.exit(0);
  }
  say('every service is ready: /health/ready, /metrics, /ops/clock on each. Ctrl-C stops everything.');
}

main().catch((error: Error) => {
  console.error(`platform: ${error.message}`);
  process.exit(1);
});
