import type { CaseAccountStore, LedgerStore, PaymentsPublisher, PlanStore, ReceiptStore } from './payments.ports';
import type { CreditorAccountStore } from './creditor-accounts.port';
import type { RefundStore } from './refunds.port';

/** Everything one use case touches, in one database transaction (events through the outbox). */
export interface PaymentsTransaction {
  accounts: CaseAccountStore;
  ledger: LedgerStore;
  receipts: ReceiptStore;
  plans: PlanStore;
  creditors: CreditorAccountStore;
  refunds: RefundStore;
  events: PaymentsPublisher;
}

export abstract class UnitOfWork {
  abstract run<T>(work: (tx: PaymentsTransaction) => Promise<T>): Promise<T>;
}
