import type { Message } from '@bufbuild/protobuf';
import { contactCenterSamples } from './contact-center.samples';
import { dunningSamples } from './dunning.samples';
import { intakeSamples } from './intake.samples';
import { notificationsSamples } from './notifications.samples';
import { paymentsSamples } from './payments.samples';
import { screeningSamples } from './screening.samples';

/**
 * One fully populated sample per event type, keyed by CloudEvents type. Used by the contract
 * specs (round trips) and to freeze the v1 fixtures. Every field is set, so a round trip
 * exercises every field; a spec enforces it.
 */
export const EVENT_SAMPLES: ReadonlyMap<string, Message> = new Map(
  [...intakeSamples, ...screeningSamples, ...dunningSamples, ...contactCenterSamples, ...paymentsSamples, ...notificationsSamples].map(
    (message): [string, Message] => [message.$typeName, message],
  ),
);
