import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { NestFactory } from '@nestjs/core';
import { SubmissionRoute } from '@collections/contracts';
import { waitFor } from '@collections/testing';
import request from 'supertest';
import { aCaseFileInput } from '../builders/case-file-input.builder';
import { IntakeModule } from '../../src/intake.module';
import { createCreditor, startIntake, watchCaseOpened, type IntakeApp } from '../support/intake-app';

const SAMPLE = readFileSync(join(__dirname, '../../docs/case-import-sample.csv'));
const SAMPLE_CASES = new Set(SAMPLE.toString('utf8').split('\n').slice(1).filter(Boolean).map((line) => line.split(',')[0])).size;
const HEADER = SAMPLE.toString('utf8').split('\n')[0];
const COLUMNS = HEADER.split(',');

/** A CSV line in the sample's column order from the columns that matter to a test, quoted as RFC 4180 says. */
function csvLine(values: Record<string, string>, delimiter = ','): string {
  const cell = (value: string) => (/[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return COLUMNS.map((column) => cell(values[column] ?? '')).join(delimiter);
}

const belgianPerson = (reference: string, invoice: Record<string, string> = {}) =>
  csvLine({
    creditor_reference: reference, category: 'B2C', currency: 'EUR', debtor_kind: 'person', given_names: 'Hélène', family_name: 'Dupré',
    address_line1: 'Rue Haute 5', postal_code: '1000', locality: 'Bruxelles', address_country: 'BE', emails: 'helene@example.be',
    language: 'fr-BE', country: 'BE', invoice_number: `${reference}-1`, invoice_issue_date: '2026-05-01', invoice_due_date: '2026-05-31',
    invoice_principal_minor: '10000', ...invoice,
  });

describe('bulk case imports (real PostgreSQL and Kafka)', () => {
  let intake: IntakeApp;
  let events: Awaited<ReturnType<typeof watchCaseOpened>>;

  beforeAll(async () => {
    intake = await startIntake(); // the default limit: 25 MiB
    events = await watchCaseOpened();
  });
  afterAll(async () => {
    await events?.stop();
    await intake?.close();
  });

  const server = () => intake.app.getHttpServer();
  const upload = (auth: Record<string, string>, body: Buffer | string, contentType = 'text/csv') =>
    request(server()).post('/v1/case-imports').set(auth).set('Content-Type', contentType).send(Buffer.isBuffer(body) ? body : Buffer.from(body));
  const finished = (auth: Record<string, string>, id: string) =>
    waitFor(`import ${id} done`, async () => {
      const view = await request(server()).get(`/v1/case-imports/${id}`).set(auth).expect(200);
      return view.body.done && view.body;
    }, { timeoutMs: 60_000 });
  const rejectionsOf = async (auth: Record<string, string>, id: string) =>
    (await request(server()).get(`/v1/case-imports/${id}/rejections`).set(auth).expect(200)).body.items as Array<{ line: number; column: string; code: string; creditorReference: string }>;

  it('opens every case of the sample file, publishes CaseOpened for each and a CaseImportCompleted, and opens nothing again on re-upload', async () => {
    const { creditorId, auth } = await createCreditor(intake);

    const accepted = await upload(auth, SAMPLE).expect(202);
    expect(accepted.headers.location).toBe(`/v1/case-imports/${accepted.body.id}`);
    const done = await finished(auth, accepted.body.id);

    expect(done).toMatchObject({ status: 'completed', rowsRead: 10, casesRead: SAMPLE_CASES, casesOpened: SAMPLE_CASES, casesRejected: 0, rowsUnreadable: 0 });
    const opened = await waitFor('a CaseOpened per case', () => events.opened(creditorId).length === SAMPLE_CASES && events.opened(creditorId));
    expect(new Set(opened.map((e) => e.route))).toEqual(new Set([SubmissionRoute.BULK_FILE]));
    expect(new Set(opened.map((e) => e.bulkImportId))).toEqual(new Set([accepted.body.id]));
    const multiInvoice = opened.find((e) => e.creditorReference === 'BE-2026-0001')!;
    expect(multiInvoice.accountingSheet?.invoices.map((i) => i.number)).toEqual(['F2026-0101', 'F2026-0150', 'F2026-0199']);
    const [summary] = await intake.dataSource.query(`SELECT event_type FROM outbox_messages WHERE message_key = $1`, [accepted.body.id]);
    expect(summary.event_type).toBe('collections.v1.CaseImportCompleted');

    const again = await upload(auth, SAMPLE).expect(202);
    const second = await finished(auth, again.body.id);
    expect(second).toMatchObject({ status: 'completed', casesOpened: 0, casesAlreadyKnown: SAMPLE_CASES, sameFileAs: [accepted.body.id] });
    const [{ count }] = await intake.dataSource.query(`SELECT count(*)::int AS count FROM cases WHERE creditor_id = $1`, [creditorId]);
    expect(count).toBe(SAMPLE_CASES);
  });

  it('reports each bad row by line, column and reason and still opens the good rows of the same file', async () => {
    const { creditorId, auth } = await createCreditor(intake);
    const lines = [
      HEADER, // line 1
      belgianPerson('GOOD-1'), // 2
      '', // 3: empty lines are skipped
      belgianPerson('ZERO', { invoice_principal_minor: '0' }), // 4
      belgianPerson('NEGATIVE', { invoice_principal_minor: '-100' }), // 5
      belgianPerson('CENTS', { invoice_principal_minor: '100.50' }), // 6
      belgianPerson('CURRENCY', { currency: 'ABC', invoice_principal_minor: '100' }), // 7
      belgianPerson('FUTURE', { invoice_due_date: '2999-12-31' }), // 8
      belgianPerson('CHECKDIGIT', { national_id: '85.07.30-033.29', birth_date: '1985-07-30' }), // 9
      belgianPerson('CONTACTS', { emails: 'not-an-email', phones: '12' }), // 10
      belgianPerson('DUPLICATE', { invoice_number: 'D-1' }), // 11
      belgianPerson('DUPLICATE', { invoice_number: 'D-1', category: '', currency: '', debtor_kind: '', given_names: '', family_name: '', address_line1: '', postal_code: '', locality: '', address_country: '', emails: '', language: '', country: '' }), // 12
      belgianPerson('MIXED', { invoice_number: 'M-1' }), // 13
      belgianPerson('MIXED', { invoice_number: 'M-2', category: '', currency: 'USD', debtor_kind: '', given_names: '', family_name: '', address_line1: '', postal_code: '', locality: '', address_country: '', emails: '', language: '', country: '' }), // 14
      'SHORT,B2C,EUR', // 15: wrong column count
      belgianPerson('=HYPERLINK("http://evil.example","click")'), // 16: stored verbatim
      belgianPerson('GOOD-2'), // 17
      `${belgianPerson('BROKEN').replace('Dupré', '"unterminated')}`, // 18: unbalanced quote, nothing after it is trusted
      belgianPerson('NEVER-READ'),
    ];

    const accepted = await upload(auth, lines.join('\r\n')).expect(202);
    const done = await finished(auth, accepted.body.id);
    const rejections = await rejectionsOf(auth, accepted.body.id);

    const found = rejections.map((r) => `${r.line} ${r.column} ${r.code}`);
    expect(found).toHaveLength(new Set(found).size);
    expect(found).toEqual(
      expect.arrayContaining([
        '4 invoice_principal_minor AMOUNT_NOT_POSITIVE',
        '5 invoice_principal_minor AMOUNT_NOT_POSITIVE',
        '6 invoice_principal_minor AMOUNT_NOT_INTEGER',
        '7 currency UNKNOWN_CURRENCY',
        '8 invoice_due_date NOT_YET_DUE',
        '9 national_id INVALID_CHECK_DIGIT',
        '10 emails INVALID_EMAIL',
        '10 phones INVALID_PHONE',
        '12 invoice_number DUPLICATE_INVOICE_NUMBER',
        '13 (row) CASE_REJECTED',
        '14 currency CASE_FIELDS_DIFFER',
        '15 (row) COLUMN_COUNT',
        '18 (row) UNBALANCED_QUOTE',
      ].map((expected) => expect.stringMatching(new RegExp(`^${expected.replace(/[()]/g, '\\$&')}$`)))),
    );
    const references = (await intake.dataSource.query(`SELECT creditor_reference FROM cases WHERE creditor_id = $1 ORDER BY creditor_reference`, [creditorId])).map(
      (row: { creditor_reference: string }) => row.creditor_reference,
    );
    expect(references).toEqual(['=HYPERLINK("http://evil.example","click")', 'GOOD-1', 'GOOD-2']);
    expect(done).toMatchObject({ status: 'completed', casesOpened: 3 });
  });

  it('exports the report as CSV with formula-like cells neutralised', async () => {
    const { auth } = await createCreditor(intake);
    const accepted = await upload(auth, [HEADER, belgianPerson('=cmd|/c calc', { invoice_principal_minor: '0' })].join('\n')).expect(202);
    await finished(auth, accepted.body.id);

    const report = await request(server()).get(`/v1/case-imports/${accepted.body.id}/rejections.csv`).set(auth).expect(200);

    expect(report.headers['content-type']).toContain('text/csv');
    expect(report.headers['content-disposition']).toContain('attachment');
    expect(report.text.split('\n')[0]).toBe('line,creditor_reference,column,code,message');
    expect(report.text).toContain("'=cmd|/c calc");
    expect(report.text).not.toMatch(/(^|,)=cmd/m);
  });

  it('reads a BOM, a semicolon delimiter and Windows-1252 accents, declared or detected', async () => {
    const { creditorId, auth } = await createCreditor(intake);
    const semicolons = [HEADER.split(',').join(';'), belgianPerson('BOM-1', { family_name: 'Müller' }).split(',').join(';')].join('\n');
    await finished(auth, (await upload(auth, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(semicolons, 'utf8')])).expect(202)).body.id);
    const latin = [HEADER, belgianPerson('CP1252-DETECTED', { family_name: 'Lefèvre' })].join('\n');
    await finished(auth, (await upload(auth, Buffer.from(latin, 'latin1')).expect(202)).body.id);
    const declared = [HEADER, belgianPerson('CP1252-DECLARED', { family_name: 'Françoise' })].join('\n');
    await finished(auth, (await upload(auth, Buffer.from(declared, 'latin1'), 'text/csv; charset=windows-1252').expect(202)).body.id);

    const names = await intake.dataSource.query(`SELECT creditor_reference AS ref, case_file->'debtor'->>'familyName' AS name FROM cases WHERE creditor_id = $1 ORDER BY 1`, [creditorId]);
    expect(names).toEqual([
      { ref: 'BOM-1', name: 'Müller' },
      { ref: 'CP1252-DECLARED', name: 'Françoise' },
      { ref: 'CP1252-DETECTED', name: 'Lefèvre' },
    ]);
  });

  it('imports JSON Lines shaped like the API body, reporting a line that is not JSON', async () => {
    const { creditorId, auth } = await createCreditor(intake);
    const body = [JSON.stringify(aCaseFileInput({ creditorReference: 'JSONL-1' })), '{not json', JSON.stringify(aCaseFileInput({ creditorReference: 'JSONL-2', currency: 'XYZ' }))].join('\n');

    const done = await finished(auth, (await upload(auth, body, 'application/x-ndjson').expect(202)).body.id);
    const rejections = await rejectionsOf(auth, done.id);

    expect(done).toMatchObject({ casesOpened: 1, casesRejected: 1, rowsUnreadable: 1 });
    expect(rejections.map((r) => `${r.line} ${r.column} ${r.code}`)).toEqual(expect.arrayContaining(['2 (row) INVALID_JSON', '3 currency UNKNOWN_CURRENCY']));
    await waitFor('the JSONL case opened', () => events.opened(creditorId).some((e) => e.creditorReference === 'JSONL-1'));
  });

  it('answers 413 for a 50 MB file over the limit, declared or streamed, and 415 for another format', async () => {
    const { auth } = await createCreditor(intake);
    const tooBig = Buffer.alloc(50 * 1000 * 1000, 'a');
    const declared = await upload(auth, tooBig).expect(413);
    expect(declared.body.code).toBe('PAYLOAD_TOO_LARGE');

    const port = (await new Promise<AddressInfo>((resolve) => {
      const listening = server().listening ? server() : server().listen(0);
      if (listening.address()) resolve(listening.address() as AddressInfo);
      else listening.once('listening', () => resolve(listening.address() as AddressInfo));
    })).port;
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ port, method: 'POST', path: '/v1/case-imports', headers: { ...auth, 'Content-Type': 'text/csv', 'Transfer-Encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      // 50 MB in 1 MiB chunks, with no Content-Length: the limit is enforced while reading.
      const chunk = Buffer.alloc(1024 * 1024, 'b');
      Readable.from((function* () { for (let i = 0; i < 48; i += 1) yield chunk; })()).pipe(req);
    });
    expect(streamed).toBe(413);

    await upload(auth, '<xml/>', 'application/xml').expect(415);
  });

  it('marks an import a stopped process left behind as failed when the service starts, leaving running ones alone', async () => {
    const { creditorId, auth } = await createCreditor(intake);
    const insert = (id: string, idleMinutes: number) =>
      intake.dataSource.query(
        `INSERT INTO case_imports (id, creditor_id, format, file_bytes, file_sha256, status, updated_at) VALUES ($1, $2, 'csv', 10, 'x', 'running', now() - make_interval(mins => $3))`,
        [id, creditorId, idleMinutes],
      );
    const [abandoned, busy] = [randomUUID(), randomUUID()];
    await insert(abandoned, 10);
    await insert(busy, 0);

    const restarted = await NestFactory.create(IntakeModule.forRoot(intake.config), { logger: false });
    await restarted.init();
    await restarted.close();

    const view = (id: string) => request(server()).get(`/v1/case-imports/${id}`).set(auth).expect(200);
    expect((await view(abandoned)).body).toMatchObject({ status: 'failed', done: true, failure: expect.stringContaining('upload the file again') });
    expect((await view(busy)).body).toMatchObject({ status: 'running', done: false });
  });

  it("answers 404 for another creditor's import on every endpoint", async () => {
    const owner = await createCreditor(intake, 'Owner');
    const other = await createCreditor(intake, 'Other');
    const accepted = await upload(owner.auth, SAMPLE).expect(202);

    await request(server()).get(`/v1/case-imports/${accepted.body.id}`).set(other.auth).expect(404);
    await request(server()).get(`/v1/case-imports/${accepted.body.id}/rejections`).set(other.auth).expect(404);
    await request(server()).get(`/v1/case-imports/${accepted.body.id}/rejections.csv`).set(other.auth).expect(404);
    await finished(owner.auth, accepted.body.id);
  });
});
