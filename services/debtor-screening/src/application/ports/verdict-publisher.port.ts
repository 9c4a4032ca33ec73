import type { Screening } from '../../domain/verdict/screening-verdict';

/** Publishes a case's screening outcome (DebtorScreened) in the caller's transaction. */
export abstract class VerdictPublisher {
  abstract publish(caseId: string, debtorIdentityId: string, screening: Screening, causationId: string): Promise<void>;
}
