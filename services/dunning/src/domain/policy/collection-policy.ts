import type { CalendarDate, ContactChannel, DebtorKind, PolicyCountry, StepKind } from '../steps';

/**
 * One country's collection law for one kind of debtor, as data: versioned, each rule with its
 * source. A change is a new version with a later `effectiveFrom`; a decision records the version it
 * used, so past decisions keep theirs. Where a rule is unknown the stricter reading is taken and
 * `verified: false` says so (../shared/COUNTRY-RULES.md).
 *
 * Fees, interest and allocation are not here: they live with the charges (domain/charges).
 */
export interface CollectionPolicy {
  /** `BE-B2C@2023-09-01`: country, debtor kind and the first day it applies. */
  id: string;
  country: PolicyCountry;
  debtorKind: DebtorKind;
  version: number;
  effectiveFrom: CalendarDate;
  /** The last day this version applies (inclusive); absent: until a later version starts. */
  effectiveTo?: CalendarDate;
  /** IANA time zone contact hours are read in when the debtor's own is unknown (US: per state, see timeZoneOf). */
  defaultTimeZone: string;
  /** Anything a reader must know about the version as a whole (e.g. why it starts on that day). */
  note?: string;
  sources: PolicySource[];
  /** When each channel may reach the debtor, in the debtor's local time; a channel absent here is never used. */
  contactWindows: ContactWindow[];
  /** Whether holidays (date-holidays for the country, and the debtor's region where known) stop contact. */
  noContactOnPublicHolidays: boolean;
  /**
   * Which date-holidays types are days off: they stop contact (when `noContactOnPublicHolidays`) and
   * do not count as business, bank or postal days. `public` and `bank` everywhere; NL adds `school`
   * (Goede Vrijdag, Bevrijdingsdag: 5 May is a holiday in the Algemene termijnenwet).
   */
  holidayTypes: HolidayType[];
  /** ISO weekdays that are working (business) days, holidays excepted. */
  workingDays: number[];
  /** ISO weekdays on which post is delivered, for `postal` day counts (NL: Tuesday–Saturday). */
  postalDeliveryDays: number[];
  /** Caps per channel over a rolling window, counted across all the debtor's cases. */
  frequencyCaps: FrequencyCap[];
  /** Steps the law forbids for this debtor kind (e.g. home visits). */
  forbiddenSteps: StepKind[];
  /** For each forbidden step, the rule (a `sources` ruleId) that forbids it. */
  forbiddenBecause: Partial<Record<StepKind, string>>;
  /** Minimum waits: no `before` step until `days` after the `after` step was sent (or assumed received). */
  waitingPeriods: WaitingPeriod[];
  /** What must appear in the first notice (and where the law says, in every formal notice). */
  firstNoticeContent: string[];
  /** What the formal notice (FORMAL_NOTICE step) must contain besides the first notice's content. */
  formalNoticeContent: string[];
  /** What every communication after the first must repeat (FR: the first letter's reference and date). */
  followUpContent: string[];
  /** What every e-mail and SMS must carry (US: how to opt out). */
  electronicMessageContent: string[];
  /** Whether letters for several cases of one debtor may be merged into one (one debtor, one voice). */
  mergeAllowed: boolean;
  /** Which cases may share a letter: none, the same creditor's only, or any of the debtor's. */
  mergeScope: MergeScope;
  /** Practices the law forbids outright, for templates and agents (not timed by the guard). */
  prohibitions: string[];
}

/** Why a rule is in the policy: read in the law (or a secondary source on it), the stricter reading where the law is silent, or our own choice. */
export type RuleBasis = 'law' | 'assumption' | 'house';

export interface PolicySource {
  /** The rule it supports, e.g. "contact-hours", "damages-cap", "wait-after-first-notice". */
  ruleId: string;
  url: string;
  verified: boolean;
  basis: RuleBasis;
  /** The legal reference, e.g. "12 CFR 1006.6(b)(1)(i)", "CEL art. XIX.2". */
  citation?: string;
  note?: string;
}

export type HolidayType = 'public' | 'bank' | 'school' | 'optional' | 'observance';

export type MergeScope = 'none' | 'same-creditor' | 'any';

export interface ContactWindow {
  channel: ContactChannel;
  /** ISO weekdays 1 (Monday) … 7 (Sunday). */
  weekdays: number[];
  /** `HH:MM`, local; the window is [start, end). `end` may be `24:00`. */
  start: string;
  end: string;
  ruleId: string;
}

/**
 * At most `max` contacts over `channel` in any `windowDays` days, counted across all the debtor's
 * cases (stricter than a per-debt count). A contact stops counting `windowDays` × 24 h after it was
 * made, and never before the start of the `windowDays`-th local day after its own day (so both a
 * rolling and a calendar-day reading of "N consecutive days" hold, across DST changes too).
 */
export interface FrequencyCap {
  channel: ContactChannel;
  max: number;
  windowDays: number;
  /** US Reg F: no call within this many days after a conversation (counted like `windowDays`). */
  cooldownAfterConversationDays?: number;
  ruleId: string;
  /** The rule behind the cool-down, when there is one; defaults to `ruleId`. */
  cooldownRuleId?: string;
}

/** How days are counted: every day, working days, bank days (Monday–Friday), all without holidays. */
export type DayUnit = 'calendar' | 'business' | 'bank';

/** Days counted for assumed receipt; `postal` counts the policy's `postalDeliveryDays` without holidays. */
export interface AssumedReceipt {
  days: number;
  unit: DayUnit | 'postal';
}

/**
 * A minimum wait. The anchor is a sent step of kind `after` (or `orAfter`); its receipt day R is
 * the sending day plus the assumed receipt for its channel. The `days` counted after R (R itself not
 * counted) form the period; a `before` step is lawful from 00:00 local on the day after the last
 * counted day.
 */
export interface WaitingPeriod {
  /** The step that must wait (any step of these kinds). */
  before: StepKind[];
  /** The step the wait counts from. */
  after: StepKind;
  /** Other kinds that open the same period (BE: the first reminder may be a letter or an e-mail). */
  orAfter?: StepKind[];
  /**
   * `first`: only the first anchor of the case opens the period (default); `each`: every anchor
   * opens one, and the latest to end binds.
   */
  occurrence?: 'first' | 'each';
  days: number;
  unit: DayUnit;
  /** Shorthand: assumed receipt of a LETTER anchor, in `unit` days. `receipt` takes precedence. */
  assumedReceiptDays?: number;
  /** Assumed receipt per channel of the anchor step; a channel absent here: received on the sending day. */
  receipt?: Partial<Record<ContactChannel, AssumedReceipt>>;
  ruleId: string;
}

/** Rule ids the engine and the validation know by name (other rule ids are the policy's own). */
export const POLICY_RULE_IDS = {
  publicHolidays: 'no-contact-on-public-holidays',
  firstNoticeContent: 'first-notice-content',
  formalNoticeContent: 'formal-notice-content',
  followUpContent: 'follow-up-content',
  electronicMessageContent: 'electronic-message-content',
  prohibitions: 'prohibitions',
  mergeLetters: 'merge-letters',
  /** Used by the guard when a step's channel has no contact window at all. */
  noContactWindow: 'no-contact-window',
} as const;
