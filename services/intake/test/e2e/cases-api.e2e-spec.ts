import { DebtCategory, SubmissionRoute } from '@collections/contracts';
import { waitFor } from '@collections/testing';
import request from 'supertest';
import { aCaseFileInput, aCompanyCaseFileInput } from '../builders/case-file-input.builder';
import { addConsultant, createCreditor, OPERATOR, startIntake, watchCaseOpened, type IntakeApp } from '../support/intake-app';

describe('intake cases API (real PostgreSQL and Kafka)', () => {
  let intake: IntakeApp;
  let events: Awaited<ReturnType<typeof watchCaseOpened>>;
  let francophoneBelgium: string;

  beforeAll(async () => {
    intake = await startIntake();
    events = await watchCaseOpened();
    francophoneBelgium = await addConsultant(intake, { name: 'Claire Lambert', countries: ['BE', 'LU'], languages: ['fr'] });
  });
  afterAll(async () => {
    await events?.stop();
    await intake?.close();
  });

  const server = () => intake.app.getHttpServer();

  it('opens a case, assigns the French-speaking consultant for Belgium, and publishes CaseOpened', async () => {
    const { creditorId, auth } = await createCreditor(intake);

    const created = await request(server()).post('/v1/cases').set(auth).send(aCaseFileInput()).expect(201);

    expect(created.headers.location).toBe(`/v1/cases/${created.body.id}`);
    expect(created.body).toMatchObject({ state: 'open', consultantId: francophoneBelgium, needsManualAssignment: false, claimedMinor: 150_570, route: 'api' });
    const [opened] = await waitFor('CaseOpened on intake.cases.v1', () => events.opened(creditorId).length === 1 && events.opened(creditorId));
    expect(opened).toMatchObject({ caseId: created.body.id, creditorReference: 'ACME-2026-000123', consultantId: francophoneBelgium, category: DebtCategory.CONSUMER, route: SubmissionRoute.API });
    expect(opened.debtor?.party.case).toBe('person');
    expect(opened.accountingSheet?.invoices.map((invoice) => invoice.principal?.amountMinor)).toEqual([125_000n, 40_050n]);
    const message = events.raw.find((m) => m.message.key?.toString() === created.body.id)!;
    expect(message.header('ce_source')).toBe('/collections/intake');
    expect(message.header('ce_subject')).toBe(created.body.id);
  });

  it('returns the existing case for the same reference and content, and 409 with the differing fields otherwise', async () => {
    const { auth } = await createCreditor(intake);
    const first = await request(server()).post('/v1/cases').set(auth).send(aCompanyCaseFileInput()).expect(201);

    const again = await request(server()).post('/v1/cases').set(auth).send(aCompanyCaseFileInput()).expect(200);
    expect(again.body.id).toBe(first.body.id);

    const changed = aCompanyCaseFileInput();
    changed.invoices[1].principalMinor = 41_000;
    const conflict = await request(server()).post('/v1/cases').set(auth).send(changed).expect(409);
    expect(conflict.body).toMatchObject({ code: 'INTAKE.CASE_REFERENCE_CONFLICT', errors: [{ field: 'invoices[1].principalMinor', code: 'DIFFERS' }] });
  });

  it('opens one case and publishes one event when the same case is submitted 20 times at once', async () => {
    const { creditorId, auth } = await createCreditor(intake);
    const input = aCaseFileInput({ creditorReference: 'PARALLEL-1' });

    const answers = await Promise.all(Array.from({ length: 20 }, () => request(server()).post('/v1/cases').set(auth).send(input)));

    expect(answers.map((a) => a.status).sort()).toEqual([...Array(19).fill(200), 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    const [{ count }] = await intake.dataSource.query(`SELECT count(*)::int AS count FROM cases WHERE creditor_id = $1`, [creditorId]);
    expect(count).toBe(1);
    const [{ outbox }] = await intake.dataSource.query(`SELECT count(*)::int AS outbox FROM outbox_messages WHERE message_key = $1`, [answers[0].body.id]);
    expect(outbox).toBe(1);
    await waitFor('the one CaseOpened', () => events.opened(creditorId).length === 1);
  });

  it('answers 422 naming every field and reason, and opens nothing', async () => {
    const { creditorId, auth } = await createCreditor(intake);
    const bad = aCaseFileInput();
    bad.currency = 'EUR';
    bad.invoices[0].currency = 'USD';
    bad.invoices[1].dueDate = '2999-01-01';
    bad.debtor.nationalId = '85.07.30-033.29';

    const rejected = await request(server()).post('/v1/cases').set(auth).send(bad).expect(422);

    expect(rejected.headers['content-type']).toContain('application/problem+json');
    expect(rejected.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual([
      'debtor.nationalId:INVALID_CHECK_DIGIT',
      'invoices[0].currency:CURRENCY_MISMATCH',
      'invoices[1].dueDate:NOT_YET_DUE',
    ]);
    const [{ count }] = await intake.dataSource.query(`SELECT count(*)::int AS count FROM cases WHERE creditor_id = $1`, [creditorId]);
    expect(count).toBe(0);
  });

  it('answers 400 naming a field of the wrong type or an unknown field', async () => {
    const { auth } = await createCreditor(intake);
    const rejected = await request(server()).post('/v1/cases').set(auth).send({ ...aCaseFileInput(), invoices: [{ ...aCaseFileInput().invoices[0], principalMinor: 'a lot' }], nickname: 'x' }).expect(400);

    expect(rejected.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['invoices[0].principalMinor', 'nickname']));
  });

  it('flags a case nobody can take for manual assignment instead of dropping it', async () => {
    const { creditorId, auth } = await createCreditor(intake);
    const swedish = aCaseFileInput({ creditorReference: 'SE-1', currency: 'SEK' });
    swedish.debtor = { ...swedish.debtor, country: 'SE', language: 'sv', nationalId: '', phones: [], addresses: [{ lines: ['Drottninggatan 1'], postalCode: '111 51', locality: 'Stockholm', country: 'SE' }] };
    swedish.invoices = swedish.invoices.map((invoice) => ({ ...invoice, currency: 'SEK' }));
    swedish.partialPayments = [];

    const created = await request(server()).post('/v1/cases').set(auth).send(swedish).expect(201);

    expect(created.body).toMatchObject({ consultantId: null, needsManualAssignment: true });
    const [opened] = await waitFor('CaseOpened for manual assignment', () => events.opened(creditorId).length === 1 && events.opened(creditorId));
    expect(opened.consultantId).toBe('');
  });

  it('spreads new cases over the consultants who fit, least loaded first', async () => {
    const { auth } = await createCreditor(intake);
    const first = await addConsultant(intake, { name: 'Jan Peeters', countries: ['NL'], languages: ['nl'] });
    const second = await addConsultant(intake, { name: 'Els de Vries', countries: ['NL'], languages: ['nl'] });
    const dutch = (n: number) => {
      const input = aCaseFileInput({ creditorReference: `NL-${n}` });
      input.debtor = { ...input.debtor, country: 'NL', language: 'nl-NL', nationalId: '', phones: [], addresses: [{ lines: ['Damrak 1'], postalCode: '1012 LG', locality: 'Amsterdam', country: 'NL' }] };
      return input;
    };

    const owners: string[] = [];
    for (let n = 0; n < 4; n += 1) owners.push((await request(server()).post('/v1/cases').set(auth).send(dutch(n)).expect(201)).body.consultantId);

    expect(owners.filter((id) => id === first)).toHaveLength(2);
    expect(owners.filter((id) => id === second)).toHaveLength(2);
  });

  it("charges the registration fee of the creditor's contract with each case opened, once", async () => {
    const created = await request(server()).post('/ops/creditors').set(OPERATOR).send({ name: 'Fee-paying', registrationFee: { amountMinor: 1_500, currency: 'EUR' } }).expect(201);
    const auth = { Authorization: `Bearer ${created.body.apiKey.token}` };

    const opened = await request(server()).post('/v1/cases').set(auth).send(aCaseFileInput()).expect(201);
    await request(server()).post('/v1/cases').set(auth).send(aCaseFileInput()).expect(200);

    const types = await intake.dataSource.query(`SELECT event_type FROM outbox_messages WHERE message_key = $1 ORDER BY seq`, [opened.body.id]);
    expect(types.map((row: { event_type: string }) => row.event_type)).toEqual(['collections.v1.CaseOpened', 'collections.v1.RegistrationFeeCharged']);
  });

  it('withdraws a case once and publishes CaseWithdrawn once', async () => {
    const { auth } = await createCreditor(intake);
    const created = await request(server()).post('/v1/cases').set(auth).send(aCaseFileInput()).expect(201);

    const withdrawn = await request(server()).post(`/v1/cases/${created.body.id}/withdrawal`).set(auth).send({ reason: 'paid us directly' }).expect(200);
    await request(server()).post(`/v1/cases/${created.body.id}/withdrawal`).set(auth).send({ reason: 'again' }).expect(200);

    expect(withdrawn.body).toMatchObject({ state: 'withdrawn', withdrawalReason: 'paid us directly' });
    const types = await intake.dataSource.query(`SELECT event_type FROM outbox_messages WHERE message_key = $1 ORDER BY seq`, [created.body.id]);
    expect(types.map((row: { event_type: string }) => row.event_type)).toEqual(['collections.v1.CaseOpened', 'collections.v1.CaseWithdrawn']);
  });

  describe('tenancy', () => {
    it('answers 401 without a key, with a malformed key and with a revoked key', async () => {
      const { auth, token } = await createCreditor(intake);
      await request(server()).get('/v1/cases').expect(401);
      await request(server()).get('/v1/cases').set({ Authorization: 'Bearer not-a-key' }).expect(401);

      const second = await request(server()).post('/v1/api-keys').set(auth).send({ label: 'rotation' }).expect(201);
      const keyId = token.split('_')[1];
      await request(server()).delete(`/v1/api-keys/${keyId}`).set({ Authorization: `Bearer ${second.body.token}` }).expect(204);

      const refused = await request(server()).get('/v1/cases').set(auth).expect(401);
      expect(refused.body.code).toBe('UNAUTHORIZED');
      await request(server()).get('/v1/cases').set({ 'X-Api-Key': second.body.token }).expect(200);
    });

    it("answers 404 for another creditor's case on every endpoint, saying nothing more", async () => {
      const owner = await createCreditor(intake, 'Owner');
      const other = await createCreditor(intake, 'Other');
      const created = await request(server()).post('/v1/cases').set(owner.auth).send(aCaseFileInput()).expect(201);

      const read = await request(server()).get(`/v1/cases/${created.body.id}`).set(other.auth).expect(404);
      await request(server()).post(`/v1/cases/${created.body.id}/withdrawal`).set(other.auth).send({ reason: 'x' }).expect(404);
      const listed = await request(server()).get('/v1/cases').set(other.auth).expect(200);

      expect(read.body).toMatchObject({ code: 'INTAKE.CASE_NOT_FOUND' });
      expect(JSON.stringify(read.body)).not.toContain('Owner');
      expect(listed.body.items).toEqual([]);
      await request(server()).get(`/v1/cases/${created.body.id}`).set(owner.auth).expect(200);
    });

    it('keeps operator endpoints behind the operator token', async () => {
      await request(server()).post('/ops/creditors').send({ name: 'Sneaky' }).expect(401);
      await request(server()).get('/ops/consultants').set(OPERATOR).expect(200);
    });
  });

  it('pages through cases newest first', async () => {
    const { auth } = await createCreditor(intake);
    for (let n = 0; n < 3; n += 1) await request(server()).post('/v1/cases').set(auth).send(aCaseFileInput({ creditorReference: `PAGE-${n}` })).expect(201);

    const page1 = await request(server()).get('/v1/cases?limit=2').set(auth).expect(200);
    const page2 = await request(server()).get(`/v1/cases?limit=2&cursor=${page1.body.nextCursor}`).set(auth).expect(200);

    expect([...page1.body.items, ...page2.body.items].map((c: { creditorReference: string }) => c.creditorReference)).toEqual(['PAGE-2', 'PAGE-1', 'PAGE-0']);
    expect(page2.body.nextCursor).toBeNull();
  });

  it('serves the OpenAPI document with the case endpoints and examples', async () => {
    const docs = await request(server()).get('/docs-json').expect(200);

    expect(Object.keys(docs.body.paths)).toEqual(expect.arrayContaining(['/v1/cases', '/v1/cases/{caseId}', '/v1/api-keys']));
    expect(docs.body.components.schemas.CaseFileRequest.properties.creditorReference.example).toBe('ACME-2026-000123');
  });
});
