import { DateTime } from 'luxon';
import { policyFor, timeZonesOf, type CollectionPolicy } from '../policy';
import type { ContactChannel, PolicyCountry, StepKind } from '../steps';
import { GuardRequestInvalidError, HolidayRegionUnknownError, NoLawfulInstantError } from './compliance.errors';
import { nextLawfulInstant, type ContactRecord, type GuardContext, type GuardDecision, type SentStep } from './compliance-guard';

/** A local wall-clock time in a zone, as the UTC instant. */
const local = (iso: string, zone: string): Date => DateTime.fromISO(iso, { zone }).toJSDate();
const NY = 'America/New_York';
const LA = 'America/Los_Angeles';
const BRUSSELS = 'Europe/Brussels';

interface Ask {
  stepKind?: StepKind;
  channel?: ContactChannel;
  earliest: Date;
  policy?: CollectionPolicy;
  country?: PolicyCountry;
  timeZone?: GuardContext['timeZone'];
  region?: string;
  history?: ContactRecord[];
  sentSteps?: SentStep[];
}

function decide(ask: Ask): GuardDecision {
  const country = ask.country ?? 'US';
  const policy = ask.policy ?? policyFor(country, 'B2C', '2026-06-01');
  return nextLawfulInstant(
    { stepKind: ask.stepKind ?? 'CALL', channel: ask.channel, caseId: 'case-1', debtorId: 'debtor-1', earliest: ask.earliest },
    { policy, timeZone: ask.timeZone ?? policy.defaultTimeZone, region: ask.region, history: ask.history ?? [], sentSteps: ask.sentSteps ?? [] },
  );
}

function scheduledAt(decision: GuardDecision): string {
  if (decision.status !== 'scheduled') throw new Error(`expected a schedule, got ${decision.status}: ${decision.reason}`);
  return decision.at.toISOString();
}

const iso = (date: Date): string => date.toISOString();
const rulesMoved = (decision: GuardDecision): string[] => (decision.status === 'scheduled' ? decision.moved.map((move) => move.ruleId) : []);
const call = (at: Date, caseId = 'case-1', conversation = false): ContactRecord => ({ channel: 'PHONE', at, caseId, conversation });

describe('US contact hours, consumer-local (Reg F 1006.6(b)(1)(i))', () => {
  it('lets a New York call go at 20:59 and moves one at 21:01 to 08:00 the next day', () => {
    const early = decide({ earliest: local('2026-04-14T20:59', NY), region: 'NY', timeZone: NY });
    const late = decide({ earliest: local('2026-04-14T21:01', NY), region: 'NY', timeZone: NY });
    expect(scheduledAt(early)).toBe(iso(local('2026-04-14T20:59', NY)));
    expect(scheduledAt(late)).toBe(iso(local('2026-04-15T08:00', NY)));
    expect(rulesMoved(late)).toEqual(['contact-hours']);
  });

  it('lets the same instants through for a Los Angeles debtor, for whom it is 17:59 and 18:01', () => {
    for (const wanted of ['2026-04-14T20:59', '2026-04-14T21:01']) {
      expect(scheduledAt(decide({ earliest: local(wanted, NY), region: 'CA', timeZone: LA }))).toBe(iso(local(wanted, NY)));
    }
  });

  it('moves a Los Angeles call at 21:01 Pacific to 08:00 Pacific', () => {
    expect(scheduledAt(decide({ earliest: local('2026-04-14T20:59', LA), region: 'CA', timeZone: LA }))).toBe(iso(local('2026-04-14T20:59', LA)));
    expect(scheduledAt(decide({ earliest: local('2026-04-14T21:01', LA), region: 'CA', timeZone: LA }))).toBe(iso(local('2026-04-15T08:00', LA)));
  });

  it('waits for 08:00 in every zone of a state that spans two (Texas: Central and Mountain)', () => {
    const decision = decide({ earliest: local('2026-04-14T08:30', 'America/Chicago'), region: 'TX', timeZone: timeZonesOf('US', 'TX') });
    expect(scheduledAt(decision)).toBe(iso(local('2026-04-14T08:00', 'America/Denver')));
  });

  it('keeps to the hours of every US zone when the state is unknown', () => {
    const decision = decide({ earliest: local('2026-04-14T10:00', NY), timeZone: timeZonesOf('US') });
    expect(scheduledAt(decision)).toBe(iso(local('2026-04-14T08:00', 'Pacific/Honolulu')));
  });
});

