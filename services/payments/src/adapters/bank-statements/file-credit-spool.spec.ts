import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StatementCredit } from '../../application/commands/import-bank-statement';
import { FileCreditSpool } from './file-credit-spool';

const credit = (i: number): StatementCredit => ({
  key: `STMT-1/BE71096123456769/${i}/REF${i}`, amount: { amountMinor: 9_007_199_254_740_993n + BigInt(i), currency: 'EUR' }, valueDate: '2026-11-20', reversal: false,
  ...(i % 2 ? { structuredReference: `+++090/9337/${String(i).padStart(5, '0')}+++`, debtorName: 'Hélène "Léna" Dubois\n& fils' } : { remittanceText: `facture F-${i}\tpayée` }),
});

describe('FileCreditSpool', () => {
  let parent: string;
  beforeEach(() => {
    parent = mkdtempSync(join(tmpdir(), 'spool-spec-'));
  });
  afterEach(() => rmSync(parent, { recursive: true, force: true }));

  it('gives back every credit written, in order and unchanged (amounts beyond 2^53, quotes, new lines, tabs), in chunks of 500', async () => {
    const spool = new FileCreditSpool(parent);
    const written = Array.from({ length: 1_234 }, (_, i) => credit(i));
    for (let i = 0; i < written.length; i += 97) await spool.write(written.slice(i, i + 97));
    const chunks: StatementCredit[][] = [];
    for await (const chunk of spool.read()) chunks.push([...chunk]);
    expect(chunks.map((chunk) => chunk.length)).toEqual([500, 500, 234]);
    expect(chunks.flat()).toEqual(written);
    await spool.discard();
  });

  it('leaves nothing on disk once discarded, read or not', async () => {
    const read = new FileCreditSpool(parent);
    await read.write([credit(1)]);
    for await (const chunk of read.read()) expect(chunk).toHaveLength(1);
    const unread = new FileCreditSpool(parent);
    await unread.write([credit(2)]);
    expect(readdirSync(parent)).toHaveLength(2);
    await read.discard();
    await unread.discard();
    expect(readdirSync(parent)).toEqual([]);
    expect(existsSync(parent)).toBe(true);
  });

  it('reads nothing when nothing was written, and creates nothing', async () => {
    const spool = new FileCreditSpool(parent);
    await spool.write([]);
    const chunks: unknown[] = [];
    for await (const chunk of spool.read()) chunks.push(chunk);
    expect(chunks).toEqual([]);
    await spool.discard();
    expect(readdirSync(parent)).toEqual([]);
  });
});
