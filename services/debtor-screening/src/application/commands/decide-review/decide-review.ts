import type { Clock } from '@collections/clock';
import { ScreeningError } from '../../../domain/screening-error';
import type { UnitOfWork } from '../../ports/screening-transaction.port';
import { reassessDebtors } from '../../screening/reassess-debtors';
import { utcDate } from '../import-register/import-register';

export interface DecideReview {
  matchId: string;
  /** `same_debtor`: the entry is the debtor and counts; `different_debtor`: it is somebody else and never counts for this debtor. */
  decision: 'same_debtor' | 'different_debtor';
  reviewer: string;
  note?: string;
}

/**
 * A reviewer decides an uncertain register match. The decision is kept for that debtor (later
 * imports of the same entry do not reopen it) and the debtor's open cases are re-assessed at once:
 * DebtorStatusChanged for each case whose verdict moved.
 */
export async function decideReview(uow: UnitOfWork, clock: Clock, command: DecideReview): Promise<{ statusChanges: number }> {
  return uow.run(async (tx) => {
    const match = await tx.matches.matchForUpdate(command.matchId);
    if (!match) throw new ScreeningError('SCREENING.REVIEW_NOT_FOUND', `review ${command.matchId} not found`, 'not_found');
    if (match.state !== 'pending_review') {
      throw new ScreeningError('SCREENING.REVIEW_ALREADY_DECIDED', `review ${command.matchId} was already decided (${match.state})`, 'conflict');
    }
    await tx.matches.decide(command.matchId, command.decision === 'same_debtor' ? 'matched' : 'not_same', command.reviewer, command.note, clock.now());
    const statusChanges = await reassessDebtors(tx, new Map([[match.debtorIdentityId, { cause: 'REVIEW_DECIDED' as const }]]), utcDate(clock.now()));
    return { statusChanges };
  });
}
