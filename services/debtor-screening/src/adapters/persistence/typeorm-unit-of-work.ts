import { Injectable } from '@nestjs/common';
import { OutboxWriter } from '@collections/messaging';
import { inTransaction } from '@collections/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { UnitOfWork, type ScreeningTransaction } from '../../application/ports/screening-transaction.port';
import { OutboxVerdictPublisher } from '../messaging/debtor-screened.publisher';
import { SqlDebtorIdentityStore } from './sql-debtor-identity.store';
import { SqlMatchStore } from './sql-match.store';
import { SqlRegisterImportLog } from './sql-register-import.log';
import { SqlRegisterStore } from './sql-register.store';

/** One READ COMMITTED transaction of the screening database, with the outbox writing in it. */
@Injectable()
export class TypeOrmUnitOfWork extends UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {
    super();
  }

  run<T>(work: (tx: ScreeningTransaction) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, (manager) => work(this.within(manager)));
  }

  /** The same stores over a transaction someone else opened (an event consumer's). */
  within(manager: EntityManager, outbox: OutboxWriter = this.outbox): ScreeningTransaction {
    return {
      identities: new SqlDebtorIdentityStore(manager),
      registers: new SqlRegisterStore(manager),
      matches: new SqlMatchStore(manager),
      imports: new SqlRegisterImportLog(manager),
      verdicts: new OutboxVerdictPublisher(manager, outbox),
    };
  }
}
