import { Injectable } from '@nestjs/common';
import { Clock } from '@collections/clock';
import {
  CaseOpenedSchema, ContactChannel, CreditorInstructedSchema, CreditorInstructionKind, DebtCategory, DisputeOpenedSchema, DisputeResolvedSchema, LetterRequestedSchema, MessageRequestedSchema,
  type Balance, type CaseOpened, type CreditorInstructed, type DisputeOpened, type DisputeResolved, type LetterRequested, type MessageRequested,
} from '@collections/contracts';
import { HandlesEvent, type EventContext } from '@collections/messaging';
import { reminderKey } from './creditor-requests.consumer';
import { requestDelivery } from '../../application/commands/request-delivery';
import { TypeOrmUnitOfWork } from '../persistence/typeorm-unit-of-work';

/** Amounts as decimal strings: delivery details are JSON. */
function balanceOf(balance: Balance | undefined) {
  const part = (money: { amountMinor: bigint; currency: string } | undefined) => ({ amountMinor: String(money?.amountMinor ?? 0n), currency: money?.currency ?? '' });
  return { principal: part(balance?.principal), interest: part(balance?.interest), costs: part(balance?.costs), charges: part(balance?.charges) };
}

const mergedOf = (merged: LetterRequested['mergedCases']) => merged.map((entry) => ({ caseId: entry.caseId, actionId: entry.actionId, step: entry.step, balance: balanceOf(entry.balance) }));

/**
 * What notifications reacts to (group notifications.dispatch): dunning's letter and message
 * requests become deliveries (one per action id, whatever the redeliveries); CaseOpened gives the
 * names and invoices letters show; a dispute or a creditor's hold suppresses the case's debtor
 * messages until it ends.
 */
@Injectable()
export class NotificationRequestsConsumer {
  constructor(
    private readonly uow: TypeOrmUnitOfWork,
    private readonly clock: Clock,
  ) {}

  @HandlesEvent(LetterRequestedSchema)
  async onLetterRequested(event: LetterRequested, context: EventContext) {
    const address = event.address;
    const recipient = address ? [...address.lines, `${address.postalCode} ${address.locality}`, address.country].join(', ') : '';
    await requestDelivery(
      this.uow.within(context.manager, context.outbox),
      {
        requestKey: `action:${event.actionId}`, caseId: event.caseId, actionId: event.actionId, audience: 'debtor', channel: 'letter', recipient, templateKey: event.templateKey, language: event.language,
        details: { step: event.step, address: address ? { lines: address.lines, postalCode: address.postalCode, locality: address.locality, country: address.country } : null, balance: balanceOf(event.balance), respondBy: event.respondBy, mergedCases: mergedOf(event.mergedCases), representative: event.representative ? { name: event.representative.name } : null },
      },
      this.clock.now(),
    );
  }

  @HandlesEvent(MessageRequestedSchema)
  async onMessageRequested(event: MessageRequested, context: EventContext) {
    await requestDelivery(
      this.uow.within(context.manager, context.outbox),
      {
        requestKey: `action:${event.actionId}`, caseId: event.caseId, actionId: event.actionId, audience: 'debtor', channel: event.channel === ContactChannel.SMS ? 'sms' : 'email', recipient: event.recipient,
        templateKey: event.templateKey, language: event.language, details: { step: event.step, balance: balanceOf(event.balance), respondBy: event.respondBy, mergedCases: mergedOf(event.mergedCases) },
      },
      this.clock.now(),
    );
  }

  @HandlesEvent(CaseOpenedSchema)
  async onCaseOpened(event: CaseOpened, context: EventContext) {
    const party = event.debtor?.party;
    const debtorName = party?.case === 'company' ? party.value.legalName : party?.case === 'person' ? [party.value.givenNames, party.value.familyName].filter(Boolean).join(' ') : '';
    await this.uow.within(context.manager, context.outbox).cases.save(event.caseId, {
      creditorId: event.creditorId,
      creditorName: '',
      creditorReference: event.creditorReference,
      debtorName,
      debtorKind: party?.case === 'company' || event.category === DebtCategory.COMMERCIAL ? 'company' : 'person',
      country: event.debtor?.country ?? '',
      invoices: (event.accountingSheet?.invoices ?? []).map((invoice) => ({
        number: invoice.number, issueDate: invoice.issueDate, dueDate: invoice.dueDate, amountMinor: String(invoice.principal?.amountMinor ?? 0n), currency: invoice.principal?.currency ?? '',
      })),
    });
  }

  @HandlesEvent(DisputeOpenedSchema)
  async onDisputeOpened(event: DisputeOpened, context: EventContext) {
    await this.uow.within(context.manager, context.outbox).suppressions.suppressCase(event.caseId, `dispute:${event.disputeId}`, 'a dispute is open');
  }

  @HandlesEvent(DisputeResolvedSchema)
  async onDisputeResolved(event: DisputeResolved, context: EventContext) {
    await this.uow.within(context.manager, context.outbox).suppressions.liftCase(event.caseId, `dispute:${event.disputeId}`);
  }

  @HandlesEvent(CreditorInstructedSchema)
  async onCreditorInstructed(event: CreditorInstructed, context: EventContext) {
    const suppressions = this.uow.within(context.manager, context.outbox).suppressions;
    if (event.kind === CreditorInstructionKind.HOLD) await suppressions.suppressCase(event.caseId, `hold:${event.instructionId}`, 'the creditor asked to stop contacting the debtor');
    if (event.kind === CreditorInstructionKind.RELEASE_HOLD && event.inReplyTo) await suppressions.liftCase(event.caseId, `hold:${event.inReplyTo}`);
    // Any answer to a request makes its reminder pointless.
    if (event.inReplyTo) await this.uow.within(context.manager, context.outbox).deliveries.withdraw(reminderKey(event.inReplyTo), event.caseId, `the creditor answered (instruction ${event.instructionId})`);
  }
}
