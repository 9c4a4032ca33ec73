import { Injectable } from '@nestjs/common';
import { OutboxWriter } from '@collections/messaging';
import { inTransaction } from '@collections/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { UnitOfWork, type PaymentsTransaction } from '../../application/ports/payments-transaction.port';
import { OutboxPaymentsPublisher } from '../messaging/outbox-payments.publisher';
import { SqlCaseAccountStore } from './sql-case-account.store';
import { SqlCreditorAccountStore } from './sql-creditor-account.store';
import { SqlLedgerStore } from './sql-ledger.store';
import { SqlPlanStore } from './sql-plan.store';
import { SqlReceiptStore } from './sql-receipt.store';
import { SqlRefundStore } from './sql-refund.store';

/** One READ COMMITTED transaction of the payments database, with the outbox writing in it. */
@Injectable()
export class TypeOrmUnitOfWork extends UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {
    super();
  }

  run<T>(work: (tx: PaymentsTransaction) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, async (manager) => {
      const tx = this.within(manager, this.outbox, true);
      const result = await work(tx);
      await tx.events.flush();
      return result;
    });
  }

  /** The same stores over a transaction someone else opened (an event consumer's): events are written as they come. */
  within(manager: EntityManager, outbox: OutboxWriter = this.outbox, bufferEvents = false): PaymentsTransaction {
    return {
      accounts: new SqlCaseAccountStore(manager),
      ledger: new SqlLedgerStore(manager),
      receipts: new SqlReceiptStore(manager),
      plans: new SqlPlanStore(manager),
      creditors: new SqlCreditorAccountStore(manager),
      refunds: new SqlRefundStore(manager),
      events: new OutboxPaymentsPublisher(manager, outbox, bufferEvents),
    };
  }
}
