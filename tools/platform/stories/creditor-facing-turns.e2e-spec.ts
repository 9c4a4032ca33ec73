import {
  ChargeKind, ClosureReason, DisputeGround, FeeKind, InformationTopic, PauseReason, PaymentMethod, ScreeningReason, ScreeningVerdict,
  type CallRequested, type ChargesApplied, type ClosureRecommended, type DebtorScreened, type DirectPaymentReported, type DisputeOpened, type DunningPaused,
  type FeeInvoiced, type InformationRequested, type PaymentAllocated, type PaymentReceived,
} from '@collections/contracts';
import { testBrokers } from '@collections/testing';
import { Platform, type AgentClient } from '../driver';
import { onboardCreditor, staffCountry } from './support/agency';
import { belgianConsumerCase } from './support/belgian-debtor';
import { eventCounts } from './support/event-counts';
import { addDays, advanceToNextStep, advanceUntil, isoDate, startOfWorkingDay } from './support/story-clock';

const CONTACT_EVENTS = ['LetterRequested', 'MessageRequested', 'CallRequested', 'VisitRequested'];

/**
 * Three turns a case can take that the creditor must hear about (DESIGN.md §2 steps 2, 4, 5): a debtor
 * in collective debt settlement, a payment made to the creditor directly, and a dispute the creditor
 * does not document in time. One platform for the three; each story has its own creditor and cases.
 */
