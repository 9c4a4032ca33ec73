import {
  CaseOutcome, ChargeKind, ContactChannel, ContactResult, ScreeningVerdict,
  type CallRequested, type CaseClosed, type ChargesApplied, type DunningPaused, type CasePaidInFull, type ContactOutcomeRecorded, type DebtorScreened,
  type LetterRequested, type NotificationSent, type PaymentAllocated, type PaymentReceived, type RemittanceIssued,
} from '@collections/contracts';
import { testBrokers } from '@collections/testing';
import { Platform, type AgentClient } from '../driver';
import { COMMISSION_BP, onboardCreditor, staffCountry, type OnboardedCreditor } from './support/agency';
import { belgianConsumerCase } from './support/belgian-debtor';
import { eventCounts } from './support/event-counts';
import { addDays, advanceToNextStep, advanceUntil, daysBetween, isoDate, startOfWorkingDay } from './support/story-clock';

/**
 * DESIGN.md §2, the main job, for one Belgian consumer: screened clear, the first reminder letter, a
 * call, the formal notice, a promise to pay that is kept, paid in full, and the money remitted to the
 * creditor within 14 days less the agency's commission. Every event the case passes through is read
 * back from Kafka, and every state from the services' public APIs.
 */
describe('a Belgian consumer case, from the first letter to the remittance', () => {
  let platform: Platform;
  let creditor: OnboardedCreditor;
  let agent: AgentClient;

  beforeAll(async () => {
    platform = await Platform.start({ brokers: testBrokers() });
    creditor = await onboardCreditor(platform, 'Lumière Énergie SA', 'receivables@lumiere.example');
    agent = await staffCountry(platform, 'BE', 'fr');
    await startOfWorkingDay(platform);
  }, 300_000);

  afterAll(async () => {
    await platform?.stop();
  }, 120_000);

  it('is screened clear, dunned by letter, call and formal notice, paid in full after a promise, and remitted net of commission', async () => {
    const principal = 30_000;
    const opened = await creditor.client.submitCase(belgianConsumerCase('LUM-2026-0001', principal, { givenNames: 'Marie', familyName: 'Dubois', birthDate: '1985-07-30', nationalId: '85.07.30-033.28' }));
    const caseId = opened.id;
    expect(opened).toMatchObject({ state: 'open', claimedMinor: principal, needsManualAssignment: false });
    await platform.waitUntilQuiet();
    const events = <T>(name: string): T[] => platform.events.of<T>(caseId, name).map((event) => event.data);

    // Screening: clear, by letter and phone (no e-mail given, a landline is no SMS number).
    const [screened] = events<DebtorScreened>('DebtorScreened');
    expect(screened!.verdict).toBe(ScreeningVerdict.CLEAR);
    expect(screened!.usableChannels).toEqual([ContactChannel.LETTER, ContactChannel.PHONE]);
    expect(await platform.operator.casePlan(caseId)).toMatchObject({ state: 'active', verdict: 'clear', scenario: { id: 'be-b2c-small' } });

    // The first reminder (free in Belgium: no charge with it), printed and stored for the creditor.
    const [firstLetter] = events<LetterRequested>('LetterRequested');
    expect(firstLetter!).toMatchObject({ step: 'first-reminder', templateKey: 'be.b2c.first-reminder' });
    expect(firstLetter!.balance?.principal?.amountMinor).toBe(BigInt(principal));
    const [letterSent] = events<NotificationSent>('NotificationSent');
    expect(letterSent!).toMatchObject({ actionId: firstLetter!.actionId, channel: ContactChannel.LETTER, templateKey: 'be.b2c.first-reminder' });
    expect(letterSent!.document?.contentType).toBe('application/pdf');
    expect(eventCounts(platform, caseId)).toEqual({ CaseOpened: 1, DebtorScreened: 1, NextStepScheduled: 2, LetterRequested: 1, NotificationSent: 1 });
    expect((await creditor.client.case(caseId)).progress).toMatchObject({ lastActivity: 'LETTER_SENT', collectedMinor: 0 });

    // Day 20 the SMS and e-mail reminders are skipped (no channel); the call follows a week later.
    await advanceUntil(platform, 'the phone follow-up', () => events('CallRequested').length > 0);
    const [call] = events<CallRequested>('CallRequested');
    expect(call!).toMatchObject({ step: 'phone-follow-up', phones: ['+3225551234'] });
    const task = await agent.nextTask();
    expect(task).toMatchObject({ caseId, kind: 'CALL' });
    await agent.recordOutcome(task!.taskId, { result: 'REACHED', note: 'Acknowledges the invoice; cannot pay this month.', noteForCreditor: true, minutesSpent: 5 });
    await platform.waitUntilQuiet();
    const [reached] = events<ContactOutcomeRecorded>('ContactOutcomeRecorded');
    expect(reached!).toMatchObject({ actionId: call!.actionId, result: ContactResult.REACHED });

    // The formal notice, two weeks on.
    expect(await advanceToNextStep(platform, caseId)).toBe('formal-notice');
    const notice = events<LetterRequested>('LetterRequested').find((letter) => letter.step === 'formal-notice')!;
    expect(notice.templateKey).toBe('be.b2c.formal-notice');
    expect(events<NotificationSent>('NotificationSent').map((sent) => sent.actionId)).toContain(notice.actionId);

    // The debtor calls back and promises to pay the whole balance within the week: dunning waits.
    const ledger = (await platform.operator.caseLedger(caseId)) as { balance: { total: string }; references: Array<{ kind: string; printed: string }> };
    const balance = BigInt(ledger.balance.total);
    expect(balance).toBeGreaterThanOrEqual(BigInt(principal));
    const promisedBy = isoDate(addDays(await platform.now(), 5));
    await agent.recordInboundContact(caseId, { result: 'PROMISE_TO_PAY', promise: { amount: { amountMinor: String(balance), currency: 'EUR' }, payBy: promisedBy }, minutesSpent: 4 });
    await platform.waitUntilQuiet();
    const promise = events<ContactOutcomeRecorded>('ContactOutcomeRecorded').at(-1)!;
    expect(promise.result).toBe(ContactResult.PROMISE_TO_PAY);
    expect(await platform.operator.casePlan(caseId)).toMatchObject({ state: 'paused', pauses: [{ kind: 'PROMISE_TO_PAY', until: isoDate(addDays(new Date(promisedBy), 3)) }] });
    expect(events<DunningPaused>('DunningPaused')).toHaveLength(1);

    // Kept: the debtor pays the balance by card two days later.
    await platform.advanceClock('2d');
    const paidAt = await platform.now();
    await platform.gateway.capture({ caseId, amountMinor: balance, currency: 'EUR', paidAt: paidAt.toISOString() });
    await platform.waitUntilQuiet();
    const [received] = events<PaymentReceived>('PaymentReceived');
    expect(received!.amount?.amountMinor).toBe(balance);
    const [allocated] = events<PaymentAllocated>('PaymentAllocated');
    expect(allocated!.remaining?.principal?.amountMinor ?? 0n).toBe(0n);
    const [paidInFull] = events<CasePaidInFull>('CasePaidInFull');
    expect(paidInFull!.totalCollected?.amountMinor).toBe(balance);
    const [closed] = events<CaseClosed>('CaseClosed');
    expect(closed!.outcome).toBe(CaseOutcome.PAID_IN_FULL);
    expect(await platform.operator.casePlan(caseId)).toMatchObject({ state: 'closed' });
    // (progress.outcome reads CLOSED: intake's projection lets the CaseClosed that follows overwrite PAID_IN_FULL.)
    expect((await creditor.client.case(caseId)).progress).toMatchObject({ balanceMinor: 0, collectedMinor: Number(balance) });

    // Remitted within 14 days of receipt, less 15 % commission.
    const remittances = () => platform.events.of<RemittanceIssued>(creditor.client.creditorId, 'RemittanceIssued').map((event) => event.data).filter((r) => r.lines.some((line) => line.caseId === caseId));
    // The daily run pays each receipt on the last business day before its 14-day deadline.
    await platform.advanceClock('10d');
    await advanceUntil(platform, 'the remittance', () => remittances().length > 0, { maxSteps: 5 });
    const [remittance] = remittances();
    const line = remittance!.lines.find((l) => l.caseId === caseId)!;
    const commission = (balance * BigInt(COMMISSION_BP)) / 10_000n;
    expect(line.collected?.amountMinor).toBe(balance);
    expect(line.commission?.amountMinor).toBe(commission);
    expect(line.paidOut?.amountMinor).toBe(balance - commission - (line.costs?.amountMinor ?? 0n));
    expect(daysBetween(isoDate(paidAt), remittance!.paidOn)).toBeLessThanOrEqual(14);
    expect((await creditor.client.case(caseId)).progress).toMatchObject({ remittedMinor: Number(line.paidOut!.amountMinor) });
    expect(await platform.operator.caseLedger(caseId)).toMatchObject({ balance: { total: '0' }, owedToCreditor: '0', commission: String(commission) });

    // Belgian damages (Book XIX): after the 14-day wait, 20 EUR + 10 % of the balance above 150 EUR, applied once.
    expect(events<ChargesApplied>('ChargesApplied').flatMap((applied) => applied.charges.map((charge) => [charge.kind, charge.amount?.amountMinor]))).toEqual([[ChargeKind.DAMAGES, 4_500n]]);
    expect(balance).toBe(BigInt(principal) + 4_500n);
    // Everything the case went through, once each (the statement e-mail to the creditor is the third NotificationSent).
    expect(eventCounts(platform, caseId)).toEqual({
      CaseOpened: 1, DebtorScreened: 1, NextStepScheduled: 6, LetterRequested: 2, NotificationSent: 3, CallRequested: 1, ChargesApplied: 1,
      ContactOutcomeRecorded: 2, CaseEscalated: 1, DunningPaused: 1, PaymentReceived: 1, PaymentAllocated: 1, CasePaidInFull: 1, CaseClosed: 1,
    });
    expect(platform.mail.to(creditor.email).length).toBeGreaterThanOrEqual(1);
    // What the creditor saw, as it happened.
    const timeline = (await creditor.client.timeline(caseId)).map((entry) => entry.kind);
    expect([...timeline].sort()).toEqual(
      ['SCREENED', 'LETTER_SENT', 'CHARGES_APPLIED', 'CALL', 'ESCALATED', 'LETTER_SENT', 'CALL', 'DUNNING_PAUSED', 'PAYMENT_RECEIVED', 'PAYMENT_ALLOCATED', 'PAID_IN_FULL', 'CASE_CLOSED', 'REMITTED', 'CREDITOR_NOTIFIED'].sort(),
    );
    expect(timeline.slice(0, 2)).toEqual(['SCREENED', 'LETTER_SENT']);
    expect(timeline.indexOf('PAID_IN_FULL')).toBeLessThan(timeline.indexOf('REMITTED'));
  }, 600_000);
});
