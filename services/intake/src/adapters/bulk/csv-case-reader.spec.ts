import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { BulkRow, CaseBulkRow, RejectedBulkRow } from './bulk-row';
import { readCsvCases, type CsvCaseReaderOptions } from './csv-case-reader';
import { decodeUpload } from './decode-upload';

const HEADER = [
  'creditor_reference', 'category', 'currency', 'debtor_kind', 'family_name', 'language', 'country',
  'invoice_number', 'invoice_issue_date', 'invoice_due_date', 'invoice_principal_minor',
  'partial_payment_minor', 'partial_payment_date',
];

type Row = Record<string, string>;

const invoiceRow = (reference: string, invoice: string, extra: Row = {}): Row => ({
  creditor_reference: reference, category: 'B2C', currency: 'EUR', debtor_kind: 'person', family_name: 'Peeters',
  language: 'nl-BE', country: 'BE', invoice_number: invoice, invoice_issue_date: '2026-01-01',
  invoice_due_date: '2026-02-01', invoice_principal_minor: '1000', ...extra,
});

const line = (row: Row, delimiter = ','): string => HEADER.map((column) => row[column] ?? '').join(delimiter);
const csv = (rows: (Row | string)[], delimiter = ','): string =>
  [HEADER.join(delimiter), ...rows.map((row) => (typeof row === 'string' ? row : line(row, delimiter)))].join('\n') + '\n';

/** Text in chunks of `size` characters: records, quotes and line breaks cross chunk boundaries. */
const chunked = (text: string, size = 7): Readable => {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
  return Readable.from(chunks);
};

async function readAll(text: string, options?: CsvCaseReaderOptions, size?: number): Promise<BulkRow[]> {
  const rows: BulkRow[] = [];
  for await (const row of readCsvCases(chunked(text, size), options)) rows.push(row);
  return rows;
}

const cases = (rows: BulkRow[]): CaseBulkRow[] => rows.filter((row): row is CaseBulkRow => row.kind === 'case');
const rejections = (rows: BulkRow[]): RejectedBulkRow[] => rows.filter((row): row is RejectedBulkRow => row.kind === 'rejected');
/** Each row as `case <reference> @<first line>` or `rejected @<line> <codes>`, in the order read. */
const outline = (rows: BulkRow[]): string[] =>
  rows.map((row) => (row.kind === 'case' ? `case ${row.caseFile.creditorReference} @${row.firstLine}` : `rejected @${row.line} ${row.errors.map((e) => e.code).join(',')}`));

