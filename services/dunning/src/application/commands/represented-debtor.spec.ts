import { FixedClock } from '@collections/clock';
import { InMemoryDunning } from '../../../test/fakes/in-memory-dunning';
import { DomainPlaybook } from '../../adapters/playbook/domain-playbook';
import { CasePlan, type PlanSnapshot, type Representative } from '../../domain/case-plan/case-plan';
import type { StepAction } from '../ports/dunning-publisher.port';
import { fireDueSteps } from './fire-due-steps';
import { react, type Reaction } from './react';
import { CALLBACK_DECLINE_EXPLANATIONS, callbackRefusal, CALLBACK_LATER_WINDOWS, scheduleCallback } from './schedule-callback';

const CASE = '00000000-0000-4000-8000-0000000000bb';
const facts = { creditorId: 'creditor', country: 'BE', debtorKind: 'B2C' as const, language: 'fr', currency: 'EUR', principalMinor: 80_000n, oldestDueDate: '2026-01-15', invoices: [], openedAt: new Date('2026-03-02T08:30:00Z') };
const contacts = { debtorIdentityId: 'debtor-1', channels: ['LETTER' as const, 'PHONE' as const], phones: ['+3225551234'], emails: [], address: { lines: ['Rue Haute 5'], postalCode: '1000', locality: 'Bruxelles', country: 'BE' } };
const lawyer: Representative = {
  thirdPartyId: 'tp-lawyer', role: 'LAWYER', name: 'Maître Janssens', phones: ['+3225550000'], address: { lines: ['Avenue Louise 100'], postalCode: '1050', locality: 'Ixelles', country: 'BE' },
};

function harness() {
  const store = new InMemoryDunning();
  const playbook = new DomainPlaybook();
  const clock = new FixedClock('2026-03-02T08:30:00Z');
  const apply = (reaction: Reaction) => react(store.transaction(), playbook, clock, CASE, reaction);
  const start = async () => {
    await apply((plan) => CasePlan.caseOpened(plan, facts));
    await apply((plan, { playbook: book, today }) => CasePlan.screened(plan, 'clear', contacts, book.scenarioFor(facts, contacts, today)));
  };
  const runDays = async (days: number) => {
    for (let hour = 0; hour < days * 24; hour += 1) {
      for (;;) {
        const report = await fireDueSteps(store.uow, playbook, clock);
        if (report.fired + report.moved + report.skipped + report.cancelled === 0) break;
      }
      clock.advance(3_600_000);
    }
  };
  const requests = () => store.events.filter((event) => ['LETTER', 'FORMAL_NOTICE', 'CALL', 'INTENSIVE_CALLS', 'SMS', 'EMAIL', 'VISIT'].includes(event.type)).map((event) => event.detail as StepAction);
  const plan = () => store.plans.get(CASE) as PlanSnapshot;
  return { store, clock, playbook, apply, start, runDays, requests, plan };
}

describe('a debtor represented by a lawyer', () => {
  it('is not paused: the scenario goes on, every letter and call addressed to the lawyer', async () => {
    const { apply, start, runDays, requests, plan } = harness();
    await start();
    await apply((current) => CasePlan.representedBy(current, lawyer));
    expect(plan().state).toBe('active');

    await runDays(60);
    const sent = requests();
    expect(sent.length).toBeGreaterThan(0);
    // Every request carries the representative, so the publisher addresses it to them (their address, their phones).
    expect(sent.every((action) => action.plan.representative?.thirdPartyId === 'tp-lawyer')).toBe(true);
    expect(sent.map((action) => action.stepKind)).not.toContain('VISIT');
    expect(sent.map((action) => action.stepKind)).toEqual(expect.arrayContaining(['LETTER']));
  });
});

describe('scheduleCallback', () => {
  it('requests a call at the first lawful instant at or after the time asked for, with later windows, held for the agent', async () => {
    const { store, playbook, start, clock } = harness();
    await start();
    // Monday 2 March 2026, 23:15 in Brussels (22:15 UTC): the phone hours open at 08:00 on Tuesday.
    const decision = await scheduleCallback(store.transaction(), playbook, { caseId: CASE, interactionId: 'int-1', agentId: 'agent-1', requestedAt: new Date('2026-03-02T22:15:00Z') }, clock.now());
    expect(decision).toEqual({ scheduled: true, actionId: 'callback:int-1' });
    const call = store.events.at(-1)!.detail as StepAction;
    expect(call).toMatchObject({ actionId: 'callback:int-1', stepId: 'callback', stepKind: 'CALL', window: { notBefore: new Date('2026-03-03T07:00:00Z'), notAfter: new Date('2026-03-03T21:00:00Z') } });
    expect(call.callback).toMatchObject({ interactionId: 'int-1', agentId: 'agent-1', requestedAt: new Date('2026-03-02T22:15:00Z') });
    expect(call.callback!.laterWindows).toHaveLength(CALLBACK_LATER_WINDOWS);
    expect(call.callback!.laterWindows[0]!.notBefore).toEqual(new Date('2026-03-04T07:00:00Z'));
  });

  it('is made while dunning waits on a promise or a dispute, but not on a closed case nor while a mediator stands in between', async () => {
    const { plan, apply, start } = harness();
    await start();
    await apply((current) => CasePlan.pause(current, { kind: 'DISPUTE', causeId: 'dispute-1' }));
    expect(callbackRefusal(plan())).toBeUndefined();
    await apply((current) => CasePlan.pause(current, { kind: 'THIRD_PARTY', causeId: 'third-party:mediator' }));
    expect(callbackRefusal(plan())).toBe('NO_DIRECT_CONTACT');
    await apply((current) => CasePlan.close(current, 'WITHDRAWN', 'withdrawn'));
    expect(callbackRefusal(plan())).toBe('CLOSED');
    expect(callbackRefusal(undefined)).toBe('UNKNOWN_CASE');
  });

  it('requests no call for a case it cannot call back, and tells the agent who took the request why', async () => {
    const { store, playbook, clock } = harness();
    const decision = await scheduleCallback(store.transaction(), playbook, { caseId: CASE, interactionId: 'int-2', agentId: 'agent-1', requestedAt: new Date('2026-03-03T10:00:00Z') }, clock.now());
    expect(decision).toEqual({ scheduled: false, reason: 'UNKNOWN_CASE' });
    expect(store.events).toEqual([
      { type: 'CallbackDeclined', caseId: CASE, detail: { caseId: CASE, interactionId: 'int-2', agentId: 'agent-1', requestedAt: new Date('2026-03-03T10:00:00Z'), reason: 'UNKNOWN_CASE', explanation: CALLBACK_DECLINE_EXPLANATIONS.UNKNOWN_CASE } },
    ]);
  });

  it('declines a callback on a case whose every phone number proved wrong', async () => {
    const { store, playbook, clock, start, apply } = harness();
    await start();
    await apply((current) => CasePlan.dropChannel(current, 'PHONE'));
    store.events.length = 0;
    const decision = await scheduleCallback(store.transaction(), playbook, { caseId: CASE, interactionId: 'int-3', agentId: 'agent-1', requestedAt: new Date('2026-03-03T10:00:00Z') }, clock.now());
    expect(decision).toEqual({ scheduled: false, reason: 'NO_PHONE' });
    expect(store.events.map((event) => [event.type, (event.detail as { reason?: string }).reason])).toEqual([['CallbackDeclined', 'NO_PHONE']]);
  });
});
