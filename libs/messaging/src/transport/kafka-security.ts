import { readFileSync } from 'node:fs';
import { ConfigurationError, type KafkaClientSecurity } from '@collections/observability';
import type { KafkaConfig, SASLOptions } from 'kafkajs';

export type KafkaSecurityOptions = Pick<KafkaConfig, 'ssl' | 'sasl'>;

type ReadFile = (path: string) => string;

/**
 * The kafkajs options for a service's security settings (ServiceConfig's KAFKA_SASL_* and
 * KAFKA_SSL*): SASL with the user's password, TLS trusting the system CAs plus the private CA file.
 * The CA file is read here, once per client factory, so a missing mount fails at start-up naming it.
 *
 * @throws ConfigurationError when the CA file cannot be read or a SASL setting is empty.
 */
export function kafkaSecurityOptions(security: KafkaClientSecurity | undefined, readFile: ReadFile = (path) => readFileSync(path, 'utf8')): KafkaSecurityOptions {
  if (!security) return {};
  const options: KafkaSecurityOptions = {};
  if (security.sasl) options.sasl = saslOptions(security.sasl);
  if (security.caFile && !security.ssl) {
    throw new ConfigurationError([{ variable: 'KAFKA_SSL_CA_FILE', reason: 'needs KAFKA_SSL=true' }]);
  }
  if (security.ssl) options.ssl = security.caFile ? { ca: [readCa(security.caFile, readFile)] } : true;
  return options;
}

function saslOptions(sasl: NonNullable<KafkaClientSecurity['sasl']>): SASLOptions {
  const missing = (['username', 'password'] as const).filter((field) => sasl[field] === '');
  if (missing.length > 0) {
    throw new ConfigurationError(missing.map((field) => ({ variable: `KAFKA_SASL_${field.toUpperCase()}`, reason: 'is required when KAFKA_SASL_MECHANISM is set' })));
  }
  const { username, password } = sasl;
  // One branch per mechanism: kafkajs types each mechanism's options separately.
  switch (sasl.mechanism) {
    case 'scram-sha-512':
      return { mechanism: 'scram-sha-512', username, password };
    case 'scram-sha-256':
      return { mechanism: 'scram-sha-256', username, password };
    case 'plain':
      return { mechanism: 'plain', username, password };
  }
}

function readCa(path: string, readFile: ReadFile): string {
  let pem: string;
  try {
    pem = readFile(path);
  } catch (error) {
    throw new ConfigurationError([{ variable: 'KAFKA_SSL_CA_FILE', reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}: ${path})` }]);
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
    throw new ConfigurationError([{ variable: 'KAFKA_SSL_CA_FILE', reason: `holds no PEM certificate (${path})` }]);
  }
  return pem;
}

/** For logs: what the clients use, never the password. */
export function describeKafkaSecurity(security: KafkaClientSecurity | undefined): Record<string, unknown> {
  return {
    sasl: security?.sasl ? `${security.sasl.mechanism} as ${security.sasl.username}` : 'none',
    tls: security?.ssl ? (security.caFile ? `trusting ${security.caFile}` : 'system CAs') : 'off',
  };
}
