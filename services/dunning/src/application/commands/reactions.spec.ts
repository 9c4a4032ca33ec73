import { FixedClock } from '@collections/clock';
import { InMemoryDunning } from '../../../test/fakes/in-memory-dunning';
import { DomainPlaybook } from '../../adapters/playbook/domain-playbook';
import { CasePlan, type PlanSnapshot } from '../../domain/case-plan/case-plan';
import { fireDueSteps } from './fire-due-steps';
import { react, type Reaction } from './react';

const CASE = '00000000-0000-4000-8000-0000000000aa';
const facts = { creditorId: 'creditor', country: 'BE', debtorKind: 'B2C' as const, language: 'fr', currency: 'EUR', principalMinor: 80_000n, oldestDueDate: '2026-01-15', invoices: [], openedAt: new Date('2026-03-02T08:30:00Z') };
const contacts = { debtorIdentityId: 'debtor-1', channels: ['LETTER' as const, 'PHONE' as const], phones: ['+3225551234'], emails: [], address: { lines: ['Rue Haute 5'], postalCode: '1000', locality: 'Bruxelles', country: 'BE' } };

function harness() {
  const store = new InMemoryDunning();
  const playbook = new DomainPlaybook();
  const clock = new FixedClock('2026-03-02T08:30:00Z');
  const apply = (reaction: Reaction) => react(store.transaction(), playbook, clock, CASE, reaction);
  const opened: Reaction = (plan) => CasePlan.caseOpened(plan, facts);
  const clear: Reaction = (plan, { playbook: book, today }) => CasePlan.screened(plan, 'clear', contacts, book.scenarioFor(facts, contacts, today));
  const runDays = async (days: number) => {
    for (let hour = 0; hour < days * 24; hour += 1) {
      for (;;) {
        const report = await fireDueSteps(store.uow, playbook, clock);
        if (report.fired + report.moved + report.skipped + report.cancelled === 0) break;
      }
      clock.advance(3_600_000);
    }
  };
  const plan = () => store.plans.get(CASE) as PlanSnapshot;
  return { store, clock, apply, opened, clear, runDays, plan };
}

describe('reactions', () => {
  it('counts a payment that arrives before the case and its verdict, and starts once both are known', async () => {
    const { apply, opened, clear, plan, store } = harness();
    await apply((current) => CasePlan.paymentReceived(current, 'pay-1', 20_000n, '2026-03-01'));
    await apply(clear);
    expect(plan().state).toBe('awaiting_facts');
    await apply(opened);

    expect(plan()).toMatchObject({ state: 'active', principalPaidMinor: 20_000n });
    expect(store.timers.filter((timer) => timer.state === 'pending')).toHaveLength(1);
  });

  it('waits for a promise to pay until its date plus grace, then resumes by itself', async () => {
    const { apply, opened, clear, plan, runDays, store } = harness();
    await apply(opened);
    await apply(clear);
    await runDays(1);
    await apply((current) => CasePlan.pause(current, { kind: 'PROMISE_TO_PAY', causeId: 'promise:1', until: '2026-03-13' }));
    expect(plan().state).toBe('paused');
    const sentBefore = store.sent.length;

    await runDays(9); // 2026-03-12: the promised date has not passed
    expect(plan().state).toBe('paused');
    expect(store.sent.length).toBe(sentBefore);
    await runDays(2);
    expect(plan().state).toBe('active');
    expect(store.events.map((event) => event.type)).toEqual(expect.arrayContaining(['DunningPaused', 'DunningResumed']));
  });

  it('recommends closure when the creditor lets an information request pass its deadline', async () => {
    const { apply, opened, clear, plan, runDays, store } = harness();
    await apply(opened);
    await apply(clear);
    await apply((current) => CasePlan.pause(current, { kind: 'AWAITING_CREDITOR', causeId: 'request-1', until: '2026-03-09' }));

    await runDays(8);

    expect(store.events).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'ClosureRecommended', detail: expect.objectContaining({ reason: 'CREDITOR_UNRESPONSIVE' }) })]));
    expect(plan()).toMatchObject({ state: 'paused', pauses: [{ kind: 'AWAITING_CREDITOR' }] });
  });

  it('runs the plan-breach steps when an instalment plan breaks, and stops for good when the case is withdrawn', async () => {
    const { apply, opened, clear, plan, runDays, store } = harness();
    await apply(opened);
    await apply(clear);
    await runDays(1);
    await apply((current) => CasePlan.pause(current, { kind: 'PAYMENT_ARRANGEMENT', causeId: 'plan-1' }));
    await apply((current) => CasePlan.planBreached(current, 'plan-1'));
    expect(plan()).toMatchObject({ state: 'active', breachTrack: true });
    expect(store.events.filter((event) => event.type === 'DunningResumed')).toEqual([expect.objectContaining({ caseId: CASE, detail: 'PAYMENT_ARRANGEMENT' })]);
    await runDays(20);
    expect(store.sent.some((action) => store.plans.get(CASE)!.breachTrack && action.stepId.length > 0)).toBe(true);

    await apply((current) => CasePlan.close(current, 'WITHDRAWN', 'withdrawn'));
    const sentAtWithdrawal = store.sent.length;
    await runDays(30);
    expect(store.sent.length).toBe(sentAtWithdrawal);
    expect(store.timers.filter((timer) => timer.state === 'pending')).toEqual([]);
  });

  it('runs the plan of a debtor whose region the holiday calendar does not know (a name, not a code), reading every region\'s holidays', async () => {
    const store = new InMemoryDunning();
    const playbook = new DomainPlaybook();
    const clock = new FixedClock('2026-03-02T08:30:00Z');
    const berlin = { ...facts, country: 'DE', region: 'Berlin' };
    const apply = (reaction: Reaction) => react(store.transaction(), playbook, clock, CASE, reaction);
    await apply((current) => CasePlan.caseOpened(current, berlin));
    await apply((current, { playbook: book, today }) => CasePlan.screened(current, 'clear', { ...contacts, address: { ...contacts.address, country: 'DE' } }, book.scenarioFor(berlin, contacts, today)));

    await fireDueSteps(store.uow, playbook, clock);

    expect(store.sent.length).toBeGreaterThan(0);
  });
});
