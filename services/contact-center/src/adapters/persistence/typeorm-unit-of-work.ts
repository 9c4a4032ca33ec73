import { Injectable } from '@nestjs/common';
import { OutboxWriter } from '@collections/messaging';
import { inTransaction } from '@collections/persistence';
import { DataSource, type EntityManager } from 'typeorm';
import { UnitOfWork, type ContactCenterTransaction } from '../../application/ports/contact-center.ports';
import { OutboxContactCenterPublisher } from '../messaging/outbox-contact-center.publisher';
import { SqlMessageStore } from './sql-message.store';
import { SqlCaseStore, SqlTaskStore, SqlTermsStore, SqlWorkStore } from './sql-stores';

/** One READ COMMITTED transaction of the contact-center database, with the outbox writing in it. */
@Injectable()
export class TypeOrmUnitOfWork extends UnitOfWork {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
  ) {
    super();
  }

  run<T>(work: (tx: ContactCenterTransaction) => Promise<T>): Promise<T> {
    return inTransaction(this.dataSource, (manager) => work(this.within(manager)));
  }

  /** The same stores over a transaction someone else opened (an event consumer's). */
  within(manager: EntityManager, outbox: OutboxWriter = this.outbox): ContactCenterTransaction {
    return {
      cases: new SqlCaseStore(manager), tasks: new SqlTaskStore(manager), work: new SqlWorkStore(manager), terms: new SqlTermsStore(manager), messages: new SqlMessageStore(manager),
      events: new OutboxContactCenterPublisher(manager, outbox),
    };
  }
}
