import { SetMetadata } from '@nestjs/common';
import type { DescMessage } from '@bufbuild/protobuf';

export const HANDLES_EVENT = Symbol('HANDLES_EVENT');

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
