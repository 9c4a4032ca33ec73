import { Readable } from 'node:stream';
import { neutraliseFormula, rejectionReportCsv, type RejectionReportRow } from './rejection-report';

async function* from(rows: RejectionReportRow[]): AsyncGenerator<RejectionReportRow> {
  yield* rows;
}

async function text(stream: Readable): Promise<string> {
  let out = '';
  for await (const chunk of stream) out += String(chunk);
  return out;
}

describe('rejectionReportCsv', () => {
  it('writes a header and one row per rejection', async () => {
    const csv = await text(rejectionReportCsv(from([
      { line: 4, creditorReference: 'BE-1', column: 'invoice_due_date', code: 'INVALID_DATE', message: 'must be a date YYYY-MM-DD' },
      { line: 1, column: 'country', code: 'MISSING_COLUMN', message: 'is a required column, and is missing' },
    ])));
    expect(csv).toBe(
      'line,creditor_reference,column,code,message\n' +
        '4,BE-1,invoice_due_date,INVALID_DATE,must be a date YYYY-MM-DD\n' +
        '1,,country,MISSING_COLUMN,"is a required column, and is missing"\n',
    );
  });

  it('prefixes a formula uploaded as a value with a single quote, and keeps it in one cell', async () => {
    const csv = await text(rejectionReportCsv(from([
      { line: 2, creditorReference: '=HYPERLINK("http://x","y")', column: 'creditor_reference', code: 'TOO_LONG', message: 'm' },
    ])));
    expect(csv.split('\n')[1]).toBe('2,"\'=HYPERLINK(""http://x"",""y"")",creditor_reference,TOO_LONG,m');
  });

  it.each(['=1+2', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '\uFF1D1'])('neutralises a cell starting like a formula: %j', (cell) => {
    expect(neutraliseFormula(cell)).toBe(`'${cell}`);
  });

  it.each(['BE-1', 'a=b', '', "'quoted"])('leaves %j alone', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });

  it('ends the stream with the error of its source', async () => {
    async function* failing(): AsyncGenerator<RejectionReportRow> {
      yield { line: 1, column: '(row)', code: 'X', message: 'x' };
      throw new Error('database gone');
    }
    await expect(text(rejectionReportCsv(failing()))).rejects.toThrow('database gone');
  });
});
