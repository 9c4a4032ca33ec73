import type { DebtorIdentityStore } from './debtor-identity.store.port';
import type { MatchStore } from './match-store.port';
import type { RegisterImportLog } from './register-import-log.port';
import type { RegisterStore } from './register-store.port';
import type { VerdictPublisher } from './verdict-publisher.port';

/** The screening database seen from inside one transaction, with the outbox writing in it. */
export interface ScreeningTransaction {
  identities: DebtorIdentityStore;
  registers: RegisterStore;
  matches: MatchStore;
  imports: RegisterImportLog;
  verdicts: VerdictPublisher;
}

/** Runs work in one database transaction: its writes and the events it publishes commit together. */
export abstract class UnitOfWork {
  abstract run<T>(work: (tx: ScreeningTransaction) => Promise<T>): Promise<T>;
}
