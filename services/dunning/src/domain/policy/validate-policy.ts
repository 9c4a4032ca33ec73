import { IANAZone } from 'luxon';
import { CHANNEL_OF_STEP, CONTACT_CHANNELS, POLICY_COUNTRIES, STEP_KINDS, type StepKind } from '../steps';
import { isCalendarDate } from './calendar-date';
import type { CollectionPolicy, ContactWindow, FrequencyCap, HolidayType, WaitingPeriod } from './collection-policy';
import { ruleIdsUsedBy } from './policy-rule-ids';

const HOLIDAY_TYPES: HolidayType[] = ['public', 'bank', 'school', 'optional', 'observance'];
const DAY_UNITS = ['calendar', 'business', 'bank'];
const RECEIPT_UNITS = [...DAY_UNITS, 'postal'];
const CONTENT_KEY = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;

/**
 * The problems of one policy, in words (empty: the policy is usable). Checks the shape (dates,
 * zones, windows, caps, waits), that every step not forbidden can reach the debtor, that every rule
 * has a source, and the honesty of the sources (only law is verified; the rest says why in a note).
 */
export function validatePolicy(policy: CollectionPolicy): string[] {
  return [
    ...identityProblems(policy),
    ...dayProblems(policy),
    ...policy.contactWindows.flatMap((window, i) => windowProblems(window, `contactWindows[${i}]`)),
    ...coverageProblems(policy),
    ...policy.frequencyCaps.flatMap((cap, i) => capProblems(cap, `frequencyCaps[${i}]`)),
    ...policy.waitingPeriods.flatMap((period, i) => waitProblems(period, `waitingPeriods[${i}]`)),
    ...contentProblems(policy),
    ...sourceProblems(policy),
  ];
}

/** The problems of a set of policies: each one's, duplicate ids, overlapping versions, missing country × debtor kind. */
export function validatePolicyRegistry(policies: readonly CollectionPolicy[]): string[] {
  const problems = policies.flatMap((policy) => validatePolicy(policy).map((problem) => `${policy.id}: ${problem}`));
  const ids = policies.map((policy) => policy.id);
  for (const id of new Set(ids.filter((id, i) => ids.indexOf(id) !== i))) problems.push(`duplicate policy id ${id}`);
  for (const country of POLICY_COUNTRIES) {
    for (const kind of ['B2C', 'B2B'] as const) {
      const versions = policies.filter((p) => p.country === country && p.debtorKind === kind).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
      if (versions.length === 0) problems.push(`no ${country} ${kind} policy`);
      versions.forEach((version, i) => {
        const next = versions[i + 1];
        if (next === undefined) return;
        if (next.version <= version.version) problems.push(`${next.id}: version ${next.version} does not follow ${version.version}`);
        if (version.effectiveTo !== undefined && version.effectiveTo >= next.effectiveFrom) problems.push(`${version.id} overlaps ${next.id}`);
      });
    }
  }
  return problems;
}

function identityProblems(policy: CollectionPolicy): string[] {
  const problems: string[] = [];
  if (!(POLICY_COUNTRIES as readonly string[]).includes(policy.country)) problems.push(`unknown country ${policy.country}`);
  if (policy.debtorKind !== 'B2C' && policy.debtorKind !== 'B2B') problems.push(`unknown debtor kind ${String(policy.debtorKind)}`);
  if (!isCalendarDate(policy.effectiveFrom)) problems.push(`effectiveFrom ${policy.effectiveFrom} is not a date`);
  if (policy.effectiveTo !== undefined && (!isCalendarDate(policy.effectiveTo) || policy.effectiveTo < policy.effectiveFrom)) {
    problems.push(`effectiveTo ${policy.effectiveTo} is not a date on or after effectiveFrom`);
  }
  const expectedId = `${policy.country}-${policy.debtorKind}@${policy.effectiveFrom}`;
  if (policy.id !== expectedId) problems.push(`id ${policy.id} should be ${expectedId}`);
  if (!Number.isInteger(policy.version) || policy.version < 1) problems.push(`version ${policy.version} is not a positive integer`);
  if (!IANAZone.isValidZone(policy.defaultTimeZone)) problems.push(`defaultTimeZone ${policy.defaultTimeZone} is not an IANA zone`);
  return problems;
}

