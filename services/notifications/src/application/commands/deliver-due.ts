import type { Clock } from '@collections/clock';
import { afterFailure, suppressionKey } from '../../domain/delivery/delivery';
import { letterFileName, letterObjectKey } from '../../domain/letters/letter-file';
import { DeliveryError, type Composed, type EmailSender, type LetterPrinter, type SmsSender } from '../ports/channel.ports';
import type { CaseFacts, CreditorIdentity, Delivery, NotificationsTransaction, UnitOfWork } from '../ports/delivery.ports';
import type { ArchivedDocument, DocumentArchive } from '../ports/document-archive.port';

export interface Channels {
  email: EmailSender;
  sms: SmsSender;
  letters: LetterPrinter;
}

/** Words and lays out a delivery (templates; a letter as PDF). Throws TemplateMissingError when it cannot. */
export abstract class MessageComposer {
  abstract compose(delivery: Delivery, facts: Map<string, CaseFacts>, creditors: Map<string, CreditorIdentity>, now: Date): Promise<Composed>;
  /** One e-mail gathering a creditor's held messages (the daily digest), in the creditor's language. */
  abstract digest(language: string, messages: Composed[]): Composed;
}

export class TemplateMissingError extends Error {}

export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
}

/** How many messages one pass has with providers at once: SMTP and SMS round trips overlap, the database work stays in order. */
export const SEND_CONCURRENCY = 8;

type Sent = { providerMessageId: string; documentId?: string; document?: ArchivedDocument };
type Sending = { deliveries: Delivery[]; sendIt: () => Promise<Sent> };

/**
 * One pass of the delivery worker: claims due deliveries (skipped by every other worker), composes
 * each, hands them to their channels (several at once) and records each outcome with its event:
 * sent, retried later with back-off, or failed (permanent failures also suppress the recipient).
 * The provider is called inside the transaction holding the delivery: a crash between the
 * provider's acceptance and the commit sends it again on the next pass (at least once; providers
 * get the delivery id to dedupe). Creditor messages held for a daily digest fall due together and
 * leave as one e-mail per creditor address; each still ends sent or failed on its own record.
 * A letter to a debtor is put in the document archive before it is printed and before its
 * NotificationSent is written, so the event never points at a missing document.
 */
export async function deliverDue(uow: UnitOfWork, composer: MessageComposer, channels: Channels, archive: DocumentArchive, clock: Clock, limit = 50): Promise<DeliveryReport> {
  return uow.run(async (tx) => {
    const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
    const now = clock.now();
    const due = await tx.deliveries.claimDue(now, limit);
    if (due.length === 0) return report;
    const facts = await tx.cases.find([...new Set(due.flatMap((delivery) => [delivery.caseId, ...mergedCaseIds(delivery)]))]);
    const creditors = await tx.cases.creditors([...new Set([...facts.values()].map((caseFacts) => caseFacts.creditorId))]);
    // Everything is composed before anything is sent: a composing error that is not the template's
    // (a bug, a letter that cannot be laid out) aborts the pass before any message has left, so the
    // rolled-back deliveries are not sent twice on the next pass.
    const sendings: Sending[] = [];
    const digests = new Map<string, Array<{ delivery: Delivery; composed: Composed }>>();
    for (const delivery of due) {
      let composed: Composed;
      try {
        composed = await composer.compose(delivery, facts, creditors, now);
      } catch (error) {
        if (!(error instanceof TemplateMissingError)) throw error;
        await fail(tx, delivery, delivery.attempts + 1, 'TEMPLATE_MISSING', true, error.message);
        report.failed += 1;
        continue;
      }
      if (delivery.details['digest'] === true && delivery.channel === 'email') {
        const key = `${delivery.recipient.toLowerCase()}|${delivery.language}`;
        digests.set(key, [...(digests.get(key) ?? []), { delivery, composed }]);
        continue;
      }
      sendings.push({ deliveries: [delivery], sendIt: () => send(tx, channels, archive, delivery, composed, now) });
    }
    for (const held of digests.values()) {
      const first = held[0]!.delivery;
      const digest = composer.digest(first.language, held.map((entry) => entry.composed));
      sendings.push({ deliveries: held.map((entry) => entry.delivery), sendIt: () => channels.email.send({ to: first.recipient, subject: digest.subject, text: digest.text, html: digest.html, attachments: [] }) });
    }
    const outcomes = await withConcurrency(sendings, SEND_CONCURRENCY, (sending) => sending.sendIt().then((result): Outcome => ({ result }), (error: unknown): Outcome => ({ error })));
    await record(tx, sendings, outcomes, now, report);
    return report;
  });
}

type Outcome = { result: Sent } | { error: unknown };

/**
 * Runs `run` over the items with at most `size` running at once, starting the next as soon as one
 * finishes (not in fixed batches that wait for their slowest); results in the items' order.
 */
async function withConcurrency<T, R>(items: T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const runner = async () => {
    for (let index = next++; index < items.length; index = next++) results[index] = await run(items[index]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, runner));
  return results;
}

