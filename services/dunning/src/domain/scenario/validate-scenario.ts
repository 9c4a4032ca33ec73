import type { CollectionPolicy } from '../policy/collection-policy';
import { CONTACTABLE_CHANNELS } from '../scoring/success-score';
import { CHANNEL_OF_STEP, POLICY_COUNTRIES, STEP_KINDS, type StepKind } from '../steps';
import {
  KINDS_NEEDING_TEMPLATE,
  MAX_TRACK_SPAN_DAYS,
  type Scenario,
  SCENARIO_STAGES,
  type ScenarioStage,
  type ScenarioStep,
  STEP_CONDITION_KEYS,
  trackSpanDays,
} from './scenario';
import type { ScenarioProblem, ScenarioProblemCode } from './scenario.errors';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TEMPLATE_KEY = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;
const MAX_ID_LENGTH = 64;
const MAX_NAME_LENGTH = 200;
const SCENARIO_FIELDS = ['id', 'version', 'name', 'country', 'debtorKind', 'amountBand', 'scoreBand', 'steps', 'planBreachSteps'];
const STEP_FIELDS = ['id', 'kind', 'templateKey', 'delayDays', 'stage', 'conditions'];
const TRACKS = ['steps', 'planBreachSteps'] as const;

/** What validation reads of a policy (the policy type has much more; only these fields matter here). */
export type ScenarioPolicyView = Pick<CollectionPolicy, 'id' | 'country' | 'debtorKind' | 'forbiddenSteps' | 'contactWindows'>;

/** Kinds bound to one stage; every other kind may sit in any stage but EVALUATION. */
const STAGE_OF_KIND: Partial<Record<StepKind, ScenarioStage>> = {
  VISIT: 'VISIT',
  FORMAL_NOTICE: 'FORMAL_NOTICE',
  INTENSIVE_CALLS: 'INTENSIVE_FOLLOW_UP',
  EVALUATION: 'EVALUATION',
};

/**
 * Every problem with one scenario, each naming the field (and the step): an empty list means it
 * is valid. Written for data that came from outside (an operator's JSON), so a field of the wrong
 * type is reported, never thrown on. Checks:
 * - identity: id (kebab-case), version (a positive integer), name, country, debtor kind, no unknown field;
 * - bands: amount min ≥ 0 and max > min; score min ≤ max, integers within 0..100;
 * - each track (`steps`, `planBreachSteps`): not empty; last step an EVALUATION; spans at most
 *   MAX_TRACK_SPAN_DAYS; stages never go back (REMINDERS → VISIT → FORMAL_NOTICE →
 *   INTENSIVE_FOLLOW_UP → EVALUATION);
 * - each step: id (kebab-case, unique across both tracks), known kind and stage, a kind in its
 *   stage (VISIT, FORMAL_NOTICE, INTENSIVE_CALLS, EVALUATION have their own), delay a whole number
 *   of days ≥ 0, a template for letters, e-mails, SMS and formal notices (none for an evaluation),
 *   known conditions with valid values;
 * - with a policy: same country and debtor kind, no step kind the policy forbids, no step on a
 *   channel the policy has no contact window for.
 * Overlaps and gaps between scenarios are checked on the whole set (validateScenarioSet).
 */
