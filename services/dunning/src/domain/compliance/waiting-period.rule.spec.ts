import { DateTime } from 'luxon';
import { policyFor } from '../policy';
import type { PolicyCountry, StepKind } from '../steps';
import { nextLawfulInstant, type GuardDecision, type SentStep } from './compliance-guard';

/** Waiting periods through the guard: day counting, assumed receipt, holidays and DST. */

const local = (iso: string, zone: string): Date => DateTime.fromISO(iso, { zone }).toJSDate();
const NY = 'America/New_York';
const BRUSSELS = 'Europe/Brussels';

interface Ask {
  stepKind?: StepKind;
  earliest: Date;
  country?: PolicyCountry;
  timeZone?: string;
  region?: string;
  sentSteps: SentStep[];
}

function decide(ask: Ask): GuardDecision {
  const policy = policyFor(ask.country ?? 'US', 'B2C', '2026-06-01');
  return nextLawfulInstant(
    { stepKind: ask.stepKind ?? 'CALL', caseId: 'case-1', debtorId: 'debtor-1', earliest: ask.earliest },
    { policy, timeZone: ask.timeZone ?? policy.defaultTimeZone, region: ask.region, history: [], sentSteps: ask.sentSteps },
  );
}

function scheduledAt(decision: GuardDecision): string {
  if (decision.status !== 'scheduled') throw new Error(`expected a schedule, got ${decision.status}: ${decision.reason}`);
  return decision.at.toISOString();
}

const iso = (date: Date): string => date.toISOString();
const rulesMoved = (decision: GuardDecision): string[] => (decision.status === 'scheduled' ? decision.moved.map((move) => move.ruleId) : []);

describe('BE consumer waits (CEL XIX.2, XIX.7)', () => {
  const be = { country: 'BE' as const, timeZone: BRUSSELS };

  it('waits 14 days counted from the 3rd working day after posting the first reminder', () => {
    // Posted Monday 13 July: 3rd working day Thursday 16; the 14 days are 17–30 July.
    const sentSteps: SentStep[] = [{ stepKind: 'LETTER', at: local('2026-07-13T09:00', BRUSSELS) }];
    const decision = decide({ ...be, earliest: local('2026-07-14T10:00', BRUSSELS), sentSteps });
    expect(scheduledAt(decision)).toBe(iso(local('2026-07-31T08:00', BRUSSELS)));
    expect(rulesMoved(decision)).toEqual(['wait-after-first-reminder', 'phone-hours']);
    expect(scheduledAt(decide({ ...be, earliest: local('2026-07-30T21:00', BRUSSELS), sentSteps }))).toBe(iso(local('2026-07-31T08:00', BRUSSELS)));
  });

  it('does not count the 21 July holiday as a working day before the 14 days start', () => {
    // Posted Friday 17 July: working days 20, 22, 23 (21 is the holiday); the 14 days are 24 July–6 August.
    const sentSteps: SentStep[] = [{ stepKind: 'LETTER', at: local('2026-07-17T09:00', BRUSSELS) }];
    const decision = decide({ ...be, stepKind: 'LETTER', earliest: local('2026-07-20T09:00', BRUSSELS), sentSteps });
    expect(scheduledAt(decision)).toBe(iso(local('2026-08-07T00:00', BRUSSELS)));
  });

  it('counts the 14 days from the day after an e-mailed first reminder', () => {
    const sentSteps: SentStep[] = [{ stepKind: 'EMAIL', at: local('2026-07-13T10:00', BRUSSELS) }];
    expect(scheduledAt(decide({ ...be, earliest: local('2026-07-14T10:00', BRUSSELS), sentSteps }))).toBe(iso(local('2026-07-28T08:00', BRUSSELS)));
  });

  it('holds every step 15 days after the collector\'s formal notice', () => {
    // Posted Monday 7 September, assumed received Thursday 10; the 15 days are 11–25 September.
    const sentSteps: SentStep[] = [{ stepKind: 'FORMAL_NOTICE', at: local('2026-09-07T09:00', BRUSSELS) }];
    const decision = decide({ ...be, stepKind: 'EVALUATION', earliest: local('2026-09-08T09:00', BRUSSELS), sentSteps });
    expect(scheduledAt(decision)).toBe(iso(local('2026-09-26T00:00', BRUSSELS)));
    expect(rulesMoved(decision)).toEqual(['wait-after-formal-notice']);
  });

  it('counts from the first reminder only: a second letter does not restart the 14 days', () => {
    const sentSteps: SentStep[] = [
      { stepKind: 'LETTER', at: local('2026-07-13T09:00', BRUSSELS) },
      { stepKind: 'LETTER', at: local('2026-07-31T09:00', BRUSSELS) },
    ];
    expect(scheduledAt(decide({ ...be, earliest: local('2026-08-03T10:00', BRUSSELS), sentSteps }))).toBe(iso(local('2026-08-03T10:00', BRUSSELS)));
  });

  it('ends a Belgian wait at local midnight after the clocks went forward', () => {
    const sentSteps: SentStep[] = [{ stepKind: 'LETTER', at: local('2026-03-16T09:00', BRUSSELS) }];
    const decision = decide({ ...be, stepKind: 'EVALUATION', timeZone: BRUSSELS, earliest: local('2026-03-17T09:00', BRUSSELS), sentSteps });
    expect(scheduledAt(decision)).toBe('2026-04-02T22:00:00.000Z');
  });
});

