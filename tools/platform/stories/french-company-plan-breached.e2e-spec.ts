import {
  BalanceComponent, CaseOutcome, ChargeKind, ContactResult, CreditorInstructionKind, PauseReason, PaymentMethod,
  type CallRequested, type CaseClosed, type CasePaidInFull, type ChargesApplied, type ContactOutcomeRecorded, type CreditorApprovalRequested,
  type CreditorInstructed, type DunningPaused, type DunningResumed, type InstalmentMissed, type InstalmentPaid, type LetterRequested, type NotificationSent, type PaymentAllocated,
  type PaymentPlanAgreed, type PaymentReceived, type RemittanceIssued, type SettlementAgreed,
} from '@collections/contracts';
import { testBrokers } from '@collections/testing';
import { Platform, type AgentClient, type CaseSubmission } from '../driver';
import { COMMISSION_BP, onboardCreditor, staffCountry, type OnboardedCreditor } from './support/agency';
import { eventCounts } from './support/event-counts';
import { addDays, advanceToNextStep, advanceUntil, daysBetween, isoDate, startOfWorkingDay } from './support/story-clock';

const total = (balance: { principal?: { amountMinor: bigint }; interest?: { amountMinor: bigint }; costs?: { amountMinor: bigint }; charges?: { amountMinor: bigint } } | undefined) =>
  (balance?.principal?.amountMinor ?? 0n) + (balance?.interest?.amountMinor ?? 0n) + (balance?.costs?.amountMinor ?? 0n) + (balance?.charges?.amountMinor ?? 0n);

/** A French company owing EUR 60,000: above the agency's EUR 50,000 authority, so the creditor decides on a plan. */
function frenchCompanyCase(): CaseSubmission {
  return {
    creditorReference: 'ACIERS-2026-118',
    category: 'B2B',
    currency: 'EUR',
    debtor: {
      kind: 'company',
      legalName: 'Menuiserie Rhône Bâtiment SAS',
      companyNumber: '732 829 320',
      addresses: [{ lines: ['12 rue de la République'], postalCode: '69002', locality: 'Lyon', country: 'FR' }],
      phones: ['+33 4 72 10 20 30'],
      emails: [],
      language: 'fr',
      country: 'FR',
    },
    invoices: [{ number: 'FA-2026-0931', issueDate: '2026-07-15', dueDate: '2026-08-14', principalMinor: 6_000_000, currency: 'EUR' }],
  };
}

/**
 * DESIGN.md §2 steps 4-6 above the authority limit: the agency proposes an instalment plan, the
 * creditor approves it, two instalments are paid (by bank transfer and by card), the next ones are
 * missed and the plan breaks, dunning resumes on its breach track, the debtor settles, and every
 * receipt is remitted within 14 days net of commission.
 */
