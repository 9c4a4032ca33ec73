import fc from 'fast-check';
import { DateTime } from 'luxon';
import { ALL_POLICIES, timeZonesOf, type CollectionPolicy, type WaitingPeriod } from '../policy';
import { CHANNEL_OF_STEP, CONTACT_CHANNELS, STEP_KINDS, type ContactChannel, type PolicyCountry, type StepKind } from '../steps';
import { nextLawfulInstant, type ContactRecord, type GuardContext, type SentStep } from './compliance-guard';
import { daysOff } from '../../../test/support/holiday-oracle';

/**
 * Property tests: for random requests, histories and instants under all 16 policies, the decision
 * is checked by an oracle written apart from the guard (plain luxon and date-holidays, rolling
 * windows): never early, inside a window in every zone of the debtor, not on a day off, under every
 * cap, outside every waiting period, and the same when asked again at the decided instant.
 */

const DAY = 86_400_000;
/** Runs per property; raise it for a deeper search: PROPERTY_RUNS=5000 npx jest … */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
const FROM = Date.UTC(2026, 0, 1);
const TO = Date.UTC(2027, 11, 31);

const REGIONS: Record<PolicyCountry, Array<string | undefined>> = {
  BE: [undefined, 'VLG'],
  FR: [undefined, '57'],
  ES: ['MD', 'CN', undefined],
  NL: [undefined],
  DE: ['BY', 'BE', undefined],
  SE: [undefined],
  GB: ['ENG', 'SCT', undefined],
  US: ['CA', 'NY', 'TX', 'AZ', 'HI', undefined],
};

// ---- the oracle -------------------------------------------------------------------------------


const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

function inWindow(policy: CollectionPolicy, channel: ContactChannel, at: number, zone: string): boolean {
  const t = DateTime.fromMillis(at, { zone });
  const m = t.hour * 60 + t.minute + t.second / 60 + t.millisecond / 60_000;
  return policy.contactWindows.some((w) => w.channel === channel && w.weekdays.includes(t.weekday) && minutes(w.start) <= m && m < minutes(w.end));
}

function countedDay(policy: CollectionPolicy, off: Set<string>, day: DateTime, unit: string): boolean {
  if (unit === 'calendar') return true;
  const weekdays = unit === 'business' ? policy.workingDays : unit === 'bank' ? [1, 2, 3, 4, 5] : policy.postalDeliveryDays;
  return weekdays.includes(day.weekday) && !off.has(day.toISODate() ?? '');
}

function forward(policy: CollectionPolicy, off: Set<string>, day: DateTime, days: number, unit: string): DateTime {
  let current = day;
  for (let counted = 0; counted < days; ) {
    current = current.plus({ days: 1 });
    if (countedDay(policy, off, current, unit)) counted++;
  }
  return current;
}

function waitEnd(policy: CollectionPolicy, off: Set<string>, period: WaitingPeriod, anchor: SentStep, zone: string): number {
  const channel = anchor.channel ?? CHANNEL_OF_STEP[anchor.stepKind];
  const receipt = (channel && period.receipt?.[channel]) || { days: 0, unit: 'calendar' };
  const sent = DateTime.fromMillis(anchor.at.getTime(), { zone }).startOf('day');
  const received = forward(policy, off, sent, receipt.days, receipt.unit);
  const last = forward(policy, off, received, period.days, period.unit);
  return last.plus({ days: 1 }).startOf('day').toMillis();
}

interface Case {
  policy: CollectionPolicy;
  region: string | undefined;
  stepKind: StepKind;
  earliest: Date;
  history: ContactRecord[];
  sentSteps: SentStep[];
}

/** What is wrong with scheduling the case's step at `at`, by the oracle. */
function violations(c: Case, zones: string[], at: number): string[] {
  const problems: string[] = [];
  const { policy } = c;
  const channel = CHANNEL_OF_STEP[c.stepKind];
  const off = daysOff(policy, c.region);
  if (at < c.earliest.getTime()) problems.push('earlier than requested');
  if (channel !== undefined) {
    for (const zone of zones) {
      if (!inWindow(policy, channel, at, zone)) problems.push(`outside the ${channel} window in ${zone}`);
      if (off.has(DateTime.fromMillis(at, { zone }).toISODate() ?? '')) problems.push(`day off in ${zone}`);
    }
    for (const cap of policy.frequencyCaps.filter((k) => k.channel === channel)) {
      const inWindowBefore = c.history.filter((h) => h.channel === channel && h.at.getTime() <= at && at - h.at.getTime() < cap.windowDays * DAY);
      if (inWindowBefore.length + 1 > cap.max) problems.push(`cap ${cap.ruleId} ${cap.max}/${cap.windowDays}d exceeded`);
      const cooldown = cap.cooldownAfterConversationDays;
      if (cooldown !== undefined && inWindowBefore.some((h) => h.conversation && at - h.at.getTime() < cooldown * DAY)) problems.push(`within ${cap.ruleId} cool-down`);
    }
  }
  for (const period of policy.waitingPeriods.filter((p) => p.before.includes(c.stepKind))) {
    const kinds = [period.after, ...(period.orAfter ?? [])];
    const anchors = c.sentSteps.filter((s) => kinds.includes(s.stepKind)).sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const anchor of period.occurrence === 'each' ? anchors : anchors.slice(0, 1)) {
      for (const zone of zones) {
        if (anchor.at.getTime() <= at && at < waitEnd(policy, off, period, anchor, zone)) problems.push(`inside ${period.ruleId}`);
      }
    }
  }
  return problems;
}

