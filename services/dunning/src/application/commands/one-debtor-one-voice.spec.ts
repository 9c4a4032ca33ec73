import { FixedClock } from '@collections/clock';
import { InMemoryDunning } from '../../../test/fakes/in-memory-dunning';
import { DomainPlaybook } from '../../adapters/playbook/domain-playbook';
import { CasePlan } from '../../domain/case-plan/case-plan';
import type { StepAction } from '../ports/dunning-publisher.port';
import { fireDueSteps } from './fire-due-steps';
import { react } from './react';

const START = '2026-03-02T08:30:00Z'; // a Monday

/** Three open cases of one debtor with one creditor, no reaction, the clock run an hour at a time over `days`. */
async function threeCases(country: string, days: number) {
  const store = new InMemoryDunning();
  const playbook = new DomainPlaybook();
  const clock = new FixedClock(START);
  const contacts = { debtorIdentityId: `debtor-${country}`, channels: ['LETTER' as const, 'EMAIL' as const, 'PHONE' as const], phones: ['+3225551234'], emails: ['d@example.com'], address: { lines: ['Rue Haute 5'], postalCode: '1000', locality: 'Town', country } };
  const caseIds = ['1', '2', '3'].map((n) => `00000000-0000-4000-8000-00000000000${n}`);
  for (const [i, caseId] of caseIds.entries()) {
    const facts = { creditorId: 'creditor', country, debtorKind: 'B2C' as const, language: 'fr', currency: 'EUR', principalMinor: BigInt(30_000 + i * 5_000), oldestDueDate: '2026-01-15', invoices: [], openedAt: clock.now() };
    await react(store.transaction(), playbook, clock, caseId, (plan) => CasePlan.caseOpened(plan, facts));
    await react(store.transaction(), playbook, clock, caseId, (plan, { playbook: book, today }) => CasePlan.screened(plan, 'clear', contacts, book.scenarioFor(facts, contacts, today)));
  }
  for (let hour = 0; hour < days * 24; hour += 1) {
    for (;;) {
      const report = await fireDueSteps(store.uow, playbook, clock);
      if (report.fired + report.moved + report.skipped + report.cancelled === 0) break;
    }
    clock.advance(3_600_000);
  }
  const requests = store.events.filter((event) => event.type === 'LETTER' || event.type === 'EMAIL' || event.type === 'CALL' || event.type === 'FORMAL_NOTICE').map((event) => event.detail as StepAction);
  return { store, caseIds, requests, policy: playbook.policyFor(country, 'B2C', START.slice(0, 10)) };
}

describe('one debtor, one voice', () => {
  it('sends one first-reminder letter covering the three cases of a Belgian debtor, each case with its own action', async () => {
    const { requests, caseIds, store } = await threeCases('BE', 1);

    const letters = requests.filter((request) => request.stepKind === 'LETTER');
    expect(letters).toHaveLength(1);
    expect([letters[0]!.plan.caseId, ...letters[0]!.merged!.map((merged) => merged.plan.caseId)].sort()).toEqual(caseIds);
    expect(new Set(store.sent.map((action) => action.actionId)).size).toBe(3);
    expect(store.decisions.filter((decision) => decision.moves.some((move) => move.ruleId === 'merge-letters'))).toHaveLength(2);
  });

  it('calls the Belgian debtor once about the three cases when their phone follow-ups fall due together', async () => {
    const { requests, caseIds } = await threeCases('BE', 40);

    const calls = requests.filter((request) => request.stepKind === 'CALL');
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect([calls[0]!.plan.caseId, ...(calls[0]!.merged ?? []).map((merged) => merged.plan.caseId)].sort()).toEqual(caseIds);
  });

  it('never merges where the policy forbids it (France: one letter per case), and still keeps the debtor under every cap', async () => {
    const { requests } = await threeCases('FR', 3);

    expect(requests.filter((request) => request.merged)).toEqual([]);
    expect(requests.filter((request) => request.stepKind === 'LETTER').length).toBeGreaterThanOrEqual(1);
  });

  it.each(['BE', 'FR', 'NL', 'DE'])('%s: over 120 days, the contacts the three cases make together never exceed a cap of the policy', async (country) => {
    const { store, policy } = await threeCases(country, 120);

    // One letter or e-mail carrying several cases is one contact.
    const contacts = [...new Map(store.events.filter((event) => ['LETTER', 'FORMAL_NOTICE', 'EMAIL', 'CALL', 'INTENSIVE_CALLS', 'SMS'].includes(event.type)).map((event) => [(event.detail as StepAction).actionId, event.detail as StepAction])).values()];
    const sentAt = new Map(store.sent.map((action) => [action.actionId, action.at]));
    for (const cap of policy.frequencyCaps) {
      const times = contacts.filter((action) => action.channel === cap.channel).map((action) => sentAt.get(action.actionId)!.getTime()).sort((a, b) => a - b);
      for (let i = 0; i + cap.max < times.length; i += 1) {
        expect(times[i + cap.max]! - times[i]!).toBeGreaterThanOrEqual(cap.windowDays * 86_400_000);
      }
    }
  });
});
