import { CasePlan, newPlan, type CaseFacts, type DebtorContacts, type PlanSnapshot } from './case-plan';

const facts: CaseFacts = {
  creditorId: 'creditor', country: 'BE', debtorKind: 'B2C', language: 'fr', currency: 'EUR', principalMinor: 50_000n, oldestDueDate: '2026-09-01', invoices: [], openedAt: new Date('2026-11-23T09:00:00Z'),
};
const contacts: DebtorContacts = { debtorIdentityId: 'debtor', channels: ['LETTER', 'PHONE'], phones: ['+3225551234'], emails: [] };
const scenario = { id: 'BE-B2C-standard', version: 1 };

/** Applies reactions in order, collecting every effect. */
function run(...steps: Array<(plan: PlanSnapshot) => { plan: PlanSnapshot; effects: Array<{ type: string }> }>) {
  let plan = newPlan('case-1');
  const effects: string[] = [];
  for (const step of steps) {
    const result = step(plan);
    plan = result.plan;
    effects.push(...result.effects.map((effect) => effect.type));
  }
  return { plan, effects };
}

const opened = (plan: PlanSnapshot) => CasePlan.caseOpened(plan, facts);
const clear = (plan: PlanSnapshot) => CasePlan.screened(plan, 'clear', contacts, scenario);

describe('CasePlan', () => {
  it('starts once it has both the case facts and a clear verdict, in either order, once', () => {
    expect(run(opened, clear)).toMatchObject({ plan: { state: 'active' }, effects: ['start'] });
    expect(run(clear, opened)).toMatchObject({ plan: { state: 'active' }, effects: ['start'] });
    expect(run(opened, clear, opened, clear).effects).toEqual(['start']);
  });

  it('waits on a verdict that needs review and starts when screening clears it', () => {
    const review = (plan: PlanSnapshot) => CasePlan.screened(plan, 'needs_review', contacts, scenario);

    expect(run(opened, review)).toMatchObject({ plan: { state: 'paused' } });
    expect(run(opened, review, clear)).toMatchObject({ plan: { state: 'active' }, effects: ['pause', 'resume'] });
  });

  it('closes as uncollectable on a rejected verdict and stays closed whatever comes next', () => {
    const rejected = (plan: PlanSnapshot) => CasePlan.screened(plan, 'rejected', contacts, scenario);
    const result = run(opened, clear, rejected, clear, (plan) => CasePlan.endPause(plan, 'd-1', 'x'));

    expect(result.plan).toMatchObject({ state: 'closed', outcome: 'UNCOLLECTABLE' });
    expect(result.effects).toEqual(['start', 'close']);
  });

  it('pauses for a dispute and resumes when it is resolved; a resolution seen first cancels the opening', () => {
    const disputed = (plan: PlanSnapshot) => CasePlan.pause(plan, { kind: 'DISPUTE', causeId: 'd-1' });
    const resolved = (plan: PlanSnapshot) => CasePlan.endPause(plan, 'd-1', 'dispute resolved');

    expect(run(opened, clear, disputed)).toMatchObject({ plan: { state: 'paused' } });
    expect(run(opened, clear, disputed, resolved)).toMatchObject({ plan: { state: 'active' }, effects: ['start', 'pause', 'resume'] });
    expect(run(opened, clear, resolved, disputed)).toMatchObject({ plan: { state: 'active' }, effects: ['start'] });
  });

  it('stays paused while any cause holds it', () => {
    const result = run(opened, clear, (plan) => CasePlan.pause(plan, { kind: 'DISPUTE', causeId: 'd-1' }), (plan) => CasePlan.pause(plan, { kind: 'PAYMENT_ARRANGEMENT', causeId: 'p-1' }), (plan) => CasePlan.endPause(plan, 'd-1', 'resolved'));

    expect(result.plan).toMatchObject({ state: 'paused', pauses: [{ kind: 'PAYMENT_ARRANGEMENT' }] });
  });

  it('counts a payment once, however often it is delivered', () => {
    const paid = (plan: PlanSnapshot) => CasePlan.paymentReceived(plan, 'pay-1', 10_000n, '2026-11-30');

    expect(run(opened, clear, paid, paid).plan.principalPaidMinor).toBe(10_000n);
  });

  it('runs the plan-breach steps from the start when a plan breaks, once', () => {
    const agreed = (plan: PlanSnapshot) => CasePlan.pause(plan, { kind: 'PAYMENT_ARRANGEMENT', causeId: 'plan-1' });
    const breached = (plan: PlanSnapshot) => CasePlan.planBreached(plan, 'plan-1');
    const result = run(opened, clear, (plan) => ({ plan: CasePlan.stepSent(CasePlan.stepSent(plan)), effects: [] }), agreed, breached, breached);

    expect(result.plan).toMatchObject({ state: 'active', breachTrack: true, nextStep: 0 });
    expect(result.effects).toEqual(['start', 'pause', 'restart-at-breach']);
  });

  it('says which pause a plan breach lifted, so the restart is announced as a resume', () => {
    const agreed = run(opened, clear, (plan) => CasePlan.pause(plan, { kind: 'PAYMENT_ARRANGEMENT', causeId: 'plan-1' })).plan;
    const disputedToo = CasePlan.pause(agreed, { kind: 'DISPUTE', causeId: 'd-1' }).plan;

    expect(CasePlan.planBreached(agreed, 'plan-1').effects).toEqual([{ type: 'restart-at-breach', reason: 'instalment plan breached', ended: 'PAYMENT_ARRANGEMENT' }]);
    // Still held by the dispute: nothing resumes yet.
    expect(CasePlan.planBreached(disputedToo, 'plan-1').effects).toEqual([{ type: 'restart-at-breach', reason: 'instalment plan breached' }]);
  });

  it('closes a paid case as settled, plan completed or paid in full, by how the balance was cleared', () => {
    const active = run(opened, clear).plan;
    const underPlan = CasePlan.pause(active, { kind: 'PAYMENT_ARRANGEMENT', causeId: 'plan-1' }).plan;

    expect(CasePlan.paidInFull(underPlan, 'settlement-1')).toMatchObject({ plan: { state: 'closed', outcome: 'SETTLED' }, effects: [{ type: 'close', outcome: 'SETTLED' }] });
    expect(CasePlan.paidInFull(underPlan).plan.outcome).toBe('PLAN_COMPLETED');
    expect(CasePlan.paidInFull(active).plan.outcome).toBe('PAID_IN_FULL');
    expect(CasePlan.paidInFull(CasePlan.paidInFull(active).plan, 'settlement-1').effects).toEqual([]);
  });

  it('drops a channel once', () => {
    const wrongNumber = (plan: PlanSnapshot) => CasePlan.dropChannel(plan, 'PHONE');

    expect(run(opened, clear, wrongNumber, wrongNumber)).toMatchObject({ plan: { droppedChannels: ['PHONE'] }, effects: ['start', 'channel-dropped'] });
  });
});
