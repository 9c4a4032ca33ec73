import { CaseImportLog, NO_PROGRESS, type ImportProgress, type ImportRejection } from '../../src/application/ports/case-import-store.port';

/** The import report and counters in memory: one entry per committed chunk. */
export class InMemoryCaseImportLog extends CaseImportLog {
  readonly chunks: Array<{ caseImportId: string; progress: ImportProgress; rejections: ImportRejection[] }> = [];

  async record(caseImportId: string, progress: ImportProgress, rejections: ImportRejection[]): Promise<void> {
    this.chunks.push({ caseImportId, progress: { ...progress }, rejections: rejections.map((rejection) => ({ ...rejection })) });
  }

  /** The counters summed over every chunk, as the import row would hold them. */
  get totals(): ImportProgress {
    const sum = { ...NO_PROGRESS };
    for (const { progress } of this.chunks) for (const key of Object.keys(sum) as Array<keyof ImportProgress>) sum[key] += progress[key];
    return sum;
  }

  get rejections(): ImportRejection[] {
    return this.chunks.flatMap((chunk) => chunk.rejections);
  }
}
