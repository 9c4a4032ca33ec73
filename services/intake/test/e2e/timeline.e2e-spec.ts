import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fromBinary, type DescMessage } from '@bufbuild/protobuf';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import {
  Audience, ContactChannel, ContactDirection, ContactOutcomeRecordedSchema, ContactResult, DebtorScreenedSchema, NotificationSentSchema, PaymentAllocatedSchema, PaymentMethod,
  PaymentReceivedSchema, RefundIssuedSchema, RefundReturnedSchema, RemittanceIssuedSchema, ScreeningVerdict, ClosureRecommendedSchema, ClosureReason, CreditorApprovalRequestedSchema, CasePaidInFullSchema,
  NextStepScheduledSchema, DunningStepKind, InformationRequestedSchema, InformationTopic, DunningPausedSchema, PauseReason, CaseClosedSchema, CaseOutcome,
  LegalActionRecommendedSchema, CreditorInstructedSchema, CreditorInstructionKind, FeeInvoicedSchema, FeeKind,
} from '@collections/contracts';
import { encodeEvent, toKafkaHeaders } from '@collections/messaging';
import { ObjectStore } from '@collections/object-store';
import { testKafka, waitFor, binaryBody } from '@collections/testing';
import type { Producer } from 'kafkajs';
import request from 'supertest';
import { aCaseFileInput } from '../builders/case-file-input.builder';
import { createCreditor, startIntake, type IntakeApp } from '../support/intake-app';

const LETTER_PDF = Buffer.from('%PDF-1.4\n% a first reminder\n%%EOF\n');

