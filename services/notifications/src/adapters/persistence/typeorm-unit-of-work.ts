import { Injectable } from '@nestjs/common';
import { OutboxWriter } from '@collections/messaging';
import { inTransaction } from '@collections/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { UnitOfWork, type NotificationsTransaction } from '../../application/ports/delivery.ports';
import { OutboxNotificationPublisher } from '../messaging/outbox-notification.publisher';
import { SqlDeliveryStore } from './sql-delivery.store';
import { SqlCaseFactsStore, SqlDocumentStore, SqlSuppressionStore } from './sql-notification.stores';

/** One READ COMMITTED transaction of the notifications database, with the outbox writing in it. */
@Injectable()
export class TypeOrmUnitOfWork extends UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {
    super();
  }

  run<T>(work: (tx: NotificationsTransaction) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, (manager) => work(this.within(manager)));
  }

  within(manager: EntityManager, outbox: OutboxWriter = this.outbox): NotificationsTransaction {
    return {
      deliveries: new SqlDeliveryStore(manager),
      suppressions: new SqlSuppressionStore(manager),
      cases: new SqlCaseFactsStore(manager),
      documents: new SqlDocumentStore(manager),
      events: new OutboxNotificationPublisher(manager, outbox),
    };
  }
}
