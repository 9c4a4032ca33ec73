export { createDataSource, type DataSourceOptions } from './data-source.factory';
export { ensureDatabase, dropDatabase } from './database-admin';
export { parseDatabaseUrl, type DatabaseLocation } from './database-url';
export { inTransaction } from './transaction';
export { DatabaseReadiness } from './database-readiness';
export { PersistenceModule, type PersistenceModuleOptions } from './persistence.module';