describe("the creditor's timeline (intake.timeline group, real PostgreSQL and Kafka)", () => {
  let intake: IntakeApp;
  let producer: Producer;
  let creditor: Awaited<ReturnType<typeof createCreditor>>;
  let other: Awaited<ReturnType<typeof createCreditor>>;

  beforeAll(async () => {
    intake = await startIntake();
    creditor = await createCreditor(intake, 'Voltix Energy NV');
    other = await createCreditor(intake, 'Someone Else BV');
    producer = testKafka().producer();
    await producer.connect();
  }, 60_000);
  afterAll(async () => {
    await producer?.disconnect();
    await intake?.close();
  });

  /** Sends an event as its service would, with its own id and time: the same id twice is a redelivery. */
  const send = async <S extends DescMessage>(topic: string, schema: S, key: string, data: Record<string, unknown>, id: string, time: Date) => {
    const headers = toKafkaHeaders({ id, source: '/collections/test', type: schema.typeName, specversion: '1.0', time: time.toISOString(), subject: key });
    await producer.send({ topic, messages: [{ key, value: Buffer.from(encodeEvent(schema, data as never)), headers }] });
  };

  it('gives one timeline in the order things happened, from several services, whatever the redeliveries and arrival order', async () => {
    const caseId = (await request(intake.app.getHttpServer()).post('/v1/cases').set(creditor.auth).send(aCaseFileInput()).expect(201)).body.id as string;
    const t = (minutes: number) => new Date(Date.parse('2026-11-02T09:00:00Z') + minutes * 60_000);
    // Notifications stores the letter before it announces it.
    const letterId = randomUUID();
    await intake.app.get(ObjectStore).put(`letters/${caseId}/${letterId}.pdf`, LETTER_PDF, { contentType: 'application/pdf', fileName: 'lettre-rappel.pdf' });
    const eur = (amountMinor: bigint) => ({ amountMinor, currency: 'EUR' });
    const events = {
      screened: () => send('screening.verdicts.v1', DebtorScreenedSchema, caseId, {
        caseId, debtorIdentityId: randomUUID(), verdict: ScreeningVerdict.CLEAR, usableChannels: [ContactChannel.LETTER], contacts: { phones: ['+32470000001'], emails: ['found@by.screening'], addresses: [] },
      }, 'ev-screened', t(0)),
      letter: () => send('notifications.deliveries.v1', NotificationSentSchema, caseId, {
        caseId, notificationId: letterId, actionId: 'a-1', audience: Audience.DEBTOR, channel: ContactChannel.LETTER, templateKey: 'be.b2c.first-reminder', language: 'fr', sentAt: timestampFromDate(t(60)), providerMessageId: 'print-123',
        document: { documentId: letterId, fileName: 'lettre-rappel.pdf', contentType: 'application/pdf', sizeBytes: BigInt(LETTER_PDF.length), objectKey: `letters/${caseId}/${letterId}.pdf` },
      }, 'ev-letter', t(61)),
      call: () => send('contact-center.interactions.v1', ContactOutcomeRecordedSchema, caseId, {
        caseId, interactionId: randomUUID(), actionId: 'a-2', agentId: 'agent-7', channel: ContactChannel.PHONE, direction: ContactDirection.OUTBOUND, result: ContactResult.PROMISE_TO_PAY,
        contactedAt: timestampFromDate(t(2 * 24 * 60)), promise: { amount: eur(10_000n), payBy: '2026-11-10' }, note: 'Will pay on the 10th.',
      }, 'ev-call', t(2 * 24 * 60 + 5)),
      paid: () => send('payments.ledger.v1', PaymentReceivedSchema, caseId, { caseId, paymentId: 'p-1', amount: eur(10_000n), method: PaymentMethod.BANK_TRANSFER, valueDate: '2026-11-09', payerReference: '+++090/9337/55493+++' }, 'ev-paid', t(7 * 24 * 60)),
      allocated: () => send('payments.ledger.v1', PaymentAllocatedSchema, caseId, { caseId, paymentId: 'p-1', allocations: [], remaining: { principal: eur(5_000n) } }, 'ev-allocated', t(7 * 24 * 60 + 1)),
      // The debtor paid twice the same instalment: the agency pays the surplus back.
      refunded: () => send('payments.ledger.v1', RefundIssuedSchema, caseId, { caseId, refundId: 'RFD-20261110-0A1B2C3D4E5F', amount: eur(2_000n), executionDate: '2026-11-10', refundDueAfter: eur(0n) }, 'ev-refunded', t(8 * 24 * 60)),
      // The debtor's account was closed: their bank sent the refund back.
      refundReturned: () => send('payments.ledger.v1', RefundReturnedSchema, caseId, { caseId, refundId: 'RFD-20261110-0A1B2C3D4E5F', amount: eur(2_000n), returnReason: 'AC04', refundDueAfter: eur(2_000n) }, 'ev-refund-returned', t(9 * 24 * 60)),
      remitted: () => send('payments.creditor-accounts.v1', RemittanceIssuedSchema, creditor.creditorId, {
        remittanceId: 'REM-1', creditorId: creditor.creditorId, paidOn: '2026-11-20', statementId: 'REM-1',
        lines: [{ caseId, paymentId: 'p-1', collected: eur(10_000n), commission: eur(1_500n), costs: eur(0n), paidOut: eur(8_500n) }, { caseId: randomUUID(), paymentId: 'p-x', collected: eur(1n), commission: eur(0n), costs: eur(0n), paidOut: eur(1n) }],
        collected: eur(10_001n), commission: eur(1_500n), costs: eur(0n), paidOut: eur(8_501n),
      }, 'ev-remitted', t(18 * 24 * 60)),
    };
    // Out of order, and every event twice.
    for (const deliver of [events.remitted, events.refundReturned, events.call, events.paid, events.refunded, events.screened, events.letter, events.allocated, events.call, events.screened, events.remitted, events.refunded, events.letter, events.refundReturned, events.paid, events.allocated]) await deliver();

    const timeline = async () => (await request(intake.app.getHttpServer()).get(`/v1/cases/${caseId}/timeline`).set(creditor.auth).expect(200)).body;
    await waitFor('all eight entries', async () => (await timeline()).entries.length === 8);
    const { entries } = await timeline();
    expect(entries.map((entry: { kind: string }) => entry.kind)).toEqual(['SCREENED', 'LETTER_SENT', 'CALL', 'PAYMENT_RECEIVED', 'PAYMENT_ALLOCATED', 'REFUND_ISSUED', 'REFUND_RETURNED', 'REMITTED']);
    expect(entries.map((entry: { at: string }) => entry.at)).toEqual([t(0), t(60), t(2 * 24 * 60), t(7 * 24 * 60), t(7 * 24 * 60 + 1), t(8 * 24 * 60), t(9 * 24 * 60), new Date('2026-11-20T00:00:00Z')].map((at) => at.toISOString()));
    expect(entries[2]).toMatchObject({ by: 'agent', details: expect.objectContaining({ note: 'Will pay on the 10th.', result: 'CONTACT_RESULT_PROMISE_TO_PAY' }) });
    expect(entries[5]).toMatchObject({ by: 'agency', details: { refundId: 'RFD-20261110-0A1B2C3D4E5F', amount: { amountMinor: '2000', currency: 'EUR' }, executionDate: '2026-11-10' } });
    expect(entries[6]).toMatchObject({ by: 'system', details: { refundId: 'RFD-20261110-0A1B2C3D4E5F', amount: { amountMinor: '2000', currency: 'EUR' }, returnReason: 'AC04', refundDueAfter: { amountMinor: '2000', currency: 'EUR' } } });
    expect(entries[7].details.lines).toEqual([expect.objectContaining({ caseId, paidOut: { amountMinor: '8500', currency: 'EUR' } })]);
    // The letter is downloadable from its entry, through intake only (the store's key is not shown).
    expect(entries[1].details.documents).toEqual([{ id: letterId, fileName: 'lettre-rappel.pdf', contentType: 'application/pdf', sizeBytes: LETTER_PDF.length }]);
    expect(JSON.stringify(entries)).not.toContain('objectKey');
    const letter = await request(intake.app.getHttpServer()).get(`/v1/cases/${caseId}/timeline/documents/${letterId}`).set(creditor.auth).buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(letter.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(letter.body as Buffer, LETTER_PDF)).toBe(0);
    await request(intake.app.getHttpServer()).get(`/v1/cases/${caseId}/timeline/documents/${letterId}`).set(other.auth).expect(404);
    await request(intake.app.getHttpServer()).get(`/v1/cases/${caseId}/timeline/documents/${randomUUID()}`).set(creditor.auth).expect(404);
    // What screening found about the debtor's contacts is not the creditor's to see.
    expect(JSON.stringify(entries[0].details)).not.toContain('found@by.screening');

    await request(intake.app.getHttpServer()).get(`/v1/cases/${caseId}/timeline`).set(other.auth).expect(404);
    const firstPage = (await request(intake.app.getHttpServer()).get(`/v1/cases/${caseId}/timeline?limit=5`).set(creditor.auth).expect(200)).body;
    const secondPage = (await request(intake.app.getHttpServer()).get(`/v1/cases/${caseId}/timeline?limit=5&after=${firstPage.next}`).set(creditor.auth).expect(200)).body;
    expect([...firstPage.entries, ...secondPage.entries].map((entry: { eventId: string }) => entry.eventId)).toEqual(entries.map((entry: { eventId: string }) => entry.eventId));
    expect(secondPage.next).toBeNull();
  });

  it("lists what the creditor must decide, until it answers, and nothing of another creditor's", async () => {
    const caseId = (await request(intake.app.getHttpServer()).post('/v1/cases').set(creditor.auth).send(aCaseFileInput({ creditorReference: 'DECIDE-1' })).expect(201)).body.id as string;
    const [approvalId, closureId] = [randomUUID(), randomUUID()];
    const eur = (amountMinor: bigint) => ({ amountMinor, currency: 'EUR' });
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const [approvalDue, questionDue] = [inDays(7), inDays(38)];
    await send('contact-center.interactions.v1', CreditorApprovalRequestedSchema, caseId, {
      caseId, requestId: approvalId, proposal: { case: 'paymentPlan', value: { instalments: [{ number: 1, dueDate: inDays(8), amount: eur(6_000_000n) }] } },
      balance: { principal: eur(6_000_000n) }, explanation: 'Above EUR 50,000: your approval is needed.', answerBy: approvalDue,
    }, randomUUID(), new Date());
    await send('dunning.actions.v1', ClosureRecommendedSchema, caseId, { caseId, recommendationId: closureId, reason: ClosureReason.UNREACHABLE, explanation: 'No answer to 3 letters and 6 calls.' }, randomUUID(), new Date());
    // The collection work done before the recommendation: two calls.
    for (const at of [1, 2]) {
      await send('contact-center.interactions.v1', ContactOutcomeRecordedSchema, caseId, {
        caseId, interactionId: randomUUID(), actionId: `c-${at}`, agentId: 'agent-7', channel: ContactChannel.PHONE, direction: ContactDirection.OUTBOUND, result: ContactResult.NO_ANSWER,
      }, randomUUID(), new Date(Date.now() - at * 86_400_000));
    }

    const pending = async (auth: Record<string, string>) => (await request(intake.app.getHttpServer()).get('/v1/pending-decisions').set(auth).expect(200)).body as Array<{ requestId: string; kind: string; answerWith: string[]; answerBy: string | null }>;
    await waitFor('both decisions listed', async () => (await pending(creditor.auth)).filter((decision) => decision.requestId === approvalId || decision.requestId === closureId).length === 2);
    await waitFor('the calls recorded', async () => (await request(intake.app.getHttpServer()).get(`/v1/cases/${caseId}/timeline`).set(creditor.auth).expect(200)).body.entries.length === 4);
    const mine = (await pending(creditor.auth)).filter((decision) => decision.requestId === approvalId || decision.requestId === closureId);
    expect(mine).toEqual([
      expect.objectContaining({ kind: 'APPROVAL_REQUESTED', answerBy: approvalDue, answerWith: ['approve', 'decline'] }),
      expect.objectContaining({ kind: 'CLOSURE_RECOMMENDED', answerBy: null, answerWith: ['accept_closure', 'continue_collection'], actionsTaken: { CALL: 2 }, details: expect.objectContaining({ explanation: 'No answer to 3 letters and 6 calls.' }) }),
    ]);
    expect(await pending(other.auth)).toEqual([]);

    await request(intake.app.getHttpServer()).post(`/v1/cases/${caseId}/instructions`).set(creditor.auth).send({ kind: 'approve', inReplyTo: approvalId }).expect(201);
    expect((await pending(creditor.auth)).map((decision) => decision.requestId)).not.toContain(approvalId);
    expect((await pending(creditor.auth)).map((decision) => decision.requestId)).toContain(closureId);

    // The agency asks about a payment the debtor says went to the creditor; reporting it answers the request.
    const askedId = randomUUID();
    await send('contact-center.interactions.v1', InformationRequestedSchema, caseId, {
      caseId, requestId: askedId, topic: InformationTopic.DIRECT_PAYMENT, question: 'The debtor says they paid you EUR 250 last week: please report it.', answerBy: questionDue,
    }, randomUUID(), new Date());
    await waitFor('the direct payment question', async () => (await pending(creditor.auth)).some((decision) => decision.requestId === askedId));
    expect((await pending(creditor.auth)).find((decision) => decision.requestId === askedId)).toMatchObject({ kind: 'INFORMATION_REQUESTED', answerWith: ['report_direct_payment', 'provide_information'] });
    const today = new Date().toISOString().slice(0, 10);
    await request(intake.app.getHttpServer()).post(`/v1/cases/${caseId}/direct-payments`).set(creditor.auth).send({ amountMinor: 25_000, currency: 'EUR', receivedOn: today, reference: 'PAID-DIRECT-1', inReplyTo: askedId }).expect(201);
    expect((await pending(creditor.auth)).map((decision) => decision.requestId)).not.toContain(askedId);
    const [instruction] = await intake.dataSource.query(`SELECT kind, note FROM creditor_instructions WHERE in_reply_to = $1`, [askedId]);
    expect(instruction).toMatchObject({ kind: 'provide_information', note: expect.stringContaining('PAID-DIRECT-1') });

    // Dunning recommends going to court: the creditor consents, and the agency is told so.
    const legalId = randomUUID();
    await send('dunning.actions.v1', LegalActionRecommendedSchema, caseId, {
      caseId, recommendationId: legalId, explanation: 'The debtor owns property and ignored the formal notice.', balance: { principal: eur(6_000_000n) }, estimatedCosts: eur(85_000n), consultantId: 'consultant-3',
    }, randomUUID(), new Date());
    await waitFor('the legal action recommended', async () => (await pending(creditor.auth)).some((decision) => decision.requestId === legalId));
    expect((await pending(creditor.auth)).find((decision) => decision.requestId === legalId)).toMatchObject({
      kind: 'LEGAL_ACTION_RECOMMENDED', answerBy: null, answerWith: ['consent_legal_action', 'refuse_legal_action'], actionsTaken: { CALL: 2, INFORMATION_REQUESTED: 1 },
      details: expect.objectContaining({ explanation: 'The debtor owns property and ignored the formal notice.', estimatedCosts: { amountMinor: '85000', currency: 'EUR' } }),
    });
    expect((await pending(other.auth)).map((decision) => decision.requestId)).not.toContain(legalId);
    await request(intake.app.getHttpServer()).post(`/v1/cases/${caseId}/instructions`).set(other.auth).send({ kind: 'consent_legal_action', inReplyTo: legalId }).expect(404);
    await request(intake.app.getHttpServer()).post(`/v1/cases/${caseId}/instructions`).set(creditor.auth).send({ kind: 'consent_legal_action', inReplyTo: legalId, note: 'Go ahead, costs agreed.' }).expect(201);
    const instructed = (await intake.dataSource.query(`SELECT payload FROM outbox_messages WHERE message_key = $1 AND event_type = 'collections.v1.CreditorInstructed' ORDER BY seq`, [caseId]) as Array<{ payload: Buffer }>)
      .map((row) => fromBinary(CreditorInstructedSchema, row.payload))
      .filter((event) => event.inReplyTo === legalId);
    expect(instructed).toEqual([expect.objectContaining({ caseId, creditorId: creditor.creditorId, kind: CreditorInstructionKind.CONSENT_LEGAL_ACTION, note: 'Go ahead, costs agreed.' })]);
    expect((await pending(creditor.auth)).map((decision) => decision.requestId)).not.toContain(legalId);
  });

  it('offers the remittance statement and the fee invoice from their entries, on each case they cover, to their creditor only', async () => {
    const server = intake.app.getHttpServer();
    const owner = await createCreditor(intake, 'Statement Test NV');
    const [first, second] = [
      (await request(server).post('/v1/cases').set(owner.auth).send(aCaseFileInput({ creditorReference: 'STMT-1' })).expect(201)).body.id as string,
      (await request(server).post('/v1/cases').set(owner.auth).send(aCaseFileInput({ creditorReference: 'STMT-2' })).expect(201)).body.id as string,
    ];
    const eur = (amountMinor: bigint) => ({ amountMinor, currency: 'EUR' });
    const today = new Date().toISOString().slice(0, 10);
    // Payments stores each document before it announces it.
    const store = intake.app.get(ObjectStore);
    const statementPdf = Buffer.from(`%PDF-1.4\n% remittance statement ${randomUUID()}\n%%EOF\n`);
    const invoicePdf = Buffer.from(`%PDF-1.4\n% fee invoice ${randomUUID()}\n%%EOF\n`);
    const [statementId, invoiceId] = [randomUUID(), randomUUID()];
    await store.put(`statements/${owner.creditorId}/${statementId}.pdf`, statementPdf, { contentType: 'application/pdf', fileName: 'remittance-REM-7.pdf' });
    await store.put(`invoices/${owner.creditorId}/${invoiceId}.pdf`, invoicePdf, { contentType: 'application/pdf', fileName: 'invoice-F-2026-0007.pdf' });
    await send('payments.creditor-accounts.v1', RemittanceIssuedSchema, owner.creditorId, {
      remittanceId: 'REM-7', creditorId: owner.creditorId, paidOn: today, statementId: 'REM-7',
      lines: [first, second].map((caseId, n) => ({ caseId, paymentId: `p-${n}`, collected: eur(10_000n), commission: eur(1_000n), costs: eur(0n), paidOut: eur(9_000n) })),
      collected: eur(20_000n), commission: eur(2_000n), costs: eur(0n), paidOut: eur(18_000n),
      statementDocument: { documentId: statementId, fileName: 'remittance-REM-7.pdf', contentType: 'application/pdf', sizeBytes: BigInt(statementPdf.length), objectKey: `statements/${owner.creditorId}/${statementId}.pdf` },
    }, randomUUID(), new Date());
    await send('payments.creditor-accounts.v1', FeeInvoicedSchema, owner.creditorId, {
      invoiceId: 'INV-7', creditorId: owner.creditorId, invoiceNumber: 'F-2026-0007', issueDate: today, dueDate: today,
      lines: [{ kind: FeeKind.REGISTRATION, caseId: second, amount: eur(2_500n), description: 'Registration fee' }], total: eur(2_500n),
      invoiceDocument: { documentId: invoiceId, fileName: 'invoice-F-2026-0007.pdf', contentType: 'application/pdf', sizeBytes: BigInt(invoicePdf.length), objectKey: `invoices/${owner.creditorId}/${invoiceId}.pdf` },
    }, randomUUID(), new Date());

    type Entry = { kind: string; details: { documents?: Array<{ id: string; fileName: string; contentType: string; sizeBytes: number }> } };
    const entries = async (caseId: string) => (await request(server).get(`/v1/cases/${caseId}/timeline`).set(owner.auth).expect(200)).body.entries as Entry[];
    await waitFor('the statement on both cases and the invoice on the second', async () =>
      (await entries(first)).some((e) => e.kind === 'REMITTED') && (await entries(second)).filter((e) => e.kind === 'REMITTED' || e.kind === 'FEE_INVOICED').length === 2);
    const download = (auth: Record<string, string>, caseId: string, documentId: string) =>
      request(server).get(`/v1/cases/${caseId}/timeline/documents/${documentId}`).set(auth).buffer(true).parse(binaryBody);

    for (const caseId of [first, second]) {
      const remitted = (await entries(caseId)).find((e) => e.kind === 'REMITTED')!;
      expect(remitted.details.documents).toEqual([{ id: statementId, fileName: 'remittance-REM-7.pdf', contentType: 'application/pdf', sizeBytes: statementPdf.length }]);
      const statement = await download(owner.auth, caseId, statementId).expect(200);
      expect(statement.headers['content-type']).toBe('application/pdf');
      expect(statement.headers['content-disposition']).toContain('remittance-REM-7.pdf');
      expect(Buffer.compare(statement.body as Buffer, statementPdf)).toBe(0);
    }
    const invoiced = (await entries(second)).find((e) => e.kind === 'FEE_INVOICED')!;
    expect(invoiced.details.documents).toEqual([{ id: invoiceId, fileName: 'invoice-F-2026-0007.pdf', contentType: 'application/pdf', sizeBytes: invoicePdf.length }]);
    const invoice = await download(owner.auth, second, invoiceId).expect(200);
    expect(Buffer.compare(invoice.body as Buffer, invoicePdf)).toBe(0);
    // The invoice covers only the second case; another creditor gets neither file.
    await download(owner.auth, first, invoiceId).expect(404);
    await download(other.auth, second, invoiceId).expect(404);
    await download(other.auth, first, statementId).expect(404);
  });

  /** Opens `GET /v1/timeline/stream` as a browser would, keeping what arrives. */
  const openStream = async (auth: Record<string, string>, lastEventId?: string) => {
    const server = intake.app.getHttpServer();
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const controller = new AbortController();
    const received: string[] = [];
    const done = fetch(`${base}/v1/timeline/stream`, { headers: { ...auth, Accept: 'text/event-stream', ...(lastEventId ? { 'Last-Event-ID': lastEventId } : {}) }, signal: controller.signal }).then(async (response) => {
      expect(response.headers.get('content-type')).toContain('text/event-stream');
      const reader = response.body!.getReader();
      for (;;) {
        const { value, done: ended } = await reader.read();
        if (ended) return;
        received.push(Buffer.from(value).toString());
      }
    }).catch((error: Error) => (error.name === 'AbortError' ? undefined : Promise.reject(error)));
    const text = () => received.join('');
    /** The complete frames received, each with its id, event and data. */
    const frames = () => text().split('\n\n').slice(0, -1).filter((chunk) => chunk.includes('data: ')).map((chunk) => {
      const field = (name: string) => chunk.split('\n').find((line) => line.startsWith(`${name}: `))?.slice(name.length + 2);
      return { id: field('id')!, event: field('event')!, data: JSON.parse(field('data')!) as Record<string, unknown> };
    });
    return { text, frames, close: async () => { controller.abort(); await done; } };
  };
  /** Lets a new stream read where it starts before anything happens. */
  const streamsStarted = () => new Promise((resolve) => setTimeout(resolve, 1_000));

  it('streams new entries of the creditor\'s cases as Server-Sent Events, and replays what a reconnecting client missed', async () => {
    const server = intake.app.getHttpServer();
    const caseId = (await request(server).post('/v1/cases').set(creditor.auth).send(aCaseFileInput({ creditorReference: 'LIVE-1' })).expect(201)).body.id as string;
    const mine = await openStream(creditor.auth);
    const theirs = await openStream(other.auth);
    await streamsStarted();
    const eventId = randomUUID();
    await send('notifications.deliveries.v1', NotificationSentSchema, caseId, {
      caseId, notificationId: randomUUID(), actionId: 'a-9', audience: Audience.DEBTOR, channel: ContactChannel.SMS, templateKey: 'be.b2c.payment-link-sms', language: 'fr', sentAt: timestampFromDate(new Date()), providerMessageId: 'sms-1',
    }, eventId, new Date());

    await waitFor('the entry streamed', () => mine.frames().some((frame) => frame.data.eventId === eventId), { timeoutMs: 15_000 });
    const frame = mine.frames().find((f) => f.data.eventId === eventId)!;
    expect(frame.id).toMatch(/^\d+:\d+:\d+:\d+$/);
    expect(frame.event).toBe('timeline');
    expect(frame.data).toMatchObject({ caseId, kind: 'SMS_SENT', by: 'agency', eventId });
    await mine.close();
    await theirs.close();
    expect(theirs.text()).not.toContain(eventId);

    // Reconnecting one entry earlier (a client that missed the frame) gets it again.
    const [entryTx, entryId, changeTx, changeId] = frame.id.split(':');
    const replay = await openStream(creditor.auth, `${entryTx}:${Number(entryId) - 1}:${changeTx}:${changeId}`);
    await waitFor('missed entry replayed', () => replay.text().includes(eventId), { timeoutMs: 15_000 });
    await replay.close();
  });

  it('never skips an entry whose transaction commits after a later entry was streamed', async () => {
    const server = intake.app.getHttpServer();
    const caseId = (await request(server).post('/v1/cases').set(creditor.auth).send(aCaseFileInput({ creditorReference: 'LIVE-LATE-1' })).expect(201)).body.id as string;
    const stream = await openStream(creditor.auth);
    const slow = intake.dataSource.createQueryRunner();
    const [lateEventId, laterEventId] = [randomUUID(), randomUUID()];
    try {
      await streamsStarted();
      // A writer takes a lower entry id, and holds its transaction open...
      await slow.connect();
      await slow.startTransaction();
      const [late] = await slow.query(
        `INSERT INTO timeline_entries (case_id, event_id, event_type, kind, role, occurred_at, details) VALUES ($1, $2, 'collections.v1.NotificationSent', 'SMS_SENT', 'agency', now(), '{}') RETURNING id::text`,
        [caseId, lateEventId],
      );
      // ... while the projector records and commits a later one.
      await send('notifications.deliveries.v1', NotificationSentSchema, caseId, {
        caseId, notificationId: randomUUID(), actionId: 'a-10', audience: Audience.DEBTOR, channel: ContactChannel.SMS, templateKey: 'be.b2c.payment-link-sms', language: 'fr', sentAt: timestampFromDate(new Date()), providerMessageId: 'sms-2',
      }, laterEventId, new Date());
      await waitFor('the later entry committed', async () => (await intake.dataSource.query(`SELECT 1 FROM timeline_entries WHERE event_id = $1`, [laterEventId])).length === 1);
      const [later] = await intake.dataSource.query(`SELECT id::text FROM timeline_entries WHERE event_id = $1`, [laterEventId]);
      expect(Number(later.id)).toBeGreaterThan(Number(late.id));
      await new Promise((resolve) => setTimeout(resolve, 1_500)); // three polls
      expect(stream.text()).not.toContain(laterEventId);

      await slow.commitTransaction();
      await waitFor('both entries streamed', () => stream.text().includes(laterEventId) && stream.text().includes(lateEventId), { timeoutMs: 15_000 });
    } finally {
      if (slow.isTransactionActive) await slow.rollbackTransaction();
      await slow.release();
      await stream.close();
    }
    expect(stream.frames().filter((frame) => frame.event === 'timeline' && frame.data.caseId === caseId).map((frame) => frame.data.eventId)).toEqual([lateEventId, laterEventId]);
  });

  it("streams the creditor's pending decisions as they are opened, answered and closed, and replays what a reconnecting client missed; never another creditor's", async () => {
    const server = intake.app.getHttpServer();
    // A creditor of its own: the others' reports must not count its case.
    const stranger = await createCreditor(intake, 'Elsewhere Decisions BV');
    const caseId = (await request(server).post('/v1/cases').set(creditor.auth).send(aCaseFileInput({ creditorReference: 'LIVE-DECIDE-1' })).expect(201)).body.id as string;
    const theirCase = (await request(server).post('/v1/cases').set(stranger.auth).send(aCaseFileInput({ creditorReference: 'LIVE-DECIDE-2' })).expect(201)).body.id as string;
    const mine = await openStream(creditor.auth);
    const theirs = await openStream(stranger.auth);
    await streamsStarted();
    const [approvalId, theirApprovalId, questionId] = [randomUUID(), randomUUID(), randomUUID()];
    const eur = (amountMinor: bigint) => ({ amountMinor, currency: 'EUR' });
    const answerBy = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const approval = (forCase: string, requestId: string) => send('contact-center.interactions.v1', CreditorApprovalRequestedSchema, forCase, {
      caseId: forCase, requestId, proposal: { case: 'paymentPlan', value: { instalments: [{ number: 1, dueDate: answerBy, amount: eur(6_000_000n) }] } },
      balance: { principal: eur(6_000_000n) }, explanation: 'Above EUR 50,000: your approval is needed.', answerBy,
    }, randomUUID(), new Date());
    await approval(caseId, approvalId);
    await approval(theirCase, theirApprovalId);

    const decisionFrames = (stream: { frames: typeof mine.frames }, requestId: string) => stream.frames().filter((frame) => frame.event === 'decision' && frame.data.requestId === requestId);
    await waitFor('the decision opened on the stream', () => decisionFrames(mine, approvalId).length === 1, { timeoutMs: 15_000 });
    const [opened] = decisionFrames(mine, approvalId);
    expect(opened!.id).toMatch(/^\d+:\d+:\d+:\d+$/);
    // The decision as the to-do list shows it, so a page can add it without asking.
    const listed = ((await request(server).get('/v1/pending-decisions').set(creditor.auth).expect(200)).body as Array<{ requestId: string }>).find((d) => d.requestId === approvalId);
    expect(opened!.data).toEqual({ change: 'opened', caseId, requestId: approvalId, kind: 'APPROVAL_REQUESTED', decision: listed });
    expect(listed).toMatchObject({ creditorReference: 'LIVE-DECIDE-1', answerBy, answerWith: ['approve', 'decline'] });

    await request(server).post(`/v1/cases/${caseId}/instructions`).set(creditor.auth).send({ kind: 'approve', inReplyTo: approvalId }).expect(201);
    await waitFor('the answer on the stream', () => decisionFrames(mine, approvalId).length === 2, { timeoutMs: 15_000 });
    const answered = decisionFrames(mine, approvalId)[1]!;
    expect(answered.data).toEqual({ change: 'answered', caseId, requestId: approvalId, kind: 'APPROVAL_REQUESTED', answer: 'approve' });

    // A question left unanswered closes when the creditor withdraws the case.
    await send('contact-center.interactions.v1', InformationRequestedSchema, caseId, {
      caseId, requestId: questionId, topic: InformationTopic.SUPPORTING_DOCUMENTS, question: 'Do you hold the signed contract?', answerBy,
    }, randomUUID(), new Date());
    await waitFor('the question opened on the stream', () => decisionFrames(mine, questionId).length === 1, { timeoutMs: 15_000 });
    await request(server).post(`/v1/cases/${caseId}/withdrawal`).set(creditor.auth).send({ reason: 'Settled with the debtor directly.' }).expect(200);
    await waitFor('the question closed on the stream', () => decisionFrames(mine, questionId).length === 2, { timeoutMs: 15_000 });
    expect(decisionFrames(mine, questionId)[1]!.data).toEqual({ change: 'closed', caseId, requestId: questionId, kind: 'INFORMATION_REQUESTED' });

    // The other creditor sees its own decision opened, and nothing of this creditor's.
    await waitFor('their decision on their stream', () => decisionFrames(theirs, theirApprovalId).length === 1, { timeoutMs: 15_000 });
    await mine.close();
    await theirs.close();
    expect(theirs.text()).not.toContain(approvalId);
    expect(theirs.text()).not.toContain(questionId);
    expect(theirs.text()).not.toContain(caseId);
    expect(mine.text()).not.toContain(theirApprovalId);

    // A client that saw the decision opened and then lost the connection is told it was answered, and no more than that.
    const replay = await openStream(creditor.auth, opened!.id);
    await waitFor('the answer replayed', () => decisionFrames(replay, approvalId).length === 1, { timeoutMs: 15_000 });
    await waitFor('the closure replayed', () => decisionFrames(replay, questionId).length === 2, { timeoutMs: 15_000 });
    await replay.close();
    expect(decisionFrames(replay, approvalId).map((frame) => frame.data.change)).toEqual(['answered']);
  });

  it('lists each case with where it stands, and reports the portfolio for a period as JSON and CSV', async () => {
    const owner = await createCreditor(intake, 'Report Test SA');
    const server = intake.app.getHttpServer();
    const [paid, open] = [
      (await request(server).post('/v1/cases').set(owner.auth).send(aCaseFileInput({ creditorReference: 'R-PAID' })).expect(201)).body.id as string,
      (await request(server).post('/v1/cases').set(owner.auth).send(aCaseFileInput({ creditorReference: 'R-OPEN' })).expect(201)).body.id as string,
    ];
    const now = new Date();
    const eur = (amountMinor: bigint) => ({ amountMinor, currency: 'EUR' });
    await send('payments.ledger.v1', PaymentReceivedSchema, paid, { caseId: paid, paymentId: 'rp-1', amount: eur(145_050n), method: PaymentMethod.CARD, valueDate: now.toISOString().slice(0, 10), payerReference: '' }, randomUUID(), now);
    await send('payments.ledger.v1', PaymentAllocatedSchema, paid, { caseId: paid, paymentId: 'rp-1', allocations: [], remaining: { principal: eur(0n) } }, randomUUID(), now);
    await send('payments.ledger.v1', CasePaidInFullSchema, paid, { caseId: paid, totalCollected: eur(145_050n), finalPaymentId: 'rp-1' }, randomUUID(), now);
    await send('payments.ledger.v1', PaymentReceivedSchema, open, { caseId: open, paymentId: 'rp-2', amount: eur(5_000n), method: PaymentMethod.CARD, valueDate: now.toISOString().slice(0, 10), payerReference: '' }, randomUUID(), now);

    const listed = async () => (await request(server).get('/v1/cases').set(owner.auth).expect(200)).body.items as Array<{ creditorReference: string; progress: { collectedMinor: number; balanceMinor: number | null; outcome: string | null; lastActivity: string } | null }>;
    await waitFor('progress of both cases', async () => (await listed()).every((item) => item.progress !== null) && (await listed()).find((item) => item.creditorReference === 'R-PAID')?.progress?.outcome === 'PAID_IN_FULL');
    const items = await listed();
    expect(items.find((item) => item.creditorReference === 'R-PAID')!.progress).toMatchObject({ collectedMinor: 145_050, balanceMinor: 0, outcome: 'PAID_IN_FULL', lastActivity: expect.any(String) });
    expect(items.find((item) => item.creditorReference === 'R-OPEN')!.progress).toMatchObject({ collectedMinor: 5_000, outcome: null, lastActivity: 'PAYMENT_RECEIVED' });

    const today = now.toISOString().slice(0, 10);
    const report = (await request(server).get(`/v1/reports/portfolio?from=${today}&to=${today}`).set(owner.auth).expect(200)).body;
    // Each case placed 165,050 (INV-1 125,000 + INV-2 40,050); 150,050 collected of 330,100.
    expect(report.rows).toEqual([expect.objectContaining({
      country: 'BE', currency: 'EUR', casesPlaced: 2, casesByState: { OPEN: 1, PAID_IN_FULL: 1 }, amountPlacedMinor: 330_100, collectedOnPlacedMinor: 150_050, collectionRate: 0.4546,
      collectedInPeriodMinor: 150_050, casesPaidInFullInPeriod: 1,
    })]);
    expect(report.rows[0].averageDaysToCollect).toBeGreaterThanOrEqual(0);
    const csv = await request(server).get(`/v1/reports/portfolio?from=${today}&to=${today}&format=csv`).set(owner.auth).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text.split('\n')[0]).toBe('country,currency,cases_placed,cases_open,cases_paid_in_full,amount_placed_minor,collected_on_placed_minor,collection_rate,collected_in_period_minor,remitted_in_period_minor,cases_paid_in_full_in_period,average_days_to_collect');
    expect(csv.text.split('\n')[1]).toMatch(/^BE,EUR,2,1,1,330100,150050,0\.4546,150050,0,1,/);
    const pdf = await request(server).get(`/v1/reports/portfolio?from=${today}&to=${today}&format=pdf`).set(owner.auth).buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain(`portfolio-${today}-${today}.pdf`);
    // Read back with poppler's pdftotext: the figures a person sees, not just a PDF header.
    const text = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf.body as Buffer }).toString();
    expect(text).toContain('Portfolio report');
    expect(text).toMatch(/BE\s+EUR\s+2\s+3,301\.00\s+1,500\.50\s+45\.5 %/);
    expect((await request(server).get(`/v1/reports/portfolio?from=${today}&to=${today}`).set(other.auth).expect(200)).body.rows).toEqual([]);
    await request(server).get('/v1/reports/portfolio?from=2026-13-01&to=x').set(owner.auth).expect(400);

    // Dunning closes the paid case afterwards: it stays paid in full.
    await send('dunning.actions.v1', CaseClosedSchema, paid, { caseId: paid, outcome: CaseOutcome.PAID_IN_FULL, explanation: 'paid in full' }, randomUUID(), new Date());
    await waitFor('the closure recorded', async () => (await listed()).find((item) => item.creditorReference === 'R-PAID')?.progress?.lastActivity === 'CASE_CLOSED');
    expect((await listed()).find((item) => item.creditorReference === 'R-PAID')!.progress!.outcome).toBe('PAID_IN_FULL');
  });

  it('shows each case\u2019s next action (the next dunning step and its date, PAUSED, nothing once closed) and filters the list by outcome and country', async () => {
    const server = intake.app.getHttpServer();
    const owner = await createCreditor(intake, 'Next Action SA');
    const caseId = (await request(server).post('/v1/cases').set(owner.auth).send(aCaseFileInput({ creditorReference: 'R-NEXT' })).expect(201)).body.id as string;
    const due = new Date('2026-12-01T08:00:00Z');
    const view = async () => (await request(server).get(`/v1/cases/${caseId}`).set(owner.auth).expect(200)).body.progress;

    await send('dunning.actions.v1', NextStepScheduledSchema, caseId, { caseId, stepId: 'be-b2c-formal-notice', kind: DunningStepKind.FORMAL_NOTICE, dueAt: timestampFromDate(due) }, randomUUID(), new Date());
    await waitFor('the next action', async () => (await view())?.nextAction !== null && (await view()) !== null);
    expect((await view()).nextAction).toEqual({ kind: 'FORMAL_NOTICE', stepId: 'be-b2c-formal-notice', dueAt: due.toISOString() });

    await send('dunning.actions.v1', DunningPausedSchema, caseId, { caseId, reason: PauseReason.DISPUTE, causeId: randomUUID() }, randomUUID(), new Date());
    await waitFor('paused', async () => (await view()).nextAction?.kind === 'PAUSED');
    expect((await view()).nextAction).toEqual({ kind: 'PAUSED', stepId: null, dueAt: null });

    const listed = async (query: string) => ((await request(server).get(`/v1/cases?${query}`).set(owner.auth).expect(200)).body.items as Array<{ id: string }>).map((item) => item.id);
    expect(await listed('outcome=ACTIVE&country=BE')).toEqual([caseId]);
    expect(await listed('country=FR')).toEqual([]);
    await send('dunning.actions.v1', CaseClosedSchema, caseId, { caseId, outcome: CaseOutcome.UNCOLLECTABLE, explanation: 'nothing to collect' }, randomUUID(), new Date());
    await waitFor('closed', async () => (await view()).outcome === 'CLOSED');
    expect((await view()).nextAction).toBeNull();
    expect(await listed('outcome=CLOSED')).toEqual([caseId]);
    expect(await listed('outcome=ACTIVE')).toEqual([]);
    await request(server).get('/v1/cases?country=Belgium').set(owner.auth).expect(400);
  });
});
