import { DunningPublisher, type DeclinedCallback, type ScheduledStep, type Stage, type StepAction } from '../../src/application/ports/dunning-publisher.port';
import { UnitOfWork, type DunningTransaction } from '../../src/application/ports/dunning-transaction.port';
import { ActionLog, PlanStore, TimerStore, type ContactRecord, type GuardRecord, type SentAction, type StepTimer } from '../../src/application/ports/plan-store.port';
import type { Outcome, PauseKind, PlanSnapshot } from '../../src/domain/case-plan/case-plan';
import type { Charge } from '../../src/domain/charges';
import type { Recommendation } from '../../src/domain/evaluation/evaluation';

/** Everything the dunning stores hold, in memory, with the SQL stores' rules (one pending timer per case, due order). */
export class InMemoryDunning {
  readonly plans = new Map<string, PlanSnapshot>();
  readonly timers: Array<StepTimer & { state: 'pending' | 'fired' | 'cancelled' }> = [];
  readonly sent: SentAction[] = [];
  readonly decisions: GuardRecord[] = [];
  readonly events: Array<{ type: string; caseId: string; detail?: unknown }> = [];
  readonly nextSteps: ScheduledStep[] = [];
  nextTimerId = 1;

  readonly uow: UnitOfWork = new (class extends UnitOfWork {
    constructor(private readonly store: InMemoryDunning) {
      super();
    }
    run<T>(work: (tx: DunningTransaction) => Promise<T>): Promise<T> {
      return work(this.store.transaction());
    }
  })(this);

  transaction(): DunningTransaction {
    return transactionOver(this);
  }
}

/** The stores of one transaction over the in-memory state (no isolation: tests run one at a time). */
function transactionOver(store: InMemoryDunning): DunningTransaction {
    return {
      plans: new (class extends PlanStore {
        async lock(caseIds: string[]) {
          return new Map(caseIds.flatMap((id) => (store.plans.has(id) ? [[id, store.plans.get(id)!] as const] : [])));
        }
        async lockIfFree(caseIds: string[]) {
          return new Map(caseIds.flatMap((id) => (store.plans.has(id) ? [[id, store.plans.get(id)!] as const] : [])));
        }
        async save(plans: PlanSnapshot[]) {
          for (const plan of plans) store.plans.set(plan.caseId, plan);
        }
        async find(caseId: string) {
          return store.plans.get(caseId);
        }
      })(),
      timers: new (class extends TimerStore {
        async schedule(timers: Array<Omit<StepTimer, 'id'>>, { replacing = true }: { replacing?: boolean } = {}) {
          const caseIds = timers.map((timer) => timer.caseId);
          // The SQL store's unique index: one pending timer per case.
          if (!replacing && store.timers.some((timer) => timer.state === 'pending' && caseIds.includes(timer.caseId))) throw new Error('a case already has a pending timer');
          await this.cancel(caseIds);
          for (const timer of timers) store.timers.push({ ...timer, id: String(store.nextTimerId++), state: 'pending' });
        }
        async cancel(caseIds: string[]) {
          for (const timer of store.timers) if (timer.state === 'pending' && caseIds.includes(timer.caseId)) timer.state = 'cancelled';
        }
        async claimDue(now: Date, limit: number) {
          return store.timers
            .filter((timer) => timer.state === 'pending' && timer.dueAt.getTime() <= now.getTime())
            .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || Number(a.id) - Number(b.id))
            .slice(0, limit)
            .map(({ state: _state, ...timer }) => timer);
        }
        async reschedule(moves: Array<{ id: string; dueAt: Date }>) {
          for (const move of moves) store.timers.find((timer) => timer.id === move.id)!.dueAt = move.dueAt;
        }
        async finish(ids: string[], state: 'fired' | 'cancelled') {
          for (const timer of store.timers) if (ids.includes(timer.id)) timer.state = state;
        }
        async pendingOfDebtors(debtorIds: string[], until: Date) {
          return store.timers
            .filter((timer) => timer.state === 'pending' && timer.stepIndex >= 0 && timer.dueAt.getTime() <= until.getTime())
            .flatMap(({ state: _state, ...timer }) => {
              const plan = store.plans.get(timer.caseId);
              const debtorIdentityId = plan?.contacts?.debtorIdentityId;
              return plan?.state === 'active' && debtorIdentityId && debtorIds.includes(debtorIdentityId) ? [{ ...timer, debtorIdentityId }] : [];
            })
            .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || Number(a.id) - Number(b.id));
        }
        async pendingOf(caseId: string) {
          return store.timers.find((timer) => timer.caseId === caseId && timer.state === 'pending');
        }
      })(),
      actions: new (class extends ActionLog {
        async historyOf(debtorIds: string[], since: Date): Promise<ContactRecord[]> {
          return store.sent.filter((action) => action.debtorIdentityId && debtorIds.includes(action.debtorIdentityId) && action.at >= since);
        }
        async sentOf(caseIds: string[]) {
          return store.sent.filter((action) => caseIds.includes(action.caseId));
        }
        async recordSent(actions: SentAction[]) {
          store.sent.push(...actions);
        }
        async recordDecisions(decisions: GuardRecord[]) {
          store.decisions.push(...decisions);
        }
        async decisionsOf(caseId: string) {
          return store.decisions.filter((decision) => decision.caseId === caseId);
        }
      })(),
      events: new (class extends DunningPublisher {
        async stepRequested(actions: StepAction[]) {
          for (const action of actions) store.events.push({ type: `${action.stepKind}`, caseId: action.plan.caseId, detail: action });
        }
        async callbackDeclined(declined: DeclinedCallback) {
          store.events.push({ type: 'CallbackDeclined', caseId: declined.caseId, detail: declined });
        }
        async chargesApplied(caseId: string, charges: Charge[]) {
          store.events.push({ type: 'ChargesApplied', caseId, detail: charges });
        }
        async recommended(plan: PlanSnapshot, recommendationId: string, recommendation: Recommendation) {
          store.events.push({ type: recommendation.kind === 'closure' ? 'ClosureRecommended' : 'LegalActionRecommended', caseId: plan.caseId, detail: { recommendationId, ...recommendation } });
        }
        async escalated(caseId: string, from: Stage, to: Stage) {
          store.events.push({ type: 'CaseEscalated', caseId, detail: { from, to } });
        }
        async paused(caseId: string, kind: PauseKind) {
          store.events.push({ type: 'DunningPaused', caseId, detail: kind });
        }
        async resumed(caseId: string, ended: PauseKind) {
          store.events.push({ type: 'DunningResumed', caseId, detail: ended });
        }
        async closed(plan: PlanSnapshot, outcome: Outcome) {
          store.events.push({ type: 'CaseClosed', caseId: plan.caseId, detail: outcome });
        }
        // Kept apart from `events`, which the specs read as the story of requests made.
        async nextStepsScheduled(steps: ScheduledStep[]) {
          store.nextSteps.push(...steps);
        }
      })(),
    };
}