function dayProblems(policy: CollectionPolicy): string[] {
  const problems = [...weekdayProblems(policy.workingDays, 'workingDays'), ...weekdayProblems(policy.postalDeliveryDays, 'postalDeliveryDays')];
  if (policy.holidayTypes.length === 0 || policy.holidayTypes.some((type) => !HOLIDAY_TYPES.includes(type))) {
    problems.push(`holidayTypes ${policy.holidayTypes.join(',')} must be a non-empty subset of ${HOLIDAY_TYPES.join(',')}`);
  }
  if (!policy.holidayTypes.includes('public')) problems.push('holidayTypes must include public');
  if (!policy.noContactOnPublicHolidays) problems.push('public holidays must stop contact (house rule everywhere)');
  return problems;
}

function weekdayProblems(days: number[], where: string): string[] {
  const valid = days.length > 0 && days.every((day) => Number.isInteger(day) && day >= 1 && day <= 7) && new Set(days).size === days.length;
  return valid ? [] : [`${where} must be distinct ISO weekdays 1–7 (got ${days.join(',')})`];
}

function windowProblems(window: ContactWindow, where: string): string[] {
  const problems = weekdayProblems(window.weekdays, `${where}.weekdays`);
  if (!(CONTACT_CHANNELS as readonly string[]).includes(window.channel)) problems.push(`${where}: unknown channel ${window.channel}`);
  if (!TIME.test(window.start) || !TIME.test(window.end)) problems.push(`${where}: start/end must be HH:MM (end may be 24:00)`);
  else if (window.start >= window.end || window.start === '24:00') problems.push(`${where}: start ${window.start} must be before end ${window.end}`);
  if (window.ruleId === '') problems.push(`${where}: ruleId is empty`);
  return problems;
}

function coverageProblems(policy: CollectionPolicy): string[] {
  const problems: string[] = [];
  for (const kind of STEP_KINDS) {
    const channel = CHANNEL_OF_STEP[kind];
    if (channel === undefined || policy.forbiddenSteps.includes(kind)) continue;
    if (!policy.contactWindows.some((window) => window.channel === channel)) problems.push(`step ${kind} is allowed but channel ${channel} has no contact window`);
  }
  const forbidden = new Set(policy.forbiddenSteps);
  if (forbidden.size !== policy.forbiddenSteps.length) problems.push('forbiddenSteps has duplicates');
  for (const kind of policy.forbiddenSteps) {
    if (!(STEP_KINDS as readonly string[]).includes(kind)) problems.push(`forbidden step ${kind} is unknown`);
    if (policy.forbiddenBecause[kind] === undefined) problems.push(`forbidden step ${kind} has no rule in forbiddenBecause`);
  }
  for (const kind of Object.keys(policy.forbiddenBecause) as StepKind[]) {
    if (!forbidden.has(kind)) problems.push(`forbiddenBecause names ${kind}, which is not forbidden`);
  }
  return problems;
}

function capProblems(cap: FrequencyCap, where: string): string[] {
  const problems: string[] = [];
  if (!(CONTACT_CHANNELS as readonly string[]).includes(cap.channel)) problems.push(`${where}: unknown channel ${cap.channel}`);
  if (!Number.isInteger(cap.max) || cap.max < 1) problems.push(`${where}: max must be an integer ≥ 1`);
  if (!Number.isInteger(cap.windowDays) || cap.windowDays < 1) problems.push(`${where}: windowDays must be an integer ≥ 1`);
  const cooldown = cap.cooldownAfterConversationDays;
  if (cooldown !== undefined && (!Number.isInteger(cooldown) || cooldown < 1)) problems.push(`${where}: cooldownAfterConversationDays must be an integer ≥ 1`);
  return problems;
}

