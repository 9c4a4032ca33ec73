import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { EX_CONFIG, failFastOnConfigError } from './config-failure.handler';
import { ConfigurationError } from './configuration.error';

const WORKSPACE_ROOT = join(__dirname, '../../../..');
const FIXTURE = join(__dirname, 'config-failure.fixture.ts');

function runFixture(env: Record<string, string>) {
  // Only PATH is inherited: the fixture must see exactly the variables under test.
  return spawnSync(process.execPath, ['-r', '@swc-node/register', FIXTURE], {
    cwd: WORKSPACE_ROOT,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('failFastOnConfigError', () => {
  it('exits with EX_CONFIG and one JSON line on stderr naming each bad variable', () => {
    const result = runFixture({ HTTP_PORT: 'abc', KAFKA_BROKERS: 'localhost:9092' });

    expect(result.status).toBe(EX_CONFIG);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? '') as { level: string; msg: string; problems: { variable: string }[] };
    expect(line.level).toBe('fatal');
    expect(line.msg).toContain('DATABASE_URL is missing');
    expect(line.msg).toContain('HTTP_PORT must be an integer between 1 and 65535 (got "abc")');
    expect(line.problems.map((p) => p.variable)).toEqual(['HTTP_PORT', 'DATABASE_URL']);
  }, 60_000);

  it('lets the process run on when the environment is valid', () => {
    const result = runFixture({ DATABASE_URL: 'postgres://db/app', KAFKA_BROKERS: 'a:1,b:2', HTTP_PORT: '8080' });

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ port: 8080, brokers: ['a:1', 'b:2'] });
  }, 60_000);

  it('rethrows errors that are not configuration errors', () => {
    const exit = jest.fn<never, [number]>();

    expect(() =>
      failFastOnConfigError(
        () => {
          throw new TypeError('bug in the loader');
        },
        { writeStderr: () => undefined, exit },
      ),
    ).toThrow(TypeError);
    expect(exit).not.toHaveBeenCalled();
  });

  it('writes the message and exits through the given io', () => {
    const written: string[] = [];
    const exit = jest.fn((code: number): never => {
      throw new Error(`exit ${code}`);
    });

    expect(() =>
      failFastOnConfigError(
        () => {
          throw new ConfigurationError([{ variable: 'KAFKA_BROKERS', reason: 'is missing' }]);
        },
        { writeStderr: (line) => written.push(line), exit },
      ),
    ).toThrow('exit 78');
    expect(written.join('')).toContain('Invalid configuration: KAFKA_BROKERS is missing');
  });
});
