import { Injectable } from '@nestjs/common';
import { Clock } from '@collections/clock';
import { CaseNotFoundError } from '../../../domain/shared/intake-error';
import { UnitOfWork } from '../../ports/intake-transaction.port';

/** The creditor takes a case back; every service stops collecting on CaseWithdrawn. */
@Injectable()
export class WithdrawCaseHandler {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async execute(creditorId: string, caseId: string, reason: string): Promise<void> {
    await this.unitOfWork.run(async (tx) => {
      const found = await tx.cases.findForUpdate(creditorId, caseId);
      if (!found) throw new CaseNotFoundError(caseId);
      found.withdraw(reason, this.clock.now());
      await tx.cases.update(found);
    });
  }
}
