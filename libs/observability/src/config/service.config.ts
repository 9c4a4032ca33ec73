import 'reflect-metadata';
import { Transform } from 'class-transformer';
import { Equals, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, ValidateIf } from 'class-validator';
import { loadConfig } from './config.loader';
import { IsBrokerList, IsPostgresUrl, splitList } from './config.validators';
import { KAFKA_SASL_MECHANISMS, KAFKA_SECURITY_VARIABLES, type KafkaClientSecurity, type KafkaSaslMechanism } from './kafka-client-security';

export const NODE_ENVS = ['production', 'development', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const PORT_MESSAGE = 'must be an integer between 1 and 65535';

/**
 * 'true'/'false' to a boolean. From the raw variable (`obj[key]`): implicit conversion has already
 * turned `value` into Boolean('false') === true by the time a @Transform runs.
 */
const toBoolean = ({ obj, key }: { obj: Record<string, unknown>; key: string }) => {
  const raw = obj[key];
  return raw === 'true' ? true : raw === 'false' ? false : raw;
};

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
  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  readonly DATABASE_MIGRATE_ON_START: boolean = false;

  /**
   * SASL mechanism of the Kafka listener (Strimzi's KafkaUsers use scram-sha-512); unset: the
   * clients do not authenticate.
   */
  @IsOptional()
  @IsIn(KAFKA_SASL_MECHANISMS, { message: `must be one of ${KAFKA_SASL_MECHANISMS.join(', ')}` })
  readonly KAFKA_SASL_MECHANISM?: KafkaSaslMechanism;

  /** The Kafka user (with Strimzi, the KafkaUser's name); required when KAFKA_SASL_MECHANISM is set. */
  @ValidateIf((config: ServiceConfig) => config.KAFKA_SASL_MECHANISM !== undefined || config.KAFKA_SASL_USERNAME !== undefined)
  @IsString({ message: 'is required when KAFKA_SASL_MECHANISM is set' })
  readonly KAFKA_SASL_USERNAME?: string;

  /** The Kafka user's password (with Strimzi, `password` of the Secret named after the KafkaUser); required when KAFKA_SASL_MECHANISM is set. */
  @ValidateIf((config: ServiceConfig) => config.KAFKA_SASL_MECHANISM !== undefined || config.KAFKA_SASL_PASSWORD !== undefined)
  @IsString({ message: 'is required when KAFKA_SASL_MECHANISM is set' })
  readonly KAFKA_SASL_PASSWORD?: string;

  /** Connect to the brokers over TLS. */
  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  readonly KAFKA_SSL: boolean = false;

  /**
   * PEM file of the CA that signed the brokers' certificates when it is not a public one (Strimzi's
   * cluster CA, `ca.crt` of `<cluster>-cluster-ca-cert`); needs KAFKA_SSL=true.
   */
  @ValidateIf((config: ServiceConfig) => config.KAFKA_SSL_CA_FILE !== undefined && config.KAFKA_SSL !== true)
  @Equals(undefined, { message: 'needs KAFKA_SSL=true' })
  readonly KAFKA_SSL_CA_FILE?: string;

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

  /** What the Kafka clients need to authenticate and encrypt (libs/messaging maps it to kafkajs). */
  get kafkaSecurity(): KafkaClientSecurity {
    const mechanism = this.KAFKA_SASL_MECHANISM;
    return {
      sasl: mechanism ? { mechanism, username: this.KAFKA_SASL_USERNAME ?? '', password: this.KAFKA_SASL_PASSWORD ?? '' } : undefined,
      ssl: this.KAFKA_SSL,
      caFile: this.KAFKA_SSL_CA_FILE,
    };
  }
}

/**
 * The Kafka clients' security settings alone, validated by ServiceConfig's rules: for code that
 * has no service config at hand (the dead-letters CLI, MessagingModule when not given them).
 *
 * @throws ConfigurationError naming the KAFKA_SASL_* / KAFKA_SSL* variables that are wrong.
 */
export function loadKafkaSecurity(env: Readonly<Record<string, string | undefined>> = process.env): KafkaClientSecurity {
  return loadConfig(ServiceConfig, env, { only: KAFKA_SECURITY_VARIABLES }).kafkaSecurity;
}
