/** Local Apache Kafka (KRaft) from Maven Central jars, for development and tests. See README.md. */
export { startKafka } from './start-kafka';
export { freePorts } from './free-ports';
export { resolveKafkaClasspath } from './classpath';
export { kafkaVersion } from './kafka-version';
export type { KafkaBroker, KafkaCluster, StartKafkaOptions, TopicSpec } from './types';
