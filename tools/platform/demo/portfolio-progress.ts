import {
  Audience,
  CaseOutcome,
  ContactChannel,
  ContactResult,
  DisputeResolution,
  PauseReason,
  PaymentMethod,
  ScreeningVerdict,
  type Balance,
  type CaseClosed,
  type ContactOutcomeRecorded,
  type DebtorScreened,
  type DebtorStatusChanged,
  type DisputeResolved,
  type DunningPaused,
  type InstalmentMissed,
  type LetterRequested,
  type Money,
  type NotificationSent,
  type PaymentAllocated,
  type PaymentReceived,
  type RemittanceIssued,
} from '@collections/contracts';

/** The state a demo case is shown in, in the order the display lists them. */
export const CASE_STATES = [
  'screening',
  'dunning',
  'promise',
  'plan',
  'settlement',
  'disputed',
  'suspended',
  'awaiting creditor',
  'paid',
  'settled',
  'plan completed',
  'closed',
  'uncollectable',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

const TERMINAL: ReadonlySet<CaseState> = new Set(['paid', 'settled', 'plan completed', 'closed', 'uncollectable']);

/** Where each case belongs in the summary: its creditor and its debtor's country. */
export interface CaseOrigin {
  creditor: string;
  country: string;
  currency: string;
}

export interface ProgressCounters {
  letters: number;
  emails: number;
  sms: number;
  calls: number;
  visits: number;
  paymentsReceived: number;
  /** Minor units, in the group's currency (one country, one currency). */
  collectedMinor: bigint;
  remittedMinor: bigint;
  commissionMinor: bigint;
  invoicedMinor: bigint;
}

export interface ProgressGroup extends ProgressCounters {
  creditor: string;
  country: string;
  currency: string;
  states: Record<CaseState, number>;
  cases: number;
}

/** The minimal shape of an event of the driver's EventLog. */
export interface ObservedEvent {
  name: string;
  key: string;
  data: unknown;
}

interface CaseTrack {
  origin: CaseOrigin;
  state: CaseState;
  formalNoticeSentAt?: number;
  /** The balance as contact-center holds it (CaseOpened, then CallRequested / VisitRequested / PaymentAllocated). */
  agentBalanceMinor?: bigint;
  planAgreed: boolean;
  settlementAgreed: boolean;
  disputeIds: string[];
}

const emptyCounters = (): ProgressCounters => ({
  letters: 0,
  emails: 0,
  sms: 0,
  calls: 0,
  visits: 0,
  paymentsReceived: 0,
  collectedMinor: 0n,
  remittedMinor: 0n,
  commissionMinor: 0n,
  invoicedMinor: 0n,
});

const minor = (money: Money | undefined): bigint => money?.amountMinor ?? 0n;
const balanceTotal = (balance: Balance | undefined): bigint =>
  minor(balance?.principal) + minor(balance?.interest) + minor(balance?.costs) + minor(balance?.charges);

/**
 * Follows the demo portfolio through the events the platform publishes (the driver's EventLog):
 * the state of every case, and per creditor and country the letters, e-mails, SMS, calls, money
 * collected, remitted and kept as commission. Feed it the growing event list as often as you like;
 * it reads each event once.
 */
export class PortfolioProgress {
  private readonly cases = new Map<string, CaseTrack>();
  private readonly counters = new Map<string, ProgressCounters>();
  private readonly pendingEvents = new Map<string, ObservedEvent[]>();
  private read = 0;
  /** Remittances and fee invoices of the whole run, per currency. */
  readonly totals = { remittances: 0, feeInvoices: 0 };

  /** Registers a case the demo placed, so its events count under its creditor and country. */
  track(caseId: string, origin: CaseOrigin): void {
    if (this.cases.has(caseId)) return;
    this.cases.set(caseId, { origin, state: 'screening', planAgreed: false, settlementAgreed: false, disputeIds: [] });
    // Events that arrived before the submit answer (a fast platform) are applied now.
    for (const event of this.pendingEvents.get(caseId) ?? []) this.apply(event);
    this.pendingEvents.delete(caseId);
  }

  /** Reads the events not seen yet from a list that only grows. */
  observe(events: readonly ObservedEvent[]): void {
    for (; this.read < events.length; this.read += 1) this.apply(events[this.read]!);
  }

  state(caseId: string): CaseState | undefined {
    return this.cases.get(caseId)?.state;
  }

  formalNoticeSent(caseId: string): boolean {
    return this.cases.get(caseId)?.formalNoticeSentAt !== undefined;
  }

  /** The balance contact-center will check a plan against (see its case-events consumer). */
  agentBalance(caseId: string): bigint | undefined {
    return this.cases.get(caseId)?.agentBalanceMinor;
  }

  disputes(caseId: string): readonly string[] {
    return this.cases.get(caseId)?.disputeIds ?? [];
  }

  isOpen(caseId: string): boolean {
    const state = this.state(caseId);
    return state !== undefined && !TERMINAL.has(state);
  }

  /** Cases per state, over the whole portfolio. */
  stateCounts(): Record<CaseState, number> {
    const counts = Object.fromEntries(CASE_STATES.map((state) => [state, 0])) as Record<CaseState, number>;
    for (const track of this.cases.values()) counts[track.state] += 1;
    return counts;
  }

  get caseCount(): number {
    return this.cases.size;
  }

  /** Counters summed over the whole portfolio; money per currency. */
  overall(): { counters: Omit<ProgressCounters, 'collectedMinor' | 'remittedMinor' | 'commissionMinor' | 'invoicedMinor'>; money: Record<string, { collected: bigint; remitted: bigint; commission: bigint }> } {
    const counters = { letters: 0, emails: 0, sms: 0, calls: 0, visits: 0, paymentsReceived: 0 };
    const money: Record<string, { collected: bigint; remitted: bigint; commission: bigint }> = {};
    for (const group of this.groups()) {
      counters.letters += group.letters;
      counters.emails += group.emails;
      counters.sms += group.sms;
      counters.calls += group.calls;
      counters.visits += group.visits;
      counters.paymentsReceived += group.paymentsReceived;
      const m = (money[group.currency] ??= { collected: 0n, remitted: 0n, commission: 0n });
      m.collected += group.collectedMinor;
      m.remitted += group.remittedMinor;
      m.commission += group.commissionMinor;
    }
    return { counters, money };
  }

  /** One group per creditor and debtor country, sorted by creditor then country. */
  groups(): ProgressGroup[] {
    const groups = new Map<string, ProgressGroup>();
    for (const track of this.cases.values()) {
      const key = groupKey(track.origin);
      const group =
        groups.get(key) ??
        ({
          creditor: track.origin.creditor,
          country: track.origin.country,
          currency: track.origin.currency,
          cases: 0,
          states: Object.fromEntries(CASE_STATES.map((state) => [state, 0])) as Record<CaseState, number>,
          ...(this.counters.get(key) ?? emptyCounters()),
        } satisfies ProgressGroup);
      groups.set(key, group);
      group.cases += 1;
      group.states[track.state] += 1;
    }
    return [...groups.values()].sort((a, b) => a.creditor.localeCompare(b.creditor) || a.country.localeCompare(b.country));
  }

  private countersOf(caseId: string): ProgressCounters | undefined {
    const track = this.cases.get(caseId);
    if (!track) return undefined;
    const key = groupKey(track.origin);
    let counters = this.counters.get(key);
    if (!counters) this.counters.set(key, (counters = emptyCounters()));
    return counters;
  }

  private apply(event: ObservedEvent): void {
    // Events keyed by creditor (remittances, invoices) carry their cases in their lines.
    if (event.name === 'RemittanceIssued') return this.applyRemittance(event.data as RemittanceIssued);
    if (event.name === 'FeeInvoiced') {
      this.totals.feeInvoices += 1;
      return;
    }
    const caseId = event.key;
    const track = this.cases.get(caseId);
    if (!track) {
      // Not (yet) known: keep case events for when the case is tracked; other keys are not the demo's.
      if (/^[0-9a-f-]{36}$/i.test(caseId) && event.name !== 'CaseImportCompleted') {
        const list = this.pendingEvents.get(caseId) ?? [];
        list.push(event);
        this.pendingEvents.set(caseId, list);
      }
      return;
    }
    const counters = this.countersOf(caseId)!;
    const data = event.data as Record<string, unknown>;
    const set = (state: CaseState) => {
      if (!TERMINAL.has(track.state)) track.state = state;
    };
    switch (event.name) {
      case 'CaseOpened': {
        const sheet = (data as { accountingSheet?: { invoices?: Array<{ principal?: Money }>; partialPayments?: Array<{ amount?: Money }>; interest?: Money; costs?: Money } }).accountingSheet;
        const principal = (sheet?.invoices ?? []).reduce((s, i) => s + minor(i.principal), 0n) - (sheet?.partialPayments ?? []).reduce((s, p) => s + minor(p.amount), 0n);
        track.agentBalanceMinor = (principal > 0n ? principal : 0n) + minor(sheet?.interest) + minor(sheet?.costs);
        break;
      }
      case 'DebtorScreened':
      case 'DebtorStatusChanged': {
        const verdict = (data as unknown as DebtorScreened | DebtorStatusChanged).verdict;
        if (verdict === ScreeningVerdict.CLEAR) {
          if (track.state === 'screening' || track.state === 'suspended') set('dunning');
        } else if (verdict === ScreeningVerdict.REJECTED) set('uncollectable');
        else set('suspended');
        break;
      }
      case 'LetterRequested':
        if ((data as unknown as LetterRequested).step === 'formal-notice') track.formalNoticeSentAt ??= Date.now();
        break;
      case 'CallRequested':
      case 'VisitRequested': {
        const balance = (data as { balance?: Balance }).balance;
        if (balance) track.agentBalanceMinor = balanceTotal(balance);
        break;
      }
      case 'NotificationSent': {
        const sent = data as unknown as NotificationSent;
        if (sent.audience === Audience.CREDITOR) break;
        if (sent.channel === ContactChannel.LETTER) counters.letters += 1;
        else if (sent.channel === ContactChannel.EMAIL) counters.emails += 1;
        else if (sent.channel === ContactChannel.SMS) counters.sms += 1;
        if (sent.templateKey.endsWith('formal-notice')) track.formalNoticeSentAt ??= Date.now();
        break;
      }
      case 'ContactOutcomeRecorded': {
        const outcome = data as unknown as ContactOutcomeRecorded;
        if (outcome.channel === ContactChannel.HOME_VISIT) counters.visits += 1;
        else counters.calls += 1;
        if (outcome.result === ContactResult.PROMISE_TO_PAY) set('promise');
        break;
      }
      case 'DunningPaused': {
        const reason = (data as unknown as DunningPaused).reason;
        if (reason === PauseReason.DISPUTE) set('disputed');
        else if (reason === PauseReason.SCREENING_SUSPENDED) set('suspended');
        else if (reason === PauseReason.CREDITOR_HOLD || reason === PauseReason.AWAITING_CREDITOR) set('awaiting creditor');
        break;
      }
      case 'DunningResumed':
        set('dunning');
        break;
      case 'PaymentPlanAgreed':
        track.planAgreed = true;
        set('plan');
        break;
      case 'SettlementAgreed':
        track.settlementAgreed = true;
        set('settlement');
        break;
      case 'DisputeOpened':
        track.disputeIds.push(String(data.disputeId));
        set('disputed');
        break;
      case 'DisputeResolved':
        if ((data as unknown as DisputeResolved).resolution !== DisputeResolution.CLAIM_CANCELLED) set('dunning');
        break;
      case 'InstalmentMissed':
        if ((data as unknown as InstalmentMissed).planBroken) set('dunning');
        break;
      case 'ClosureRecommended':
      case 'LegalActionRecommended':
      case 'CreditorApprovalRequested':
      case 'InformationRequested':
        set('awaiting creditor');
        break;
      case 'PaymentReceived': {
        const payment = data as unknown as PaymentReceived;
        if (payment.method !== PaymentMethod.PAID_TO_CREDITOR) {
          counters.paymentsReceived += 1;
          counters.collectedMinor += minor(payment.amount);
        }
        break;
      }
      case 'PaymentAllocated':
        track.agentBalanceMinor = balanceTotal((data as unknown as PaymentAllocated).remaining);
        break;
      case 'CasePaidInFull':
        set(track.settlementAgreed ? 'settled' : track.planAgreed ? 'plan completed' : 'paid');
        break;
      case 'CaseClosed': {
        const outcome = (data as unknown as CaseClosed).outcome;
        const state: CaseState =
          outcome === CaseOutcome.PAID_IN_FULL ? 'paid'
          : outcome === CaseOutcome.SETTLED ? 'settled'
          : outcome === CaseOutcome.PLAN_COMPLETED ? 'plan completed'
          : outcome === CaseOutcome.UNCOLLECTABLE ? 'uncollectable'
          : 'closed';
        if (!TERMINAL.has(track.state) || track.state === 'paid') track.state = state;
        break;
      }
      default:
        break;
    }
  }

  private applyRemittance(remittance: RemittanceIssued): void {
    this.totals.remittances += 1;
    for (const line of remittance.lines) {
      const counters = this.countersOf(line.caseId);
      if (!counters) continue;
      counters.remittedMinor += minor(line.paidOut);
      counters.commissionMinor += minor(line.commission);
    }
  }
}

const groupKey = (origin: CaseOrigin): string => `${origin.creditor}|${origin.country}`;

/** 123456 → "1,234.56" (two decimals: every demo currency has two). */
export function formatMinor(amount: bigint): string {
  const negative = amount < 0n;
  const abs = negative ? -amount : amount;
  const units = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${units}.${(abs % 100n).toString().padStart(2, '0')}`;
}
