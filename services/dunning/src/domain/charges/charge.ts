import type { CalendarDate } from '../steps';
import type { CurrencyCode } from './money';

/**
 * The vocabulary of charges: what a rule allows (an `Entitlement`, the cap), what may be added to the
 * case now (a `Charge`, the cap minus what was already charged) and what was refused and why. Every
 * rule carries its source and whether it was verified (shared/COUNTRY-RULES.md), so
 * a letter or an audit can say on what ground each amount stands.
 */
export const CHARGE_KINDS = ['DAMAGES', 'REMINDER_FEE', 'COLLECTION_COSTS', 'PAYMENT_PLAN_FEE', 'DEFAULT_INTEREST'] as const;
export type ChargeKind = (typeof CHARGE_KINDS)[number];

/** One rule of one country's law, as data. */
export interface ChargeRule {
  /**
   * `BE.damages-cap@2023-09-01`: country, rule, first day this version applies. What was already
   * charged counts against everything before the `@` (the cap key), so a new version of a rule
   * never resets its cap.
   */
  ruleId: string;
  kind: ChargeKind;
  /** Where the rule was read: the law, then the secondary sources COUNTRY-RULES.md names. */
  source: string;
  /** False for a secondary or unconfirmed source, a stricter reading, or an assumption. */
  verified: boolean;
  /** How the rule was read where the law left room (always the stricter reading). */
  note?: string;
}

/** A span of days on which default interest accrued at one rate on one principal. */
export interface InterestPeriod {
  /** First day accrued (inclusive). */
  start: CalendarDate;
  /** Last day accrued (inclusive). */
  end: CalendarDate;
  days: number;
  /** The principal still unpaid on each of these days; interest never accrues on interest or fees. */
  principalMinor: bigint;
  annualRateBasisPoints: number;
  /** How the rate was found, e.g. "ECB_MRO 2.15% + 8.00 pts, rounded up to 0.50 pt = 10.50%". */
  rateBasis: string;
}

/** One part of what a rule allows: per invoice, per instalment, per interest period, or the whole. */
export interface EntitlementLine {
  amountMinor: bigint;
  /** The invoice or instalment this line is owed for, or the component ("fee", "expenses"). */
  reference?: string;
  period?: InterestPeriod;
}

/** What one rule allows for the case in total (its cap), before what was already charged is taken off. */
export interface Entitlement {
  rule: ChargeRule;
  lines: readonly EntitlementLine[];
}

/** An amount that may be added to the case now. */
export interface Charge {
  kind: ChargeKind;
  amountMinor: bigint;
  currency: CurrencyCode;
  ruleId: string;
  source: string;
  verified: boolean;
  reference?: string;
  period?: InterestPeriod;
  /**
   * Set when part of this line was charged before (a top-up): the line's full amount is
   * `amountMinor + chargedBeforeMinor`. E.g. interest for 15 March – 30 April when 15 – 31 March
   * was charged by an earlier call.
   */
  chargedBeforeMinor?: bigint;
}

export const REFUSAL_REASONS = [
  'WAITING_PERIOD_NOT_OVER', // the statutory wait after the free first letter has not ended (BE, NL consumers)
  'FIRST_REMINDER_FREE', // BE: the first reminder costs the consumer nothing
  'FORMAL_NOTICE_REQUIRED', // FR consumers: interest runs only from the formal notice
  'NOT_AGREED', // SE: the reminder fee was not agreed when the debt arose
  'REPLACED_BY_LATE_FEE', // SE: a business pays the SEK 450 late fee instead
  'NOT_ALLOWED', // the law forbids this charge (FR: amicable-collection costs to a consumer)
  'NO_STATUTORY_BASIS', // no statute found or scope unclear: the stricter reading charges nothing
  'NOTHING_OUTSTANDING', // a charge computed on the balance, with no balance left
  'NO_RATE_KNOWN', // no reference rate in the table for the period: nothing invented
  'AGREED_RATE_REQUIRED', // BE consumers: the law only caps a contractual rate
  'ALREADY_CHARGED', // the cap has been charged in full before
  'CAP_REACHED', // more than today's cap was charged before (e.g. the balance fell): nothing more, see excessMinor
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** A charge the case does not get, with the rule that says so. */
export interface Refusal {
  kind: ChargeKind;
  ruleId: string;
  reason: RefusalReason;
  detail: string;
  /** CAP_REACHED: how much was charged above today's cap (the caller decides whether to credit it). */
  excessMinor?: bigint;
}

/** What was charged to the case before under one rule, net of any credit note. */
export interface AlreadyCharged {
  ruleId: string;
  kind: ChargeKind;
  amountMinor: bigint;
  currency: CurrencyCode;
}

/** What evaluating a set of rules gave: what the law allows, and what it refuses. */
export interface RuleOutcome {
  entitlements: Entitlement[];
  refusals: Refusal[];
}

/** The cap key of a rule id: everything before the `@` version. */
export function capKeyOf(ruleId: string): string {
  const at = ruleId.indexOf('@');
  return at < 0 ? ruleId : ruleId.slice(0, at);
}

export function refusal(rule: ChargeRule, reason: RefusalReason, detail: string): Refusal {
  return { kind: rule.kind, ruleId: rule.ruleId, reason, detail };
}

/** Both outcomes in one, in order. */
export function mergeOutcomes(...outcomes: RuleOutcome[]): RuleOutcome {
  return {
    entitlements: outcomes.flatMap((o) => o.entitlements),
    refusals: outcomes.flatMap((o) => o.refusals),
  };
}

