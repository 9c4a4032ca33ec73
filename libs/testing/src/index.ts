export { createThrowawayDatabase, openMigrated, TEST_DATABASE_SERVER, type ThrowawayDatabase } from './throwaway-database';
export { waitFor } from './wait-for';
export { testBrokers, uniqueName, testKafka, createTestTopics, collectMessages, type CollectedMessage } from './kafka-helpers';
export { TcpProxy } from './tcp-proxy';
export { startKafkaProcess, type KafkaProcess } from './jest/kafka-process';
export { describeServiceConformance, type ServiceUnderTest } from './service-conformance';
export { binaryBody } from './binary-body';
/** Free TCP ports for a test's own servers: the local Kafka launcher's, so there is one way to pick them. */
export { freePorts } from '@collections/local-kafka';
