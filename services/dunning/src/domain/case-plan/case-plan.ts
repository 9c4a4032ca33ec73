import type { CalendarDate, ContactChannel, DebtorKind } from '../steps';
import { NO_AMOUNTS, type BalanceComponentName, type ComponentAmounts } from './outstanding-balance';

/**
 * A case's amicable phase as a state machine. Events from other services arrive on several topics,
 * out of order and sometimes twice; every reaction is written so that the same fact applied twice,
 * or a later fact before an earlier one, leaves the plan where it should be:
 * - the case facts (CaseOpened) and the screening verdict may come in either order: the scenario
 *   starts once both are known and the verdict is clear;
 * - pauses are a set keyed by their cause (a dispute id, a plan id): a resolution seen before its
 *   opening is remembered and cancels the opening when it comes;
 * - a closed plan stays closed.
 * The plan never schedules or sends anything itself: each reaction returns what should happen
 * (start, reschedule, stop timers; events to emit) and the application carries it out.
 */

export type PlanState = 'awaiting_facts' | 'awaiting_screening' | 'active' | 'paused' | 'closed';
export type Verdict = 'clear' | 'suspended' | 'rejected' | 'needs_review';
/** THIRD_PARTY: all contact goes through a mediator, administrator, trustee or lawyer, or the heirs are being searched for. */
export type PauseKind = 'DISPUTE' | 'PAYMENT_ARRANGEMENT' | 'CREDITOR_HOLD' | 'SCREENING_SUSPENDED' | 'SCREENING_REVIEW' | 'AWAITING_CREDITOR' | 'PROMISE_TO_PAY' | 'THIRD_PARTY';
export type Outcome = 'PAID_IN_FULL' | 'SETTLED' | 'PLAN_COMPLETED' | 'CLOSED_ON_RECOMMENDATION' | 'LEGAL_ACTION' | 'CREDITOR_UNRESPONSIVE' | 'WITHDRAWN' | 'UNCOLLECTABLE';

export interface CaseFacts {
  creditorId: string;
  country: string;
  region?: string;
  debtorKind: DebtorKind;
  language: string;
  currency: string;
  principalMinor: bigint;
  /** Interest and costs already owed when the case opened (the accounting sheet); absent in plans older than them. */
  interestMinor?: bigint;
  costsMinor?: bigint;
  /** The oldest unpaid invoice's due date: the debt's age, and when default interest starts. */
  oldestDueDate: CalendarDate;
  /** The unpaid invoices (flat compensation is per late invoice in several countries). */
  invoices: Array<{ number: string; dueDate: CalendarDate; principalMinor: bigint }>;
  openedAt: Date;
}

export interface DebtorContacts {
  debtorIdentityId: string;
  channels: ContactChannel[];
  address?: { lines: string[]; postalCode: string; locality: string; region?: string; country: string };
  phones: string[];
  emails: string[];
}

/**
 * Someone who represents the debtor (a lawyer, a provisional administrator, the notary settling a
 * deceased debtor's estate): collection goes on, but every letter, message and call goes to them.
 */
export interface Representative {
  thirdPartyId: string;
  /** ThirdPartyLinked's role: LAWYER, PROVISIONAL_ADMINISTRATOR, NOTARY. */
  role: string;
  name: string;
  address?: DebtorContacts['address'];
  phones: string[];
  email?: string;
}

export interface Pause {
  kind: PauseKind;
  /** What caused it (dispute id, plan id ...); a pause is lifted by the same cause. */
  causeId: string;
  /** A pause that lifts itself (a promise to pay, until its date plus grace). */
  until?: string;
}

export interface PlanSnapshot {
  caseId: string;
  state: PlanState;
  facts?: CaseFacts;
  verdict?: Verdict;
  contacts?: DebtorContacts;
  scenario?: { id: string; version: number };
  /** Index of the next step to send in the scenario. */
  nextStep: number;
  /** Whether the plan-breach steps replaced the scenario's (after a broken instalment plan). */
  breachTrack: boolean;
  pauses: Pause[];
  /** Causes already ended, so an ending seen before its beginning cancels the beginning. */
  endedCauses: string[];
  droppedChannels: ContactChannel[];
  /** Payments seen, by id: a payment counted twice would stop collection too early. */
  paymentIds: string[];
  principalPaidMinor: bigint;
  /** Payments by value date, so default interest accrues only on what was still unpaid each day. */
  payments: Array<{ on: CalendarDate; amountMinor: bigint }>;
  /** What was charged to the debtor so far, per rule: the caps count it. */
  charged: Array<{ ruleId: string; kind: string; amountMinor: bigint }>;
  /** What payments allocated to each balance component, and the payments counted (each once). */
  allocated?: ComponentAmounts;
  allocatedPaymentIds?: string[];
  outcome?: Outcome;
  /** Set while the debtor is represented: letters and calls go to the representative instead. */
  representative?: Representative;
}

