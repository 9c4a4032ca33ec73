import type { CreditorInstruction } from '../../src/domain/instruction/creditor-instruction';
import { CaseRecords, type RecordedDirectPayment } from '../../src/application/ports/case-records.port';

/** Instructions, direct payments and documents of cases, in memory. */
export class InMemoryCaseRecords extends CaseRecords {
  readonly instructions: Array<{ caseId: string; creditorId: string; instructionId: string; instruction: CreditorInstruction }> = [];
  readonly directPayments: Array<{ caseId: string; creditorId: string; payment: RecordedDirectPayment }> = [];
  private readonly documents = new Map<string, Set<string>>();

  /** A document already attached to a case. */
  seedDocument(caseId: string, documentId: string): void {
    this.documents.set(caseId, (this.documents.get(caseId) ?? new Set()).add(documentId));
  }

  async addInstruction(caseId: string, creditorId: string, instructionId: string, instruction: CreditorInstruction): Promise<void> {
    this.instructions.push({ caseId, creditorId, instructionId, instruction: structuredClone(instruction) });
  }

  async findDirectPayment(caseId: string, reference: string): Promise<RecordedDirectPayment | undefined> {
    const found = this.directPayments.find((recorded) => recorded.caseId === caseId && recorded.payment.reference === reference);
    return found ? structuredClone(found.payment) : undefined;
  }

  async addDirectPayment(caseId: string, creditorId: string, payment: RecordedDirectPayment): Promise<void> {
    this.directPayments.push({ caseId, creditorId, payment: structuredClone(payment) });
  }

  async missingDocuments(caseId: string, documentIds: string[]): Promise<string[]> {
    const attached = this.documents.get(caseId) ?? new Set<string>();
    return documentIds.filter((documentId) => !attached.has(documentId));
  }
}