describe('US call frequency (Reg F 1006.14(b))', () => {
  const sevenCalls = [
    call(local('2026-04-07T10:00', NY), 'case-1'),
    call(local('2026-04-08T10:00', NY), 'case-2'),
    call(local('2026-04-09T10:00', NY), 'case-1'),
    call(local('2026-04-10T10:00', NY), 'case-3'),
    call(local('2026-04-11T10:00', NY), 'case-1'),
    call(local('2026-04-13T09:00', NY), 'case-2'),
    call(local('2026-04-13T10:00', NY), 'case-1'),
  ];

  it('moves the 8th call in a rolling 7 days, counted across cases, to when the oldest leaves the window', () => {
    const decision = decide({ earliest: local('2026-04-13T11:00', NY), region: 'NY', timeZone: NY, history: sevenCalls });
    expect(scheduledAt(decision)).toBe(iso(local('2026-04-14T10:00', NY)));
    expect(rulesMoved(decision)).toEqual(['call-frequency']);
  });

  it('lets the 7th call go at once', () => {
    const decision = decide({ earliest: local('2026-04-13T11:00', NY), region: 'NY', timeZone: NY, history: sevenCalls.slice(1) });
    expect(scheduledAt(decision)).toBe(iso(local('2026-04-13T11:00', NY)));
  });

  it('counts the 7 days as 7 × 24 hours across the DST change', () => {
    const calls = [local('2026-03-07T10:00', NY), ...[9, 10, 11, 12, 13].map((d) => local(`2026-03-${String(d).padStart(2, '0')}T10:00`, NY)), local('2026-03-13T11:00', NY)];
    const decision = decide({ earliest: local('2026-03-13T12:00', NY), region: 'NY', timeZone: NY, history: calls.map((at) => call(at)) });
    // 2026-03-07 10:00 EST + 168 h = 2026-03-14 11:00 EDT (the clocks went forward on 8 March).
    expect(scheduledAt(decision)).toBe('2026-03-14T15:00:00.000Z');
  });

  it('moves a call within 7 days after a conversation, and leaves e-mails alone', () => {
    const history = [call(local('2026-04-08T15:00', NY), 'case-2', true)];
    const callDecision = decide({ earliest: local('2026-04-10T10:00', NY), region: 'NY', timeZone: NY, history });
    expect(scheduledAt(callDecision)).toBe(iso(local('2026-04-15T15:00', NY)));
    expect(rulesMoved(callDecision)).toEqual(['call-after-conversation']);
    const mail = decide({ stepKind: 'EMAIL', earliest: local('2026-04-10T10:00', NY), region: 'NY', timeZone: NY, history });
    expect(scheduledAt(mail)).toBe(iso(local('2026-04-10T10:00', NY)));
  });
});

