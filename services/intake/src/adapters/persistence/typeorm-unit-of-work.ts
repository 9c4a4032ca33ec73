import { Injectable } from '@nestjs/common';
import { OutboxWriter } from '@collections/messaging';
import { inTransaction } from '@collections/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { UnitOfWork, type IntakeTransaction } from '../../application/ports/intake-transaction.port';
import { SqlCaseImportLog } from './sql-case-import.store';
import { SqlCaseMessages } from './sql-case-messages';
import { SqlCaseRecords } from './sql-case.records';
import { SqlCaseStore } from './sql-case.store';
import { SqlConsultantPool } from './sql-consultant.pool';
import { SqlCreditorTerms } from './sql-creditor.terms';

/** One READ COMMITTED transaction of the intake database, with the outbox writing in it. */
@Injectable()
export class TypeOrmUnitOfWork extends UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {
    super();
  }

  run<T>(work: (tx: IntakeTransaction) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, (manager) => work(this.within(manager)));
  }

  /** The same stores over a transaction someone else opened (an event consumer's). */
  within(manager: EntityManager): IntakeTransaction {
    return {
      cases: new SqlCaseStore(manager, this.outbox), consultants: new SqlConsultantPool(manager), terms: new SqlCreditorTerms(manager), imports: new SqlCaseImportLog(manager),
      records: new SqlCaseRecords(manager, this.outbox), messages: new SqlCaseMessages(manager, this.outbox),
    };
  }
}
