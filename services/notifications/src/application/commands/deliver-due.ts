import type { Clock } from '@collections/clock';
import { afterFailure, suppressionKey } from '../../domain/delivery/delivery';
import { DeliveryError, type Composed, type EmailSender, type LetterPrinter, type SmsSender } from '../ports/channel.ports';
import type { CaseFacts, CreditorIdentity, Delivery, NotificationsTransaction, UnitOfWork } from '../ports/delivery.ports';

export interface Channels {
  email: EmailSender;
  sms: SmsSender;
  letters: LetterPrinter;
}

/** Words and lays out a delivery (templates; a letter as PDF). Throws TemplateMissingError when it cannot. */
export abstract class MessageComposer {
  abstract compose(delivery: Delivery, facts: Map<string, CaseFacts>, creditors: Map<string, CreditorIdentity>, now: Date): Promise<Composed>;
}

export class TemplateMissingError extends Error {}

export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
}

/**
 * One pass of the delivery worker: claims due deliveries (skipped by every other worker), composes
 * each, hands it to its channel and records the outcome with its event: sent, retried later with
 * back-off, or failed (permanent failures also suppress the recipient). The provider is called
 * inside the transaction holding the delivery: a crash between the provider's acceptance and the
 * commit sends it again on the next pass (at least once; providers get the delivery id to dedupe).
 */
export async function deliverDue(uow: UnitOfWork, composer: MessageComposer, channels: Channels, clock: Clock, limit = 50): Promise<DeliveryReport> {
  return uow.run(async (tx) => {
    const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
    const now = clock.now();
    const due = await tx.deliveries.claimDue(now, limit);
    if (due.length === 0) return report;
    const facts = await tx.cases.find([...new Set(due.flatMap((delivery) => [delivery.caseId, ...mergedCaseIds(delivery)]))]);
    const creditors = await tx.cases.creditors([...new Set([...facts.values()].map((caseFacts) => caseFacts.creditorId))]);
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
      try {
        const { providerMessageId, documentId } = await send(tx, channels, delivery, composed);
        await tx.deliveries.markSent(delivery.id, now, delivery.attempts + 1, providerMessageId, documentId);
        await tx.events.sent(delivery, now, providerMessageId);
        report.sent += 1;
      } catch (error) {
        if (!(error instanceof DeliveryError)) throw error;
        const outcome = afterFailure(delivery.attempts, now, { permanent: error.permanent, detail: error.message });
        if (outcome.state === 'pending') {
          await tx.deliveries.markRetry(delivery.id, outcome.attempts, outcome.nextAttemptAt!, error.message);
          report.retried += 1;
        } else {
          if (outcome.failure!.permanent) await tx.suppressions.suppress(suppressionKey(delivery.channel, delivery.recipient), outcome.failure!.detail);
          await fail(tx, delivery, outcome.attempts, outcome.failure!.kind, outcome.failure!.permanent, outcome.failure!.detail);
          report.failed += 1;
        }
      }
    }
    return report;
  });
}

async function fail(tx: NotificationsTransaction, delivery: Delivery, attempts: number, kind: Parameters<NotificationsTransaction['events']['failed']>[1], permanent: boolean, detail: string) {
  await tx.deliveries.markFailed(delivery.id, attempts, kind, detail);
  await tx.events.failed(delivery, kind, permanent, detail);
}

async function send(tx: NotificationsTransaction, channels: Channels, delivery: Delivery, composed: Composed): Promise<{ providerMessageId: string; documentId?: string }> {
  switch (delivery.channel) {
    case 'letter': {
      const pdf = composed.pdf!;
      await tx.documents.save({ id: delivery.id, caseId: delivery.caseId, mediaType: 'application/pdf', content: pdf });
      const { providerMessageId } = await channels.letters.print({ documentId: delivery.id, pdf });
      return { providerMessageId, documentId: delivery.id };
    }
    case 'email': {
      const attachments = composed.pdf ? [{ filename: `${delivery.templateKey}.pdf`, content: composed.pdf, contentType: 'application/pdf' }] : [];
      return channels.email.send({ to: delivery.recipient, subject: composed.subject, text: composed.text, html: composed.html, attachments });
    }
    case 'sms':
      return channels.sms.send({ to: delivery.recipient, text: composed.sms ?? composed.text });
  }
}

function mergedCaseIds(delivery: Delivery): string[] {
  const merged = delivery.details['mergedCases'];
  return Array.isArray(merged) ? merged.map((entry) => String((entry as { caseId: string }).caseId)) : [];
}