describe('a French company case above EUR 50,000', () => {
  let platform: Platform;
  let creditor: OnboardedCreditor;
  let agent: AgentClient;

  beforeAll(async () => {
    platform = await Platform.start({ brokers: testBrokers() });
    creditor = await onboardCreditor(platform, 'Aciers du Dauphiné SA', 'tresorerie@aciers-dauphine.example', 'FR');
    agent = await staffCountry(platform, 'FR', 'fr');
    await startOfWorkingDay(platform);
  }, 300_000);

  afterAll(async () => {
    await platform?.stop();
  }, 120_000);

  it('goes through a creditor-approved plan, its breach, resumed dunning and a settlement to the remittance', async () => {
    const opened = await creditor.client.submitCase(frenchCompanyCase());
    const caseId = opened.id;
    const events = <T>(name: string): T[] => platform.events.of<T>(caseId, name).map((event) => event.data);
    await platform.waitUntilQuiet();

    // Screened clear; the first letter (no e-mail address, so its e-mail copy is skipped) and the EUR 40
    // per late invoice a French business owes (C. com. D441-5), charged at once.
    expect(await platform.operator.casePlan(caseId)).toMatchObject({ state: 'active', verdict: 'clear', scenario: { id: 'fr-b2b' } });
    expect(events<LetterRequested>('LetterRequested').map((letter) => letter.templateKey)).toEqual(['fr.b2b.first-reminder']);
    expect(events<ChargesApplied>('ChargesApplied').flatMap((applied) => applied.charges.map((charge) => [charge.kind, charge.amount?.amountMinor]))).toEqual([[ChargeKind.COLLECTION_COSTS, 4_000n]]);

    // The call a week after the first letter: the debtor asks for time to pay.
    while (events('CallRequested').length === 0) await advanceToNextStep(platform, caseId);
    const [call] = events<CallRequested>('CallRequested');
    const task = await agent.nextTask();
    expect(task).toMatchObject({ caseId, kind: 'CALL' });
    await agent.recordOutcome(task!.taskId, { result: 'ASKED_FOR_PLAN', note: 'Cash-flow problem after a lost contract; proposes four payments.', noteForCreditor: true, minutesSpent: 12 });
    await platform.waitUntilQuiet();
    // On the wire an ASKED_FOR_PLAN call is REACHED: the debtor was spoken to, the plan itself follows as its own event.
    expect(events<ContactOutcomeRecorded>('ContactOutcomeRecorded').map((outcome) => [outcome.result, outcome.actionId])).toEqual([[ContactResult.REACHED, call!.actionId]]);
    const ledger = (await platform.operator.caseLedger(caseId)) as { balance: { total: string }; references: Array<{ kind: string; reference: string }> };
    // The plan must add up to the balance the agent sees, which contact-center takes from the call request:
    // the same as payments' ledger, the EUR 40 flat fee dunning charged on day 0 included.
    const balance = total(call!.balance);
    expect(call!.balance).toMatchObject({ principal: { amountMinor: 6_000_000n }, charges: { amountMinor: 4_000n } });
    expect(BigInt(ledger.balance.total)).toBe(balance);

    // Four instalments, the first within the month: above EUR 50,000 the creditor must approve.
    const today = await platform.now();
    const quarter = balance / 4n;
    const instalments = [1, 2, 3, 4].map((number) => ({
      number,
      dueDate: isoDate(addDays(today, 7 + 14 * (number - 1))),
      amount: { amountMinor: String(number === 4 ? balance - 3n * quarter : quarter), currency: 'EUR' },
    }));
    const proposal = (await agent.proposePlan(caseId, instalments, 'Four payments over six weeks; the debtor signed a declaration of its receivables.')) as { status: string; negotiationId: string; approvalRequestId: string };
    await platform.waitUntilQuiet();
    expect(proposal).toMatchObject({ status: 'awaiting_creditor' });
    const [approvalRequest] = events<CreditorApprovalRequested>('CreditorApprovalRequested');
    expect(approvalRequest!.requestId).toBe(proposal.approvalRequestId);
    expect(approvalRequest!.proposal).toMatchObject({ case: 'paymentPlan', value: { instalments: instalments.map((i) => expect.objectContaining({ number: i.number, dueDate: i.dueDate })) } });
    expect(events('PaymentPlanAgreed')).toHaveLength(0);
    expect(await platform.operator.casePlan(caseId)).toMatchObject({ state: 'active' });
    expect(platform.mail.to(creditor.email).map((mail) => mail.subject)).toHaveLength(1);
    const [decision] = await creditor.client.pendingDecisions();
    expect(decision).toMatchObject({ caseId, kind: 'APPROVAL_REQUESTED', requestId: approvalRequest!.requestId, answerWith: ['approve', 'decline'] });

    await creditor.client.instruct(caseId, { kind: 'approve', inReplyTo: approvalRequest!.requestId, note: 'Approved, four payments.' });
    await platform.waitUntilQuiet();
    const [instructed] = events<CreditorInstructed>('CreditorInstructed');
    const [agreed] = events<PaymentPlanAgreed>('PaymentPlanAgreed');
    expect(instructed).toMatchObject({ kind: CreditorInstructionKind.APPROVE, inReplyTo: approvalRequest!.requestId });
    expect(agreed).toMatchObject({ approvalRequestId: approvalRequest!.requestId, planId: proposal.negotiationId });
    expect(agreed!.instalments.map((i) => [i.number, i.dueDate, i.amount?.amountMinor])).toEqual(instalments.map((i) => [i.number, i.dueDate, BigInt(i.amount.amountMinor)]));
    expect(events<DunningPaused>('DunningPaused')).toEqual([expect.objectContaining({ reason: PauseReason.PAYMENT_ARRANGEMENT, causeId: agreed!.planId })]);
    expect(await platform.operator.casePlan(caseId)).toMatchObject({ state: 'paused', pauses: [{ kind: 'PAYMENT_ARRANGEMENT' }] });
    expect(await creditor.client.pendingDecisions()).toEqual([]);

    // Instalment 1 by bank transfer with the case's RF reference, instalment 2 by card, each on its due date.
    const rf = ledger.references.find((reference) => reference.kind === 'RF')!.reference;
    await platform.advanceClockTo(new Date(`${instalments[0]!.dueDate}T09:00:00Z`));
    await platform.bank.notifyCredits([{ amountMinor: quarter, currency: 'EUR', valueDate: instalments[0]!.dueDate, structuredReference: rf }]);
    await platform.waitUntilQuiet();
    await platform.advanceClockTo(new Date(`${instalments[1]!.dueDate}T09:00:00Z`));
    await platform.gateway.capture({ caseId, amountMinor: quarter, currency: 'EUR', paidAt: (await platform.now()).toISOString() });
    await platform.waitUntilQuiet();
    const received = events<PaymentReceived>('PaymentReceived');
    expect(received.map((r) => [r.method, r.amount?.amountMinor, r.valueDate])).toEqual([
      [PaymentMethod.BANK_TRANSFER, quarter, instalments[0]!.dueDate],
      [PaymentMethod.CARD, quarter, instalments[1]!.dueDate],
    ]);
    expect(received[0]!.payerReference).toBe(rf);
    // The first receipt pays the EUR 40 fee before principal (French allocation order: costs first).
    const allocated = events<PaymentAllocated>('PaymentAllocated');
    expect(allocated.map((a) => a.allocations.map((part) => [part.component, part.amount?.amountMinor]))).toEqual([
      [[BalanceComponent.CHARGES, 4_000n], [BalanceComponent.PRINCIPAL, quarter - 4_000n]],
      [[BalanceComponent.PRINCIPAL, quarter]],
    ]);
    expect(total(allocated[1]!.remaining)).toBe(6_004_000n - 2n * quarter);
    expect(events('InstalmentMissed')).toEqual([]);
    expect(events<InstalmentPaid>('InstalmentPaid').map((paid) => [paid.instalment?.number, paid.paidOn, paid.instalmentsLeft])).toEqual([
      [1, instalments[0]!.dueDate, instalments.length - 1], [2, instalments[1]!.dueDate, instalments.length - 2],
    ]);

    // Payments' daily run looks at its own day only, so the clock stops on the day instalment 2 falls due for
    // remittance (its value date + 14) rather than jump over it, as a day-by-day calendar would.
    await platform.advanceClockTo(new Date(`${isoDate(addDays(new Date(instalments[1]!.dueDate), 14))}T09:00:00Z`));
    // Instalment 3 missed (reported 5 days after its due date): one miss does not break a plan.
    await platform.advanceClockTo(new Date(`${isoDate(addDays(new Date(instalments[2]!.dueDate), 6))}T09:00:00Z`));
    expect(events<InstalmentMissed>('InstalmentMissed').map((m) => [m.instalment?.number, m.paid?.amountMinor, m.planBroken])).toEqual([[3, 0n, false]]);
    expect(await platform.operator.casePlan(caseId)).toMatchObject({ state: 'paused', breachTrack: false });
    // Instalment 4 missed too: the second miss breaks it, and dunning resumes on its plan-breach track.
    await platform.advanceClockTo(new Date(`${isoDate(addDays(new Date(instalments[3]!.dueDate), 6))}T09:00:00Z`));
    expect(events<InstalmentMissed>('InstalmentMissed').map((m) => [m.instalment?.number, m.planBroken])).toEqual([[3, false], [4, true]]);
    expect(await platform.operator.casePlan(caseId)).toMatchObject({ state: 'active', breachTrack: true, pauses: [] });
    expect(events<DunningResumed>('DunningResumed').map((resumed) => resumed.endedPause)).toEqual([PauseReason.PAYMENT_ARRANGEMENT]);
    // The breach letter is due at once, within French sending hours on a working day: on a weekday the
    // timer has sent it by now, on a weekend it waits for Monday. Either way it is the track's first step.
    const breachLetterSent = () => events<LetterRequested>('LetterRequested').some((letter) => letter.step === 'plan-breach-letter');
    if (!breachLetterSent()) expect(await advanceToNextStep(platform, caseId)).toBe('plan-breach-letter');
    expect(breachLetterSent()).toBe(true);
    const breachLetter = events<LetterRequested>('LetterRequested').find((letter) => letter.step === 'plan-breach-letter');
    expect(breachLetter).toMatchObject({ templateKey: 'fr.b2b.plan-breach-letter' });
    // Dunning takes both payments off the balance as payments allocated them (the fee first, then principal).
    expect(total(breachLetter!.balance)).toBe(balance - 2n * quarter);
    expect(events<NotificationSent>('NotificationSent').map((sent) => sent.actionId)).toContain(breachLetter!.actionId);

    // The debtor settles for less: now below EUR 50,000, the agency agrees on its own.
    const left = BigInt(((await platform.operator.caseLedger(caseId)) as { balance: { total: string } }).balance.total);
    const settlement = (left * 8n) / 10n;
    const payBy = isoDate(addDays(await platform.now(), 7));
    const settled = (await agent.proposeSettlement(caseId, { amountMinor: String(settlement), currency: 'EUR' }, payBy, 'Full and final: the debtor borrows from its bank.')) as { status: string; negotiationId: string };
    await platform.waitUntilQuiet();
    expect(settled).toMatchObject({ status: 'agreed' });
    const [agreedSettlement] = events<SettlementAgreed>('SettlementAgreed');
    expect(agreedSettlement).toMatchObject({ settlementId: settled.negotiationId, payBy, approvalRequestId: '', amount: expect.objectContaining({ amountMinor: settlement }) });
    expect(events('CreditorApprovalRequested')).toHaveLength(1);
    expect(await platform.operator.casePlan(caseId)).toMatchObject({ state: 'paused', pauses: [{ kind: 'PAYMENT_ARRANGEMENT', until: payBy }] });
    await platform.advanceClock('2d');
    const settledOn = isoDate(await platform.now());
    await platform.bank.notifyCredits([{ amountMinor: settlement, currency: 'EUR', valueDate: settledOn, structuredReference: rf }]);
    await platform.waitUntilQuiet();
    // Settled: the rest is written off and the case ends with everything collected.
    const [paidInFull] = events<CasePaidInFull>('CasePaidInFull');
    expect(paidInFull).toMatchObject({ totalCollected: expect.objectContaining({ amountMinor: 2n * quarter + settlement }), settlementId: settled.negotiationId });
    expect(events<CaseClosed>('CaseClosed').map((closed) => closed.outcome)).toEqual([CaseOutcome.SETTLED]);
    expect(await platform.operator.casePlan(caseId)).toMatchObject({ state: 'closed', outcome: 'SETTLED' });
    expect(await platform.operator.caseLedger(caseId)).toMatchObject({ balance: { total: '0' } });

    // Every receipt remitted within 14 days of its value date, less 15 % commission.
    const remitted = () => platform.events.of<RemittanceIssued>(creditor.client.creditorId, 'RemittanceIssued').flatMap((event) => event.data.lines.filter((line) => line.caseId === caseId).map((line) => ({ line, paidOn: event.data.paidOn })));
    await platform.advanceClockTo(new Date(`${isoDate(addDays(new Date(settledOn), 12))}T09:00:00Z`));
    await advanceUntil(platform, 'every receipt remitted', () => remitted().length === 3, { maxSteps: 4 });
    const receipts = events<PaymentReceived>('PaymentReceived');
    expect(receipts).toHaveLength(3);
    for (const { line, paidOn } of remitted()) {
      const receipt = receipts.find((r) => r.paymentId === line.paymentId)!;
      const commission = (receipt.amount!.amountMinor * BigInt(COMMISSION_BP)) / 10_000n;
      expect([line.collected?.amountMinor, line.commission?.amountMinor, line.paidOut?.amountMinor]).toEqual([receipt.amount!.amountMinor, commission, receipt.amount!.amountMinor - commission]);
      expect(daysBetween(receipt.valueDate, paidOn)).toBeLessThanOrEqual(14);
    }
    expect((await creditor.client.case(caseId)).progress).toMatchObject({ balanceMinor: 0, collectedMinor: Number(2n * quarter + settlement) });

    expect(eventCounts(platform, caseId)).toEqual({
      CaseOpened: 1, DebtorScreened: 1, NextStepScheduled: 6, LetterRequested: 2, ChargesApplied: 1, NotificationSent: 6, CallRequested: 1, ContactOutcomeRecorded: 1,
      CreditorApprovalRequested: 1, CreditorInstructed: 1, PaymentPlanAgreed: 1, DunningPaused: 2, DunningResumed: 1, PaymentReceived: 3, PaymentAllocated: 3, InstalmentPaid: 2, InstalmentMissed: 2,
      SettlementAgreed: 1, CasePaidInFull: 1, CaseClosed: 1,
    });
    const timeline = (await creditor.client.timeline(caseId)).map((entry) => entry.kind);
    for (const kind of ['SCREENED', 'CHARGES_APPLIED', 'LETTER_SENT', 'CALL', 'APPROVAL_REQUESTED', 'PLAN_AGREED', 'DUNNING_PAUSED', 'PAYMENT_RECEIVED', 'INSTALMENT_PAID', 'INSTALMENT_MISSED', 'SETTLEMENT_AGREED', 'PAID_IN_FULL', 'CASE_CLOSED', 'REMITTED']) {
      expect(timeline).toContain(kind);
    }
    expect(timeline.filter((kind) => kind === 'REMITTED')).toHaveLength(3);
    expect(timeline.indexOf('APPROVAL_REQUESTED')).toBeLessThan(timeline.indexOf('PLAN_AGREED'));
    expect(timeline.lastIndexOf('INSTALMENT_MISSED')).toBeLessThan(timeline.indexOf('SETTLEMENT_AGREED'));
  }, 900_000);
});