describe('cases the creditor is told about', () => {
  let platform: Platform;
  let agent: AgentClient;

  beforeAll(async () => {
    platform = await Platform.start({ brokers: testBrokers() });
    agent = await staffCountry(platform, 'BE', 'fr');
  }, 300_000);

  // Each story opens its case at 09:00 UTC on a working day, whatever day the one before ended on:
  // a letter is only sent on a working day, so a case opened on a Saturday waits for Monday.
  beforeEach(async () => {
    await startOfWorkingDay(platform);
  }, 120_000);

  afterAll(async () => {
    await platform?.stop();
  }, 120_000);

  const eventsOf = <T>(key: string, name: string): T[] => platform.events.of<T>(key, name).map((event) => event.data);

  it('never contacts a debtor in collective debt settlement, and tells the creditor why', async () => {
    const creditor = await onboardCreditor(platform, 'Brico Wallonie SRL', 'credit@brico.example');
    await platform.registers.importRows('BE.central-individual-debt-register', 'situations', [{
      entry_id: 'RCD-2026-04417', action: 'add', subject_type: 'person', country: 'BE', national_id: '90.02.14-123.03', given_names: 'Luc', family_name: 'Peeters',
      birth_date: '1990-02-14', postal_code: '1000', situation: 'COLLECTIVE_DEBT_SETTLEMENT', effective_from: '2026-03-01', reference: 'Trib. trav. Bruxelles 26/0417', contact: 'Me A. Lambert, médiatrice de dettes',
    }]);
    const opened = await creditor.client.submitCase(belgianConsumerCase('BRICO-7781', 62_000, { givenNames: 'Luc', familyName: 'Peeters', birthDate: '1990-02-14', nationalId: '90.02.14-123.03' }));
    const caseId = opened.id;
    await platform.waitUntilQuiet();

    // Screened: suspended, because of the register entry, with whom to deal instead.
    const [screened] = eventsOf<DebtorScreened>(caseId, 'DebtorScreened');
    expect(screened!.verdict).toBe(ScreeningVerdict.SUSPENDED);
    expect(screened!.findings).toEqual([expect.objectContaining({ reason: ScreeningReason.COLLECTIVE_DEBT_SETTLEMENT, source: 'BE.central-individual-debt-register', since: '2026-03-01' })]);
    expect(screened!.findings[0]!.detail).toContain('debt mediator');
    const [paused] = eventsOf<DunningPaused>(caseId, 'DunningPaused');
    expect(paused).toMatchObject({ reason: PauseReason.SCREENING_SUSPENDED });
    expect(await platform.operator.casePlan(caseId)).toMatchObject({ state: 'paused', verdict: 'suspended', sent: [], next: null, pauses: [{ kind: 'SCREENING_SUSPENDED' }] });

    // Two months on: not one letter, message, call or visit, and nothing else happened to the case.
    await platform.advanceClock('60d');
    expect(platform.events.of(caseId).filter((event) => CONTACT_EVENTS.includes(event.name))).toEqual([]);
    expect(eventCounts(platform, caseId)).toEqual({ CaseOpened: 1, DebtorScreened: 1, DunningPaused: 1 });
    expect(await agent.nextTask()).toBeUndefined();
    expect(await platform.operator.casePlan(caseId)).toMatchObject({ state: 'paused', sent: [] });

    // The creditor reads why on the case: the verdict, the register, and the mediator to declare the claim to.
    const timeline = await creditor.client.timeline(caseId);
    expect(timeline.map((entry) => entry.kind)).toEqual(['SCREENED', 'DUNNING_PAUSED']);
    expect(timeline[0]!.details).toMatchObject({
      verdict: 'SCREENING_VERDICT_SUSPENDED',
      findings: [expect.objectContaining({ reason: 'SCREENING_REASON_COLLECTIVE_DEBT_SETTLEMENT', source: 'BE.central-individual-debt-register', detail: expect.stringContaining('Me A. Lambert') })],
    });
    expect(timeline[1]!.details).toMatchObject({ reason: 'PAUSE_REASON_SCREENING_SUSPENDED' });
    // The creditor's view of the case is only its own data: no contact details screening found.
    expect(JSON.stringify(timeline)).not.toContain('+3225551234');
    expect((await creditor.client.case(caseId)).progress).toMatchObject({ collectedMinor: 0, lastActivity: 'DUNNING_PAUSED', nextAction: { kind: 'PAUSED' } });
  }, 300_000);

  it('takes a direct payment off the balance, dunns for the rest, and invoices the commission', async () => {
    const creditor = await onboardCreditor(platform, 'Ateliers Meuse SA', 'compta@meuse.example');
    const principal = 40_000;
    const opened = await creditor.client.submitCase(belgianConsumerCase('MEUSE-0042', principal, { givenNames: 'Sophie', familyName: 'Lemaire', birthDate: '1978-11-03', nationalId: '78.11.03-282.82' }));
    const caseId = opened.id;
    await platform.waitUntilQuiet();
    expect(eventsOf(caseId, 'LetterRequested')).toHaveLength(1);

    await platform.advanceClock('1d');
    const receivedOn = isoDate(addDays(await platform.now(), -1));
    const report = await creditor.client.reportDirectPayment(caseId, { amountMinor: 15_000, currency: 'EUR', receivedOn, reference: 'MEUSE-BANK-0042-1' });
    await platform.waitUntilQuiet();
    expect(report).toMatchObject({ amountMinor: 15_000, reportedLate: false });

    // Payments books it as paid to the creditor: the balance falls by the amount, no cash to remit.
    const [reported] = eventsOf<DirectPaymentReported>(caseId, 'DirectPaymentReported');
    expect(reported).toMatchObject({ reference: 'MEUSE-BANK-0042-1', receivedOn, amount: { amountMinor: 15_000n, currency: 'EUR' } });
    const [received] = eventsOf<PaymentReceived>(caseId, 'PaymentReceived');
    expect(received).toMatchObject({ method: PaymentMethod.PAID_TO_CREDITOR, valueDate: receivedOn, amount: { amountMinor: 15_000n } });
    const [allocated] = eventsOf<PaymentAllocated>(caseId, 'PaymentAllocated');
    expect(allocated!.paymentId).toBe(received!.paymentId);
    expect(allocated!.remaining?.principal?.amountMinor).toBe(BigInt(principal - 15_000));
    expect(await platform.operator.caseLedger(caseId)).toMatchObject({ balance: { total: String(principal - 15_000) }, owedToCreditor: '0', receipts: [{ method: 'PAID_TO_CREDITOR', state: 'allocated', lateReport: false }] });
    expect((await creditor.client.case(caseId)).progress).toMatchObject({ balanceMinor: principal - 15_000, collectedMinor: 15_000 });

    // The agency's commission on it is invoiced with the month's fees (15 % of 150.00, VAT on top).
    const now = await platform.now();
    await platform.advanceClockTo(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1, 9)));
    const invoices = () => eventsOf<FeeInvoiced>(creditor.client.creditorId, 'FeeInvoiced');
    await advanceUntil(platform, 'the fee invoice', () => invoices().length > 0, { maxSteps: 5 });
    const [invoice] = invoices();
    expect(invoice!.lines).toEqual([expect.objectContaining({ kind: FeeKind.COMMISSION, caseId, amount: expect.objectContaining({ amountMinor: 2_250n }) })]);
    expect(invoice!.total?.amountMinor).toBe(2_250n);
    expect(invoice!.invoiceDocument?.contentType).toBe('application/pdf');
    const [stored] = (await platform.operator.invoices(creditor.client.creditorId)) as Array<{ invoiceId: string; invoice: { invoiceNumber: string; net: { amountMinor: string }; gross: { amountMinor: string }; tax: { rateBp: number } } }>;
    expect([stored!.invoiceId, stored!.invoice.invoiceNumber]).toEqual([invoice!.invoiceId, invoice!.invoiceNumber]);
    expect([stored!.invoice.net.amountMinor, stored!.invoice.tax.rateBp, stored!.invoice.gross.amountMinor]).toEqual(['2250', 2_100, '2723']);

    // Dunning goes on for what is left: the call asks for the reduced balance, and the damages are on it.
    while (eventsOf(caseId, 'CallRequested').length === 0) await advanceToNextStep(platform, caseId);
    const [call] = eventsOf<CallRequested>(caseId, 'CallRequested');
    expect(call!.balance?.principal?.amountMinor).toBe(BigInt(principal - 15_000));
    const damages = eventsOf<ChargesApplied>(caseId, 'ChargesApplied').flatMap((applied) => applied.charges.map((charge) => [charge.kind, charge.amount?.amountMinor]));
    // Belgian damages on what is left, 250.00: 30 + 10 % of the part above 150 (on the 400.00 first owed it would be 55.00).
    expect(damages).toEqual([[ChargeKind.DAMAGES, 4_000n]]);
    expect(eventCounts(platform, caseId)).toEqual({
      CaseOpened: 1, DebtorScreened: 1, NextStepScheduled: 5, LetterRequested: 1, NotificationSent: 1, DirectPaymentReported: 1, PaymentReceived: 1, PaymentAllocated: 1, CallRequested: 1, ChargesApplied: 1,
    });
    expect((await creditor.client.timeline(caseId)).map((entry) => entry.kind)).toEqual(['SCREENED', 'LETTER_SENT', 'PAYMENT_RECEIVED', 'PAYMENT_ALLOCATED', 'FEE_INVOICED', 'CHARGES_APPLIED']);
  }, 300_000);

  it('pauses for a dispute, asks the creditor for documents, and recommends closure when none come by the deadline', async () => {
    const creditor = await onboardCreditor(platform, 'Clinique Dentaire Sablon SRL', 'admin@sablon.example');
    const opened = await creditor.client.submitCase(belgianConsumerCase('SABLON-311', 48_000, { givenNames: 'Karim', familyName: 'Haddad', birthDate: '1982-05-21', nationalId: '82.05.21-247.07' }));
    const caseId = opened.id;
    await platform.waitUntilQuiet();

    const dispute = await agent.openDispute(caseId, { ground: 'DEFECTIVE_GOODS_OR_SERVICE', summary: 'Says the crown was never fitted.' });
    await platform.waitUntilQuiet();

    // Dunning pauses for the dispute.
    expect(eventsOf<DisputeOpened>(caseId, 'DisputeOpened')).toEqual([expect.objectContaining({ disputeId: dispute.disputeId, ground: DisputeGround.DEFECTIVE_GOODS_OR_SERVICE })]);
    expect(eventsOf<DunningPaused>(caseId, 'DunningPaused')).toEqual([expect.objectContaining({ reason: PauseReason.DISPUTE, causeId: dispute.disputeId })]);
    expect(await platform.operator.casePlan(caseId)).toMatchObject({ state: 'paused', pauses: [{ kind: 'DISPUTE', causeId: dispute.disputeId }] });

    // The consultant asks the creditor for the documents behind the claim, within two weeks.
    const answerBy = isoDate(addDays(await platform.now(), 14));
    const request = (await agent.requestDocuments(dispute.disputeId, 'Please send the treatment record and the signed quote.', answerBy)) as { requestId: string };
    await platform.waitUntilQuiet();
    expect(eventsOf<InformationRequested>(caseId, 'InformationRequested')).toEqual([
      expect.objectContaining({ requestId: request.requestId, disputeId: dispute.disputeId, topic: InformationTopic.SUPPORTING_DOCUMENTS, answerBy }),
    ]);
    expect(await creditor.client.pendingDecisions()).toEqual([expect.objectContaining({ caseId, kind: 'INFORMATION_REQUESTED', requestId: request.requestId, answerBy, answerWith: ['provide_information'] })]);
    expect(platform.mail.to(creditor.email).map((mail) => mail.subject)).toEqual([expect.stringMatching(/^Information needed/)]);
    expect(await platform.operator.casePlan(caseId)).toMatchObject({ state: 'paused', pauses: [{ kind: 'DISPUTE' }, { kind: 'AWAITING_CREDITOR', until: answerBy, causeId: request.requestId }] });

    // Two days before the deadline the creditor is reminded (one jump past both would let the reminder
    // and the recommendation race each other to the mailbox).
    await platform.advanceClockTo(addDays(new Date(`${answerBy}T09:00:00Z`), -2));
    expect(platform.mail.to(creditor.email).map((mail) => mail.subject)).toEqual([expect.stringMatching(/^Information needed/), expect.stringMatching(/^Reminder: Information needed/)]);
    expect(eventsOf<ClosureRecommended>(caseId, 'ClosureRecommended')).toEqual([]);

    // No answer by the deadline: dunning recommends closing the case.
    await platform.advanceClockTo(addDays(new Date(`${answerBy}T09:00:00Z`), 1));
    const [recommendation] = eventsOf<ClosureRecommended>(caseId, 'ClosureRecommended');
    expect(recommendation).toMatchObject({ reason: ClosureReason.CREDITOR_UNRESPONSIVE, balance: expect.objectContaining({ principal: expect.objectContaining({ amountMinor: 48_000n }) }) });
    expect(recommendation!.explanation).toMatch(/did not answer/);
    const decisions = await creditor.client.pendingDecisions();
    expect(decisions.find((decision) => decision.kind === 'CLOSURE_RECOMMENDED')).toMatchObject({
      caseId, requestId: recommendation!.recommendationId, answerWith: ['accept_closure', 'continue_collection'], actionsTaken: { LETTER_SENT: 1, DISPUTE_OPENED: 1, INFORMATION_REQUESTED: 1 },
    });
    expect(platform.mail.to(creditor.email).map((mail) => mail.subject)).toEqual([expect.stringMatching(/^Information needed/), expect.stringMatching(/^Reminder: Information needed/), expect.stringMatching(/^Our recommendation/)]);
    expect(await platform.operator.casePlan(caseId)).toMatchObject({ state: 'paused', next: null, pauses: [{ kind: 'DISPUTE' }, { kind: 'AWAITING_CREDITOR', causeId: recommendation!.recommendationId }] });

    // Nothing reached the debtor after the first letter; the creditor saw each turn.
    expect(platform.events.of(caseId).filter((event) => CONTACT_EVENTS.includes(event.name))).toHaveLength(1);
    expect(eventCounts(platform, caseId)).toEqual({
      CaseOpened: 1, DebtorScreened: 1, NextStepScheduled: 2, LetterRequested: 1, NotificationSent: 4, DisputeOpened: 1, DunningPaused: 2, InformationRequested: 1, ClosureRecommended: 1,
    });
    // (A creditor e-mail and the event it reports on may be recorded in either order.)
    const timeline = (await creditor.client.timeline(caseId)).map((entry) => entry.kind);
    expect(timeline.filter((kind) => kind !== 'CREDITOR_NOTIFIED')).toEqual(['SCREENED', 'LETTER_SENT', 'DISPUTE_OPENED', 'DUNNING_PAUSED', 'INFORMATION_REQUESTED', 'DUNNING_PAUSED', 'CLOSURE_RECOMMENDED']);
    expect(timeline.filter((kind) => kind === 'CREDITOR_NOTIFIED')).toHaveLength(3);
  }, 300_000);
});
