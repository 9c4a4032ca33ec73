import { Injectable } from '@nestjs/common';
import { Clock } from '@collections/clock';
import { Audience, ContactChannel as ProtoChannel, NotificationFailedSchema, NotificationFailure, type NotificationFailed } from '@collections/contracts';
import { HandlesEvent, type EventContext } from '@collections/messaging';
import { react } from '../../application/commands/react';
import { Playbook } from '../../application/ports/playbook.port';
import { CasePlan } from '../../domain/case-plan/case-plan';
import { losesChannel, type DeliveryFailure } from '../../domain/case-plan/delivery-failure';
import type { ContactChannel } from '../../domain/steps';
import { TypeOrmUnitOfWork } from '../persistence/typeorm-unit-of-work';

const FAILURES: Partial<Record<NotificationFailure, DeliveryFailure>> = {
  [NotificationFailure.INVALID_RECIPIENT]: 'INVALID_RECIPIENT',
  [NotificationFailure.SUPPRESSED]: 'SUPPRESSED',
  [NotificationFailure.PROVIDER_ERROR]: 'PROVIDER_ERROR',
  [NotificationFailure.NOT_ALLOWED]: 'NOT_ALLOWED',
  [NotificationFailure.TEMPLATE_MISSING]: 'TEMPLATE_MISSING',
};

// Only the channels notifications delivers on.
const DELIVERY_CHANNELS: Partial<Record<ProtoChannel, ContactChannel>> = {
  [ProtoChannel.LETTER]: 'LETTER',
  [ProtoChannel.EMAIL]: 'EMAIL',
  [ProtoChannel.SMS]: 'SMS',
};

/**
 * Notifications' delivery outcomes (notifications.deliveries.v1): a letter returned, an e-mail hard
 * bounced or an SMS number opted out is a channel that cannot reach the debtor, so the plan stops
 * using it and its later steps go by the channels left (as a wrong number does for calls).
 */
@Injectable()
export class DeliveryEventsConsumer {
  constructor(
    private readonly uow: TypeOrmUnitOfWork,
    private readonly playbook: Playbook,
    private readonly clock: Clock,
  ) {}

  @HandlesEvent(NotificationFailedSchema)
  async onNotificationFailed(event: NotificationFailed, context: EventContext) {
    const failure = FAILURES[event.failure];
    const channel = DELIVERY_CHANNELS[event.channel];
    if (event.audience !== Audience.DEBTOR || !failure || !channel || !losesChannel(failure, event.permanent)) return;
    await react(this.uow.within(context.manager, context.outbox), this.playbook, this.clock, event.caseId, (plan) => CasePlan.dropChannel(plan, channel));
  }
}
