import {
  CallRequestedSchema, CaseClosedSchema, CaseOutcome, CasePaidInFullSchema, CaseWithdrawnSchema, DisputeOpenedSchema, DisputeResolution, DisputeResolvedSchema,
  DunningPausedSchema, DunningResumedSchema, DunningStepKind, LetterRequestedSchema, NextStepScheduledSchema, PauseReason, ThirdPartyLinkedSchema, ThirdPartyRole, PaymentReceivedSchema, ScreeningVerdict,
} from '@collections/contracts';
import { waitFor } from '@collections/testing';
import { startDunningApp, type DunningApp } from '../support/dunning-app';

describe('case plans on durable timers, with reactions (real PostgreSQL and Kafka)', () => {
  let dunning: DunningApp;

  beforeAll(async () => {
    dunning = await startDunningApp();
  }, 60_000);
  afterAll(() => dunning?.close());

  const waitForState = (caseId: string, state: string) => waitFor(`case ${caseId} ${state}`, async () => (await dunning.planOf(caseId)).state === state);

  it('a clear verdict starts the scenario; advancing the clock sends the steps, each at a lawful instant, with the decision recorded', async () => {
    const { caseId } = await dunning.openScreenedCase({ country: 'BE', kind: 'B2C' });
    expect(await dunning.planOf(caseId)).toMatchObject({ state: 'active', verdict: 'clear', next: { step: expect.any(String) } });

    await dunning.advanceDays(20);

    const letters = await dunning.published(LetterRequestedSchema, caseId);
    expect(letters.length).toBeGreaterThanOrEqual(1);
    const plan = await dunning.planOf(caseId);
    expect(plan.sent).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'LETTER' })]));
    expect(plan.guardDecisions).toEqual(expect.arrayContaining([expect.objectContaining({ outcome: 'sent', policyId: expect.stringContaining('BE') })]));
    // The creditor's portfolio learns each next step: the first at the start, then one after each step sent.
    const next = await dunning.published(NextStepScheduledSchema, caseId);
    expect(next.length).toBeGreaterThanOrEqual(letters.length + 1);
    expect(next[0]).toMatchObject({ caseId, stepId: expect.any(String), kind: expect.any(Number), dueAt: expect.anything() });
    expect(next.every((step) => step.kind !== DunningStepKind.UNSPECIFIED)).toBe(true);
  });

  it('a suspended verdict pauses, a rejected one closes the case as uncollectable', async () => {
    const suspended = await dunning.openScreenedCase({ country: 'FR', kind: 'B2C', verdict: ScreeningVerdict.SUSPENDED });
    const rejected = await dunning.openScreenedCase({ country: 'FR', kind: 'B2C', verdict: ScreeningVerdict.REJECTED });

    expect(await dunning.planOf(suspended.caseId)).toMatchObject({ state: 'paused', pauses: [{ kind: 'SCREENING_SUSPENDED' }] });
    expect(await dunning.planOf(rejected.caseId)).toMatchObject({ state: 'closed', outcome: 'UNCOLLECTABLE' });
    expect((await dunning.published(CaseClosedSchema, rejected.caseId))[0]).toMatchObject({ outcome: CaseOutcome.UNCOLLECTABLE });
  });

  it('a dispute pauses the clock and its resolution resumes it; a resolution delivered first leaves the plan running', async () => {
    const { caseId } = await dunning.openScreenedCase({ country: 'NL', kind: 'B2C' });
    await dunning.send('contact-center.interactions.v1', DisputeOpenedSchema, caseId, { caseId, disputeId: 'd-1', summary: 'not delivered' });
    await waitForState(caseId, 'paused');
    expect((await dunning.planOf(caseId)).next).toBeNull();
    await dunning.send('contact-center.interactions.v1', DisputeResolvedSchema, caseId, { caseId, disputeId: 'd-1', resolution: DisputeResolution.CLAIM_UPHELD });
    await waitForState(caseId, 'active');
    expect(await dunning.published(DunningPausedSchema, caseId)).toHaveLength(1);
    expect(await dunning.published(DunningResumedSchema, caseId)).toHaveLength(1);

    const other = await dunning.openScreenedCase({ country: 'NL', kind: 'B2C' });
    await dunning.send('contact-center.interactions.v1', DisputeResolvedSchema, other.caseId, { caseId: other.caseId, disputeId: 'd-2', resolution: DisputeResolution.CLAIM_UPHELD });
    await dunning.send('contact-center.interactions.v1', DisputeOpenedSchema, other.caseId, { caseId: other.caseId, disputeId: 'd-2', summary: 'late' });
    await waitFor('both dispute events applied', async () => Number((await dunning.dataSource.query(`SELECT count(*) FROM inbox_messages WHERE event_type LIKE '%Dispute%'`))[0].count) >= 4);
    expect((await dunning.planOf(other.caseId)).state).toBe('active');
  });

  it('a partial payment keeps the plan going, payment in full closes it, a withdrawal stops it; delivered twice, each counts once', async () => {
    const { caseId } = await dunning.openScreenedCase({ country: 'DE', kind: 'B2B' });
    for (let i = 0; i < 2; i += 1) await dunning.send('payments.ledger.v1', PaymentReceivedSchema, caseId, { caseId, paymentId: 'p-1', amount: { amountMinor: 10_000n, currency: 'EUR' } });
    await waitFor('payment applied', async () => Number((await dunning.dataSource.query(`SELECT count(*) FROM inbox_messages WHERE event_type LIKE '%PaymentReceived'`))[0].count) >= 2);
    expect(await dunning.planOf(caseId)).toMatchObject({ state: 'active' });

    await dunning.send('payments.ledger.v1', CasePaidInFullSchema, caseId, { caseId, finalPaymentId: 'p-2' });
    await waitForState(caseId, 'closed');
    expect((await dunning.published(CaseClosedSchema, caseId))[0]).toMatchObject({ outcome: CaseOutcome.PAID_IN_FULL });

    const withdrawn = await dunning.openScreenedCase({ country: 'ES', kind: 'B2C' });
    await dunning.send('intake.cases.v1', CaseWithdrawnSchema, withdrawn.caseId, { caseId: withdrawn.caseId, reason: 'paid directly' });
    await waitForState(withdrawn.caseId, 'closed');
    await dunning.advanceDays(30);
    expect(await dunning.published(LetterRequestedSchema, withdrawn.caseId)).toEqual([]);
  });

  it('never sends a call outside the debtor\'s contact hours: a step due at night waits for the morning, with the rule recorded', async () => {
    const { caseId } = await dunning.openScreenedCase({ country: 'US', kind: 'B2C' });
    await dunning.advanceDays(60);

    const calls = await dunning.published(CallRequestedSchema, caseId);
    const plan = await dunning.planOf(caseId);
    for (const call of calls) {
      const hour = Number(new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', hour: 'numeric', hourCycle: 'h23' }).format(new Date(Number(call.notBefore!.seconds) * 1000)));
      expect(hour).toBeGreaterThanOrEqual(8);
      expect(hour).toBeLessThan(21);
    }
    expect((plan.sent as unknown[]).length).toBeGreaterThan(0);
  });

  it('a debt mediator linked to the case stops every direct contact with the debtor; an informative third party changes nothing', async () => {
    const { caseId } = await dunning.openScreenedCase({ country: 'BE', kind: 'B2C' });
    await dunning.send('contact-center.interactions.v1', ThirdPartyLinkedSchema, caseId, { caseId, thirdPartyId: 'tp-notary', role: ThirdPartyRole.NOTARY, explanation: 'informative' });
    await dunning.send('contact-center.interactions.v1', ThirdPartyLinkedSchema, caseId, { caseId, thirdPartyId: 'tp-1', role: ThirdPartyRole.DEBT_MEDIATOR, contactThroughThirdPartyOnly: true, explanation: 'all contact through the mediator' });
    await waitForState(caseId, 'paused');
    expect(await dunning.published(DunningPausedSchema, caseId)).toEqual([expect.objectContaining({ reason: PauseReason.THIRD_PARTY, causeId: 'third-party:tp-1' })]);
    const lettersBefore = (await dunning.published(LetterRequestedSchema, caseId)).length;
    await dunning.advanceDays(40);
    expect(await dunning.published(LetterRequestedSchema, caseId)).toHaveLength(lettersBefore);
    expect((await dunning.planOf(caseId)).next).toBeNull();
  });
});
