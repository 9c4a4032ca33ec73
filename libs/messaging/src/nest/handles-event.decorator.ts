import { applyDecorators, SetMetadata } from '@nestjs/common';
import type { DescMessage } from '@bufbuild/protobuf';

export const HANDLES_EVENT = Symbol('HANDLES_EVENT');
export const HANDLES_EVENT_BATCH = Symbol('HANDLES_EVENT_BATCH');
export const CONSUMER_GROUP = Symbol('CONSUMER_GROUP');

/**
 * Marks a provider or controller method as the handler of one integration event:
 *
 *   @HandlesEvent(CaseOpenedSchema)
 *   async onCaseOpened(event: CaseOpened, context: EventContext) { ... }
 *
 * The method runs inside the consumer's database transaction (context.manager); its writes and
 * the inbox record commit together, so a redelivered event is applied once.
 */
export const HandlesEvent = (schema: DescMessage): MethodDecorator => SetMetadata(HANDLES_EVENT, schema.typeName);

/**
 * Marks a method as the handler of one or more integration event types, taking every consecutive
 * event of those types in a consumer chunk at once, in partition order, inside the consumer's
 * transaction:
 *
 *   @HandlesEventBatch(CaseOpenedSchema)
 *   async onCasesOpened(items: EventBatchItem[]) { ... }   // items[i].data is a CaseOpened
 *
 * With several types (a projection that writes every kind of event the same way), consecutive
 * events of any of them form one batch: `items[i].context.event.type` says which each is.
 * Redelivered events are already filtered out by the inbox. If the method throws, the chunk rolls
 * back and the consumer isolates the failing event by retrying the events one by one (batches of one).
 */
export const HandlesEventBatch = (...schemas: [DescMessage, ...DescMessage[]]): MethodDecorator =>
  applyDecorators(SetMetadata(HANDLES_EVENT, schemas.length === 1 ? schemas[0].typeName : schemas.map((schema) => schema.typeName)), SetMetadata(HANDLES_EVENT_BATCH, true));

/**
 * Puts a class's handlers in a consumer group of their own, beside the service's main one: the
 * group reads its topics at its own pace, with its own inbox, retry and dead-letter topics (the
 * topic registry must list it as a consumer). For a projection that must never hold up, or be held
 * up by, the service's own work (intake's creditor timeline beside its claim intake).
 *
 *   @ConsumerGroup('intake.timeline')
 *   @Injectable()
 *   export class TimelineProjector { @HandlesEvent(LetterRequestedSchema) … }
 */
export const ConsumerGroup = (group: string): ClassDecorator => SetMetadata(CONSUMER_GROUP, group);
