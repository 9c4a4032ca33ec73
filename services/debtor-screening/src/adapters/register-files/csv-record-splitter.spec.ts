import { CsvRecordSplitter, type CsvRecord } from './csv-record-splitter';

/** All records of `input`, pushed in pieces of `pieceBytes` (every boundary a chunk may fall on). */
function split(input: string | Buffer, pieceBytes = Number.MAX_SAFE_INTEGER, maxRecordBytes?: number): CsvRecord[] {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const splitter = new CsvRecordSplitter(maxRecordBytes);
  const records: CsvRecord[] = [];
  for (let start = 0; start < bytes.length; start += pieceBytes) records.push(...splitter.push(bytes.subarray(start, start + pieceBytes)));
  records.push(...splitter.end());
  return records;
}

const cells = (row: number, ...values: string[]): CsvRecord => ({ row, cells: values, invalidUtf8: false });

describe('CsvRecordSplitter', () => {
  it('numbers records by line, skipping blank lines, with or without a final line break', () => {
    expect(split('a,b\n\n1,2\r\n3,4')).toEqual([cells(1, 'a', 'b'), cells(3, '1', '2'), cells(4, '3', '4')]);
  });

  it('gives the same records whatever the chunk boundaries', () => {
    const text = '\uFEFFentry_id,contact\r\nE1,"Me ""Martin"", avocat"\r\nE2,"two\r\nlines"\r\nE3,Zoë\r\n';
    const whole = split(text);

    expect(whole).toEqual([cells(1, 'entry_id', 'contact'), cells(2, 'E1', 'Me "Martin", avocat'), cells(3, 'E2', 'two\nlines'), cells(5, 'E3', 'Zoë')]);
    for (const piece of [1, 2, 3, 5, 7]) expect(split(text, piece)).toEqual(whole);
  });

  it.each([
    ['a trailing comma', 'a,b,', ['a', 'b', '']],
    ['empty quoted cells', '"",a,""', ['', 'a', '']],
    ['blanks around a quoted cell', 'a,  "b, c"  ,d', ['a', 'b, c', 'd']],
    ['a quote inside an unquoted cell, as text', 'O"Brien,x', ['O"Brien', 'x']],
    ['a delimiter and escaped quotes inside quotes', '"a,""b""",c', ['a,"b"', 'c']],
  ])('reads %s', (_, line, expected) => {
    expect(split(line)).toEqual([cells(1, ...expected)]);
  });

  it('reads a semicolon-separated file when its first line has more semicolons than commas', () => {
    expect(split('entry_id;contact\nE1;"Martin; avocat";x,y\n')).toEqual([cells(1, 'entry_id', 'contact'), cells(2, 'E1', 'Martin; avocat', 'x,y')]);
  });

  it('keeps the comma when the first line has no delimiter at all', () => {
    expect(split('entry_id\nE1,x')).toEqual([cells(1, 'entry_id'), cells(2, 'E1', 'x')]);
  });

  it('reports a closing quote followed by text on its row, and goes on', () => {
    expect(split('"ab"c,d\nx,y')).toEqual([{ row: 1, failure: 'malformed_quote' }, cells(2, 'x', 'y')]);
  });

  it('reports a quote never closed on the row it opens, and reads the lines it swallowed on their own', () => {
    const text = 'h1,h2\nE1,"open\nE2,fine\nE3,"quoted"\nE4,last';

    expect(split(text)).toEqual([
      cells(1, 'h1', 'h2'),
      { row: 2, failure: 'unterminated_quote' },
      cells(3, 'E2', 'fine'),
      cells(4, 'E3', 'quoted'),
      cells(5, 'E4', 'last'),
    ]);
  });

  it('reports a quote still open at the end of the input, and reads the lines after it', () => {
    expect(split('E1,ok\nE2,"open\nE3,x\nE4,y\n')).toEqual([cells(1, 'E1', 'ok'), { row: 2, failure: 'unterminated_quote' }, cells(3, 'E3', 'x'), cells(4, 'E4', 'y')]);
  });

  it('reports each of two unclosed quotes', () => {
    expect(split('E1,"a\nE2,"b\nE3,c')).toEqual([{ row: 1, failure: 'unterminated_quote' }, { row: 2, failure: 'unterminated_quote' }, cells(3, 'E3', 'c')]);
  });

  it('gives up on a quoted cell longer than the limit and reads the lines after it', () => {
    const lines = ['E1,"opened', ...Array.from({ length: 10 }, (_, i) => `E${i + 2},filler-filler`)];

    const records = split(lines.join('\n'), 4, 40);

    expect(records[0]).toEqual({ row: 1, failure: 'unterminated_quote' });
    expect(records.slice(1)).toEqual(Array.from({ length: 10 }, (_, i) => cells(i + 2, `E${i + 2}`, 'filler-filler')));
  });

  it('reports a line longer than the limit without holding it, then goes on', () => {
    const text = `a,b\n${'x'.repeat(100)}\nc,d\n`;

    for (const piece of [3, 1000]) {
      expect(split(text, piece, 50)).toEqual([cells(1, 'a', 'b'), { row: 2, failure: 'record_too_large' }, cells(3, 'c', 'd')]);
    }
  });

  it('flags a line whose bytes are not UTF-8, and only that line', () => {
    const bytes = Buffer.concat([Buffer.from('a,b\nE1,Ren'), Buffer.from([0xe9]), Buffer.from('\nE2,Ren\u00e9\n')]);

    expect(split(bytes, 2)).toEqual([cells(1, 'a', 'b'), { row: 2, cells: ['E1', 'Ren\uFFFD'], invalidUtf8: true }, cells(3, 'E2', 'René')]);
  });

  it('lets a replacement character that is really in the file through', () => {
    expect(split('E1,\uFFFD')).toEqual([cells(1, 'E1', '\uFFFD')]);
  });

  it('reads nothing from an empty input or a lone byte-order mark', () => {
    expect(split('')).toEqual([]);
    expect(split('\uFEFF')).toEqual([]);
    expect(split('\uFEFF\n\n', 1)).toEqual([]);
  });
});
