import { loadConfig } from './config.loader';
import { ConfigurationError } from './configuration.error';
import { ServiceConfig, loadKafkaSecurity } from './service.config';

const BASE_ENV = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/payments', KAFKA_BROKERS: 'localhost:9092' };
const SCRAM = { KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'payments', KAFKA_SASL_PASSWORD: 'strimzi-generated-password' };

function errorOf(load: () => unknown): ConfigurationError {
  try {
    load();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('Kafka client security in ServiceConfig', () => {
  it('is plaintext without authentication when no variable is set', () => {
    expect(loadConfig(ServiceConfig, BASE_ENV).kafkaSecurity).toEqual({ sasl: undefined, ssl: false, caFile: undefined });
  });

  it('carries the SASL user and TLS with a private CA when they are set', () => {
    const config = loadConfig(ServiceConfig, { ...BASE_ENV, ...SCRAM, KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: '/etc/kafka-cluster-ca/ca.crt' });
    expect(config.kafkaSecurity).toEqual({
      sasl: { mechanism: 'scram-sha-512', username: 'payments', password: 'strimzi-generated-password' },
      ssl: true,
      caFile: '/etc/kafka-cluster-ca/ca.crt',
    });
  });

  it('reads KAFKA_SSL=false (and DATABASE_MIGRATE_ON_START=false) as false, not as a non-empty string', () => {
    const config = loadConfig(ServiceConfig, { ...BASE_ENV, KAFKA_SSL: 'false', DATABASE_MIGRATE_ON_START: 'false' });
    expect([config.KAFKA_SSL, config.DATABASE_MIGRATE_ON_START]).toEqual([false, false]);
    expect(loadConfig(ServiceConfig, { ...BASE_ENV, KAFKA_SSL: 'true' }).KAFKA_SSL).toBe(true);
  });

  it('names each missing credential when a mechanism is set', () => {
    const error = errorOf(() => loadConfig(ServiceConfig, { ...BASE_ENV, KAFKA_SASL_MECHANISM: 'scram-sha-256' }));
    expect(error.problems).toEqual([
      { variable: 'KAFKA_SASL_USERNAME', reason: 'is required when KAFKA_SASL_MECHANISM is set' },
      { variable: 'KAFKA_SASL_PASSWORD', reason: 'is required when KAFKA_SASL_MECHANISM is set' },
    ]);
    expect(error.message).toContain('KAFKA_SASL_PASSWORD is required when KAFKA_SASL_MECHANISM is set');
  });

  it('refuses an unknown mechanism, a non-boolean KAFKA_SSL and a CA file without TLS', () => {
    const error = errorOf(() => loadConfig(ServiceConfig, { ...BASE_ENV, ...SCRAM, KAFKA_SASL_MECHANISM: 'gssapi', KAFKA_SSL: 'yes', KAFKA_SSL_CA_FILE: '/ca.crt' }));
    expect(error.problems.map((problem) => problem.variable)).toEqual(['KAFKA_SASL_MECHANISM', 'KAFKA_SSL', 'KAFKA_SSL_CA_FILE']);
    expect(error.message).toContain('KAFKA_SASL_MECHANISM must be one of scram-sha-512, scram-sha-256, plain (got "gssapi")');
    expect(errorOf(() => loadConfig(ServiceConfig, { ...BASE_ENV, KAFKA_SSL_CA_FILE: '/ca.crt' })).message).toContain('KAFKA_SSL_CA_FILE needs KAFKA_SSL=true');
  });

  it('never puts the password in an error message', () => {
    const error = errorOf(() => loadConfig(ServiceConfig, { ...BASE_ENV, ...SCRAM, KAFKA_SASL_USERNAME: '', KAFKA_SSL: 'maybe' }));
    expect(error.message).toContain('KAFKA_SASL_USERNAME is required');
    expect(JSON.stringify(error)).not.toContain('strimzi-generated-password');
  });
});

describe('loadKafkaSecurity', () => {
  it('validates only the Kafka security variables, for tools without a whole service environment', () => {
    expect(loadKafkaSecurity({ ...SCRAM })).toEqual({ sasl: { mechanism: 'scram-sha-512', username: 'payments', password: 'strimzi-generated-password' }, ssl: false, caFile: undefined });
    expect(errorOf(() => loadKafkaSecurity({ KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'cli' })).message).toBe(
      'Invalid configuration: KAFKA_SASL_PASSWORD is required when KAFKA_SASL_MECHANISM is set',
    );
  });
});
