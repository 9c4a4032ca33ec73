import 'reflect-metadata';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';
import { IsBrokerList, IsPostgresUrl, splitList } from './config.validators';

export const NODE_ENVS = ['production', 'development', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const PORT_MESSAGE = 'must be an integer between 1 and 65535';

/**
 * Variables every service needs. Property names are the environment variable names, so the
 * error message, the deployment manifest and the code all use one spelling. A service extends
 * this class with its own variables and passes the subclass to `loadConfig`.
 */
export class ServiceConfig {
  @IsIn(NODE_ENVS, { message: `must be one of ${NODE_ENVS.join(', ')}` })
  readonly NODE_ENV: NodeEnv = 'development';

  @IsInt({ message: PORT_MESSAGE })
  @Min(1, { message: PORT_MESSAGE })
  @Max(65535, { message: PORT_MESSAGE })
  readonly HTTP_PORT: number = 3000;

  @IsPostgresUrl({ message: 'must be a postgres:// URL with a host' })
  readonly DATABASE_URL!: string;

  // Parsed into a list here so no service re-implements the splitting.
  @Transform(({ value }) => splitList(value))
  @IsBrokerList({ message: 'must be a comma-separated list of host:port (e.g. "localhost:9092")' })
  readonly KAFKA_BROKERS!: string[];

  /** Create the database and apply pending migrations at start-up (local runs; production runs a job). */
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'must be true or false' })
  readonly DATABASE_MIGRATE_ON_START: boolean = false;

  @IsIn(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
  readonly LOG_LEVEL: LogLevel = 'info';

  @IsOptional()
  @IsUrl(
    { require_tld: false, require_protocol: true, protocols: ['http', 'https'] },
    { message: 'must be an http(s) URL' },
  )
  readonly OTEL_EXPORTER_OTLP_ENDPOINT?: string;

  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]{0,62}$/, { message: 'must be lower-case letters, digits and dashes' })
  readonly SERVICE_NAME?: string;

  /**
   * Shared secret of the agency's operators for `/ops/...` endpoints (X-Operator-Token). Required in
   * production; elsewhere it defaults to `local-operator-token` for local runs.
   */
  @ValidateIf((config: ServiceConfig) => config.NODE_ENV === 'production' || config.OPERATOR_TOKEN !== undefined)
  @IsString({ message: 'must be set in production (the operator endpoints need it)' })
  @MinLength(16, { message: 'must be at least 16 characters' })
  readonly OPERATOR_TOKEN?: string;

  get operatorToken(): string {
    return this.OPERATOR_TOKEN ?? 'local-operator-token';
  }
}
