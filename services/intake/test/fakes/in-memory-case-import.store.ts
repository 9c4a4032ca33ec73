import { CaseImportStore } from '../../src/application/ports/case-import-store.port';

/** Import bookkeeping in memory; every call is written to `journal`, shared with the unit of work. */
export class InMemoryCaseImportStore extends CaseImportStore {
  readonly states = new Map<string, 'running' | 'completed' | 'failed'>();

  constructor(private readonly journal: string[] = []) {
    super();
  }

  async markRunning(caseImportId: string): Promise<void> {
    this.journal.push(`running ${caseImportId}`);
    this.states.set(caseImportId, 'running');
  }

  async complete(caseImportId: string): Promise<void> {
    this.journal.push(`completed ${caseImportId}`);
    this.states.set(caseImportId, 'completed');
  }

  async fail(caseImportId: string, reason: string): Promise<void> {
    this.journal.push(`failed ${caseImportId}: ${reason}`);
    this.states.set(caseImportId, 'failed');
  }
}
