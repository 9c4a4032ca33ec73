import { create, type MessageInitShape } from '@bufbuild/protobuf';
import {
  CaseOpenedSchema,
  CaseWithdrawnSchema,
  DebtCategory,
  DebtorSchema,
  RegistrationFeeChargedSchema,
  SubmissionRoute,
  type AccountingSheetSchema,
  type Debtor as DebtorMessage,
} from '@collections/contracts';
import type { OutgoingEvent } from '@collections/messaging';
import type { Case, SubmissionRoute as Route } from '../../domain/case/case.aggregate';
import type { CaseEvent } from '../../domain/case/case.events';
import type { CaseFile } from '../../domain/case-file/case-file';

const ROUTES: Record<Route, SubmissionRoute> = {
  api: SubmissionRoute.API,
  bulk_file: SubmissionRoute.BULK_FILE,
  channel: SubmissionRoute.CHANNEL,
};

/** Maps what happened to a case to the contract events other services consume (proto/collections/v1/intake.proto). */
export function toOutgoingEvents(subject: Case, events: CaseEvent[]): OutgoingEvent[] {
  const { id, creditorId } = subject.props;
  return events.map((event) => {
    switch (event.type) {
      case 'CaseOpened':
        return { schema: CaseOpenedSchema, key: id, data: caseOpened(subject) };
      case 'RegistrationFeeCharged':
        return { schema: RegistrationFeeChargedSchema, key: id, data: { caseId: id, creditorId, fee: event.fee } };
      case 'CaseWithdrawn':
        return { schema: CaseWithdrawnSchema, key: id, data: { caseId: id, creditorId, reason: event.reason } };
    }
  });
}

function caseOpened(subject: Case) {
  const { id, creditorId, caseFile, consultantId, origin } = subject.props;
  return {
    caseId: id,
    creditorId,
    creditorReference: caseFile.creditorReference,
    consultantId: consultantId ?? '',
    debtor: debtorMessage(caseFile),
    accountingSheet: accountingSheet(caseFile),
    category: caseFile.category === 'B2C' ? DebtCategory.CONSUMER : DebtCategory.COMMERCIAL,
    route: ROUTES[origin.route],
    claimId: origin.claimId ?? '',
    bulkImportId: origin.caseImportId ?? '',
  };
}

export function debtorMessage({ debtor }: CaseFile): DebtorMessage {
  const party =
    debtor.kind === 'person'
      ? { case: 'person' as const, value: { givenNames: debtor.givenNames, familyName: debtor.familyName, birthDate: debtor.birthDate, nationalId: debtor.nationalId } }
      : { case: 'company' as const, value: { legalName: debtor.legalName, companyNumber: debtor.companyNumber, vatNumber: debtor.vatNumber } };
  return create(DebtorSchema, {
    party,
    addresses: debtor.addresses,
    phones: debtor.phones,
    emails: debtor.emails,
    language: debtor.language,
    country: debtor.country,
  });
}

export function accountingSheet(file: CaseFile): MessageInitShape<typeof AccountingSheetSchema> {
  const money = (amountMinor: bigint) => ({ amountMinor, currency: file.currency });
  return {
    invoices: file.invoices.map((invoice) => ({ number: invoice.number, issueDate: invoice.issueDate, dueDate: invoice.dueDate, principal: money(invoice.principalMinor) })),
    interest: money(file.interestMinor),
    interestRateBp: file.interestRateBp,
    costs: money(file.costsMinor),
    partialPayments: file.partialPayments.map((payment) => ({ paidOn: payment.paidOn, amount: money(payment.amountMinor), reference: payment.reference })),
  };
}
