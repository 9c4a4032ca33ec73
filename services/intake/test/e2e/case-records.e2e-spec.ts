import { fromBinary } from '@bufbuild/protobuf';
import { CreditorInstructedSchema, CreditorInstructionKind, DirectPaymentReportedSchema } from '@collections/contracts';
import request from 'supertest';
import { aCaseFileInput } from '../builders/case-file-input.builder';
import { createCreditor, startIntake, type IntakeApp } from '../support/intake-app';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);

describe('what creditors tell the agency about a case (real PostgreSQL and Kafka)', () => {
  let intake: IntakeApp;
  let creditor: Awaited<ReturnType<typeof createCreditor>>;
  let caseId: string;

  beforeAll(async () => {
    intake = await startIntake({ DOCUMENT_MAX_MIB: '1' });
    creditor = await createCreditor(intake);
    caseId = (await request(intake.app.getHttpServer()).post('/v1/cases').set(creditor.auth).send(aCaseFileInput()).expect(201)).body.id;
  });
  afterAll(() => intake?.close());

  const server = () => intake.app.getHttpServer();
  const eventsOf = async (type: string) =>
    (await intake.dataSource.query(`SELECT payload FROM outbox_messages WHERE message_key = $1 AND event_type = $2 ORDER BY seq`, [caseId, type])) as Array<{ payload: Buffer }>;

  it('attaches a PDF checked by its content, lists it and gives it back byte for byte', async () => {
    const attached = await request(server()).post(`/v1/cases/${caseId}/documents?kind=contract&fileName=contract-2025.pdf`).set(creditor.auth).set('Content-Type', 'application/pdf').send(PDF).expect(201);

    expect(attached.body).toMatchObject({ kind: 'contract', fileName: 'contract-2025.pdf', mediaType: 'application/pdf', sizeBytes: PDF.length });
    const listed = await request(server()).get(`/v1/cases/${caseId}/documents`).set(creditor.auth).expect(200);
    expect(listed.body.map((d: { id: string }) => d.id)).toEqual([attached.body.id]);
    const downloaded = await request(server()).get(`/v1/cases/${caseId}/documents/${attached.body.id}`).set(creditor.auth).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(Buffer.compare(downloaded.body, PDF)).toBe(0);
  });

  it('refuses a document whose content is not what it claims, an unsupported type and one over the size limit', async () => {
    const lying = await request(server()).post(`/v1/cases/${caseId}/documents?kind=invoice&fileName=x.pdf`).set(creditor.auth).set('Content-Type', 'application/pdf').send(Buffer.from('MZ not a pdf')).expect(422);
    expect(lying.body.errors).toEqual([expect.objectContaining({ field: 'content', code: 'UNSUPPORTED_TYPE' })]);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    const mismatch = await request(server()).post(`/v1/cases/${caseId}/documents?kind=invoice&fileName=x.pdf`).set(creditor.auth).set('Content-Type', 'application/pdf').send(png).expect(422);
    expect(mismatch.body.errors[0].code).toBe('TYPE_MISMATCH');
    await request(server()).post(`/v1/cases/${caseId}/documents?kind=invoice&fileName=big.pdf`).set(creditor.auth).set('Content-Type', 'application/pdf').send(Buffer.concat([PDF, Buffer.alloc(1024 * 1024)])).expect(413);
  });

  it('turns an approval of a plan into CreditorInstructed, and requires the request it answers', async () => {
    const missing = await request(server()).post(`/v1/cases/${caseId}/instructions`).set(creditor.auth).send({ kind: 'approve' }).expect(422);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'inReplyTo', code: 'REQUIRED' })]);

    const given = await request(server()).post(`/v1/cases/${caseId}/instructions`).set(creditor.auth).send({ kind: 'approve', inReplyTo: 'approval-request-7', note: '12 x EUR 150 is fine' }).expect(201);

    const [event] = (await eventsOf('collections.v1.CreditorInstructed')).map((row) => fromBinary(CreditorInstructedSchema, row.payload));
    expect(event).toMatchObject({ caseId, creditorId: creditor.creditorId, instructionId: given.body.instructionId, kind: CreditorInstructionKind.APPROVE, inReplyTo: 'approval-request-7' });
  });

  it('passes on that the debtor approached the creditor, as a task for the consultant', async () => {
    await request(server()).post(`/v1/cases/${caseId}/instructions`).set(creditor.auth).send({ kind: 'debtor_approached_creditor', note: 'Debtor phoned us asking for 6 instalments' }).expect(201);

    const kinds = (await eventsOf('collections.v1.CreditorInstructed')).map((row) => fromBinary(CreditorInstructedSchema, row.payload).kind);
    expect(kinds).toContain(CreditorInstructionKind.DEBTOR_APPROACHED_CREDITOR);
  });

  it('records a direct payment once per reference, flags a late report, and refuses a conflicting one', async () => {
    const payment = { amountMinor: 25_000, currency: 'EUR', receivedOn: '2026-01-05', reference: 'BANK-0042' };
    const reported = await request(server()).post(`/v1/cases/${caseId}/direct-payments`).set(creditor.auth).send(payment).expect(201);
    await request(server()).post(`/v1/cases/${caseId}/direct-payments`).set(creditor.auth).send(payment).expect(200);
    const conflict = await request(server()).post(`/v1/cases/${caseId}/direct-payments`).set(creditor.auth).send({ ...payment, amountMinor: 26_000 }).expect(409);
    const wrongCurrency = await request(server()).post(`/v1/cases/${caseId}/direct-payments`).set(creditor.auth).send({ ...payment, reference: 'X', currency: 'USD' }).expect(422);

    expect(reported.body).toMatchObject({ reportedLate: true, amountMinor: 25_000 });
    expect(conflict.body.errors).toEqual([expect.objectContaining({ field: 'amountMinor', code: 'DIFFERS' })]);
    expect(wrongCurrency.body.errors).toEqual([expect.objectContaining({ field: 'currency', code: 'CURRENCY_MISMATCH' })]);
    const events = (await eventsOf('collections.v1.DirectPaymentReported')).map((row) => fromBinary(DirectPaymentReportedSchema, row.payload));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ reportId: reported.body.reportId, receivedOn: '2026-01-05', reference: 'BANK-0042', amount: { amountMinor: 25_000n, currency: 'EUR' } });
  });

  it('takes no instruction on a withdrawn case but still takes a direct payment', async () => {
    const withdrawn = (await request(server()).post('/v1/cases').set(creditor.auth).send(aCaseFileInput({ creditorReference: 'TO-WITHDRAW' })).expect(201)).body.id;
    await request(server()).post(`/v1/cases/${withdrawn}/withdrawal`).set(creditor.auth).send({ reason: 'settled' }).expect(200);

    await request(server()).post(`/v1/cases/${withdrawn}/instructions`).set(creditor.auth).send({ kind: 'hold' }).expect(409);
    await request(server()).post(`/v1/cases/${withdrawn}/direct-payments`).set(creditor.auth).send({ amountMinor: 100, currency: 'EUR', receivedOn: '2026-11-21', reference: 'LATE-1' }).expect(201);
  });

  it("answers 404 for another creditor's case on every endpoint", async () => {
    const other = await createCreditor(intake, 'Other');
    await request(server()).post(`/v1/cases/${caseId}/instructions`).set(other.auth).send({ kind: 'hold' }).expect(404);
    await request(server()).post(`/v1/cases/${caseId}/direct-payments`).set(other.auth).send({ amountMinor: 1, currency: 'EUR', receivedOn: '2026-11-21', reference: 'R' }).expect(404);
    await request(server()).post(`/v1/cases/${caseId}/documents?kind=contract&fileName=a.pdf`).set(other.auth).set('Content-Type', 'application/pdf').send(PDF).expect(404);
    await request(server()).get(`/v1/cases/${caseId}/documents`).set(other.auth).expect(404);
  });
});
