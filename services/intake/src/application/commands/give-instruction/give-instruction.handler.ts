import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { checkInstruction, type CreditorInstruction } from '../../../domain/instruction/creditor-instruction';
import { fieldError } from '../../../domain/shared/field-error';
import { CaseNotFoundError, CaseNotOpenError, SubmissionInvalidError } from '../../../domain/shared/intake-error';
import { UnitOfWork } from '../../ports/intake-transaction.port';

/**
 * A creditor answers the agency (approves a plan, consents to legal action, sends information...)
 * or tells it something (hold, the debtor approached them). Each becomes CreditorInstructed for
 * the services that act on it. Only an open case takes instructions.
 */
@Injectable()
export class GiveInstructionHandler {
  constructor(private readonly unitOfWork: UnitOfWork) {}

  async execute(creditorId: string, caseId: string, instruction: CreditorInstruction): Promise<string> {
    const problems = checkInstruction(instruction);
    if (problems.length > 0) throw new SubmissionInvalidError(problems);
    return this.unitOfWork.run(async (tx) => {
      const found = await tx.cases.findForUpdate(creditorId, caseId);
      if (!found) throw new CaseNotFoundError(caseId);
      if (found.props.state !== 'open') throw new CaseNotOpenError(caseId, found.props.state);
      const missing = await tx.records.missingDocuments(caseId, instruction.documentIds);
      if (missing.length > 0) throw new SubmissionInvalidError(missing.map((id) => fieldError('documentIds', 'UNKNOWN_DOCUMENT', `${id} is not a document of this case`)));
      const instructionId = randomUUID();
      await tx.records.addInstruction(caseId, creditorId, instructionId, instruction);
      return instructionId;
    });
  }
}
