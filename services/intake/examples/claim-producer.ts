/**
 * Example intake channel: what a creditor's ERP connector or a partner platform starts from to
 * submit claims to the agency over Kafka and learn each outcome without polling.
 *
 * The protocol (proto/collections/v1/intake_claims.proto):
 * - publish ClaimSubmitted on `intake.claims-inbound.v1`, keyed by your claim id, as a CloudEvent
 *   in binary mode: the protobuf payload as the message value, attributes as `ce_*` headers;
 * - read ClaimAccepted (with the case id) or ClaimRejected (every field and reason) from
 *   `intake.claims-outcomes.v1`, keyed by the same claim id.
 * Your channel id must be registered by the agency for the creditors you submit for.
 *
 * Run it: `npm run intake:example-claim -- --brokers localhost:9092 --channel <channel id> --creditor <creditor id>`
 * It depends only on kafkajs, @bufbuild/protobuf and the generated contracts, as an integrator's code would.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { create, fromBinary, toBinary, type MessageInitShape } from '@bufbuild/protobuf';
import { ClaimAcceptedSchema, ClaimRejectedSchema, ClaimSubmittedSchema, DebtCategory, type ClaimAccepted, type ClaimRejected } from '@collections/contracts';
import { Kafka, logLevel, type Consumer, type Producer } from 'kafkajs';

export const INBOUND_TOPIC = 'intake.claims-inbound.v1';
export const OUTCOMES_TOPIC = 'intake.claims-outcomes.v1';

export type ClaimOutcome = { accepted: true; event: ClaimAccepted } | { accepted: false; event: ClaimRejected };

/** Publishes one claim as a CloudEvent and returns its event id. */
export async function submitClaim(producer: Producer, claim: MessageInitShape<typeof ClaimSubmittedSchema>, source = '/channels/example'): Promise<string> {
  const message = create(ClaimSubmittedSchema, claim);
  const eventId = randomUUID();
  await producer.send({
    topic: INBOUND_TOPIC,
    acks: -1,
    messages: [
      {
        key: message.claimId,
        value: Buffer.from(toBinary(ClaimSubmittedSchema, message)),
        headers: {
          ce_specversion: '1.0',
          ce_id: eventId,
          ce_source: source,
          ce_type: ClaimSubmittedSchema.typeName,
          ce_time: new Date().toISOString(),
          'content-type': 'application/protobuf',
        },
      },
    ],
  });
  return eventId;
}

/** Calls `onOutcome` for every answer the agency gives this channel. */
export async function listenForOutcomes(consumer: Consumer, channelId: string, onOutcome: (outcome: ClaimOutcome) => void): Promise<void> {
  await consumer.subscribe({ topics: [OUTCOMES_TOPIC], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const type = message.headers?.ce_type?.toString();
      if (!message.value) return;
      if (type === ClaimAcceptedSchema.typeName) {
        const event = fromBinary(ClaimAcceptedSchema, message.value);
        if (event.channelId === channelId) onOutcome({ accepted: true, event });
      } else if (type === ClaimRejectedSchema.typeName) {
        const event = fromBinary(ClaimRejectedSchema, message.value);
        // An empty channel id: a claim the agency could not read at all; match it by claim id.
        if (event.channelId === channelId || event.channelId === '') onOutcome({ accepted: false, event });
      }
    },
  });
}

/** A sample claim: a Belgian consumer with one overdue invoice. */
export function sampleClaim(channelId: string, creditorId: string, creditorReference: string): MessageInitShape<typeof ClaimSubmittedSchema> {
  return {
    claimId: `claim-${randomUUID()}`,
    channelId,
    creditorId,
    creditorReference,
    category: DebtCategory.CONSUMER,
    debtor: {
      party: { case: 'person', value: { givenNames: 'Lucas', familyName: 'Janssens', birthDate: '1990-04-12' } },
      addresses: [{ lines: ['Meir 12'], postalCode: '2000', locality: 'Antwerpen', country: 'BE' }],
      emails: ['lucas.janssens@example.be'],
      language: 'nl-BE',
      country: 'BE',
    },
    accountingSheet: {
      invoices: [{ number: 'F-2026-0815', issueDate: '2026-06-01', dueDate: '2026-07-01', principal: { amountMinor: 48_900n, currency: 'EUR' } }],
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { brokers: { type: 'string', default: 'localhost:9092' }, channel: { type: 'string' }, creditor: { type: 'string' }, reference: { type: 'string' } },
  });
  if (!values.channel || !values.creditor) throw new Error('usage: --channel <channel id> --creditor <creditor id> [--reference <ref>] [--brokers host:port]');
  const kafka = new Kafka({ clientId: values.channel, brokers: values.brokers.split(','), logLevel: logLevel.WARN });
  const producer = kafka.producer({ idempotent: true });
  const consumer = kafka.consumer({ groupId: `${values.channel}.outcomes` });
  await Promise.all([producer.connect(), consumer.connect()]);
  const claim = sampleClaim(values.channel, values.creditor, values.reference ?? `EXAMPLE-${Date.now()}`);
  const answered = new Promise<ClaimOutcome>((resolve) =>
    void listenForOutcomes(consumer, values.channel!, (outcome) => outcome.event.claimId === claim.claimId && resolve(outcome)),
  );
  await submitClaim(producer, claim);
  process.stdout.write(`submitted claim ${claim.claimId}; waiting for the answer...\n`);
  const outcome = await answered;
  process.stdout.write(outcome.accepted ? `accepted: case ${outcome.event.caseId}\n` : `rejected:\n${outcome.event.errors.map((e) => `  ${e.field} ${e.code}: ${e.message}`).join('\n')}\n`);
  await Promise.all([producer.disconnect(), consumer.disconnect()]);
}

if (require.main === module) {
  main().catch((error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  });
}
