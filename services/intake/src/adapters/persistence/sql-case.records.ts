import { CreditorInstructedSchema, CreditorInstructionKind, DirectPaymentReportedSchema } from '@collections/contracts';
import type { OutboxWriter } from '@collections/messaging';
import type { EntityManager } from 'typeorm';
import { CaseRecords, type RecordedDirectPayment } from '../../application/ports/case-records.port';
import type { CreditorInstruction, InstructionKind } from '../../domain/instruction/creditor-instruction';
import { decisionChanges } from './decision-changes.sql';

const KINDS: Record<InstructionKind, CreditorInstructionKind> = {
  approve: CreditorInstructionKind.APPROVE,
  decline: CreditorInstructionKind.DECLINE,
  provide_information: CreditorInstructionKind.PROVIDE_INFORMATION,
  accept_closure: CreditorInstructionKind.ACCEPT_CLOSURE,
  continue_collection: CreditorInstructionKind.CONTINUE_COLLECTION,
  consent_legal_action: CreditorInstructionKind.CONSENT_LEGAL_ACTION,
  refuse_legal_action: CreditorInstructionKind.REFUSE_LEGAL_ACTION,
  hold: CreditorInstructionKind.HOLD,
  release_hold: CreditorInstructionKind.RELEASE_HOLD,
  debtor_approached_creditor: CreditorInstructionKind.DEBTOR_APPROACHED_CREDITOR,
};

/** Instructions, direct payments and document checks, through the caller's transaction. */
export class SqlCaseRecords extends CaseRecords {
  constructor(
    private readonly manager: EntityManager,
    private readonly outbox: OutboxWriter,
  ) {
    super();
  }

  async addInstruction(caseId: string, creditorId: string, instructionId: string, instruction: CreditorInstruction): Promise<void> {
    await this.manager.query(
      `INSERT INTO creditor_instructions (id, case_id, creditor_id, kind, in_reply_to, note, document_ids) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [instructionId, caseId, creditorId, instruction.kind, instruction.inReplyTo, instruction.note, instruction.documentIds],
    );
    if (instruction.inReplyTo) await decisionChanges.answered(this.manager, caseId, instruction.inReplyTo, instruction.kind);
    await this.outbox.append(this.manager, [
      {
        schema: CreditorInstructedSchema,
        key: caseId,
        data: { caseId, creditorId, instructionId, kind: KINDS[instruction.kind], inReplyTo: instruction.inReplyTo, note: instruction.note, documentIds: instruction.documentIds },
      },
    ]);
  }

  async findDirectPayment(caseId: string, reference: string): Promise<RecordedDirectPayment | undefined> {
    const rows: Array<{ id: string; amount_minor: string; currency: string; received_on: string; reference: string; reported_late: boolean }> = await this.manager.query(
      `SELECT id, amount_minor, currency, to_char(received_on, 'YYYY-MM-DD') AS received_on, reference, reported_late
       FROM direct_payment_reports WHERE case_id = $1 AND reference = $2`,
      [caseId, reference],
    );
    const [row] = rows;
    return row && { reportId: row.id, amountMinor: BigInt(row.amount_minor), currency: row.currency, receivedOn: row.received_on, reference: row.reference, reportedLate: row.reported_late };
  }

  async addDirectPayment(caseId: string, creditorId: string, payment: RecordedDirectPayment): Promise<void> {
    await this.manager.query(
      `INSERT INTO direct_payment_reports (id, case_id, creditor_id, amount_minor, currency, received_on, reference, reported_late, in_reply_to) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [payment.reportId, caseId, creditorId, String(payment.amountMinor), payment.currency, payment.receivedOn, payment.reference, payment.reportedLate, payment.inReplyTo ?? null],
    );
    await this.outbox.append(this.manager, [
      {
        schema: DirectPaymentReportedSchema,
        key: caseId,
        data: {
          caseId, creditorId, reportId: payment.reportId, amount: { amountMinor: payment.amountMinor, currency: payment.currency }, receivedOn: payment.receivedOn, reference: payment.reference,
          inReplyTo: payment.inReplyTo ?? '',
        },
      },
    ]);
  }

  async missingDocuments(caseId: string, documentIds: string[]): Promise<string[]> {
    if (documentIds.length === 0) return [];
    const rows: Array<{ id: string }> = await this.manager.query(`SELECT id FROM case_documents WHERE case_id = $1 AND id::text = ANY($2::text[])`, [caseId, documentIds]);
    const found = new Set(rows.map((row) => row.id));
    return documentIds.filter((id) => !found.has(id));
  }
}