/**
 * Every delivery a message carried (one, or a digest's) takes its outcome, in the order they were
 * sent. Runs of sent deliveries are recorded together (one UPDATE, one outbox append for their
 * NotificationSent events) instead of three round trips each; a failure ends the run, so the events
 * keep the order of the deliveries.
 */
async function record(tx: NotificationsTransaction, sendings: Sending[], outcomes: Outcome[], now: Date, report: DeliveryReport): Promise<void> {
  let run: Array<{ delivery: Delivery; result: Sent }> = [];
  const flush = async () => {
    if (run.length === 0) return;
    await tx.deliveries.markSent(run.map(({ delivery, result }) => ({ id: delivery.id, attempts: delivery.attempts + 1, providerMessageId: result.providerMessageId, ...(result.documentId ? { documentId: result.documentId } : {}) })), now);
    await tx.events.sent(run.map(({ delivery, result }) => ({ delivery, providerMessageId: result.providerMessageId, ...(result.document ? { document: result.document } : {}) })), now);
    report.sent += run.length;
    run = [];
  };
  for (const [index, sending] of sendings.entries()) {
    const outcome = outcomes[index]!;
    if ('result' in outcome) {
      run.push(...sending.deliveries.map((delivery) => ({ delivery, result: outcome.result })));
      continue;
    }
    await flush();
    await recordFailure(tx, sending.deliveries, now, report, outcome.error);
  }
  await flush();
}

async function recordFailure(tx: NotificationsTransaction, deliveries: Delivery[], now: Date, report: DeliveryReport, error: unknown): Promise<void> {
  if (!(error instanceof DeliveryError)) throw error;
  for (const delivery of deliveries) {
    const after = afterFailure(delivery.attempts, now, { permanent: error.permanent, detail: error.message });
    if (after.state === 'pending') {
      await tx.deliveries.markRetry(delivery.id, after.attempts, after.nextAttemptAt!, error.message);
      report.retried += 1;
    } else {
      if (after.failure!.permanent) await tx.suppressions.suppress(suppressionKey(delivery.channel, delivery.recipient), after.failure!.detail);
      await fail(tx, delivery, after.attempts, after.failure!.kind, after.failure!.permanent, after.failure!.detail);
      report.failed += 1;
    }
  }
}

async function fail(tx: NotificationsTransaction, delivery: Delivery, attempts: number, kind: Parameters<NotificationsTransaction['events']['failed']>[1], permanent: boolean, detail: string) {
  await tx.deliveries.markFailed(delivery.id, attempts, kind, detail);
  await tx.events.failed(delivery, kind, permanent, detail);
}

async function send(tx: NotificationsTransaction, channels: Channels, archive: DocumentArchive, delivery: Delivery, composed: Composed, now: Date): Promise<Sent> {
  switch (delivery.channel) {
    case 'letter': {
      const pdf = composed.pdf!;
      await tx.documents.save({ id: delivery.id, caseId: delivery.caseId, mediaType: 'application/pdf', content: pdf });
      const document = delivery.audience === 'debtor' ? await archiveLetter(archive, delivery, pdf, now) : undefined;
      const { providerMessageId } = await channels.letters.print({ documentId: delivery.id, pdf });
      return { providerMessageId, documentId: delivery.id, ...(document ? { document } : {}) };
    }
    case 'email': {
      const attachments = composed.pdf ? [{ filename: `${delivery.templateKey}.pdf`, content: composed.pdf, contentType: 'application/pdf' }] : [];
      return channels.email.send({ to: delivery.recipient, subject: composed.subject, text: composed.text, html: composed.html, attachments });
    }
    case 'sms':
      return channels.sms.send({ to: delivery.recipient, text: composed.sms ?? composed.text });
  }
}

/**
 * The creditor may download what was sent to its debtor by post. A store that cannot take it now
 * fails this letter like a provider would (retried with back-off), and nothing is printed.
 */
async function archiveLetter(archive: DocumentArchive, delivery: Delivery, pdf: Buffer, now: Date): Promise<ArchivedDocument> {
  try {
    return await archive.store({
      documentId: delivery.id, objectKey: letterObjectKey(delivery.caseId, delivery.id), fileName: letterFileName(delivery.templateKey, now.toISOString().slice(0, 10)), contentType: 'application/pdf', content: pdf,
    });
  } catch (error) {
    throw new DeliveryError(`document store: ${(error as Error).message}`, false);
  }
}

/** The other cases a delivery speaks of: a letter merged for a debtor's cases, a remittance's lines. */
function mergedCaseIds(delivery: Delivery): string[] {
  const merged = delivery.details['mergedCases'];
  const listed = delivery.details['caseIds'];
  return [
    ...(Array.isArray(merged) ? merged.map((entry) => String((entry as { caseId: string }).caseId)) : []),
    ...(Array.isArray(listed) ? listed.map(String) : []),
  ];
}