describe('readCsvCases', () => {
  describe('layout', () => {
    it('reads one row into a case, passing values on as written and leaving empty optional cells out', async () => {
      const rows = await readAll(csv([invoiceRow('BE-1', 'F-1')]));
      expect(rows).toEqual([
        {
          kind: 'case',
          firstLine: 2,
          lines: [2],
          paymentLines: [],
          caseFile: {
            creditorReference: 'BE-1', category: 'B2C', currency: 'EUR',
            debtor: { kind: 'person', familyName: 'Peeters', language: 'nl-BE', country: 'BE' },
            invoices: [{ number: 'F-1', issueDate: '2026-01-01', dueDate: '2026-02-01', principalMinor: '1000', currency: 'EUR' }],
          },
        },
      ]);
    });

    it('maps every documented column', async () => {
      const header = 'creditor_reference,category,currency,debtor_kind,given_names,family_name,birth_date,national_id,legal_name,company_number,vat_number,address_line1,address_line2,postal_code,locality,region,address_country,phones,emails,language,country,invoice_number,invoice_issue_date,invoice_due_date,invoice_principal_minor,interest_rate_bp,interest_minor,costs_minor,partial_payment_minor,partial_payment_date,partial_payment_reference';
      const row = 'R,B2B,EUR,company,Ann,Lee,1980-01-02,NID,Acme NV,0456789034,BE0456789034,Street 1,Box 2,2000,Antwerpen,Antwerp,BE,+32 470 12 34 56 | 03 234 56 78,a@example.be|b@example.be,nl-BE,BE,F-9,2026-01-01,2026-02-01,500,800,12,300,100,2026-03-01,PAY-1';
      const [read] = cases(await readAll(`${header}\n${row}\n`));
      expect(read!.caseFile).toEqual({
        creditorReference: 'R', category: 'B2B', currency: 'EUR', interestRateBp: '800', interestMinor: '12', costsMinor: '300',
        debtor: {
          kind: 'company', givenNames: 'Ann', familyName: 'Lee', birthDate: '1980-01-02', nationalId: 'NID', legalName: 'Acme NV',
          companyNumber: '0456789034', vatNumber: 'BE0456789034', language: 'nl-BE', country: 'BE',
          addresses: [{ lines: ['Street 1', 'Box 2'], postalCode: '2000', locality: 'Antwerpen', region: 'Antwerp', country: 'BE' }],
          phones: ['+32 470 12 34 56', '03 234 56 78'],
          emails: ['a@example.be', 'b@example.be'],
        },
        invoices: [{ number: 'F-9', issueDate: '2026-01-01', dueDate: '2026-02-01', principalMinor: '500', currency: 'EUR' }],
        partialPayments: [{ paidOn: '2026-03-01', amountMinor: '100', currency: 'EUR', reference: 'PAY-1' }],
      });
    });

    it('detects ; as the delimiter from the header, leaving commas in cells alone', async () => {
      const text = csv([invoiceRow('FR-1', 'F-1', { family_name: 'Martin, dit Le Grand' })], ';');
      const [read] = cases(await readAll(text));
      expect(read!.caseFile.debtor.familyName).toBe('Martin, dit Le Grand');
    });

    it('counts delimiters outside quotes only', async () => {
      const header = `"notes; a; b; c; d; e; f; g; h; i; j; k; l; m",${HEADER.join(',')}`;
      const text = `${header}\n"call; later",${line(invoiceRow('BE-1', 'F-1'))}\n`;
      expect(outline(await readAll(text))).toEqual(['case BE-1 @2']);
    });

    it('rejects a header naming a column twice (DUPLICATE_COLUMN)', async () => {
      const text = `${HEADER.join(',')},Currency\n${line(invoiceRow('BE-1', 'F-1'))},USD\n`;
      expect(outline(await readAll(text))).toEqual(['rejected @1 DUPLICATE_COLUMN']);
    });

    it('matches column names case-insensitively and in any order, ignoring unknown columns', async () => {
      const text = [
        'Invoice_Principal_Minor,NOTES,COUNTRY,Language,family_name,Debtor_Kind,currency,category,invoice_due_date,invoice_issue_date,invoice_number,Creditor_Reference',
        '1000,call first,BE,nl-BE,Peeters,person,EUR,B2C,2026-02-01,2026-01-01,F-1,BE-1',
      ].join('\r\n');
      const [read] = cases(await readAll(text));
      expect(read!.caseFile).toMatchObject({ creditorReference: 'BE-1', debtor: { familyName: 'Peeters', country: 'BE' }, invoices: [{ principalMinor: '1000' }] });
    });

    it('keeps a cell verbatim, a formula included, only trimming surrounding spaces', async () => {
      const formula = '=HYPERLINK("http://x","y")';
      const quoted = `"${formula.replaceAll('"', '""')}"`;
      const [read] = cases(await readAll(csv([invoiceRow('BE-1', '  F-1 ', { family_name: quoted, partial_payment_minor: '+1' })])));
      expect(read!.caseFile.debtor.familyName).toBe(formula);
      expect(read!.caseFile.invoices[0]!.number).toBe('F-1');
      expect(read!.caseFile.partialPayments![0]!.amountMinor).toBe('+1');
    });

    it('reads text that still starts with a byte-order mark', async () => {
      expect(outline(await readAll(`\uFEFF${csv([invoiceRow('BE-1', 'F-1')])}`))).toEqual(['case BE-1 @2']);
    });

    it('reads a file without a final line break', async () => {
      expect(outline(await readAll(csv([invoiceRow('BE-1', 'F-1')]).trimEnd()))).toEqual(['case BE-1 @2']);
    });
  });

  describe('grouping', () => {
    it('makes one case of consecutive rows with the same creditor_reference, one invoice per row', async () => {
      const rows = await readAll(csv([
        invoiceRow('BE-1', 'F-1'),
        { creditor_reference: 'BE-1', invoice_number: 'F-2', invoice_principal_minor: '2000', partial_payment_minor: '500', partial_payment_date: '2026-03-01' },
        invoiceRow('BE-1', 'F-3'),
        invoiceRow('BE-2', 'F-1'),
      ]));
      expect(outline(rows)).toEqual(['case BE-1 @2', 'case BE-2 @5']);
      const [first] = cases(rows);
      expect(first!.lines).toEqual([2, 3, 4]);
      expect(first!.paymentLines).toEqual([3]);
      expect(first!.caseFile.invoices.map((invoice) => invoice.number)).toEqual(['F-1', 'F-2', 'F-3']);
      expect(first!.caseFile.partialPayments).toEqual([{ paidOn: '2026-03-01', amountMinor: '500', currency: 'EUR' }]);
      expect(first!.caseFile.debtor.familyName).toBe('Peeters');
    });

    it('rejects every line of a case when a later row changes a case column (CASE_FIELDS_DIFFER)', async () => {
      const rows = await readAll(csv([
        invoiceRow('BE-1', 'F-1'),
        invoiceRow('BE-1', 'F-2'),
        invoiceRow('BE-1', 'F-3', { family_name: 'Janssens', currency: 'USD' }),
        invoiceRow('BE-2', 'F-1'),
      ]));
      expect(outline(rows)).toEqual(['rejected @2 CASE_REJECTED', 'rejected @3 CASE_REJECTED', 'rejected @4 CASE_FIELDS_DIFFER,CASE_FIELDS_DIFFER', 'case BE-2 @5']);
      expect(rejections(rows)[2]!.errors.map((error) => error.field)).toEqual(['currency', 'family_name']);
      expect(rejections(rows)[0]!.errors[0]!.message).toContain('line 4');
    });

    it('starts a new case when the reference changes, even back to an earlier one', async () => {
      const rows = await readAll(csv([invoiceRow('A', 'F-1'), invoiceRow('B', 'F-1'), invoiceRow('A', 'F-2')]));
      expect(outline(rows)).toEqual(['case A @2', 'case B @3', 'case A @4']);
    });

    it('rejects a row without a creditor_reference on its own', async () => {
      const rows = await readAll(csv([invoiceRow('A', 'F-1'), invoiceRow('', 'F-2'), invoiceRow('A', 'F-3')]));
      expect(outline(rows)).toEqual(['case A @2', 'rejected @3 REQUIRED']);
      expect(cases(rows)[0]!.lines).toEqual([2, 4]);
    });

    it('rejects a case with more rows than allowed, without holding the rest of it', async () => {
      const rows = await readAll(csv([invoiceRow('A', 'F-1'), invoiceRow('A', 'F-2'), invoiceRow('A', 'F-3'), invoiceRow('A', 'F-4'), invoiceRow('B', 'F-1')]), { maxRowsPerCase: 2 });
      expect(outline(rows)).toEqual(['rejected @2 CASE_REJECTED', 'rejected @3 CASE_REJECTED', 'rejected @4 CASE_TOO_LARGE', 'rejected @5 CASE_REJECTED', 'case B @6']);
    });
  });

  describe('damaged rows', () => {
    it('rejects a row with the wrong number of columns (COLUMN_COUNT) and goes on with the next line', async () => {
      const rows = await readAll(csv([invoiceRow('A', 'F-1'), 'B,too,few', `${line(invoiceRow('C', 'F-1'))},extra`, invoiceRow('D', 'F-1')]));
      expect(outline(rows)).toEqual(['case A @2', 'rejected @3 COLUMN_COUNT', 'rejected @4 COLUMN_COUNT', 'case D @5']);
      expect(rejections(rows)[0]!.errors).toEqual([{ field: '(row)', code: 'COLUMN_COUNT', message: `expected ${HEADER.length} columns, got 3` }]);
    });

    it('rejects the whole case when one of its rows has the wrong number of columns', async () => {
      const rows = await readAll(csv([invoiceRow('A', 'F-1'), `${line(invoiceRow('A', 'F-2'))},extra`, invoiceRow('A', 'F-3'), invoiceRow('B', 'F-1')]));
      expect(outline(rows)).toEqual(['rejected @2 CASE_REJECTED', 'rejected @3 COLUMN_COUNT', 'rejected @4 CASE_REJECTED', 'case B @5']);
    });

    it('skips empty lines and rows of empty cells, keeping physical line numbers', async () => {
      const text = `\n${HEADER.join(',')}\n\n${line(invoiceRow('A', 'F-1'))}\n\n\n${',,,'.repeat(4)}\n${line(invoiceRow('A', 'F-2'))}\n   \n${line(invoiceRow('B', 'F-1'))}\n\n`;
      const rows = await readAll(text, undefined, 5);
      expect(outline(rows)).toEqual(['case A @4', 'case B @10']);
      expect(cases(rows)[0]!.lines).toEqual([4, 8]);
    });

    it('rejects a row holding undecodable bytes (INVALID_ENCODING), naming the column', async () => {
      const text = csv([invoiceRow('A', 'F-1'), invoiceRow('B', 'F-1', { family_name: 'Jos\uFFFD' }), invoiceRow('C', 'F-1')]);
      const rows = await readAll(text);
      expect(outline(rows)).toEqual(['case A @2', 'rejected @3 INVALID_ENCODING', 'case C @4']);
      expect(rejections(rows)[0]!.errors[0]!.field).toBe('family_name');
    });

    it('rejects the header alone when required columns are missing (MISSING_COLUMN), reading nothing else', async () => {
      const text = 'creditor_reference;Category;currency;family_name;language\nA;B2C;EUR;Peeters;nl\n';
      const rows = await readAll(text);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ kind: 'rejected', line: 1 });
      expect(rejections(rows)[0]!.errors.map((error) => `${error.code} ${error.field}`)).toEqual([
        'MISSING_COLUMN debtor_kind', 'MISSING_COLUMN country', 'MISSING_COLUMN invoice_number',
        'MISSING_COLUMN invoice_issue_date', 'MISSING_COLUMN invoice_due_date', 'MISSING_COLUMN invoice_principal_minor',
      ]);
    });

    it('reports an empty file (MISSING_HEADER)', async () => {
      expect(outline(await readAll('\n\n'))).toEqual(['rejected @1 MISSING_HEADER']);
    });
  });

  describe('quotes and line numbers', () => {
    it('numbers rows after multiline quoted cells by physical line, with LF or CRLF line ends', async () => {
      for (const eol of ['\n', '\r\n']) {
        const multiline = line(invoiceRow('A', 'F-1', { family_name: `"Peeters${eol}c/o Janssens${eol}"` }));
        const text = [HEADER.join(','), multiline, line(invoiceRow('A', 'F-2', { family_name: '' })), '', line(invoiceRow('B', 'F-1'))].join(eol) + eol;
        const rows = await readAll(text, undefined, 3);
        expect(outline(rows)).toEqual(['case A @2', 'case B @7']);
        expect(cases(rows)[0]!.lines).toEqual([2, 5]);
        expect(cases(rows)[0]!.caseFile.debtor.familyName).toBe(`Peeters${eol}c/o Janssens`);
      }
    });

    it('stops at an unclosed quote (UNBALANCED_QUOTE) after handing out every case before it', async () => {
      const text = csv([invoiceRow('A', 'F-1'), invoiceRow('A', 'F-2'), invoiceRow('B', 'F-1'), line(invoiceRow('C', 'F-1', { family_name: '"Peeters' })), invoiceRow('D', 'F-1')]);
      const rows = await readAll(text);
      expect(outline(rows)).toEqual(['case A @2', 'case B @4', 'rejected @5 UNBALANCED_QUOTE']);
      expect(rejections(rows)[0]!.errors[0]).toMatchObject({ field: '(row)', code: 'UNBALANCED_QUOTE' });
    });

    it('rejects the case read last when the broken row belongs to it', async () => {
      const text = csv([
        invoiceRow('A', 'F-1'),
        invoiceRow('A', 'F-2'),
        invoiceRow('B', 'F-1'),
        line(invoiceRow('B', 'F-2', { family_name: '"Peeters' })),
        invoiceRow('C', 'F-1'),
        invoiceRow('D', 'F-1'),
      ]);
      const rows = await readAll(text);
      // The broken row is B's: B may go on past it, so it is rejected whole; nothing after the break is read.
      expect(outline(rows)).toEqual(['case A @2', 'rejected @4 CASE_REJECTED', 'rejected @5 UNBALANCED_QUOTE']);
    });

    it('rejects the case read last when the broken row cannot say which case it belongs to', async () => {
      const text = csv([invoiceRow('A', 'F-1'), invoiceRow('B', 'F-1'), line(invoiceRow('"C', 'F-1'))]);
      expect(outline(await readAll(text))).toEqual(['case A @2', 'rejected @3 CASE_REJECTED', 'rejected @4 UNBALANCED_QUOTE']);
    });

    it('reports the line where the broken field starts, after multiline cells of the same row', async () => {
      const broken = line(invoiceRow('B', 'F-1', { family_name: '"two\nlines"', language: '"nl-BE' }));
      const rows = await readAll(csv([invoiceRow('A', 'F-1'), '', broken, invoiceRow('C', 'F-1')]), undefined, 4);
      expect(outline(rows)).toEqual(['case A @2', 'rejected @5 UNBALANCED_QUOTE']);
    });

    it('reports a quote inside an unquoted cell, or text after a closing quote, as UNBALANCED_QUOTE', async () => {
      const stray = await readAll(csv([invoiceRow('A', 'F-1'), invoiceRow('B', 'F-1'), invoiceRow('C', 'F-1', { family_name: 'O"Brien' })]));
      expect(outline(stray)).toEqual(['case A @2', 'case B @3', 'rejected @4 UNBALANCED_QUOTE']);
      const trailing = await readAll(csv([invoiceRow('A', 'F-1', { family_name: '"Peeters" Jr' })]));
      expect(outline(trailing)).toEqual(['rejected @2 UNBALANCED_QUOTE']);
    });

    it('stops an unclosed quote at maxRecordBytes instead of holding the rest of a large file', async () => {
      const rest = Array.from({ length: 2000 }, (_, i) => line(invoiceRow(`R-${i}`, 'F-1')));
      const text = csv([invoiceRow('A', 'F-1'), invoiceRow('B', 'F-1', { family_name: '"Peeters' }), ...rest]);
      const rows = await readAll(text, { maxRecordBytes: 4096 }, 512);
      expect(outline(rows)).toEqual(['case A @2', 'rejected @3 UNBALANCED_QUOTE']);
    });

    it('stops at a row longer than maxRecordBytes outside quotes (RECORD_TOO_LARGE)', async () => {
      const rows = await readAll(csv([invoiceRow('A', 'F-1'), invoiceRow('B', 'F-1', { family_name: 'x'.repeat(5000) })]), { maxRecordBytes: 4096 }, 512);
      expect(outline(rows)).toEqual(['case A @2', 'rejected @3 RECORD_TOO_LARGE']);
    });
  });

  describe('with decodeUpload', () => {
    const latin = (text: string): Buffer => Buffer.from(text, 'latin1');

    it.each([['declared', 'windows-1252'], ['detected', undefined]])('reads accented names from windows-1252 (%s)', async (_how, charset) => {
      const bytes = latin(csv([invoiceRow('ES-1', 'F-1', { family_name: 'García Núñez' })], ';'));
      expect(bytes.includes(0xed)).toBe(true);
      const rows: BulkRow[] = [];
      for await (const row of readCsvCases(decodeUpload(Readable.from([bytes]), { charset }))) rows.push(row);
      expect(cases(rows)[0]!.caseFile.debtor.familyName).toBe('García Núñez');
    });

    it('reads the documented sample file: every case, no rejection', async () => {
      const sample = createReadStream(join(__dirname, '../../../docs/case-import-sample.csv'));
      const rows: BulkRow[] = [];
      for await (const row of readCsvCases(decodeUpload(sample))) rows.push(row);
      expect(rejections(rows)).toEqual([]);
      expect(cases(rows).map((row) => `${row.caseFile.creditorReference} ${row.caseFile.debtor.kind} ${row.caseFile.invoices.length}`)).toEqual([
        'BE-2026-0001 person 3', 'FR-2026-0002 company 2', 'NL-2026-0003 person 1',
        'DE-2026-0004 company 2', 'ES-2026-0005 person 1', 'SE-2026-0006 company 1',
      ]);
    });
  });

  it('streams: 20,000 rows generated lazily come out as they are read, not at the end', async () => {
    // Memory at scale is measured by bench/intake-import.bench.ts; this only proves the reading is incremental.
    const total = 20_000;
    let produced = 0;
    function* chunks(): Generator<string> {
      yield `${HEADER.join(',')}\n`;
      while (produced < total) {
        let chunk = '';
        // Chunks of 100 rows, two invoices per case, so grouping is exercised all along.
        for (const end = produced + 100; produced < end; produced += 1) chunk += `${line(invoiceRow(`R-${Math.floor(produced / 2)}`, `F-${produced}`))}\n`;
        yield chunk;
      }
    }
    let count = 0;
    let producedAtFirstCase = -1;
    let rejected = 0;
    for await (const row of readCsvCases(Readable.from(chunks()))) {
      if (row.kind !== 'case') rejected += 1;
      if (count === 0) producedAtFirstCase = produced;
      count += 1;
    }
    expect({ count, rejected }).toEqual({ count: total / 2, rejected: 0 });
    // The first case came out long before the input was all produced: nothing waits for the end.
    expect(producedAtFirstCase).toBeLessThan(total / 10);
  }, 60_000);
});