describe('Belgian consumer contact', () => {
  const be = { country: 'BE' as const, timeZone: BRUSSELS };

  it('moves a call at 22:30 to 08:00 the next day', () => {
    const decision = decide({ ...be, earliest: local('2026-07-14T22:30', BRUSSELS) });
    expect(scheduledAt(decision)).toBe(iso(local('2026-07-15T08:00', BRUSSELS)));
    expect(rulesMoved(decision)).toEqual(['phone-hours']);
  });

  it('skips the national holiday on 21 July', () => {
    expect(scheduledAt(decide({ ...be, earliest: local('2026-07-20T22:30', BRUSSELS) }))).toBe(iso(local('2026-07-22T08:00', BRUSSELS)));
    const onHoliday = decide({ ...be, earliest: local('2026-07-21T10:00', BRUSSELS) });
    expect(scheduledAt(onHoliday)).toBe(iso(local('2026-07-22T08:00', BRUSSELS)));
    expect(rulesMoved(onHoliday)).toEqual(['no-contact-on-public-holidays']);
  });

  it('calls on Saturdays but not on Sundays', () => {
    expect(scheduledAt(decide({ ...be, earliest: local('2026-07-11T10:00', BRUSSELS) }))).toBe(iso(local('2026-07-11T10:00', BRUSSELS)));
    expect(scheduledAt(decide({ ...be, earliest: local('2026-07-12T10:00', BRUSSELS) }))).toBe(iso(local('2026-07-13T08:00', BRUSSELS)));
  });

  it('visits at 21:00 but not at 22:30', () => {
    expect(scheduledAt(decide({ ...be, stepKind: 'VISIT', earliest: local('2026-07-14T21:00', BRUSSELS) }))).toBe(iso(local('2026-07-14T21:00', BRUSSELS)));
    const late = decide({ ...be, stepKind: 'VISIT', earliest: local('2026-07-14T22:30', BRUSSELS) });
    expect(scheduledAt(late)).toBe(iso(local('2026-07-15T08:00', BRUSSELS)));
    expect(rulesMoved(late)).toEqual(['visit-hours']);
  });

});

describe('working days', () => {
  it('moves a French call on a Saturday to Monday 08:00', () => {
    const decision = decide({ country: 'FR', timeZone: 'Europe/Paris', earliest: local('2026-03-14T10:00', 'Europe/Paris') });
    expect(scheduledAt(decision)).toBe(iso(local('2026-03-16T08:00', 'Europe/Paris')));
  });

  it('moves a Spanish call on Friday at 21:30 to Monday 09:00', () => {
    const decision = decide({ country: 'ES', timeZone: 'Europe/Madrid', earliest: local('2026-03-13T21:30', 'Europe/Madrid') });
    expect(scheduledAt(decision)).toBe(iso(local('2026-03-16T09:00', 'Europe/Madrid')));
  });

  it('posts a German letter wanted on Sunday on Monday', () => {
    const decision = decide({ country: 'DE', stepKind: 'LETTER', timeZone: 'Europe/Berlin', earliest: local('2026-03-15T11:00', 'Europe/Berlin') });
    expect(scheduledAt(decision)).toBe(iso(local('2026-03-16T00:00', 'Europe/Berlin')));
    expect(rulesMoved(decision)).toEqual(['letters-on-working-days']);
  });
});

describe('DST transitions', () => {
  it('moves a Brussels call on Saturday 28 March 22:30 to Monday 08:00 summer time', () => {
    expect(scheduledAt(decide({ country: 'BE', timeZone: BRUSSELS, earliest: local('2026-03-28T22:30', BRUSSELS) }))).toBe('2026-03-30T06:00:00.000Z');
  });

  it('moves a Brussels call on Saturday 24 October 22:30 to Monday 08:00 winter time', () => {
    expect(scheduledAt(decide({ country: 'BE', timeZone: BRUSSELS, earliest: local('2026-10-24T22:30', BRUSSELS) }))).toBe('2026-10-26T07:00:00.000Z');
  });

  it('moves a New York call on Saturday 7 March 21:30 to Monday 08:00 daylight time', () => {
    expect(scheduledAt(decide({ region: 'NY', timeZone: NY, earliest: local('2026-03-07T21:30', NY) }))).toBe('2026-03-09T12:00:00.000Z');
  });
});