export function validateScenario(scenario: Scenario, policy?: ScenarioPolicyView): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const scenarioId = typeof scenario.id === 'string' ? scenario.id : undefined;
  const add = (field: string, code: ScenarioProblemCode, message: string, stepId?: string) =>
    problems.push({ ...(scenarioId !== undefined && { scenarioId }), ...(stepId !== undefined && { stepId }), field, code, message });

  for (const key of Object.keys(scenario)) if (!SCENARIO_FIELDS.includes(key)) add(key, 'UNKNOWN_FIELD', 'is not a scenario field');
  if (!isSlug(scenario.id)) add('id', 'INVALID_ID', `must be kebab-case, 1 to ${MAX_ID_LENGTH} characters`);
  if (!Number.isSafeInteger(scenario.version) || scenario.version < 1) add('version', 'INVALID_VERSION', 'must be a positive whole number');
  if (typeof scenario.name !== 'string' || scenario.name.trim() === '' || scenario.name.length > MAX_NAME_LENGTH) add('name', 'INVALID_NAME', `must be a non-empty text of at most ${MAX_NAME_LENGTH} characters`);
  if (!(POLICY_COUNTRIES as readonly unknown[]).includes(scenario.country)) add('country', 'UNKNOWN_COUNTRY', `must be one of ${POLICY_COUNTRIES.join(', ')}`);
  if (scenario.debtorKind !== 'B2C' && scenario.debtorKind !== 'B2B') add('debtorKind', 'UNKNOWN_DEBTOR_KIND', 'must be B2C or B2B');
  checkBands(scenario, add);

  const seenIds = new Set<string>();
  for (const track of TRACKS) {
    const steps: unknown = scenario[track];
    if (!Array.isArray(steps) || steps.length === 0) {
      add(track, 'EMPTY_STEPS', 'must hold at least one step');
      continue;
    }
    let furthestStage = 0;
    steps.forEach((step: ScenarioStep, index) => {
      const path = `${track}[${index}]`;
      if (typeof step !== 'object' || step === null || Array.isArray(step)) return add(path, 'INVALID_STEP', 'must be an object');
      const stepId = typeof step.id === 'string' ? step.id : undefined;
      const addForStep = (field: string, code: ScenarioProblemCode, message: string) => add(`${path}.${field}`, code, message, stepId);
      for (const key of Object.keys(step)) if (!STEP_FIELDS.includes(key)) addForStep(key, 'UNKNOWN_FIELD', 'is not a step field');

      if (!isSlug(step.id)) addForStep('id', 'INVALID_STEP_ID', `must be kebab-case, 1 to ${MAX_ID_LENGTH} characters`);
      else if (seenIds.has(step.id)) addForStep('id', 'DUPLICATE_STEP_ID', `"${step.id}" is already the id of another step of this scenario`);
      else seenIds.add(step.id);

      const kindKnown = (STEP_KINDS as readonly unknown[]).includes(step.kind);
      if (!kindKnown) addForStep('kind', 'UNKNOWN_STEP_KIND', `must be one of ${STEP_KINDS.join(', ')}`);
      const stageIndex = (SCENARIO_STAGES as readonly unknown[]).indexOf(step.stage);
      if (stageIndex < 0) addForStep('stage', 'UNKNOWN_STAGE', `must be one of ${SCENARIO_STAGES.join(', ')}`);
      if (kindKnown && stageIndex >= 0) {
        const bound = STAGE_OF_KIND[step.kind];
        if (bound !== undefined && bound !== step.stage) addForStep('stage', 'STAGE_KIND_MISMATCH', `a ${step.kind} step belongs in stage ${bound}`);
        if (bound === undefined && step.stage === 'EVALUATION') addForStep('stage', 'STAGE_KIND_MISMATCH', 'stage EVALUATION holds only EVALUATION steps');
      }
      if (stageIndex >= 0) {
        if (stageIndex < furthestStage) addForStep('stage', 'STAGE_OUT_OF_ORDER', `${step.stage} comes after ${SCENARIO_STAGES[furthestStage]} in this track`);
        furthestStage = Math.max(furthestStage, stageIndex);
      }

      if (typeof step.delayDays !== 'number' || !Number.isSafeInteger(step.delayDays)) addForStep('delayDays', 'INVALID_DELAY', 'must be a whole number of days');
      else if (step.delayDays < 0) addForStep('delayDays', 'NEGATIVE_DELAY', 'must be zero or more');

      if (step.templateKey === undefined) {
        if (KINDS_NEEDING_TEMPLATE.includes(step.kind)) addForStep('templateKey', 'MISSING_TEMPLATE_KEY', `a ${step.kind} step needs the template it sends`);
      } else if (typeof step.templateKey !== 'string' || !TEMPLATE_KEY.test(step.templateKey) || step.templateKey.length > 128) {
        addForStep('templateKey', 'INVALID_TEMPLATE_KEY', 'must be lower-case words separated by dots or hyphens, at most 128 characters');
      } else if (step.kind === 'EVALUATION') {
        addForStep('templateKey', 'UNEXPECTED_TEMPLATE_KEY', 'an evaluation sends nothing');
      }

      checkConditions(step.conditions, addForStep);

      if (policy && kindKnown) {
        const channel = CHANNEL_OF_STEP[step.kind];
        if (policy.forbiddenSteps.includes(step.kind)) addForStep('kind', 'FORBIDDEN_BY_POLICY', `policy ${policy.id} forbids ${step.kind} steps`);
        else if (channel !== undefined && !policy.contactWindows.some((window) => window.channel === channel)) {
          addForStep('kind', 'CHANNEL_NOT_IN_POLICY', `policy ${policy.id} has no contact window for channel ${channel}`);
        }
      }
    });

    const last: unknown = steps.at(-1);
    if (typeof last === 'object' && last !== null && (last as ScenarioStep).kind !== 'EVALUATION') {
      add(`${track}[${steps.length - 1}].kind`, 'LAST_STEP_NOT_EVALUATION', 'a track ends with an EVALUATION, so that no case runs out of steps unnoticed', (last as ScenarioStep).id);
    }
    const validDelays = steps.every((step: ScenarioStep) => typeof step === 'object' && step !== null && Number.isSafeInteger(step.delayDays));
    const span = validDelays ? trackSpanDays(steps) : 0;
    if (span > MAX_TRACK_SPAN_DAYS) add(track, 'SPAN_TOO_LONG', `lasts ${span} days; at most ${MAX_TRACK_SPAN_DAYS}`);
  }

  if (policy && (policy.country !== scenario.country || policy.debtorKind !== scenario.debtorKind)) {
    add('country', 'POLICY_MISMATCH', `checked against policy ${policy.id}, which is for ${policy.country} ${policy.debtorKind}`);
  }
  return problems;
}

function isSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ID_LENGTH && SLUG.test(value);
}

function checkBands(scenario: Scenario, add: (field: string, code: ScenarioProblemCode, message: string) => void): void {
  const amount: unknown = scenario.amountBand;
  if (typeof amount !== 'object' || amount === null) {
    add('amountBand', 'INVALID_AMOUNT_BAND', 'must be an object { minEurMinor, maxEurMinor? }');
  } else {
    const { minEurMinor, maxEurMinor } = amount as Record<string, unknown>;
    if (typeof minEurMinor !== 'bigint' || minEurMinor < 0n) add('amountBand.minEurMinor', 'INVALID_AMOUNT_BAND', 'must be a whole number of euro cents, zero or more');
    else if (maxEurMinor !== undefined && (typeof maxEurMinor !== 'bigint' || maxEurMinor <= minEurMinor)) {
      add('amountBand.maxEurMinor', 'INVALID_AMOUNT_BAND', 'must be absent (no upper bound) or a whole number of euro cents above minEurMinor');
    }
  }
  const score: unknown = scenario.scoreBand;
  if (typeof score !== 'object' || score === null) return add('scoreBand', 'INVALID_SCORE_BAND', 'must be an object { min, max }');
  const { min, max } = score as Record<string, unknown>;
  const inRange = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= 100;
  if (!inRange(min)) add('scoreBand.min', 'INVALID_SCORE_BAND', 'must be a whole number within 0..100');
  if (!inRange(max)) add('scoreBand.max', 'INVALID_SCORE_BAND', 'must be a whole number within 0..100');
  if (inRange(min) && inRange(max) && min > max) add('scoreBand.max', 'INVALID_SCORE_BAND', 'must not be below scoreBand.min');
}

function checkConditions(conditions: unknown, add: (field: string, code: ScenarioProblemCode, message: string) => void): void {
  if (conditions === undefined) return;
  if (typeof conditions !== 'object' || conditions === null || Array.isArray(conditions)) return add('conditions', 'INVALID_CONDITION', 'must be an object');
  const record = conditions as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(STEP_CONDITION_KEYS as readonly string[]).includes(key)) add(`conditions.${key}`, 'UNKNOWN_CONDITION', `is not a condition; known: ${STEP_CONDITION_KEYS.join(', ')}`);
  }
  if (record.requiresChannel !== undefined && !(CONTACTABLE_CHANNELS as readonly unknown[]).includes(record.requiresChannel)) {
    add('conditions.requiresChannel', 'INVALID_CONDITION', `must be one of ${CONTACTABLE_CHANNELS.join(', ')}`);
  }
  if (record.onlyIfNoPaymentSinceStart !== undefined && typeof record.onlyIfNoPaymentSinceStart !== 'boolean') {
    add('conditions.onlyIfNoPaymentSinceStart', 'INVALID_CONDITION', 'must be true or false');
  }
}
