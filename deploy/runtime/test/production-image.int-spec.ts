import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { parse } from 'yaml';
import { SERVICE_NAMES } from '@collections/contracts';
import { createThrowawayDatabase, testBrokers, type ThrowawayDatabase } from '@collections/testing';
import { readDockerfile } from './dockerfile';
import { productionNodeModules } from './production-deps';

const ROOT = join(__dirname, '../../..');
const dockerfile = readDockerfile(ROOT);
const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'));
// The pods' grace period (and compose's stop_grace_period): a clean exit must come within it.
const GRACE_MS = 30_000;

/** `${NAME:-default}` as compose resolves it with NAME unset. */
const resolveCompose = (value: unknown) => String(value).replace(/\$\{[A-Z0-9_]+:-([^}]*)\}/g, '$1');

function composeEnvironment(service: string): Record<string, string> {
  return Object.fromEntries(Object.entries(compose.services[service].environment as Record<string, unknown>).map(([name, value]) => [name, resolveCompose(value)]));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

// The image's ENTRYPOINT minus tini (which only forwards signals) and with this machine's node.
function imageCommand(cmd: string[]): [string, string[]] {
  const [tini, dashdash, node, ...nodeArgs] = dockerfile.entrypoint;
  expect([tini, dashdash, node]).toEqual(['/usr/bin/tini', '--', 'node']);
  return [process.execPath, [...nodeArgs, ...cmd]];
}

/**
 * The object store: the services that keep documents run with compose's own object-store variables
 * (OBJECT_STORE=s3, an endpoint, so path-style, the region and bucket) against s3rver, an S3 server
 * in this process, with only its address and credentials swapped in (s3rver takes the key id S3RVER
 * only). So a variable missing from the deployment, or an S3 client missing from the production
 * dependencies, fails the start here, as it would in the image; a writable OBJECT_STORE_DIR instead
 * would test a configuration no deployment uses.
 */
const objectStoreUsers = SERVICE_NAMES.filter((service) => composeEnvironment(service).OBJECT_STORE === 's3');

describe('each service from its production build, as its image runs it (production dependencies only)', () => {
  let workdir: string;
  let s3: S3rver | undefined;
  let s3Endpoint: string;
  const asImageUser = process.getuid?.() === 0 ? { uid: Number(dockerfile.user.split(':')[0]), gid: Number(dockerfile.user.split(':')[1]) } : {};

  beforeAll(async () => {
    workdir = mkdtempSync(join(tmpdir(), 'collections-images-'));
    chmodSync(workdir, 0o755);
    // The Dockerfile's build step, into our own output folder.
    expect(dockerfile.buildCommand).toContain('npm run -s build:services -- --service "${SERVICE}" --out-dir /out');
    const built = spawnSync('npm', ['run', '-s', 'build:services', '--', ...SERVICE_NAMES.flatMap((s) => ['--service', s]), '--out-dir', join(workdir, 'out')], { cwd: ROOT, encoding: 'utf8' });
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);

    const buckets = [...new Set(objectStoreUsers.map((service) => composeEnvironment(service).OBJECT_STORE_S3_BUCKET!))];
    mkdirSync(join(workdir, 's3'));
    s3 = new S3rver({ address: '127.0.0.1', port: 0, directory: join(workdir, 's3'), silent: true, configureBuckets: buckets.map((name) => ({ name })) });
    const { port } = await s3.run();
    s3Endpoint = `http://127.0.0.1:${port}`;
  }, 180_000);
  afterAll(async () => {
    await s3?.close();
    rmSync(workdir, { recursive: true, force: true });
  });

  it('runs the four services that keep documents against the S3 store, never on a local folder', () => {
    expect(objectStoreUsers).toEqual(expect.arrayContaining(['intake', 'contact-center', 'notifications', 'payments']));
    for (const service of objectStoreUsers) {
      const env = composeEnvironment(service);
      for (const name of ['OBJECT_STORE_S3_ENDPOINT', 'OBJECT_STORE_S3_REGION', 'OBJECT_STORE_S3_BUCKET', 'OBJECT_STORE_S3_ACCESS_KEY_ID', 'OBJECT_STORE_S3_SECRET_ACCESS_KEY']) {
        expect({ service, name, set: (env[name] ?? '') !== '' }).toEqual({ service, name, set: true });
      }
      expect(env.OBJECT_STORE_DIR).toBeUndefined();
    }
  });

  it.each(SERVICE_NAMES)('%s migrates, becomes ready against Kafka and PostgreSQL, and exits cleanly on SIGTERM', async (service) => {
    const modules = productionNodeModules(ROOT);
    // The image's /app: the service's build output beside the production node_modules.
    const app = join(workdir, service, dockerfile.workdir.replace(/^\//, ''));
    cpSync(join(workdir, 'out', service), app, { recursive: true });
    symlinkSync(modules, join(app, 'node_modules'));
    expect(existsSync(join(app, 'node_modules/@swc-node'))).toBe(false);
    expect(existsSync(join(app, 'node_modules/jest'))).toBe(false);
    expect(existsSync(join(app, 'node_modules/pg/package.json'))).toBe(true);

    let database: ThrowawayDatabase | undefined;
    let child: ChildProcess | undefined;
    try {
      database = await createThrowawayDatabase(`image_${service}`);
      const overrides: Record<string, string> = { DATABASE_URL: database.url, KAFKA_BROKERS: testBrokers().join(','), HTTP_PORT: String(await freePort()) };
      if (objectStoreUsers.includes(service)) {
        Object.assign(overrides, { OBJECT_STORE_S3_ENDPOINT: s3Endpoint, OBJECT_STORE_S3_ACCESS_KEY_ID: 'S3RVER', OBJECT_STORE_S3_SECRET_ACCESS_KEY: 'S3RVER' });
      }
      const base = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: '/tmp', ...dockerfile.env };

      const [node, migrateArgs] = imageCommand(compose.services[`${service}-migrate`].command);
      const migrate = spawnSync(node, migrateArgs, { cwd: app, env: { ...base, ...composeEnvironment(`${service}-migrate`), DATABASE_URL: database.url }, encoding: 'utf8', timeout: 60_000, ...asImageUser });
      expect(migrate.stderr).toBe('');
      expect(migrate.status).toBe(0);
      expect(migrate.stdout).toContain('migrations applied');

      const [, mainArgs] = imageCommand(dockerfile.cmd);
      const env: Record<string, string> = { ...base, ...composeEnvironment(service), ...overrides };
      expect(env.NODE_ENV).toBe('production');
      expect(env.DATABASE_MIGRATE_ON_START).toBe('false');
      let output = '';
      child = spawn(node, mainArgs, { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'], ...asImageUser });
      child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child!.once('exit', (code, signal) => resolve({ code, signal })));

      const ready = await waitReady(`http://127.0.0.1:${overrides.HTTP_PORT}/health/ready`, child, () => output);
      expect(ready).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, kafka: { status: 'up' } } });

      const stoppedAt = Date.now();
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      const result = await Promise.race([exited, new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), GRACE_MS)))]);
      clearTimeout(timer);
      expect(result).toEqual({ code: 0, signal: null });
      expect(Date.now() - stoppedAt).toBeLessThan(GRACE_MS);
      expect(output).toContain('"msg":"stopped"');
      // Nothing fell back to the filesystem store (its default folder, relative to /app).
      expect(existsSync(join(app, 'tmp/object-store'))).toBe(false);
    } finally {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await database?.drop();
    }
  }, 180_000);
});

async function waitReady(url: string, child: ChildProcess, output: () => string): Promise<unknown> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode} before it was ready:\n${output().slice(-3000)}`);
    try {
      const response = await fetch(url);
      if (response.ok) return response.json();
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`not ready within 120 s:\n${output().slice(-3000)}`);
}
