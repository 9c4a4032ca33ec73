import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { CreditSpool, StatementCredit } from '../../application/commands/import-bank-statement';

/** Credits read back per batch: the import books them in chunks of this size. */
const BATCH = 500;

/**
 * A bank file's credits kept on local disk, one JSON line each, while the rest of the file is read
 * and checked: memory stays flat whatever the file's size, and nothing is booked from a file that
 * turns out wrong. The directory is private to the import and removed by `discard`.
 */
export class FileCreditSpool implements CreditSpool {
  private out: WriteStream | undefined;
  private directory: string | undefined;

  constructor(private readonly parent: string = tmpdir()) {}

  async write(credits: readonly StatementCredit[]): Promise<void> {
    if (credits.length === 0) return;
    if (!this.out) {
      this.directory = await mkdtemp(join(this.parent, 'bank-statement-'));
      this.out = createWriteStream(join(this.directory, 'credits.jsonl'));
    }
    const text = credits.map((credit) => JSON.stringify({ ...credit, amount: { amountMinor: credit.amount.amountMinor.toString(), currency: credit.amount.currency } })).join('\n');
    if (!this.out.write(`${text}\n`)) await once(this.out, 'drain');
  }

  async *read(): AsyncIterable<StatementCredit[]> {
    if (!this.out) return;
    if (!this.out.writableFinished) {
      this.out.end();
      await once(this.out, 'finish');
    }
    let batch: StatementCredit[] = [];
    for await (const line of createInterface({ input: createReadStream(join(this.directory!, 'credits.jsonl')), crlfDelay: Infinity })) {
      const stored = JSON.parse(line) as Omit<StatementCredit, 'amount'> & { amount: { amountMinor: string; currency: string } };
      batch.push({ ...stored, amount: { amountMinor: BigInt(stored.amount.amountMinor), currency: stored.amount.currency } });
      if (batch.length === BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  async discard(): Promise<void> {
    if (this.out && !this.out.closed) {
      this.out.destroy();
      await once(this.out, 'close').catch(() => undefined);
    }
    if (this.directory) await rm(this.directory, { recursive: true, force: true });
    this.out = undefined;
    this.directory = undefined;
  }
}
