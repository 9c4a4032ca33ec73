import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '../../../..');
const run = promisify(execFile);

/** One row of `npm run dead-letters -- list`, as the operator reads it. */
export interface ListedDeadLetter {
  id: string;
  group: string;
  topic: string;
  key: string | null;
  error: string;
  attempts: number;
  status: string;
}

/**
 * The operator's dead-letters CLI (libs/messaging/src/cli/dead-letters.cli.ts), run as the README
 * says: what it prints is what "visible to an operator" means. `list` prints a console.table; its
 * rows are read back by column.
 */
export async function listDeadLetters(databaseUrl: string, group?: string): Promise<ListedDeadLetter[]> {
  const { stdout } = await cli(['list', '--database-url', databaseUrl, ...(group ? ['--group', group] : [])]);
  const lines = stdout.split('\n').filter((line) => line.startsWith('│'));
  if (lines.length === 0) return [];
  const cells = (line: string) => line.split('│').slice(1, -1).map((cell) => cell.trim());
  const header = cells(lines[0]!);
  return lines.slice(1).map((line) => {
    const row = Object.fromEntries(cells(line).map((cell, i) => [header[i], cell.replace(/^'(.*)'$/, '$1')]));
    return {
      id: row.id!,
      group: row.group!,
      topic: row.topic!,
      key: row.key === 'null' ? null : (row.key ?? null),
      error: row.error!,
      attempts: Number(row.attempts),
      status: row.status!,
    };
  });
}

/** `npm run dead-letters -- replay --id …`: sends the dead letters back through their group's retry topic. */
export async function replayDeadLetters(databaseUrl: string, brokers: string[], group: string, ids: string[]): Promise<string> {
  const { stdout } = await cli(['replay', '--database-url', databaseUrl, '--brokers', brokers.join(','), '--group', group, ...ids.flatMap((id) => ['--id', id])]);
  return stdout.trim();
}

function cli(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'libs/messaging/src/cli/dead-letters.cli.ts'), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', SWC_NODE_PROJECT: join(ROOT, 'tsconfig.base.json') },
    maxBuffer: 16 * 1024 * 1024,
  });
}