/** Heir searches pause with this cause prefix, so that the estate's notary, once known, ends them. */
export const HEIR_SEARCH_CAUSE = 'heir-search:';

/** What a reaction asks the application to do. */
export type PlanEffect =
  | { type: 'start'; reason: string }
  | { type: 'resume'; reason: string; ended: PauseKind }
  | { type: 'pause'; kind: PauseKind; causeId: string; until?: string }
  | { type: 'close'; outcome: Outcome; explanation: string }
  /** `ended`: the pause the restart lifted (the plan was paused and now runs), announced as a resume. */
  | { type: 'restart-at-breach'; reason: string; ended?: PauseKind }
  | { type: 'channel-dropped'; channel: ContactChannel };

export function newPlan(caseId: string): PlanSnapshot {
  return { caseId, state: 'awaiting_facts', nextStep: 0, breachTrack: false, pauses: [], endedCauses: [], droppedChannels: [], paymentIds: [], principalPaidMinor: 0n, payments: [], charged: [] };
}

const isOpen = (plan: PlanSnapshot) => plan.state !== 'closed';

/** The state the plan is in given what it knows; a closed plan stays closed. */
function settle(plan: PlanSnapshot): PlanState {
  if (plan.state === 'closed') return 'closed';
  if (!plan.facts) return 'awaiting_facts';
  if (!plan.verdict || !plan.scenario) return 'awaiting_screening';
  return plan.pauses.length > 0 ? 'paused' : 'active';
}

/** Applies a change and says what moved: started, paused, resumed. */
function transition(plan: PlanSnapshot, change: (draft: PlanSnapshot) => void, reason: string): { plan: PlanSnapshot; effects: PlanEffect[] } {
  const before = plan.state;
  const pausesBefore = new Set(plan.pauses.map((pause) => `${pause.kind}:${pause.causeId}`));
  const draft: PlanSnapshot = { ...plan, pauses: [...plan.pauses], endedCauses: [...plan.endedCauses], droppedChannels: [...plan.droppedChannels], paymentIds: [...plan.paymentIds] };
  change(draft);
  draft.state = settle(draft);
  const effects: PlanEffect[] = [];
  for (const pause of draft.pauses) {
    if (!pausesBefore.has(`${pause.kind}:${pause.causeId}`)) effects.push({ type: 'pause', kind: pause.kind, causeId: pause.causeId, ...(pause.until ? { until: pause.until } : {}) });
  }
  if (draft.state === 'active' && before !== 'active' && before !== 'paused') effects.push({ type: 'start', reason });
  if (draft.state === 'active' && before === 'paused') {
    const ended = plan.pauses.find((pause) => !draft.pauses.some((kept) => kept.causeId === pause.causeId))?.kind ?? 'CREDITOR_HOLD';
    effects.push({ type: 'resume', reason, ended });
  }
  return { plan: draft, effects };
}

/** The plan-breach track starts over; a resume the change caused is kept as the restart's `ended` pause. */
function restartAtBreach(moved: { plan: PlanSnapshot; effects: PlanEffect[] }, reason: string): { plan: PlanSnapshot; effects: PlanEffect[] } {
  const resumed = moved.effects.find((effect) => effect.type === 'resume');
  const ended = resumed?.type === 'resume' ? { ended: resumed.ended } : {};
  return { plan: moved.plan, effects: [...moved.effects.filter((effect) => effect.type !== 'resume'), { type: 'restart-at-breach', reason, ...ended }] };
}

function close(plan: PlanSnapshot, outcome: Outcome, explanation: string): { plan: PlanSnapshot; effects: PlanEffect[] } {
  if (!isOpen(plan)) return { plan, effects: [] };
  return { plan: { ...plan, state: 'closed', outcome }, effects: [{ type: 'close', outcome, explanation }] };
}

