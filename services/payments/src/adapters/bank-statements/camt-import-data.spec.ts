import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isReceipt, readBankStatementFile } from './index';

/**
 * bench/ is outside every Nx project, so a service may not import it: the generator is run the way
 * the benchmark runs it (node with @swc-node/register) and its file is read back with the reader.
 */
const REPO_ROOT = join(__dirname, '../../../../..');

interface GeneratedSummary {
  path: string;
  statementId: string;
  entryCount: number;
  totalMinor: string;
}

function generate(path: string, entries: number, seed?: number): GeneratedSummary {
  const script = `require('./bench/camt-import-data').writeCamtImportFile(${JSON.stringify(path)}, { entries: ${entries}, seed: ${seed ?? 'undefined'} })
    .then((s) => process.stdout.write(JSON.stringify({ ...s, totalMinor: String(s.totalMinor) })))`;
  const output = execFileSync(process.execPath, ['-r', '@swc-node/register', '-e', script], { cwd: REPO_ROOT, encoding: 'utf8' });
  return JSON.parse(output) as GeneratedSummary;
}

const isValidOgm = (ref: string) => /^\d{12}$/.test(ref) && (Number(BigInt(ref.slice(0, 10)) % 97n) || 97) === Number(ref.slice(10));

describe('bench/camt-import-data', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'camt-bench-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a statement of N credit entries with distinct valid OGM references that the reader accepts', async () => {
    const summary = generate(join(dir, 'statement.xml'), 1000);
    const file = await readBankStatementFile(createReadStream(summary.path));

    expect(file.entries).toHaveLength(1000);
    expect(file.entries.every(isReceipt)).toBe(true);
    expect(file.statements[0]).toMatchObject({
      statementId: summary.statementId,
      entryCount: 1000,
      closingBalance: { amountMinor: BigInt(summary.totalMinor), currency: 'EUR' },
    });
    const references = file.entries.map((e) => e.transactions[0]!.structuredReference!.reference);
    expect(references.filter((ref) => !isValidOgm(ref))).toEqual([]);
    expect(new Set(references).size).toBe(1000);
    expect(new Set(file.entries.map((e) => e.transactions[0]!.key)).size).toBe(1000);
    expect(file.entries.reduce((sum, e) => sum + e.amount.amountMinor, 0n)).toBe(BigInt(summary.totalMinor));
  }, 30_000);

  it('gives the same bytes for the same seed', () => {
    const a = generate(join(dir, 'a.xml'), 50, 7);
    const b = generate(join(dir, 'b.xml'), 50, 7);
    expect(readFileSync(a.path, 'utf8')).toBe(readFileSync(b.path, 'utf8'));
  }, 30_000);
});