describe('regional holidays', () => {
  const tuesday = (zone: string) => local('2026-03-31T10:00', zone);

  it('skips César Chávez Day for a Californian, not for a New Yorker', () => {
    expect(scheduledAt(decide({ region: 'CA', timeZone: LA, earliest: tuesday(LA) }))).toBe(iso(local('2026-04-01T08:00', LA)));
    expect(scheduledAt(decide({ region: 'NY', timeZone: NY, earliest: tuesday(NY) }))).toBe(iso(tuesday(NY)));
  });

  it('keeps every region\'s holidays when the region is unknown', () => {
    expect(scheduledAt(decide({ timeZone: NY, earliest: tuesday(NY) }))).not.toBe(iso(tuesday(NY)));
  });

  it('skips Corpus Christi in Bavaria, not in Berlin', () => {
    const berlin = (wall: string) => local(wall, 'Europe/Berlin');
    expect(scheduledAt(decide({ country: 'DE', region: 'BY', timeZone: 'Europe/Berlin', earliest: berlin('2026-06-04T10:00') }))).toBe(iso(berlin('2026-06-05T08:00')));
    expect(scheduledAt(decide({ country: 'DE', region: 'BE', timeZone: 'Europe/Berlin', earliest: berlin('2026-06-04T10:00') }))).toBe(iso(berlin('2026-06-04T10:00')));
  });

  it('rejects a region date-holidays does not know', () => {
    expect(() => decide({ region: 'ZZ', earliest: tuesday(NY) })).toThrow(HolidayRegionUnknownError);
  });
});

describe('the guard', () => {
  it('answers forbidden for a forbidden step, and never an instant', () => {
    const decision = decide({ stepKind: 'VISIT', region: 'NY', timeZone: NY, earliest: local('2026-04-14T10:00', NY) });
    expect(decision).toEqual({ status: 'forbidden', ruleId: 'no-field-visits', reason: expect.any(String), policyId: 'US-B2C@2021-11-30' });
  });

  it('answers forbidden for a channel the policy gives no window', () => {
    const policy = policyFor('FR', 'B2C', '2026-06-01');
    const noSms = { ...policy, contactWindows: policy.contactWindows.filter((w) => w.channel !== 'SMS') };
    expect(decide({ policy: noSms, stepKind: 'SMS', earliest: local('2026-04-14T10:00', 'Europe/Paris') })).toMatchObject({ status: 'forbidden', ruleId: 'no-contact-window' });
  });

  it('does not hold an evaluation to contact hours', () => {
    const sunday = local('2026-04-12T03:00', BRUSSELS);
    expect(scheduledAt(decide({ country: 'BE', stepKind: 'EVALUATION', timeZone: BRUSSELS, earliest: sunday }))).toBe(iso(sunday));
  });

  it('gives the decided instant back when asked again at it, with no moves', () => {
    const sentSteps: SentStep[] = [{ stepKind: 'LETTER', at: local('2026-07-17T09:00', BRUSSELS) }];
    const first = decide({ country: 'BE', timeZone: BRUSSELS, earliest: local('2026-07-20T23:00', BRUSSELS), sentSteps });
    if (first.status !== 'scheduled') throw new Error('expected a schedule');
    const again = decide({ country: 'BE', timeZone: BRUSSELS, earliest: first.at, sentSteps });
    expect(again).toEqual({ status: 'scheduled', at: first.at, moved: [], policyId: first.policyId });
  });

  it('rejects an unknown zone and an invalid instant', () => {
    expect(() => decide({ timeZone: 'Mars/Olympus', earliest: new Date('2026-04-14T10:00Z') })).toThrow(GuardRequestInvalidError);
    expect(() => decide({ timeZone: NY, earliest: new Date('not a date') })).toThrow(GuardRequestInvalidError);
  });

  it('gives up with DUNNING.NO_LAWFUL_INSTANT when windows never meet across the debtor\'s zones', () => {
    const fr = policyFor('FR', 'B2C', '2026-06-01');
    const policy = { ...fr, contactWindows: [{ channel: 'PHONE' as const, weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '10:00', ruleId: 'contact-hours' }] };
    const earliest = local('2026-04-14T10:00', 'Europe/Paris');
    expect(() => decide({ policy, timeZone: ['Europe/Paris', 'Asia/Tokyo'], earliest })).toThrow(NoLawfulInstantError);
  });
});
