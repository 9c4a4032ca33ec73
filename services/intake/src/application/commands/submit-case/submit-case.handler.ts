import { Injectable } from '@nestjs/common';
import { Clock } from '@collections/clock';
import type { CaseFileInput } from '../../../domain/case-file/case-file.input';
import { validateCaseFile } from '../../../domain/case-file/validate-case-file';
import { calendarDateOf } from '../../../domain/shared/calendar-date';
import { CaseFileInvalidError, CaseReferenceConflictError } from '../../../domain/shared/intake-error';
import { UnitOfWork } from '../../ports/intake-transaction.port';
import { openCases } from '../open-cases/open-cases';

export interface SubmittedCase {
  caseId: string;
  /** False when the same reference and content had been submitted before. */
  created: boolean;
  consultantId: string | null;
}

/** `POST /v1/cases`: one case file from the creditor's API. */
@Injectable()
export class SubmitCaseHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async execute(creditorId: string, input: CaseFileInput): Promise<SubmittedCase> {
    const now = this.clock.now();
    const validation = validateCaseFile(input, calendarDateOf(now));
    if (!validation.ok) throw new CaseFileInvalidError(validation.errors);
    const [outcome] = await this.unitOfWork.run((tx) => openCases(tx, creditorId, [validation.caseFile], { route: 'api' }, now));
    if (outcome.status === 'conflict') throw new CaseReferenceConflictError(outcome.caseId, outcome.differences);
    return { caseId: outcome.caseId, created: outcome.status === 'opened', consultantId: outcome.consultantId };
  }
}
