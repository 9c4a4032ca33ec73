export const KAFKA_SASL_MECHANISMS = ['scram-sha-512', 'scram-sha-256', 'plain'] as const;
export type KafkaSaslMechanism = (typeof KAFKA_SASL_MECHANISMS)[number];

/**
 * How a service's Kafka clients authenticate and encrypt, from the KAFKA_SASL_* and KAFKA_SSL*
 * variables of ServiceConfig. Free of kafkajs: libs/messaging maps it to the client's options.
 */
export interface KafkaClientSecurity {
  /** Absent: no SASL. */
  sasl?: { mechanism: KafkaSaslMechanism; username: string; password: string };
  ssl: boolean;
  /** PEM file of a private CA to trust (only with `ssl`). */
  caFile?: string;
}

/** The variables behind KafkaClientSecurity, as ServiceConfig names them. */
export const KAFKA_SECURITY_VARIABLES = ['KAFKA_SASL_MECHANISM', 'KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD', 'KAFKA_SSL', 'KAFKA_SSL_CA_FILE'] as const;
