import { IsOptional, IsString, MinLength } from 'class-validator';
import { loadConfig } from './config.loader';
import { ConfigurationError } from './configuration.error';
import { ServiceConfig } from './service.config';

const VALID_ENV = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/payments',
  KAFKA_BROKERS: 'localhost:9092',
};

function configErrorFor(env: Record<string, string | undefined>): ConfigurationError {
  try {
    loadConfig(ServiceConfig, env);
  } catch (error: unknown) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected loadConfig to throw a ConfigurationError');
}

class PaymentsConfig extends ServiceConfig {
  @IsString({ message: 'must be set' })
  readonly PSP_BASE_URL!: string;

  @IsOptional()
  @IsString()
  readonly PSP_API_KEY?: string;
}

describe('loadConfig', () => {
  it('applies defaults and converts types when only the required variables are set', () => {
    const config = loadConfig(ServiceConfig, VALID_ENV);

    expect(config).toMatchObject({
      NODE_ENV: 'development',
      HTTP_PORT: 3000,
      LOG_LEVEL: 'info',
      DATABASE_URL: VALID_ENV.DATABASE_URL,
      KAFKA_BROKERS: ['localhost:9092'],
    });
    expect(config.OTEL_EXPORTER_OTLP_ENDPOINT).toBeUndefined();
  });

  it('parses the port as a number and the broker list into trimmed addresses', () => {
    const config = loadConfig(ServiceConfig, {
      ...VALID_ENV,
      HTTP_PORT: '8081',
      KAFKA_BROKERS: 'kafka-0.kafka:9092, 10.0.0.7:9093,[::1]:9094',
      NODE_ENV: 'production',
      OPERATOR_TOKEN: 'a-production-operator-secret',
    });

    expect(config.HTTP_PORT).toBe(8081);
    expect(config.KAFKA_BROKERS).toEqual(['kafka-0.kafka:9092', '10.0.0.7:9093', '[::1]:9094']);
    expect(config.NODE_ENV).toBe('production');
  });

  it('requires the operator token in production, and gives local runs a default', () => {
    expect(() => loadConfig(ServiceConfig, { ...VALID_ENV, NODE_ENV: 'production' })).toThrow('OPERATOR_TOKEN');
    expect(() => loadConfig(ServiceConfig, { ...VALID_ENV, NODE_ENV: 'production', OPERATOR_TOKEN: 'short' })).toThrow('OPERATOR_TOKEN must be at least 16 characters');
    expect(loadConfig(ServiceConfig, { ...VALID_ENV }).operatorToken).toBe('local-operator-token');
  });

  it('keeps only declared variables, not the rest of the environment', () => {
    const config = loadConfig(ServiceConfig, { ...VALID_ENV, PATH: '/usr/bin', HOME: '/root' });

    expect(Object.keys(config)).not.toContain('PATH');
    expect(Object.keys(config)).not.toContain('HOME');
  });

  it('names every missing required variable in one message', () => {
    const error = configErrorFor({});

    expect(error.message).toBe('Invalid configuration: DATABASE_URL is missing; KAFKA_BROKERS is missing');
    expect(error.problems.map((p) => p.variable)).toEqual(['DATABASE_URL', 'KAFKA_BROKERS']);
  });

  it('treats an empty variable as missing rather than as a value', () => {
    const error = configErrorFor({ ...VALID_ENV, DATABASE_URL: '   ' });

    expect(error.message).toBe('Invalid configuration: DATABASE_URL is missing');
  });

  it('says why each malformed variable is wrong and what it got', () => {
    const error = configErrorFor({
      ...VALID_ENV,
      HTTP_PORT: 'abc',
      NODE_ENV: 'staging',
      LOG_LEVEL: 'loud',
      KAFKA_BROKERS: 'localhost',
    });

    expect(error.message).toContain('HTTP_PORT must be an integer between 1 and 65535 (got "abc")');
    expect(error.message).toContain('NODE_ENV must be one of production, development, test (got "staging")');
    expect(error.message).toContain('LOG_LEVEL must be one of');
    expect(error.message).toContain('KAFKA_BROKERS must be a comma-separated list of host:port');
    expect(error.problems).toHaveLength(4);
  });

  it.each([['0'], ['65536'], ['80.5'], ['-1']])('rejects HTTP_PORT=%s', (port) => {
    const error = configErrorFor({ ...VALID_ENV, HTTP_PORT: port });

    expect(error.message).toBe(
      `Invalid configuration: HTTP_PORT must be an integer between 1 and 65535 (got "${port}")`,
    );
  });

  it.each([['localhost:0'], ['localhost:99999'], ['a:9092,,b'], ['host name:9092'], ['http://kafka:9092']])(
    'rejects KAFKA_BROKERS=%s',
    (brokers) => {
      expect(configErrorFor({ ...VALID_ENV, KAFKA_BROKERS: brokers }).problems[0]?.variable).toBe('KAFKA_BROKERS');
    },
  );

  it.each([['mysql://db/payments'], ['not a url'], ['postgres://']])('rejects DATABASE_URL=%s', (url) => {
    expect(configErrorFor({ ...VALID_ENV, DATABASE_URL: url }).problems[0]?.variable).toBe('DATABASE_URL');
  });

  it('masks URL credentials when echoing a bad value', () => {
    const error = configErrorFor({ ...VALID_ENV, DATABASE_URL: 'mysql://app:s3cr3t@db:3306/payments' });

    expect(error.message).toContain('app:***@db');
    expect(error.message).not.toContain('s3cr3t');
  });

  it('rejects a malformed optional OTLP endpoint but accepts a cluster-local one', () => {
    expect(configErrorFor({ ...VALID_ENV, OTEL_EXPORTER_OTLP_ENDPOINT: 'collector' }).message).toContain(
      'OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL',
    );
    const config = loadConfig(ServiceConfig, { ...VALID_ENV, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318' });
    expect(config.OTEL_EXPORTER_OTLP_ENDPOINT).toBe('http://otel-collector:4318');
  });

  it('validates a service subclass together with the common variables, and never echoes secrets', () => {
    expect(() => loadConfig(PaymentsConfig, { ...VALID_ENV, PSP_BASE_URL: 'https://psp.example' })).not.toThrow();

    class StrictKeyConfig extends ServiceConfig {
      @IsOptional()
      @MinLength(32, { message: 'must be at least 32 characters' })
      readonly WEBHOOK_SIGNING_KEY?: string;
    }
    let subclassError: unknown;
    try {
      loadConfig(StrictKeyConfig, { WEBHOOK_SIGNING_KEY: 'short-secret' });
    } catch (error: unknown) {
      subclassError = error;
    }
    if (!(subclassError instanceof ConfigurationError)) throw new Error('expected a ConfigurationError');
    expect(subclassError.message).toContain('DATABASE_URL is missing');
    expect(subclassError.message).toContain('WEBHOOK_SIGNING_KEY must be at least 32 characters');
    expect(subclassError.message).not.toContain('short-secret');
  });

  it('reports a service-specific required variable by name', () => {
    expect(() => loadConfig(PaymentsConfig, VALID_ENV)).toThrow('PSP_BASE_URL is missing');
  });
});