// ---- generators --------------------------------------------------------------------------------

const caseArbitrary: fc.Arbitrary<Case> = fc
  .record({
    policy: fc.constantFrom(...ALL_POLICIES),
    regionPick: fc.nat(),
    stepKind: fc.constantFrom(...STEP_KINDS),
    earliest: fc.integer({ min: FROM, max: TO }),
    history: fc.array(
      fc.record({
        channel: fc.constantFrom<ContactChannel>('PHONE', 'PHONE', 'PHONE', ...CONTACT_CHANNELS),
        offset: fc.integer({ min: -10 * DAY, max: DAY }),
        conversation: fc.boolean(),
        caseId: fc.constantFrom('case-1', 'case-2', 'case-3'),
      }),
      { maxLength: 14 },
    ),
    sentSteps: fc.array(fc.record({ stepKind: fc.constantFrom(...STEP_KINDS), offset: fc.integer({ min: -45 * DAY, max: 2 * DAY }) }), { maxLength: 4 }),
  })
  .map(({ policy, regionPick, stepKind, earliest, history, sentSteps }) => {
    const regions = REGIONS[policy.country];
    return {
      policy,
      region: regions[regionPick % regions.length],
      stepKind,
      earliest: new Date(earliest),
      history: history.map((h) => ({ channel: h.channel, at: new Date(earliest + h.offset), caseId: h.caseId, conversation: h.conversation })),
      sentSteps: sentSteps.map((s) => ({ stepKind: s.stepKind, at: new Date(earliest + s.offset) })),
    };
  });

function contextOf(c: Case): GuardContext & { timeZone: string[] } {
  return { policy: c.policy, timeZone: timeZonesOf(c.policy.country, c.region), region: c.region, history: c.history, sentSteps: c.sentSteps };
}

const requestOf = (c: Case, earliest = c.earliest) => ({ stepKind: c.stepKind, caseId: 'case-1', debtorId: 'debtor-1', earliest });

describe('nextLawfulInstant, for any request under any shipped policy', () => {
  it('schedules a lawful instant no earlier than asked (or says forbidden), and gives it back when asked again', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const context = contextOf(c);
        const decision = nextLawfulInstant(requestOf(c), context);
        if (c.policy.forbiddenSteps.includes(c.stepKind)) {
          expect(decision.status).toBe('forbidden');
          return;
        }
        if (decision.status !== 'scheduled') throw new Error(`unexpected ${decision.status}`);
        expect(violations(c, context.timeZone, decision.at.getTime())).toEqual([]);
        expect(decision.policyId).toBe(c.policy.id);
        const again = nextLawfulInstant(requestOf(c, decision.at), context);
        expect(again).toEqual({ status: 'scheduled', at: decision.at, moved: [], policyId: c.policy.id });
      }),
      { numRuns: RUNS },
    );
  });

  it('records moves that only go forward and end at the decided instant', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const decision = nextLawfulInstant(requestOf(c), contextOf(c));
        if (decision.status !== 'scheduled') return;
        let at = c.earliest.getTime();
        for (const move of decision.moved) {
          expect(move.from.getTime()).toBe(at);
          expect(move.to.getTime()).toBeGreaterThan(at);
          at = move.to.getTime();
        }
        expect(at).toBe(decision.at.getTime());
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });

  it('keeps US consumer calls to 7 in 7 days and away from conversations under a heavy call history', () => {
    const us = ALL_POLICIES.find((p) => p.id === 'US-B2C@2021-11-30')!;
    const heavy = fc
      .record({
        earliest: fc.integer({ min: FROM, max: TO }),
        region: fc.constantFrom('CA', 'NY', 'TX', undefined),
        calls: fc.array(fc.integer({ min: -7 * DAY, max: 0 }), { minLength: 5, maxLength: 12 }),
        conversationAt: fc.option(fc.integer({ min: -8 * DAY, max: 0 })),
      })
      .map(({ earliest, region, calls, conversationAt }) => ({
        policy: us,
        region,
        stepKind: 'CALL' as const,
        earliest: new Date(earliest),
        history: [
          ...calls.map((offset, i) => ({ channel: 'PHONE' as const, at: new Date(earliest + offset), caseId: `case-${i % 3}`, conversation: false })),
          ...(conversationAt === null ? [] : [{ channel: 'PHONE' as const, at: new Date(earliest + conversationAt), caseId: 'case-9', conversation: true }]),
        ],
        sentSteps: [],
      }));
    fc.assert(
      fc.property(heavy, (c) => {
        const context = contextOf(c);
        const decision = nextLawfulInstant(requestOf(c), context);
        if (decision.status !== 'scheduled') throw new Error('calls are allowed in the US');
        expect(violations(c, context.timeZone, decision.at.getTime())).toEqual([]);
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});
