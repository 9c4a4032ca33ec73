import type { Readable } from 'node:stream';
import type { RegisterBatch, RegisterFeed } from '../../application/ports/register-feed.port';
import { readRegisterCsv, type RegisterCsvOptions } from './register-csv.reader';

/** A register CSV file (layout: ./README.md) as a feed of changes, one batch per chunk of rows. */
export class CsvRegisterFeed implements RegisterFeed {
  constructor(
    readonly name: string,
    private readonly file: Readable | AsyncIterable<Buffer>,
    private readonly options: RegisterCsvOptions,
  ) {}

  async *batches(): AsyncIterable<RegisterBatch> {
    for await (const chunk of readRegisterCsv(this.file, this.options)) {
      // The entry keeps only what the register says: the row and declared action travel beside it.
      const changes = chunk.entries.map(({ row, declaredAction, ...entry }) => ({ row, declaredAction, entry }));
      yield { changes, problems: chunk.problems };
    }
  }
}
