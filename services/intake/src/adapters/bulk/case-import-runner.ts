import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { ImportCasesHandler, type ImportItem } from '../../application/commands/import-cases/import-cases';
import { SqlCaseImportStore } from '../persistence/sql-case-import.store';
import type { BulkRow } from './bulk-row';
import { readCsvCases } from './csv-case-reader';
import { decodeUpload, UploadTooLargeError } from './decode-upload';
import { readJsonlCases } from './jsonl-case-reader';
import { locateFieldError } from './locate-field-error';

export type ImportFormat = 'csv' | 'jsonl';

/** How much of an oversized upload is read (and dropped) before the connection is cut. */
const DRAIN_FACTOR = 4;

/** An import whose owner stopped touching it for this long was interrupted (chunks take well under a second). */
const INTERRUPTED_AFTER_MS = 2 * 60_000;

/**
 * Takes a bulk file from the request: spools it to a temporary file while counting and hashing
 * (flat memory; 413 past the limit), answers at once with the import id, then reads the file in
 * the background so the creditor can follow progress with GET /v1/case-imports/{id}.
 */
@Injectable()
export class CaseImportRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('CaseImports');
  private readonly running = new Set<Promise<void>>();
  private stopping = false;
  private readonly spoolDir = join(tmpdir(), 'collections-intake-imports');

  constructor(
    private readonly handler: ImportCasesHandler,
    private readonly store: SqlCaseImportStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const failed = await this.store.failInterrupted(INTERRUPTED_AFTER_MS);
    if (failed > 0) this.logger.warn({ msg: 'imports interrupted by an earlier stop marked failed', count: failed });
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.running]);
  }

  /** @throws UploadTooLargeError past `maxBytes`; UnsupportedCharsetError for a charset other than UTF-8 or windows-1252. */
  async accept(creditorId: string, body: Readable, file: { format: ImportFormat; charset?: string; maxBytes: number }): Promise<string> {
    decodeUpload(Readable.from([]), { charset: file.charset }); // refuses an unsupported charset before reading anything
    await mkdir(this.spoolDir, { recursive: true });
    const path = join(this.spoolDir, `${randomUUID()}.upload`);
    const hash = createHash('sha256');
    let bytes = 0;
    const spool = createWriteStream(path);
    try {
      for await (const chunk of body as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        // Past the limit nothing more is kept, but the upload is drained (up to a bound) so the
        // client, still sending, gets to read the 413 instead of a reset connection.
        if (bytes > file.maxBytes * DRAIN_FACTOR) break;
        if (bytes > file.maxBytes) continue;
        hash.update(chunk);
        if (!spool.write(chunk)) await once(spool, 'drain');
      }
      spool.end();
      await finished(spool);
      if (bytes > file.maxBytes) throw new UploadTooLargeError(file.maxBytes);
    } catch (error) {
      spool.destroy();
      await rm(path, { force: true });
      throw error;
    }
    const caseImportId = await this.store.create(creditorId, { format: file.format, bytes, sha256: hash.digest('hex') });
    const run = this.run(caseImportId, creditorId, path, file).finally(() => this.running.delete(run));
    this.running.add(run);
    return caseImportId;
  }

  private async run(caseImportId: string, creditorId: string, path: string, file: { format: ImportFormat; charset?: string; maxBytes: number }): Promise<void> {
    const started = Date.now();
    try {
      const text = decodeUpload(createReadStream(path), { charset: file.charset, maxBytes: file.maxBytes });
      const rows = file.format === 'csv' ? readCsvCases(text) : readJsonlCases(text);
      await this.handler.execute(caseImportId, creditorId, toImportItems(rows, file.format), () => this.stopping);
      this.logger.log({ msg: 'case import completed', caseImportId, creditorId, ms: Date.now() - started });
    } catch (error) {
      const reason = this.stopping ? 'interrupted by a stop of the service; upload the file again: cases already opened are recognised and not duplicated' : 'the file could not be read to the end';
      this.logger.error({ msg: 'case import failed', caseImportId, creditorId, err: error });
      await this.store.fail(caseImportId, reason).catch(() => undefined);
    } finally {
      await rm(path, { force: true });
    }
  }
}

async function* toImportItems(rows: AsyncIterable<BulkRow>, format: ImportFormat): AsyncGenerator<ImportItem> {
  for await (const row of rows) {
    if (row.kind === 'rejected') {
      yield { kind: 'unreadable', line: row.line, errors: row.errors };
      continue;
    }
    yield {
      kind: 'case',
      caseFile: row.caseFile,
      rows: format === 'csv' ? new Set(row.lines).size || 1 : 1,
      firstLine: row.firstLine,
      // JSON Lines has no columns: the problem is named by its path in the line's object.
      locate: format === 'csv' ? (error) => locateFieldError(row, error) : (error) => ({ line: row.firstLine, column: error.field }),
    };
  }
}
