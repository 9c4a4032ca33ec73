import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createThrowawayDatabase, freePorts, testBrokers, waitFor, type ThrowawayDatabase } from '@collections/testing';

export interface DunningProcess {
  url: string;
  operator: Record<string, string>;
  stop(): Promise<void>;
}

/** The dunning service as a process of its own, on a throw-away database and the test broker, as it runs beside contact-center. */
export async function startDunningProcess(): Promise<DunningProcess> {
  const operator = { 'X-Operator-Token': 'dunning-operator-token-in-this-test' };
  const database: ThrowawayDatabase = await createThrowawayDatabase('dunning_xs');
  const port = (await freePorts(1))[0]!;
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', 'services/dunning/src/main.ts'], {
    cwd: join(__dirname, '..', '..', '..', '..'),
    env: {
      PATH: process.env.PATH, NODE_ENV: 'test', DATABASE_URL: database.url, KAFKA_BROKERS: testBrokers().join(','), DATABASE_MIGRATE_ON_START: 'true', LOG_LEVEL: 'warn',
      OPERATOR_TOKEN: operator['X-Operator-Token'], HTTP_PORT: String(port), HTTP_HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitFor('dunning ready', async () => fetch(`${url}/health/ready`).then((answer) => answer.ok, () => false), { timeoutMs: 90_000 });
  return {
    url,
    operator,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
      await database.drop();
    },
  };
}
