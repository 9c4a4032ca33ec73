import 'reflect-metadata';
import { IsBoolean, IsIn, IsOptional, Matches } from 'class-validator';
import { Transform } from 'class-transformer';
import { IsPostgresUrl, LOG_LEVELS, createLogger, failFastOnConfigError, loadConfig, type LogLevel } from '@collections/observability';
import { createDataSource, ensureDatabase } from '@collections/persistence';

/**
 * What the migration command reads: only the database, so the migration Job needs neither Kafka
 * nor the service's own secrets. Same variable names and validation as the service itself.
 */
class MigrationConfig {
  @IsPostgresUrl({ message: 'must be a postgres:// URL with a host' })
  readonly DATABASE_URL!: string;

  /** Create the database first when it is missing (compose, dev clusters); production databases are provisioned. */
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'must be true or false' })
  readonly DATABASE_CREATE_IF_MISSING: boolean = false;

  @IsIn(LOG_LEVELS)
  readonly LOG_LEVEL: LogLevel = 'info';

  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]{0,62}$/)
  readonly SERVICE_NAME?: string;
}

type MigrationClass = new () => unknown;

/** The one exported array of migration classes of a service's `migrations/index.ts`. */
function migrationList(exports: Record<string, unknown>): MigrationClass[] {
  const lists = Object.entries(exports).filter(([name, value]) => name.endsWith('_MIGRATIONS') && Array.isArray(value));
  if (lists.length !== 1) throw new Error(`expected one *_MIGRATIONS export, found ${lists.map(([name]) => name).join(', ') || 'none'}`);
  return lists[0]![1] as MigrationClass[];
}

/**
 * The image's migration command (`node migrate.js`): applies the service's pending migrations, each
 * in its own transaction, and exits 0, or 1 with the error logged. Run by the Kubernetes migration
 * Job and the compose `<service>-migrate` job before the new version starts; the service itself
 * starts with DATABASE_MIGRATE_ON_START=false in every deployment.
 */
export async function migrateDatabase(service: string, migrationsModule: Record<string, unknown>): Promise<void> {
  const config = failFastOnConfigError(() => loadConfig(MigrationConfig));
  const logger = createLogger({ service: config.SERVICE_NAME ?? service, level: config.LOG_LEVEL });
  try {
    if (config.DATABASE_CREATE_IF_MISSING && (await ensureDatabase(config.DATABASE_URL))) logger.info('database created');
    const dataSource = await createDataSource({ url: config.DATABASE_URL, migrations: migrationList(migrationsModule), poolSize: 1, applicationName: `${service}-migrate` }).initialize();
    try {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      logger.info({ applied: applied.map((migration) => migration.name) }, `migrations applied: ${applied.length}`);
    } finally {
      await dataSource.destroy();
    }
  } catch (error: unknown) {
    logger.error({ err: error }, 'migration failed');
    process.exitCode = 1;
  }
}
