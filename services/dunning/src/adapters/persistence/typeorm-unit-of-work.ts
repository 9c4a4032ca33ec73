import { Injectable } from '@nestjs/common';
import { OutboxWriter } from '@collections/messaging';
import { inTransaction } from '@collections/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { UnitOfWork, type DunningTransaction } from '../../application/ports/dunning-transaction.port';
import { OutboxDunningPublisher } from '../messaging/outbox-dunning.publisher';
import { SqlActionLog } from './sql-action.log';
import { SqlPlanStore } from './sql-plan.store';
import { SqlTimerStore } from './sql-timer.store';

/** One READ COMMITTED transaction of the dunning database, with the outbox writing in it. */
@Injectable()
export class TypeOrmUnitOfWork extends UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {
    super();
  }

  run<T>(work: (tx: DunningTransaction) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, (manager) => work(this.within(manager)));
  }

  /** The same stores over a transaction someone else opened (an event consumer's). */
  within(manager: EntityManager, outbox: OutboxWriter = this.outbox): DunningTransaction {
    return { plans: new SqlPlanStore(manager), timers: new SqlTimerStore(manager), actions: new SqlActionLog(manager), events: new OutboxDunningPublisher(manager, outbox) };
  }
}
