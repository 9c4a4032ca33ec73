import type { DirectPayment } from '../../domain/direct-payment/direct-payment';
import type { CreditorInstruction } from '../../domain/instruction/creditor-instruction';

export interface RecordedDirectPayment extends DirectPayment {
  reportId: string;
  reportedLate: boolean;
}

/** What creditors add to a case after opening it, inside one transaction; each record publishes its event through the outbox. */
export abstract class CaseRecords {
  /** Records the instruction and publishes CreditorInstructed. */
  abstract addInstruction(caseId: string, creditorId: string, instructionId: string, instruction: CreditorInstruction): Promise<void>;
  abstract findDirectPayment(caseId: string, reference: string): Promise<RecordedDirectPayment | undefined>;
  /** Records the report and publishes DirectPaymentReported. */
  abstract addDirectPayment(caseId: string, creditorId: string, payment: RecordedDirectPayment): Promise<void>;
  /** The ids among these that are not documents of this case. */
  abstract missingDocuments(caseId: string, documentIds: string[]): Promise<string[]>;
}