describe('NL 14-day letter: receipt the 2nd day after posting, Sundays, Mondays and holidays not counting', () => {
  const nl = { country: 'NL' as const, timeZone: 'Europe/Amsterdam' };
  const ams = (wall: string) => local(wall, 'Europe/Amsterdam');

  it('takes a letter posted on Friday as received on Tuesday', () => {
    // Saturday counts (1), Sunday and Monday do not, Tuesday 10 March (2); the 14 days are 11–24 March.
    const sentSteps: SentStep[] = [{ stepKind: 'LETTER', at: ams('2026-03-06T10:00') }];
    const decision = decide({ ...nl, earliest: ams('2026-03-09T10:00'), sentSteps });
    expect(scheduledAt(decision)).toBe(iso(ams('2026-03-25T08:00')));
    expect(rulesMoved(decision)[0]).toBe('fourteen-day-letter');
  });

  it('skips Good Friday and Easter Monday', () => {
    // Posted Thursday 2 April: Good Friday no, Saturday 4 (1), Sunday and Easter Monday no, Tuesday 7 (2).
    const sentSteps: SentStep[] = [{ stepKind: 'LETTER', at: ams('2026-04-02T10:00') }];
    expect(scheduledAt(decide({ ...nl, earliest: ams('2026-04-03T10:00'), sentSteps }))).toBe(iso(ams('2026-04-22T08:00')));
  });
});

describe('SE time to pay after a collection demand', () => {
  it('waits 8 days from sending and 4 bank days after assumed receipt, whichever ends later', () => {
    // Posted Monday 15 June: 8 days end 23 June; received Thursday 18 (3 bank days); bank days
    // 22–25 June (midsommarafton 19 June and the weekend do not count): lawful Friday 26 June.
    const stockholm = (wall: string) => local(wall, 'Europe/Stockholm');
    const sentSteps: SentStep[] = [{ stepKind: 'LETTER', at: stockholm('2026-06-15T10:00') }];
    const decision = decide({ country: 'SE', timeZone: 'Europe/Stockholm', earliest: stockholm('2026-06-16T10:00'), sentSteps });
    expect(scheduledAt(decision)).toBe(iso(stockholm('2026-06-26T08:00')));
    expect(rulesMoved(decision)).toEqual(['time-to-pay-8-days', 'time-to-pay-4-bank-days', 'contact-hours']);
    if (decision.status === 'scheduled') expect(decision.moved[0].to.toISOString()).toBe(iso(stockholm('2026-06-24T00:00')));
  });
});

describe('a wait that opens at every anchor (SE: each demand gives its own time to pay)', () => {
  it('lets the latest demand bind', () => {
    const stockholm = (wall: string) => local(wall, 'Europe/Stockholm');
    const sentSteps: SentStep[] = [
      { stepKind: 'LETTER', at: stockholm('2026-09-01T10:00') },
      { stepKind: 'FORMAL_NOTICE', at: stockholm('2026-09-14T10:00') },
    ];
    // The notice of Monday 14 September: 8 days end 22 September; received Thursday 17; bank days 18, 21, 22, 23.
    const decision = decide({ country: 'SE', timeZone: 'Europe/Stockholm', earliest: stockholm('2026-09-15T10:00'), sentSteps });
    expect(scheduledAt(decision)).toBe(iso(stockholm('2026-09-24T08:00')));
    expect(rulesMoved(decision)).toEqual(['time-to-pay-8-days', 'time-to-pay-4-bank-days', 'contact-hours']);
  });
});

describe('US validation period and GB pre-action protocol', () => {
  it('holds a US formal notice until 30 days after receipt assumed 5 business days after the first letter', () => {
    // Sent Monday 2 March; assumed received Monday 9 March; the 30 days are 10 March–8 April.
    const sentSteps: SentStep[] = [{ stepKind: 'LETTER', at: local('2026-03-02T10:00', NY) }];
    const notice = decide({ stepKind: 'FORMAL_NOTICE', region: 'NY', timeZone: NY, earliest: local('2026-03-10T10:00', NY), sentSteps });
    expect(scheduledAt(notice)).toBe(iso(local('2026-04-09T00:00', NY)));
    const reminderCall = decide({ region: 'NY', timeZone: NY, earliest: local('2026-03-10T10:00', NY), sentSteps });
    expect(scheduledAt(reminderCall)).toBe(iso(local('2026-03-10T10:00', NY)));
    const intensive = decide({ stepKind: 'INTENSIVE_CALLS', region: 'NY', timeZone: NY, earliest: local('2026-03-10T10:00', NY), sentSteps });
    expect(scheduledAt(intensive)).toBe(iso(local('2026-04-09T08:00', NY)));
  });

  it('holds the GB evaluation 30 days after the letter of claim, ending on a local midnight in summer time', () => {
    const sentSteps: SentStep[] = [{ stepKind: 'FORMAL_NOTICE', at: local('2026-03-02T10:00', 'Europe/London') }];
    const decision = decide({ country: 'GB', stepKind: 'EVALUATION', timeZone: 'Europe/London', earliest: local('2026-03-03T10:00', 'Europe/London'), sentSteps });
    expect(scheduledAt(decision)).toBe('2026-04-03T23:00:00.000Z');
  });
});
