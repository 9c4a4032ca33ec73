import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` in one READ COMMITTED database transaction and hands it the transaction's
 * EntityManager, so that a state change and the outbox rows it causes commit or roll back together.
 *
 * READ COMMITTED is every session's default (createDataSource sets it when connecting), so no
 * isolation level is passed here: TypeORM would send it as a second statement, one more round trip
 * to the database for every transaction of every service.
 */
export function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(work);
}
