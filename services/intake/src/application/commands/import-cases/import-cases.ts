import { Injectable } from '@nestjs/common';
import { Clock } from '@collections/clock';
import type { CaseFile } from '../../../domain/case-file/case-file';
import type { CaseFileInput } from '../../../domain/case-file/case-file.input';
import { validateCaseFile } from '../../../domain/case-file/validate-case-file';
import { calendarDateOf } from '../../../domain/shared/calendar-date';
import type { FieldError } from '../../../domain/shared/field-error';
import { CaseImportStore, NO_PROGRESS, type ImportProgress, type ImportRejection } from '../../ports/case-import-store.port';
import { UnitOfWork } from '../../ports/intake-transaction.port';
import { openCases } from '../open-cases/open-cases';

/** What a bulk reader hands over, in file order. */
export type ImportItem =
  | {
      kind: 'case';
      caseFile: CaseFileInput;
      /** Data rows this case spans. */
      rows: number;
      firstLine: number;
      /** Where in the file a problem of this case must be fixed. */
      locate(error: FieldError): { line: number; column: string };
    }
  | { kind: 'unreadable'; line: number; errors: FieldError[] };

interface PreparedChunk {
  now: Date;
  progress: ImportProgress;
  rejections: ImportRejection[];
  valid: Array<{ caseFile: CaseFile; item: Extract<ImportItem, { kind: 'case' }> }>;
}

/** Cases per transaction: big enough to amortise round trips, small enough to keep memory flat. */
export const IMPORT_CHUNK_CASES = 500;

/**
 * Reads a bulk file to the end: every case is validated on its own, good cases are opened in
 * chunks (one transaction each: cases, their CaseOpened, the report lines and the counters), bad
 * ones are reported by line, column and reason. A chunk that commits is never undone by a later
 * problem in the file. Returns when the file is read; `shouldStop` lets a shutdown end it early.
 */
@Injectable()
export class ImportCasesHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly imports: CaseImportStore,
    private readonly clock: Clock,
  ) {}

  async execute(caseImportId: string, creditorId: string, items: AsyncIterable<ImportItem>, shouldStop: () => boolean = () => false): Promise<void> {
    await this.imports.markRunning(caseImportId);
    // While one chunk's transaction runs in PostgreSQL, the next chunk is read and validated here;
    // commits stay one at a time and in file order.
    let committing: Promise<void> | undefined;
    const hand = async (chunk: ImportItem[]) => {
      const prepared = this.prepare(chunk);
      if (committing) {
        await committing;
        // Asked between two chunks: what is committed stays, the rest of the file is not read.
        if (shouldStop()) throw new Error('the service is shutting down');
      }
      committing = this.commit(caseImportId, creditorId, prepared);
      committing.catch(() => undefined); // awaited before the next chunk or at the end
    };
    let chunk: ImportItem[] = [];
    for await (const item of items) {
      chunk.push(item);
      if (chunk.length >= IMPORT_CHUNK_CASES) {
        await hand(chunk);
        chunk = [];
      }
    }
    if (chunk.length > 0) await hand(chunk);
    await committing;
    await this.imports.complete(caseImportId);
  }

  /** Validates a chunk; nothing is written yet. */
  private prepare(items: ImportItem[]): PreparedChunk {
    const now = this.clock.now();
    const today = calendarDateOf(now);
    const progress: ImportProgress = { ...NO_PROGRESS };
    const rejections: ImportRejection[] = [];
    const valid: Array<{ caseFile: CaseFile; item: Extract<ImportItem, { kind: 'case' }> }> = [];
    for (const item of items) {
      if (item.kind === 'unreadable') {
        progress.rowsRead += 1;
        progress.rowsUnreadable += 1;
        rejections.push(...item.errors.map((error) => ({ line: item.line, column: error.field, code: error.code, message: error.message, creditorReference: '' })));
        continue;
      }
      progress.rowsRead += item.rows;
      progress.casesRead += 1;
      const validation = validateCaseFile(item.caseFile, today);
      if (validation.ok) valid.push({ caseFile: validation.caseFile, item });
      else {
        progress.casesRejected += 1;
        rejections.push(...validation.errors.map((error) => rejectionOf(item, error)));
      }
    }
    return { now, progress, rejections, valid };
  }

  private async commit(caseImportId: string, creditorId: string, { now, progress, rejections, valid }: PreparedChunk): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      const outcomes = await openCases(tx, creditorId, valid.map((v) => v.caseFile), { route: 'bulk_file', caseImportId }, now);
      outcomes.forEach((outcome, i) => {
        if (outcome.status === 'opened') progress.casesOpened += 1;
        else if (outcome.status === 'existing') progress.casesAlreadyKnown += 1;
        else {
          progress.casesRejected += 1;
          const { item } = valid[i];
          const fields = outcome.differences.map((d) => d.field);
          rejections.push({
            ...rejectionOf(item, { field: 'creditorReference', code: 'REFERENCE_CONFLICT', message: '' }),
            message: `this reference is already case ${outcome.caseId} with different content (${fields.slice(0, 5).join(', ')}${fields.length > 5 ? ', ...' : ''})`,
          });
        }
      });
      await tx.imports.record(caseImportId, progress, rejections);
    });
  }
}

function rejectionOf(item: Extract<ImportItem, { kind: 'case' }>, error: FieldError): ImportRejection {
  const { line, column } = item.locate(error);
  const reference = typeof item.caseFile.creditorReference === 'string' ? item.caseFile.creditorReference : '';
  return { line, column, code: error.code, message: error.message, creditorReference: reference };
}
