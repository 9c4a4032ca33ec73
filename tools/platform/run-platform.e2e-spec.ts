import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

describe('npm start (the README run command)', () => {
  const kafkaProcesses = () => spawnSync('pgrep', ['-f', 'kafka\\.Kafka'], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean);

  it('starts Kafka and every service, each ready on its own database, then stops leaving nothing running', () => {
    const before = kafkaProcesses();
    const result = spawnSync(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'run-platform.ts'), '--smoke'], {
      cwd: ROOT,
      env: { ...process.env, PLATFORM_BASE_PORT: '3901', KAFKA_BROKERS: '' },
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    for (const service of ['intake', 'debtor-screening', 'dunning', 'contact-center', 'payments', 'notifications']) {
      expect(result.stdout).toMatch(new RegExp(`^${service}\\s+http://127\\.0\\.0\\.1:39\\d\\d\\s+yes\\s+collections_${service.replace('-', '_')}`, 'm'));
    }
    expect(result.stdout).toContain('stopped; nothing left running');
    // No broker it started is left: only processes that were there before (the test run's own broker,
    // and on a shared machine other runs' brokers, which may also have ended meanwhile).
    expect(kafkaProcesses().filter((pid) => !before.includes(pid))).toEqual([]);
  });
});
