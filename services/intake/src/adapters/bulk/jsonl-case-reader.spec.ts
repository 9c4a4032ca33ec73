import { Readable } from 'node:stream';
import type { BulkRow } from './bulk-row';
import { readJsonlCases } from './jsonl-case-reader';

const chunked = (text: string, size = 5): Readable => {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
  return Readable.from(chunks);
};

async function readAll(text: string, maxLineChars?: number): Promise<BulkRow[]> {
  const rows: BulkRow[] = [];
  for await (const row of readJsonlCases(chunked(text), maxLineChars)) rows.push(row);
  return rows;
}

const aCase = (reference: string, invoices = 1, payments = 0) =>
  JSON.stringify({
    creditorReference: reference,
    category: 'B2C',
    currency: 'EUR',
    debtor: { kind: 'person', familyName: 'Peeters', language: 'nl-BE', country: 'BE' },
    invoices: Array.from({ length: invoices }, (_, i) => ({ number: `F-${i}`, issueDate: '2026-01-01', dueDate: '2026-02-01', principalMinor: 1000, currency: 'EUR' })),
    ...(payments > 0 ? { partialPayments: Array.from({ length: payments }, () => ({ paidOn: '2026-03-01', amountMinor: 100, currency: 'EUR' })) } : {}),
  });

describe('readJsonlCases', () => {
  it('reads one case per line, every invoice and payment on that line', async () => {
    const rows = await readAll(`${aCase('A')}\n${aCase('B', 3, 2)}\n`);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ kind: 'case', firstLine: 1, lines: [1], paymentLines: [], caseFile: { creditorReference: 'A' } });
    expect(rows[1]).toMatchObject({ kind: 'case', firstLine: 2, lines: [2, 2, 2], paymentLines: [2, 2], caseFile: { creditorReference: 'B' } });
  });

  it('skips empty lines but counts them, with LF or CRLF line ends', async () => {
    const rows = await readAll(`\r\n${aCase('A')}\r\n   \r\n\r\n${aCase('B')}`);
    expect(rows.map((row) => (row.kind === 'case' ? row.firstLine : -1))).toEqual([2, 5]);
  });

  it('rejects a line that is not JSON (INVALID_JSON) and goes on', async () => {
    const rows = await readAll(`${aCase('A')}\n{"creditorReference": "B",\n${aCase('C')}\n`);
    expect(rows.map((row) => row.kind)).toEqual(['case', 'rejected', 'case']);
    expect(rows[1]).toEqual({ kind: 'rejected', line: 2, errors: [{ field: '(row)', code: 'INVALID_JSON', message: 'is not valid JSON' }] });
  });

  it.each(['[1,2]', '"a case"', '42', 'null', 'true'])('rejects %s as NOT_AN_OBJECT', async (json) => {
    const [row] = await readAll(`${json}\n`);
    expect(row).toMatchObject({ kind: 'rejected', line: 1, errors: [{ code: 'NOT_AN_OBJECT' }] });
  });

  it('passes an object on as it is, leaving the checks to the domain', async () => {
    const [row] = await readAll('{"creditorReference": 12, "invoices": "none"}');
    expect(row).toEqual({ kind: 'case', caseFile: { creditorReference: 12, invoices: 'none' }, firstLine: 1, lines: [], paymentLines: [] });
  });

  it('ignores a byte-order mark', async () => {
    const [row] = await readAll(`\uFEFF${aCase('A')}`);
    expect(row).toMatchObject({ kind: 'case', firstLine: 1 });
  });

  it('rejects a line longer than the limit (LINE_TOO_LONG) without holding it, and goes on', async () => {
    const rows = await readAll(`${aCase('A')}\n{"pad": "${'x'.repeat(5000)}"}\n${aCase('C')}\n`, 1000);
    expect(rows.map((row) => (row.kind === 'case' ? `case ${row.firstLine}` : `${row.errors[0]!.code} ${row.line}`))).toEqual(['case 1', 'LINE_TOO_LONG 2', 'case 3']);
  });
});
