import { ConfigurationError, ServiceConfig, loadConfig } from '@collections/observability';
import { describeKafkaSecurity, kafkaSecurityOptions } from './kafka-security';

const BASE_ENV = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/payments', KAFKA_BROKERS: 'localhost:9092' };
const CA_PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';
const files: Record<string, string> = { '/etc/kafka-cluster-ca/ca.crt': CA_PEM, '/etc/not-a-cert': 'hello' };
const readFile = (path: string) => {
  if (path in files) return files[path]!;
  throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
};

/** The kafkajs options a service gets for an environment, through its config as at start-up. */
const optionsFor = (env: Record<string, string>) => kafkaSecurityOptions(loadConfig(ServiceConfig, { ...BASE_ENV, ...env }).kafkaSecurity, readFile);

describe('kafkaSecurityOptions (config to kafkajs)', () => {
  it('adds nothing without KAFKA_SASL_* and KAFKA_SSL*', () => {
    expect(optionsFor({})).toEqual({});
    expect(kafkaSecurityOptions(undefined)).toEqual({});
  });

  it.each(['scram-sha-512', 'scram-sha-256', 'plain'])('authenticates with SASL %s as the configured user', (mechanism) => {
    expect(optionsFor({ KAFKA_SASL_MECHANISM: mechanism, KAFKA_SASL_USERNAME: 'payments', KAFKA_SASL_PASSWORD: 's3cret' })).toEqual({
      sasl: { mechanism, username: 'payments', password: 's3cret' },
    });
  });

  it('uses TLS with the system CAs, or trusting the PEM of KAFKA_SSL_CA_FILE', () => {
    expect(optionsFor({ KAFKA_SSL: 'true' })).toEqual({ ssl: true });
    expect(optionsFor({ KAFKA_SSL: 'false' })).toEqual({});
    expect(
      optionsFor({ KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'payments', KAFKA_SASL_PASSWORD: 's3cret', KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: '/etc/kafka-cluster-ca/ca.crt' }),
    ).toEqual({ sasl: { mechanism: 'scram-sha-512', username: 'payments', password: 's3cret' }, ssl: { ca: [CA_PEM] } });
  });

  it('fails naming KAFKA_SSL_CA_FILE when the file is missing or holds no certificate', () => {
    expect(() => optionsFor({ KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: '/etc/missing.crt' })).toThrow(
      new ConfigurationError([{ variable: 'KAFKA_SSL_CA_FILE', reason: 'cannot be read (ENOENT: /etc/missing.crt)' }]),
    );
    expect(() => optionsFor({ KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: '/etc/not-a-cert' })).toThrow('KAFKA_SSL_CA_FILE holds no PEM certificate');
  });

  it('refuses settings that did not come through ServiceConfig: empty credentials, a CA without TLS', () => {
    expect(() => kafkaSecurityOptions({ sasl: { mechanism: 'plain', username: 'cli', password: '' }, ssl: false })).toThrow(
      'KAFKA_SASL_PASSWORD is required when KAFKA_SASL_MECHANISM is set',
    );
    expect(() => kafkaSecurityOptions({ ssl: false, caFile: '/etc/kafka-cluster-ca/ca.crt' }, readFile)).toThrow('KAFKA_SSL_CA_FILE needs KAFKA_SSL=true');
  });

  it('describes the settings for the logs without the password', () => {
    const described = describeKafkaSecurity({ sasl: { mechanism: 'scram-sha-512', username: 'payments', password: 's3cret' }, ssl: true, caFile: '/ca.crt' });
    expect(described).toEqual({ sasl: 'scram-sha-512 as payments', tls: 'trusting /ca.crt' });
    expect(JSON.stringify(described)).not.toContain('s3cret');
  });
});
