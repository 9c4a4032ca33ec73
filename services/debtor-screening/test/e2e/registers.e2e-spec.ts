import { DebtorScreenedSchema, DebtorStatusChangeCause, DebtorStatusChangedSchema, ScreeningReason, ScreeningVerdict } from '@collections/contracts';
import request from 'supertest';
import { OPERATOR, startScreeningApp, type Party, type ScreeningApp } from '../support/screening-app';

const COLUMNS = ['entry_id', 'action', 'subject_type', 'country', 'national_id', 'company_number', 'given_names', 'family_name', 'legal_name', 'legal_form', 'birth_date', 'postal_code', 'locality', 'situation', 'status', 'effective_from', 'effective_to', 'heirs_known', 'contact'] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], string>>;

const csv = (rows: Row[]) => [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((column) => row[column] ?? '').join(','))].join('\n') + '\n';
const person = (value: Record<string, string>): Party => ({ case: 'person', value });
const company = (value: Record<string, string>): Party => ({ case: 'company', value });

let nextId = 0;
/** A national number nobody else in this suite has. */
const nationalId = () => `900101${String((nextId += 1)).padStart(5, '0')}`;

describe('registers: imports, verdicts, review and monitoring (real PostgreSQL and Kafka)', () => {
  let screening: ScreeningApp;

  beforeAll(async () => {
    screening = await startScreeningApp();
  }, 60_000);
  afterAll(() => screening?.close());

  const importRegister = (source: string, kind: string, body: string | Buffer) =>
    request(screening.app.getHttpServer()).post(`/ops/registers/${source}/imports`).query({ kind }).set(OPERATOR).set('Content-Type', 'text/csv').send(body);

  const verdictOf = async (caseId: string) => (await screening.awaitPublished(DebtorScreenedSchema, caseId))[0]!;

  it.each([
    ['NOTORIOUS_INSOLVENCY', {}, 'REJECTED', ScreeningReason.NOTORIOUS_INSOLVENCY],
    ['PROVISIONAL_ADMINISTRATION', {}, 'SUSPENDED', ScreeningReason.PROVISIONAL_ADMINISTRATION],
    ['COLLECTIVE_DEBT_SETTLEMENT', {}, 'SUSPENDED', ScreeningReason.COLLECTIVE_DEBT_SETTLEMENT],
    ['INCARCERATION', {}, 'SUSPENDED', ScreeningReason.INCARCERATION],
    ['DECEASED', { heirs_known: 'no' }, 'REJECTED', ScreeningReason.DECEASED],
    ['DECEASED', { heirs_known: 'yes' }, 'SUSPENDED', ScreeningReason.DECEASED],
  ] as const)('a person in a %s register entry %j is screened %s with the reason and the source', async (situation, extra, verdict, reason) => {
    const id = nationalId();
    const source = `BE.${situation.toLowerCase().replace(/_/g, '-')}-${id.slice(-5)}`;
    const loaded = await importRegister(source, 'situations', csv([{ entry_id: `E-${id}`, subject_type: 'person', country: 'BE', national_id: id, family_name: 'Lambert', given_names: 'Eva', situation, effective_from: '2024-03-01', contact: 'Me Dumont', ...extra }]));
    expect(loaded.status).toBe(201);
    expect(loaded.body).toMatchObject({ added: 1, rejected: 0, state: 'completed' });

    const screened = await verdictOf(await screening.caseOpened(person({ givenNames: 'Eva', familyName: 'Lambert', nationalId: id })));

    expect(screened.verdict).toBe(ScreeningVerdict[verdict]);
    expect(screened.findings).toEqual([expect.objectContaining({ reason, source, since: '2024-03-01' })]);
  });

  it.each([
    ['bankrupt', 'SUSPENDED', ScreeningReason.BANKRUPTCY],
    ['in_liquidation', 'SUSPENDED', ScreeningReason.LIQUIDATION],
    ['dissolved', 'REJECTED', ScreeningReason.LIQUIDATION],
  ] as const)('a company the company register records as %s is screened %s, and enriched with its registered identity', async (status, verdict, reason) => {
    const number = `0${nationalId().slice(-9)}`;
    await importRegister(`BE.companies-${status.replace('_', '-')}`, 'companies', csv([{ entry_id: `CBE-${number}`, subject_type: 'company', country: 'BE', company_number: number, legal_name: 'Dupont Renovation', legal_form: 'SRL', postal_code: '1000', locality: 'Bruxelles', status }]))
      .expect(201);

    const screened = await verdictOf(await screening.caseOpened(company({ legalName: 'Dupont Rénovation sprl', companyNumber: number })));

    expect(screened.verdict).toBe(ScreeningVerdict[verdict]);
    expect(screened.findings.map((finding) => finding.reason)).toEqual([reason]);
    expect(screened.identity).toMatchObject({ officialName: 'Dupont Renovation', legalForm: 'SRL', status, registeredAddress: { postalCode: '1000' } });
  });

  it('clears an active company and still enriches it from the company register', async () => {
    const number = `0${nationalId().slice(-9)}`;
    await importRegister('BE.companies-active', 'companies', csv([{ entry_id: `CBE-${number}`, subject_type: 'company', country: 'BE', company_number: number, legal_name: 'Brasserie Lambic', legal_form: 'SA', postal_code: '1070', status: 'active' }])).expect(201);

    const screened = await verdictOf(await screening.caseOpened(company({ legalName: 'Brasserie Lambic', companyNumber: number })));

    expect(screened).toMatchObject({ verdict: ScreeningVerdict.CLEAR, findings: [], identity: { officialName: 'Brasserie Lambic', legalForm: 'SA', status: 'active' } });
  });

  it('reports every bad row of a malformed file with its row, field and code, and loads the good rows', async () => {
    const good = nationalId();
    const body = Buffer.concat([
      Buffer.from(csv([
        { entry_id: 'M-1', subject_type: 'person', country: 'BE', national_id: good, family_name: 'Good', situation: 'INCARCERATION' },
        { entry_id: 'M-2', subject_type: 'person', country: 'BE', family_name: 'Bad', birth_date: '1980-02-30', postal_code: '1000', situation: 'INCARCERATION' },
        { entry_id: '', subject_type: 'person', country: 'BE', national_id: nationalId(), family_name: 'NoId', situation: 'INCARCERATION' },
        { entry_id: 'M-1', subject_type: 'person', country: 'BE', national_id: nationalId(), family_name: 'Twice', situation: 'INCARCERATION' },
      ])),
      Buffer.from([0x4d, 0x2d, 0x35, 0x2c, 0x2c, 0x70, 0x65, 0x72, 0x73, 0x6f, 0x6e, 0x2c, 0x42, 0x45, 0x2c, 0x2c, 0x2c, 0x2c, 0x4c, 0xe9, 0x6f]), // "M-5,,person,BE,,,,Léo" in Latin-1
      Buffer.from(',,,,,,INCARCERATION,,,,,\n'),
    ]);

    const response = await importRegister('BE.malformed-test', 'situations', body);

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ rowsRead: 5, added: 1, rejected: 4, problemsTotal: 4 });
    expect(response.body.problems).toEqual([
      expect.objectContaining({ row: 3, field: 'birth_date', code: 'invalid_date' }),
      expect.objectContaining({ row: 4, field: 'entry_id', code: 'missing' }),
      expect.objectContaining({ row: 5, field: 'entry_id', code: 'duplicate_entry' }),
      expect.objectContaining({ row: 6, code: 'invalid_encoding' }),
    ]);
    const screened = await verdictOf(await screening.caseOpened(person({ familyName: 'Good', nationalId: good })));
    expect(screened.verdict).toBe(ScreeningVerdict.SUSPENDED);
  });

  it('reports a change or removal of an unknown entry and an add of an entry held with other content, loading the rest', async () => {
    const base = { subject_type: 'person', country: 'BE', family_name: 'Peeters', postal_code: '2000', situation: 'INCARCERATION' };
    await importRegister('BE.incremental-test', 'situations', csv([{ entry_id: 'I-1', action: 'add', national_id: nationalId(), ...base }])).expect(201);

    const response = await importRegister('BE.incremental-test', 'situations', csv([
      { entry_id: 'I-1', action: 'add', national_id: nationalId(), ...base },
      { entry_id: 'I-2', action: 'change', national_id: nationalId(), ...base },
      { entry_id: 'I-3', action: 'remove' },
      { entry_id: 'I-4', action: 'add', national_id: nationalId(), ...base },
    ]));

    expect(response.body).toMatchObject({ added: 1, rejected: 3 });
    expect(response.body.problems.map((problem: { row: number; code: string }) => [problem.row, problem.code])).toEqual([[2, 'entry_exists'], [3, 'unknown_entry'], [4, 'unknown_entry']]);
    const report = await request(screening.app.getHttpServer()).get(`/ops/registers/imports/${response.body.importId}`).set(OPERATOR).expect(200);
    expect(report.body).toMatchObject({ importId: response.body.importId, added: 1, rejected: 3, problemsTotal: 3 });
  });

  it('answers a file that is not CSV, an unknown kind and a bad source name with a clear error, loading nothing', async () => {
    await request(screening.app.getHttpServer()).post('/ops/registers/BE.x-register/imports').query({ kind: 'situations' }).set(OPERATOR).set('Content-Type', 'application/json').send('{}').expect(400);
    const kind = await importRegister('BE.x-register', 'gossip', 'entry_id\n');
    expect(kind.status).toBe(400);
    expect(JSON.stringify(kind.body)).toContain('kind must be one of situations, persons, companies');
    await importRegister('not a source', 'situations', 'entry_id\n').expect(400);
    await request(screening.app.getHttpServer()).post('/ops/registers/BE.x-register/imports').query({ kind: 'situations' }).set('Content-Type', 'text/csv').send('entry_id\n').expect(401);
  });

  it('monitors: a register update after a case was cleared changes that debtor\'s open cases only, and a removal clears them again', async () => {
    const id = nationalId();
    const debtor = person({ givenNames: 'Noor', familyName: 'Claes', nationalId: id });
    const open = await screening.caseOpened(debtor, { postalCode: '2000' });
    const withdrawn = await screening.caseOpened(debtor, { postalCode: '2000' });
    const bystander = await screening.caseOpened(person({ givenNames: 'Noor', familyName: 'Claes', nationalId: nationalId() }), { postalCode: '2000' });
    for (const caseId of [open, withdrawn, bystander]) expect((await verdictOf(caseId)).verdict).toBe(ScreeningVerdict.CLEAR);
    await screening.caseWithdrawn(withdrawn);

    const added = await importRegister('BE.central-individual-debt-register', 'situations', csv([{ entry_id: 'RCD-1', action: 'add', subject_type: 'person', country: 'BE', national_id: id, family_name: 'Claes', situation: 'COLLECTIVE_DEBT_SETTLEMENT', effective_from: '2025-01-10' }]));
    expect(added.body).toMatchObject({ added: 1, statusChanges: 1 });

    const [suspended] = await screening.awaitPublished(DebtorStatusChangedSchema, open);
    expect(suspended).toMatchObject({
      verdict: ScreeningVerdict.SUSPENDED, previousVerdict: ScreeningVerdict.CLEAR, cause: DebtorStatusChangeCause.REGISTER_ENTRY_ADDED,
      registerSource: 'BE.central-individual-debt-register', registerEntryId: 'RCD-1', findings: [expect.objectContaining({ reason: ScreeningReason.COLLECTIVE_DEBT_SETTLEMENT })],
    });
    expect(await screening.published(DebtorStatusChangedSchema, withdrawn)).toEqual([]);
    expect(await screening.published(DebtorStatusChangedSchema, bystander)).toEqual([]);

    const again = await importRegister('BE.central-individual-debt-register', 'situations', csv([{ entry_id: 'RCD-1', action: 'add', subject_type: 'person', country: 'BE', national_id: id, family_name: 'Claes', situation: 'COLLECTIVE_DEBT_SETTLEMENT', effective_from: '2025-01-10' }]));
    expect(again.body).toMatchObject({ added: 0, unchanged: 1, statusChanges: 0 });

    const removed = await importRegister('BE.central-individual-debt-register', 'situations', csv([{ entry_id: 'RCD-1', action: 'remove' }]));
    expect(removed.body).toMatchObject({ removed: 1, statusChanges: 1 });
    const changes = await screening.awaitPublished(DebtorStatusChangedSchema, open, 2);
    expect(changes[1]).toMatchObject({ verdict: ScreeningVerdict.CLEAR, previousVerdict: ScreeningVerdict.SUSPENDED, cause: DebtorStatusChangeCause.REGISTER_ENTRY_REMOVED, findings: [] });
  });

  it('a debtor in collective debt settlement is never cleared: not by a second case, nor by a match found by name', async () => {
    const id = nationalId();
    await importRegister('BE.central-individual-debt-register', 'situations', csv([{ entry_id: `RCD-${id}`, subject_type: 'person', country: 'BE', national_id: id, given_names: 'Lotte', family_name: 'Wouters', birth_date: '1979-05-05', postal_code: '3000', situation: 'COLLECTIVE_DEBT_SETTLEMENT' }])).expect(201);

    const byIdentifier = await verdictOf(await screening.caseOpened(person({ givenNames: 'Lotte', familyName: 'Wouters', nationalId: id })));
    const byName = await verdictOf(await screening.caseOpened(person({ givenNames: 'Lotte', familyName: 'Wouters', birthDate: '1979-05-05' }), { postalCode: '3000' }));

    expect(byIdentifier.verdict).toBe(ScreeningVerdict.SUSPENDED);
    expect(byName.verdict).toBe(ScreeningVerdict.SUSPENDED);
  });

  it('sends an uncertain name match to review with the evidence; the reviewer\'s decision re-screens the open cases and is kept', async () => {
    await importRegister('BE.incarcerations', 'situations', csv([{ entry_id: 'INC-77', subject_type: 'person', country: 'BE', given_names: 'J.', family_name: 'Verstraeten', birth_date: '1982-11-30', situation: 'INCARCERATION' }])).expect(201);
    const caseId = await screening.caseOpened(person({ givenNames: 'Jan', familyName: 'Verstraeten', birthDate: '1982-11-30' }), { postalCode: '9000' });

    const screened = await verdictOf(caseId);
    expect(screened.verdict).toBe(ScreeningVerdict.NEEDS_REVIEW);
    expect(screened.findings).toEqual([expect.objectContaining({ reason: ScreeningReason.INCARCERATION, source: 'BE.incarcerations' })]);

    const queue = await request(screening.app.getHttpServer()).get('/ops/reviews').set(OPERATOR).expect(200);
    const review = queue.body.find((candidate: { register: { entryId: string } }) => candidate.register.entryId === 'INC-77');
    expect(review).toMatchObject({ evidence: { birthDate: 'same' }, debtor: { familyName: 'Verstraeten' }, register: { source: 'BE.incarcerations', entry: { situation: 'INCARCERATION' } } });

    await request(screening.app.getHttpServer()).post(`/ops/reviews/${review.reviewId}/decision`).set(OPERATOR).send({ decision: 'same_debtor', reviewer: 'reviewer@agency.example' }).expect(200, { statusChanges: 1 });
    const [changed] = await screening.awaitPublished(DebtorStatusChangedSchema, caseId);
    expect(changed).toMatchObject({ verdict: ScreeningVerdict.SUSPENDED, previousVerdict: ScreeningVerdict.NEEDS_REVIEW, cause: DebtorStatusChangeCause.REVIEW_DECIDED });

    await request(screening.app.getHttpServer()).post(`/ops/reviews/${review.reviewId}/decision`).set(OPERATOR).send({ decision: 'different_debtor', reviewer: 'x' }).expect(409);
    const changedEntry = await importRegister('BE.incarcerations', 'situations', csv([{ entry_id: 'INC-77', action: 'change', subject_type: 'person', country: 'BE', given_names: 'J.', family_name: 'Verstraeten', birth_date: '1982-11-30', situation: 'INCARCERATION', effective_from: '2026-01-01' }]));
    expect(changedEntry.body).toMatchObject({ changed: 1 });
    const queueAfter = await request(screening.app.getHttpServer()).get('/ops/reviews').set(OPERATOR).expect(200);
    expect(queueAfter.body.filter((candidate: { register: { entryId: string } }) => candidate.register.entryId === 'INC-77')).toEqual([]);
  });

  it('re-screens an open case when a matched entry ceases to apply on its own end date, with no import', async () => {
    const id = nationalId();
    const clock = await request(screening.app.getHttpServer()).get('/ops/clock').expect(200);
    const today = String(clock.body.now).slice(0, 10);
    await importRegister('BE.incarcerations', 'situations', csv([{ entry_id: `INC-${id}`, subject_type: 'person', country: 'BE', national_id: id, family_name: 'Maes', situation: 'INCARCERATION', effective_to: today }])).expect(201);
    const caseId = await screening.caseOpened(person({ givenNames: 'Tom', familyName: 'Maes', nationalId: id }));
    expect((await verdictOf(caseId)).verdict).toBe(ScreeningVerdict.SUSPENDED);
    await screening.watchRegisterDates();

    await request(screening.app.getHttpServer()).post('/ops/clock/advance').send({ by: '1d' }).expect(200);
    await screening.watchRegisterDates();

    const [released] = await screening.awaitPublished(DebtorStatusChangedSchema, caseId);
    expect(released).toMatchObject({ verdict: ScreeningVerdict.CLEAR, previousVerdict: ScreeningVerdict.SUSPENDED, cause: DebtorStatusChangeCause.REGISTER_ENTRY_DATES, registerEntryId: `INC-${id}` });
  });
});