export const CasePlan = {
  /** CaseOpened: the facts; the scenario is chosen by the caller once the verdict is known too. */
  caseOpened(plan: PlanSnapshot, facts: CaseFacts): { plan: PlanSnapshot; effects: PlanEffect[] } {
    if (plan.facts || !isOpen(plan)) return { plan, effects: [] };
    return transition(plan, (draft) => (draft.facts = facts), 'case opened');
  },

  /**
   * A verdict (first screening or a later change). Clear starts or resumes; suspended pauses;
   * rejected closes as uncollectable; needs-review waits for a person.
   */
  screened(plan: PlanSnapshot, verdict: Verdict, contacts: DebtorContacts | undefined, scenario: { id: string; version: number } | undefined): { plan: PlanSnapshot; effects: PlanEffect[] } {
    if (!isOpen(plan)) return { plan, effects: [] };
    if (verdict === 'rejected') return close({ ...plan, verdict }, 'UNCOLLECTABLE', 'screening found the debtor cannot be collected from');
    return transition(
      plan,
      (draft) => {
        draft.verdict = verdict;
        if (contacts) draft.contacts = contacts;
        if (scenario && !draft.scenario) draft.scenario = scenario;
        draft.pauses = draft.pauses.filter((pause) => pause.kind !== 'SCREENING_SUSPENDED' && pause.kind !== 'SCREENING_REVIEW');
        if (verdict === 'suspended') draft.pauses.push({ kind: 'SCREENING_SUSPENDED', causeId: 'screening' });
        if (verdict === 'needs_review') draft.pauses.push({ kind: 'SCREENING_REVIEW', causeId: 'screening' });
      },
      `screening verdict ${verdict}`,
    );
  },

  /** A pause begins for a cause (dispute, plan, creditor hold, promise); ignored when that cause already ended. */
  pause(plan: PlanSnapshot, pause: Pause): { plan: PlanSnapshot; effects: PlanEffect[] } {
    if (!isOpen(plan) || plan.endedCauses.includes(pause.causeId) || plan.pauses.some((held) => held.causeId === pause.causeId)) return { plan, effects: [] };
    return transition(plan, (draft) => draft.pauses.push(pause), `paused: ${pause.kind}`);
  },

  /** A cause ends (dispute resolved, creditor answered, promise date passed); remembered if it comes first. */
  endPause(plan: PlanSnapshot, causeId: string, reason: string): { plan: PlanSnapshot; effects: PlanEffect[] } {
    if (!isOpen(plan) || plan.endedCauses.includes(causeId)) return { plan, effects: [] };
    return transition(
      plan,
      (draft) => {
        draft.endedCauses.push(causeId);
        draft.pauses = draft.pauses.filter((pause) => pause.causeId !== causeId);
      },
      reason,
    );
  },

  /**
   * The creditor lifts a hold: the one it names (`holdCauseId`, from the instruction it answers) or,
   * when it names none, the oldest. Each release counts once (a release delivered twice lifts one
   * hold), and a release naming a hold not seen yet cancels it when it comes.
   */
  releaseHold(plan: PlanSnapshot, releaseId: string, holdCauseId?: string): { plan: PlanSnapshot; effects: PlanEffect[] } {
    const releaseKey = `release:${releaseId}`;
    if (!isOpen(plan) || plan.endedCauses.includes(releaseKey)) return { plan, effects: [] };
    const target = holdCauseId ?? plan.pauses.find((pause) => pause.kind === 'CREDITOR_HOLD')?.causeId;
    const released = target ? CasePlan.endPause(plan, target, 'the creditor lifted the hold') : { plan, effects: [] as PlanEffect[] };
    return { plan: { ...released.plan, endedCauses: [...released.plan.endedCauses, releaseKey] }, effects: released.effects };
  },

  /** A payment: counted once; the plan continues on the balance (the scenario's amounts come from payments' balance). */
  paymentReceived(plan: PlanSnapshot, paymentId: string, principalMinor: bigint, on: CalendarDate): { plan: PlanSnapshot; effects: PlanEffect[] } {
    if (plan.paymentIds.includes(paymentId)) return { plan, effects: [] };
    const payments = [...(plan.payments ?? []), { on, amountMinor: principalMinor }];
    return { plan: { ...plan, paymentIds: [...plan.paymentIds, paymentId], principalPaidMinor: plan.principalPaidMinor + principalMinor, payments }, effects: [] };
  },

  /** Payments split a payment over the balance: the letters' balance counts it per component, once. */
  paymentAllocated(plan: PlanSnapshot, paymentId: string, parts: Array<{ component: BalanceComponentName; amountMinor: bigint }>): PlanSnapshot {
    if ((plan.allocatedPaymentIds ?? []).includes(paymentId)) return plan;
    const allocated = { ...(plan.allocated ?? NO_AMOUNTS) };
    for (const part of parts) allocated[part.component] += part.amountMinor;
    return { ...plan, allocated, allocatedPaymentIds: [...(plan.allocatedPaymentIds ?? []), paymentId] };
  },

  /** Charges were applied: the caps count them from now on. */
  charged(plan: PlanSnapshot, charges: Array<{ ruleId: string; kind: string; amountMinor: bigint }>): PlanSnapshot {
    return { ...plan, charged: [...(plan.charged ?? []), ...charges] };
  },

  /** An instalment missed or a plan broken: the arrangement pause ends and the plan-breach steps run. */
  planBreached(plan: PlanSnapshot, planId: string): { plan: PlanSnapshot; effects: PlanEffect[] } {
    // Each plan breaks once (its id is then an ended cause); a later plan that breaks runs the track again.
    if (!isOpen(plan) || plan.endedCauses.includes(planId)) return { plan, effects: [] };
    const moved = transition(
      plan,
      (draft) => {
        draft.breachTrack = true;
        draft.nextStep = 0;
        draft.endedCauses.push(planId);
        draft.pauses = draft.pauses.filter((pause) => pause.causeId !== planId);
      },
      'instalment plan breached',
    );
    return restartAtBreach(moved, 'instalment plan breached');
  },

  /**
   * The creditor answered a recommendation by asking to keep collecting (or refusing legal action):
   * the wait for the answer ends and the follow-up track (the plan-breach steps) runs from its start.
   */
  continueCollection(plan: PlanSnapshot, causeId: string): { plan: PlanSnapshot; effects: PlanEffect[] } {
    if (!isOpen(plan) || !plan.pauses.some((pause) => pause.causeId === causeId)) return { plan, effects: [] };
    const moved = transition(
      plan,
      (draft) => {
        draft.breachTrack = true;
        draft.nextStep = 0;
        draft.endedCauses.push(causeId);
        draft.pauses = draft.pauses.filter((pause) => pause.causeId !== causeId);
      },
      'the creditor asked to keep collecting',
    );
    return restartAtBreach(moved, 'the creditor asked to keep collecting');
  },

  /** A channel that cannot reach the debtor (a wrong number) is not used again for this case. */
  dropChannel(plan: PlanSnapshot, channel: ContactChannel): { plan: PlanSnapshot; effects: PlanEffect[] } {
    if (plan.droppedChannels.includes(channel)) return { plan, effects: [] };
    return { plan: { ...plan, droppedChannels: [...plan.droppedChannels, channel] }, effects: [{ type: 'channel-dropped', channel }] };
  },

  /**
   * The balance is paid: settled when an agreed settlement's payment cleared it (the rest written
   * off), plan completed when it was paid under an arrangement, otherwise paid in full.
   */
  paidInFull(plan: PlanSnapshot, settlementId?: string): { plan: PlanSnapshot; effects: PlanEffect[] } {
    if (settlementId) return close(plan, 'SETTLED', `settlement ${settlementId} was paid; the rest is written off`);
    return close(plan, plan.pauses.some((pause) => pause.kind === 'PAYMENT_ARRANGEMENT') ? 'PLAN_COMPLETED' : 'PAID_IN_FULL', 'the balance is paid');
  },

  /**
   * The debtor is represented from now on (the latest representative linked replaces an earlier one):
   * collection is not paused, its letters and calls are addressed to the representative. The notary
   * settling the estate is who an heir search was for: it ends the heir-search pauses, so collection
   * resumes addressed to the notary. Stop-pauses (a mediator, a trustee) are untouched.
   */
  representedBy(plan: PlanSnapshot, representative: Representative): { plan: PlanSnapshot; effects: PlanEffect[] } {
    if (!isOpen(plan)) return { plan, effects: [] };
    const heirSearches = representative.role === 'NOTARY' ? plan.pauses.filter((pause) => pause.causeId.startsWith(HEIR_SEARCH_CAUSE)).map((pause) => pause.causeId) : [];
    return transition(
      plan,
      (draft) => {
        draft.representative = representative;
        draft.endedCauses.push(...heirSearches);
        draft.pauses = draft.pauses.filter((pause) => !heirSearches.includes(pause.causeId));
      },
      `the debtor is represented (${representative.role.toLowerCase().replace(/_/g, ' ')}): collection goes on through the representative`,
    );
  },

  /** The step was sent: the next one follows. */
  stepSent(plan: PlanSnapshot): PlanSnapshot {
    return { ...plan, nextStep: plan.nextStep + 1 };
  },

  close,
};
