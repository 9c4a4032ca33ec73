import type { DataSource, EntityManager } from 'typeorm';

/**
 * Runs `work` in one database transaction and hands it the transaction's EntityManager, so that a
 * state change and the outbox rows it causes commit or roll back together.
 */
export function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction('READ COMMITTED', work);
}
