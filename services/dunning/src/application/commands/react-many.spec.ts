import { FixedClock } from '@collections/clock';
import { InMemoryDunning } from '../../../test/fakes/in-memory-dunning';
import { DomainPlaybook } from '../../adapters/playbook/domain-playbook';
import { CasePlan } from '../../domain/case-plan/case-plan';
import { react, reactMany, type Reaction } from './react';

const CASES = ['00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-0000000000a2', '00000000-0000-4000-8000-0000000000a3'];
const facts = { creditorId: 'creditor', country: 'BE', debtorKind: 'B2C' as const, language: 'fr', currency: 'EUR', principalMinor: 80_000n, oldestDueDate: '2026-01-15', invoices: [], openedAt: new Date('2026-03-02T08:30:00Z') };
const contacts = { debtorIdentityId: 'debtor-1', channels: ['LETTER' as const, 'PHONE' as const], phones: ['+3225551234'], emails: [], address: { lines: ['Rue Haute 5'], postalCode: '1000', locality: 'Bruxelles', country: 'BE' } };
const opened: Reaction = (plan) => CasePlan.caseOpened(plan, facts);
const clear: Reaction = (plan, { playbook, today }) => CasePlan.screened(plan, 'clear', contacts, playbook.scenarioFor(facts, contacts, today));
const insolvent: Reaction = (plan, { playbook, today }) => CasePlan.screened(plan, 'rejected', contacts, playbook.scenarioFor(facts, contacts, today));

type Chunk = Array<{ caseId: string; reaction: Reaction }>;

/** The same chunks applied event by event (react) and a chunk at a time (reactMany) leave the same plans, timers and events. */
async function both(chunks: Chunk[]) {
  const playbook = new DomainPlaybook();
  const clock = new FixedClock('2026-03-02T08:30:00Z');
  const one = new InMemoryDunning();
  const many = new InMemoryDunning();
  for (const chunk of chunks) {
    for (const { caseId, reaction } of chunk) await react(one.transaction(), playbook, clock, caseId, reaction);
    await reactMany(many.transaction(), playbook, clock, chunk);
  }
  const view = (store: InMemoryDunning) => ({
    plans: [...store.plans.values()].sort((a, b) => a.caseId.localeCompare(b.caseId)),
    timers: store.timers.map(({ caseId, stepId, state, dueAt }) => ({ caseId, stepId, state, dueAt })).sort((a, b) => a.caseId.localeCompare(b.caseId)),
    events: store.events.map(({ type, caseId }) => ({ type, caseId })).sort((a, b) => a.caseId.localeCompare(b.caseId) || a.type.localeCompare(b.type)),
  });
  return { eventByEvent: view(one), chunked: view(many) };
}

describe('reactMany', () => {
  it('leaves what react leaves, event by event: new cases, then their verdicts, a chunk each', async () => {
    const { eventByEvent, chunked } = await both([
      CASES.map((caseId) => ({ caseId, reaction: opened })),
      [{ caseId: CASES[0]!, reaction: clear }, { caseId: CASES[1]!, reaction: insolvent }, { caseId: CASES[2]!, reaction: clear }],
    ]);
    expect(chunked).toEqual(eventByEvent);
    expect(chunked.plans.map((plan) => plan.state)).toEqual(['active', 'closed', 'active']);
    expect(chunked.timers.filter((timer) => timer.state === 'pending').map((timer) => timer.caseId)).toEqual([CASES[0], CASES[2]]);
  });

  it('applies a chunk naming a case twice event by event: the verdict sees the case it follows', async () => {
    const { eventByEvent, chunked } = await both([[{ caseId: CASES[0]!, reaction: opened }, { caseId: CASES[1]!, reaction: opened }, { caseId: CASES[0]!, reaction: clear }]]);
    expect(chunked).toEqual(eventByEvent);
    expect(chunked.plans[0]!.state).toBe('active');
  });

  it('does nothing for an empty chunk (every verdict skipped)', async () => {
    const { chunked } = await both([[]]);
    expect(chunked).toEqual({ plans: [], timers: [], events: [] });
  });
});
