import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock } from '@collections/clock';
import { checkDirectPayment, isReportedLate, type DirectPayment } from '../../../domain/direct-payment/direct-payment';
import { calendarDateOf } from '../../../domain/shared/calendar-date';
import { fieldError } from '../../../domain/shared/field-error';
import { CaseNotFoundError, DirectPaymentConflictError, SubmissionInvalidError } from '../../../domain/shared/intake-error';
import type { RecordedDirectPayment } from '../../ports/case-records.port';
import { UnitOfWork } from '../../ports/intake-transaction.port';

/**
 * The creditor reports money the debtor paid to them directly. Accepted at any time, whatever
 * the case's state (the money counts for the balance and the agency's fees), flagged when later
 * than the 48 hours the contract allows. The same reference twice is the same payment.
 */
@Injectable()
export class ReportDirectPaymentHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async execute(creditorId: string, caseId: string, payment: DirectPayment): Promise<{ report: RecordedDirectPayment; created: boolean }> {
    const now = this.clock.now();
    return this.unitOfWork.run(async (tx) => {
      const found = await tx.cases.findForUpdate(creditorId, caseId);
      if (!found) throw new CaseNotFoundError(caseId);
      const problems = checkDirectPayment(payment, found.props.caseFile.currency, calendarDateOf(now));
      if (problems.length > 0) throw new SubmissionInvalidError(problems);
      const earlier = await tx.records.findDirectPayment(caseId, payment.reference);
      if (earlier) {
        const differences = (['amountMinor', 'currency', 'receivedOn'] as const)
          .filter((field) => earlier[field] !== payment[field])
          .map((field) => fieldError(field, 'DIFFERS', 'differs from the payment already reported under this reference'));
        if (differences.length > 0) throw new DirectPaymentConflictError(earlier.reportId, differences);
        return { report: earlier, created: false };
      }
      const report = { ...payment, reportId: randomUUID(), reportedLate: isReportedLate(payment.receivedOn, now) };
      await tx.records.addDirectPayment(caseId, creditorId, report);
      // A report the agency asked for also answers the request, as any answer does (dunning stops
      // waiting, the pending decision goes away): the same CreditorInstructed an answer in words gives.
      if (payment.inReplyTo) {
        await tx.records.addInstruction(caseId, creditorId, randomUUID(), {
          kind: 'provide_information', inReplyTo: payment.inReplyTo, documentIds: [],
          note: `Direct payment reported: ${payment.amountMinor} minor units of ${payment.currency} received on ${payment.receivedOn}, reference ${payment.reference}.`,
        });
      }
      return { report, created: true };
    });
  }
}
