// Public API of @collections/contracts: the event payloads generated from proto/, the topic
// registry and the event catalog. Framework-free: no @nestjs/*, typeorm, kafkajs or pg.

export * from './generated/collections/v1/common_pb';
export * from './generated/collections/v1/case_file_pb';
export * from './generated/collections/v1/intake_pb';
export * from './generated/collections/v1/intake_claims_pb';
export * from './generated/collections/v1/screening_pb';
export * from './generated/collections/v1/dunning_pb';
export * from './generated/collections/v1/contact_center_pb';
export * from './generated/collections/v1/payments_pb';
export * from './generated/collections/v1/notifications_pb';

export * from './services/service-names';
export * from './topics/topic-registry';
export * from './events/event-catalog';