function waitProblems(period: WaitingPeriod, where: string): string[] {
  const problems: string[] = [];
  const kinds = STEP_KINDS as readonly string[];
  if (period.before.length === 0 || period.before.some((kind) => !kinds.includes(kind))) problems.push(`${where}: before must list known step kinds`);
  if (![period.after, ...(period.orAfter ?? [])].every((kind) => kinds.includes(kind))) problems.push(`${where}: after/orAfter must be known step kinds`);
  if (!Number.isInteger(period.days) || period.days < 1) problems.push(`${where}: days must be an integer ≥ 1`);
  if (!DAY_UNITS.includes(period.unit)) problems.push(`${where}: unknown unit ${period.unit}`);
  if (period.occurrence !== undefined && period.occurrence !== 'first' && period.occurrence !== 'each') problems.push(`${where}: occurrence must be first or each`);
  if (period.assumedReceiptDays !== undefined && period.receipt?.LETTER !== undefined) problems.push(`${where}: give the letter's receipt once (assumedReceiptDays or receipt.LETTER)`);
  const receipts = [...Object.entries(period.receipt ?? {}), ...(period.assumedReceiptDays === undefined ? [] : [['LETTER', { days: period.assumedReceiptDays, unit: period.unit }] as const])];
  for (const [channel, receipt] of receipts) {
    if (!(CONTACT_CHANNELS as readonly string[]).includes(channel)) problems.push(`${where}: receipt for unknown channel ${channel}`);
    if (receipt === undefined) continue;
    if (!Number.isInteger(receipt.days) || receipt.days < 0) problems.push(`${where}: receipt days for ${channel} must be an integer ≥ 0`);
    if (!RECEIPT_UNITS.includes(receipt.unit)) problems.push(`${where}: unknown receipt unit ${receipt.unit}`);
  }
  return problems;
}

function contentProblems(policy: CollectionPolicy): string[] {
  const problems: string[] = [];
  if (policy.firstNoticeContent.length === 0) problems.push('firstNoticeContent is empty');
  const lists = {
    firstNoticeContent: policy.firstNoticeContent,
    formalNoticeContent: policy.formalNoticeContent,
    followUpContent: policy.followUpContent,
    electronicMessageContent: policy.electronicMessageContent,
    prohibitions: policy.prohibitions,
  };
  for (const [name, keys] of Object.entries(lists)) {
    const bad = keys.filter((key) => !CONTENT_KEY.test(key));
    if (bad.length > 0) problems.push(`${name}: keys must be kebab-case (${bad.join(', ')})`);
    if (new Set(keys).size !== keys.length) problems.push(`${name} has duplicate keys`);
  }
  if (policy.mergeAllowed !== (policy.mergeScope !== 'none')) problems.push(`mergeAllowed ${policy.mergeAllowed} contradicts mergeScope ${policy.mergeScope}`);
  return problems;
}

function sourceProblems(policy: CollectionPolicy): string[] {
  const problems: string[] = [];
  const sourced = new Set(policy.sources.map((source) => source.ruleId));
  for (const ruleId of ruleIdsUsedBy(policy)) if (!sourced.has(ruleId)) problems.push(`rule ${ruleId} has no source`);
  for (const source of policy.sources) {
    if (!/^(https:\/\/[^\s/]+\.[^\s]+|internal:\S+)$/.test(source.url)) problems.push(`source of ${source.ruleId}: url ${source.url} is neither https:// nor internal:`);
    if (source.verified && source.basis !== 'law') problems.push(`source of ${source.ruleId}: only law can be verified (basis ${source.basis})`);
    if (!source.verified && (source.note ?? '').trim() === '') problems.push(`source of ${source.ruleId}: unverified without a note saying why`);
  }
  return problems;
}
