import type { SeededRandom } from './seeded-random';
import type { DemoCountry } from './reference-data';

const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * How a demo debtor reacts to being dunned. The driver loop reads this each simulated day and acts
 * for the debtor (pays through the gateway or the bank, calls in, answers the agent's call) and for
 * the agency's agents and the creditor where the story needs them.
 */
export const BEHAVIOUR_KINDS = [
  'PAYS_EARLY',
  'PAYS_AFTER_FORMAL_NOTICE',
  'PROMISES_TO_PAY',
  'PLAN_MISSES_ONE',
  'PLAN_BROKEN',
  'SETTLES',
  'DISPUTES',
  'INSOLVENT',
  'NEVER_ANSWERS',
] as const;
export type BehaviourKind = (typeof BEHAVIOUR_KINDS)[number];

/** Share of debtors per behaviour (sums to 1). */
export const BEHAVIOUR_WEIGHTS: Readonly<Record<BehaviourKind, number>> = {
  PAYS_EARLY: 0.15,
  PAYS_AFTER_FORMAL_NOTICE: 0.14,
  PROMISES_TO_PAY: 0.1,
  PLAN_MISSES_ONE: 0.1,
  PLAN_BROKEN: 0.06,
  SETTLES: 0.05,
  DISPUTES: 0.08,
  INSOLVENT: 0.08,
  NEVER_ANSWERS: 0.24,
};

export const BEHAVIOUR_LABELS: Readonly<Record<BehaviourKind, string>> = {
  PAYS_EARLY: 'pays early',
  PAYS_AFTER_FORMAL_NOTICE: 'pays after the formal notice',
  PROMISES_TO_PAY: 'promises on the phone, then pays (or not)',
  PLAN_MISSES_ONE: 'asks for a plan, misses one instalment, catches up',
  PLAN_BROKEN: 'asks for a plan, misses two instalments: plan broken',
  SETTLES: 'settles for less, full and final',
  DISPUTES: 'disputes the claim',
  INSOLVENT: 'found insolvent (screening register)',
  NEVER_ANSWERS: 'never answers',
};

export type PaymentRoute = 'CARD' | 'BANK_TRANSFER' | 'TO_CREDITOR';

export interface Behaviour {
  kind: BehaviourKind;
  /** How this debtor pays when they pay: the gateway (card), a transfer with the structured reference (camt.054), or the creditor directly (reported by the creditor). */
  pays: PaymentRoute;
  /**
   * Days after the case is placed when the debtor acts on their own (pays early; calls in to ask for a
   * plan, a settlement or to dispute when no agent has called first); for PAYS_AFTER_FORMAL_NOTICE, days
   * after the formal notice was sent.
   */
  actAfterDays: number;
  /** PROMISES_TO_PAY: whether the promise is kept. */
  keepsPromise?: boolean;
  /** PLAN_*: number of fortnightly instalments. */
  instalments?: number;
  /** SETTLES: share of the balance offered (basis points). */
  settlementBp?: number;
  /** DISPUTES: whether the creditor sends the documents asked for (then the claim is upheld and the debtor pays later). */
  creditorAnswers?: boolean;
  /** INSOLVENT: 0 when the register already lists the debtor before the case is placed, else the demo day the register import finds them. */
  insolventFromDay?: number;
  /** INSOLVENT: the situation the register records. */
  situation?: 'COLLECTIVE_DEBT_SETTLEMENT' | 'NOTORIOUS_INSOLVENCY' | 'BANKRUPTCY';
}

/** What a debtor of this kind and country does, drawn from the seeded generator. */
export function drawBehaviour(random: SeededRandom, debtor: { kind: 'person' | 'company'; country: DemoCountry }, days: number): Behaviour {
  const kind = random.weighted(BEHAVIOUR_WEIGHTS);
  const pays: PaymentRoute = random.chance(0.06) ? 'TO_CREDITOR' : debtor.kind === 'company' || random.chance(0.45) ? 'BANK_TRANSFER' : 'CARD';
  const behaviour: Behaviour = { kind, pays, actAfterDays: random.int(3, 12) };
  switch (kind) {
    case 'PAYS_AFTER_FORMAL_NOTICE':
      behaviour.actAfterDays = random.int(2, 7);
      break;
    case 'PROMISES_TO_PAY':
      behaviour.keepsPromise = random.chance(0.8);
      behaviour.actAfterDays = random.int(10, 20);
      break;
    case 'PLAN_MISSES_ONE':
    case 'PLAN_BROKEN':
      behaviour.instalments = random.int(3, 5);
      behaviour.actAfterDays = random.int(6, 14);
      break;
    case 'SETTLES':
      behaviour.settlementBp = random.pick([7500, 8000, 8500, 9000]);
      behaviour.actAfterDays = random.int(8, 20);
      break;
    case 'DISPUTES':
      behaviour.creditorAnswers = random.chance(0.5);
      behaviour.actAfterDays = random.int(4, 15);
      break;
    case 'INSOLVENT':
      behaviour.insolventFromDay = random.chance(0.5) ? 0 : random.int(Math.min(5, days), Math.max(Math.min(5, days), Math.floor(days / 2)));
      behaviour.situation =
        debtor.kind === 'company' ? 'BANKRUPTCY' : ['ES', 'GB', 'US'].includes(debtor.country) ? 'NOTORIOUS_INSOLVENCY' : 'COLLECTIVE_DEBT_SETTLEMENT';
      break;
    default:
      break;
  }
  return behaviour;
}

/**
 * When the debtor pays which instalment. PLAN_MISSES_ONE pays the first, misses the second and pays it
 * with the third (or a week late when there is no third), then the rest on time: one InstalmentMissed,
 * the plan holds. PLAN_BROKEN pays the first and nothing more: the second miss breaks the plan.
 * A deferral (a plan of one) is paid a week late, or never.
 */
export function instalmentPayments(
  instalments: ReadonlyArray<{ number: number; dueDate: string; amountMinor: bigint }>,
  missesOne: boolean,
): Array<{ on: string; amountMinor: bigint }> {
  if (instalments.length === 0) return [];
  const [first, second, third] = instalments;
  if (instalments.length === 1) return missesOne ? [{ on: addDays(first!.dueDate, 7), amountMinor: first!.amountMinor }] : [];
  if (!missesOne) return [{ on: first!.dueDate, amountMinor: first!.amountMinor }];
  const payments = [{ on: first!.dueDate, amountMinor: first!.amountMinor }];
  if (third) payments.push({ on: third.dueDate, amountMinor: second!.amountMinor + third.amountMinor });
  else payments.push({ on: addDays(second!.dueDate, 7), amountMinor: second!.amountMinor });
  for (const later of instalments.slice(3)) payments.push({ on: later.dueDate, amountMinor: later.amountMinor });
  return payments;
}
