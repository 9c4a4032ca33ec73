import type { ContactableChannel } from '../scoring/success-score';
import { CHANNEL_OF_STEP, type DebtorKind, type PolicyCountry, type StepKind } from '../steps';

/**
 * A scenario: the amicable phase of one kind of case, as data. Which scenario a case gets depends
 * on the debtor's country and kind, the EUR-equivalent balance and the success score
 * (select-scenario.ts); the case plan then walks its steps one after the other, each a durable
 * timer, and the compliance guard moves each to a lawful instant.
 */
export interface Scenario {
  /** Kebab-case, stable across versions: `be-b2c-standard`. */
  id: string;
  /** 1, 2, …; a case records the id and version it runs, so an edit never changes a running plan. */
  version: number;
  name: string;
  country: PolicyCountry;
  debtorKind: DebtorKind;
  /** The EUR-equivalent balances it is for: [minEurMinor, maxEurMinor), no max = no upper bound. */
  amountBand: AmountBand;
  /** The success scores it is for: [min, max], both included, integers within 0..100. */
  scoreBand: ScoreBand;
  /** The main track, in order; the last is an EVALUATION. */
  steps: ScenarioStep[];
  /** The track run instead when an instalment plan breaks (same rules; the last is an EVALUATION). */
  planBreachSteps: ScenarioStep[];
}

export interface AmountBand {
  minEurMinor: bigint;
  maxEurMinor?: bigint;
}

export interface ScoreBand {
  min: number;
  max: number;
}

/** The phases of the typical scenario (DESIGN.md §2 step 3), in the order a track goes through them. */
export const SCENARIO_STAGES = ['REMINDERS', 'VISIT', 'FORMAL_NOTICE', 'INTENSIVE_FOLLOW_UP', 'EVALUATION'] as const;
export type ScenarioStage = (typeof SCENARIO_STAGES)[number];

export interface ScenarioStep {
  /** Kebab-case, unique within the scenario across both tracks: `first-reminder`. */
  id: string;
  kind: StepKind;
  /** The notifications template (letters, e-mails, SMS and formal notices must have one). */
  templateKey?: string;
  /**
   * Calendar days after the previous step of the track was sent, or skipped (the first step: after
   * the track starts). A skipped step still takes its days, so the track keeps its rhythm; the
   * compliance guard may then move the step later (hours, holidays, caps, waiting periods).
   */
  delayDays: number;
  stage: ScenarioStage;
  conditions?: StepConditions;
}

/**
 * When a step runs. All conditions must hold; a step whose condition fails is skipped (not
 * postponed), and the track moves on.
 */
export interface StepConditions {
  /**
   * A channel screening must have rated usable, on top of the step's own channel (a VISIT needs a
   * verified postal address: `LETTER`).
   */
  requiresChannel?: ContactableChannel;
  /** Run only if no payment has been received since the track started (costly steps: visits). */
  onlyIfNoPaymentSinceStart?: boolean;
}

export const STEP_CONDITION_KEYS = ['requiresChannel', 'onlyIfNoPaymentSinceStart'] as const satisfies ReadonlyArray<keyof StepConditions>;

/** The longest a track may last, in calendar days from its start to its last step (DESIGN.md: about 120). */
export const MAX_TRACK_SPAN_DAYS = 120;

/** Step kinds that send a document and so need a template. */
export const KINDS_NEEDING_TEMPLATE: readonly StepKind[] = ['LETTER', 'EMAIL', 'SMS', 'FORMAL_NOTICE'];

/** The channels a step needs screening to have rated usable: its own (VISIT and EVALUATION have none to rate) and the one its conditions require. */
export function channelsNeeded(step: ScenarioStep): ContactableChannel[] {
  const own = CHANNEL_OF_STEP[step.kind];
  const needed = new Set<ContactableChannel>();
  if (own !== undefined && own !== 'VISIT') needed.add(own);
  if (step.conditions?.requiresChannel) needed.add(step.conditions.requiresChannel);
  return [...needed];
}

/** What the case knows when a step falls due. */
export interface StepContext {
  /** Screening's usable channels less those dropped since (a wrong number). */
  usableChannels: readonly string[];
  paymentSinceStart: boolean;
}

export type StepDecision = { run: true } | { run: false; reason: 'CHANNEL_NOT_USABLE'; channel: ContactableChannel } | { run: false; reason: 'PAYMENT_RECEIVED' };

/** Whether a due step runs or is skipped, and why. */
export function decideStep(step: ScenarioStep, context: StepContext): StepDecision {
  const missing = channelsNeeded(step).find((channel) => !context.usableChannels.includes(channel));
  if (missing) return { run: false, reason: 'CHANNEL_NOT_USABLE', channel: missing };
  if (step.conditions?.onlyIfNoPaymentSinceStart && context.paymentSinceStart) return { run: false, reason: 'PAYMENT_RECEIVED' };
  return { run: true };
}

/** Each step's nominal day counted from the track's start (nothing moved by the guard): the running sum of the delays. */
export function stepDays(steps: readonly ScenarioStep[]): number[] {
  let day = 0;
  return steps.map((step) => (day += step.delayDays));
}

/** The day of the track's last step. */
export function trackSpanDays(steps: readonly ScenarioStep[]): number {
  return stepDays(steps).at(-1) ?? 0;
}
