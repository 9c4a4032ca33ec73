import { UnitOfWork, type IntakeTransaction } from '../../src/application/ports/intake-transaction.port';
import { FixedCreditorTerms } from './fixed-creditor.terms';
import { InMemoryCaseImportLog } from './in-memory-case-import.log';
import { InMemoryCaseMessages } from './in-memory-case.messages';
import { InMemoryCaseRecords } from './in-memory-case.records';
import { InMemoryCaseStore } from './in-memory-case.store';
import { InMemoryConsultantPool } from './in-memory-consultant.pool';

/**
 * Runs work on in-memory stores and counts the runs (one per transaction). It does not roll
 * back: a spec that needs atomicity belongs with the integration tests.
 */
export class InMemoryUnitOfWork extends UnitOfWork {
  runs = 0;
  readonly tx: IntakeTransaction & { cases: InMemoryCaseStore; consultants: InMemoryConsultantPool; imports: InMemoryCaseImportLog; records: InMemoryCaseRecords; messages: InMemoryCaseMessages };

  constructor(
    stores: Partial<{ cases: InMemoryCaseStore; consultants: InMemoryConsultantPool; terms: FixedCreditorTerms; imports: InMemoryCaseImportLog; records: InMemoryCaseRecords }> = {},
    private readonly journal: string[] = [],
  ) {
    super();
    this.tx = {
      cases: stores.cases ?? new InMemoryCaseStore(),
      consultants: stores.consultants ?? new InMemoryConsultantPool(),
      terms: stores.terms ?? new FixedCreditorTerms(),
      imports: stores.imports ?? new InMemoryCaseImportLog(),
      records: stores.records ?? new InMemoryCaseRecords(),
      messages: new InMemoryCaseMessages(),
    };
  }

  async run<T>(work: (tx: IntakeTransaction) => Promise<T>): Promise<T> {
    this.runs += 1;
    this.journal.push(`transaction ${this.runs}`);
    return work(this.tx);
  }
}
