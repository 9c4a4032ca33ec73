import { FixedClock } from '@collections/clock';
import { DateTime } from 'luxon';
import { InMemoryDunning } from '../../../test/fakes/in-memory-dunning';
import { DomainPlaybook } from '../../adapters/playbook/domain-playbook';
import { CasePlan } from '../../domain/case-plan/case-plan';
import { POLICY_COUNTRIES, type DebtorKind } from '../../domain/steps';
import { fireDueSteps } from './fire-due-steps';
import { react } from './react';

const START = '2026-03-02T08:30:00Z'; // a Monday
const DAYS = 120;
const CURRENCY: Record<string, string> = { GB: 'GBP', SE: 'SEK', US: 'USD' };

/**
 * A case with no reaction from the debtor, its clock advanced an hour at a time over 120 days, as
 * the scanner would see it: every step the country's scenario and policy send, when, on which channel.
 */
async function lifecycle(country: string, debtorKind: DebtorKind) {
  const store = new InMemoryDunning();
  const playbook = new DomainPlaybook();
  const clock = new FixedClock(START);
  const caseId = `00000000-0000-4000-8000-${country.charCodeAt(0)}${country.charCodeAt(1)}${debtorKind === 'B2C' ? '1' : '2'}0000000`.slice(0, 36);
  const facts = { creditorId: 'creditor', country, region: country === 'US' ? 'CA' : undefined, debtorKind, language: 'en', currency: CURRENCY[country] ?? 'EUR', principalMinor: 120_000n, oldestDueDate: '2026-01-15', invoices: [{ number: 'INV-1', dueDate: '2026-01-15', principalMinor: 120_000n }], openedAt: clock.now() };
  const contacts = { debtorIdentityId: `debtor-${country}-${debtorKind}`, channels: ['LETTER' as const, 'EMAIL' as const, 'SMS' as const, 'PHONE' as const], phones: ['+15555550100'], emails: ['debtor@example.com'], address: { lines: ['Main Street 1'], postalCode: '1000', locality: 'Town', country } };
  await react(store.transaction(), playbook, clock, caseId, (plan) => CasePlan.caseOpened(plan, facts));
  await react(store.transaction(), playbook, clock, caseId, (plan, { playbook: book, today }) => CasePlan.screened(plan, 'clear', contacts, book.scenarioFor(facts, contacts, today)));
  for (let hour = 0; hour < DAYS * 24; hour += 1) {
    for (;;) {
      const report = await fireDueSteps(store.uow, playbook, clock);
      if (report.fired + report.moved + report.skipped + report.cancelled === 0) break;
    }
    clock.advance(3_600_000);
  }
  const zone = playbook.timeZoneOf(country, facts.region);
  return {
    store,
    caseId,
    scenario: store.plans.get(caseId)!.scenario!.id,
    zone,
    policy: playbook.policyFor(country, debtorKind, START.slice(0, 10)),
    sent: store.sent.map((action) => ({ step: action.stepId, channel: action.channel ?? '-', local: DateTime.fromJSDate(action.at, { zone }).toFormat('ccc yyyy-MM-dd HH:mm') })),
    decisions: store.decisions,
  };
}

const CASES = POLICY_COUNTRIES.flatMap((country) => (['B2C', 'B2B'] as const).map((kind) => [country, kind] as const));

describe('a case nobody answers, over 120 days, in each country', () => {
  it.each(CASES)('%s %s: the steps, channels and local dates its scenario and policy give', async (country, kind) => {
    const { scenario, sent, policy } = await lifecycle(country, kind);

    expect({ scenario, sent: sent.map((action) => `${action.local} ${action.channel} ${action.step}`) }).toMatchSnapshot();
    // Whatever the snapshot says, each contact went out inside a window of its channel, on a working day of the policy.
    for (const action of sent) {
      if (action.channel === '-' || action.channel === 'LETTER') continue;
      const [weekday, , time] = action.local.split(' ');
      const windows = policy.contactWindows.filter((window) => window.channel === action.channel);
      const isoDay = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(weekday!) + 1;
      expect(windows.some((window) => window.weekdays.includes(isoDay) && window.start <= time! && time! < window.end)).toBe(true);
    }
  });

  it('BE B2C: the first reminder on the first working day, nothing else before its 14-day wait ends, every step in order', async () => {
    const { sent, decisions } = await lifecycle('BE', 'B2C');

    expect(sent[0]).toMatchObject({ channel: 'LETTER', local: 'Mon 2026-03-02 09:30' });
    const firstReminder = DateTime.fromFormat(sent[0]!.local.slice(4), 'yyyy-MM-dd HH:mm', { zone: 'Europe/Brussels' });
    for (const action of sent.slice(1)) {
      expect(DateTime.fromFormat(action.local.slice(4), 'yyyy-MM-dd HH:mm', { zone: 'Europe/Brussels' }).diff(firstReminder, 'days').days).toBeGreaterThanOrEqual(14);
    }
    expect(decisions.filter((decision) => decision.outcome === 'moved').length).toBeGreaterThan(0);
  });

  it('ends with a recommendation to the creditor, listing the actions taken, and waits for the answer without contacting anyone', async () => {
    const { store, caseId, sent } = await lifecycle('FR', 'B2C');

    const recommendation = store.events.find((event) => event.type === 'LegalActionRecommended' || event.type === 'ClosureRecommended');
    expect(recommendation).toMatchObject({ type: 'LegalActionRecommended', detail: { kind: 'legal_action', estimatedCostsMinor: 20_000n } });
    expect((recommendation!.detail as { explanation: string }).explanation).toContain(sent[0]!.step);
    expect(store.plans.get(caseId)).toMatchObject({ state: 'paused', pauses: [{ kind: 'AWAITING_CREDITOR' }] });
    expect(store.timers.filter((timer) => timer.state === 'pending')).toEqual([]);
  });
});

describe('the next step, as the creditor sees it', () => {
  it('is announced each time a step is scheduled: the first one at the start, then each following one, never one that is not the plan\u2019s', async () => {
    const { store, caseId, scenario } = await lifecycle('BE', 'B2C');
    const playbook = new DomainPlaybook();
    const steps = playbook.steps(store.plans.get(caseId)!.scenario!, store.plans.get(caseId)!.breachTrack);
    const announced = store.nextSteps.filter((step) => step.caseId === caseId);
    expect(scenario).toBeDefined();
    // Every step the case went through was announced before it was due, in order, with its kind.
    expect(announced.map((step) => step.stepId)).toEqual(steps.slice(0, announced.length).map((step) => step.id));
    expect(announced.map((step) => step.kind)).toEqual(steps.slice(0, announced.length).map((step) => step.kind));
    expect(announced.length).toBeGreaterThanOrEqual(store.sent.filter((action) => action.caseId === caseId).length);
    for (let i = 1; i < announced.length; i++) expect(announced[i]!.dueAt >= announced[i - 1]!.dueAt).toBe(true);
  });
});
