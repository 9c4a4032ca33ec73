import type { DunningPublisher } from './dunning-publisher.port';
import type { ActionLog, PlanStore, TimerStore } from './plan-store.port';

/** The dunning database seen from one transaction, with the outbox writing in it. */
export interface DunningTransaction {
  plans: PlanStore;
  timers: TimerStore;
  actions: ActionLog;
  events: DunningPublisher;
}

export abstract class UnitOfWork {
  abstract run<T>(work: (tx: DunningTransaction) => Promise<T>): Promise<T>;
}
