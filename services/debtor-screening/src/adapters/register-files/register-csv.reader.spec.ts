import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { RegisterKind } from '../../domain/registers/register-entry';
import type { RegisterFileChunk } from '../../domain/registers/register-row';
import { readRegisterCsv, type RegisterCsvOptions } from './register-csv.reader';

const TODAY = '2025-06-30';
const SITUATIONS_HEADER = 'entry_id,action,subject_type,country,national_id,family_name,birth_date,situation,effective_from,effective_to,contact';
const COMPANIES_HEADER = 'Entry_ID,Subject_Type,Country,Legal_Name,Company_Number,Status';

/** A valid situations row; `id` varies, `overrides` replace cells by column. */
function situationRow(id: string, overrides: Partial<Record<string, string>> = {}): string {
  const cells: Record<string, string> = {
    entry_id: id,
    action: 'add',
    subject_type: 'person',
    country: 'BE',
    national_id: '85010112345',
    family_name: 'Dupont',
    birth_date: '1985-01-01',
    situation: 'COLLECTIVE_DEBT_SETTLEMENT',
    effective_from: '2020-01-01',
    effective_to: '',
    contact: '"Me Martin, avocat"',
    ...overrides,
  };
  return SITUATIONS_HEADER.split(',').map((column) => cells[column]).join(',');
}

/** The bytes of `parts` (text as UTF-8, Buffers as they are), handed out `pieceBytes` at a time. */
async function* bytesOf(parts: (string | Buffer)[], pieceBytes = 64 * 1024): AsyncGenerator<Buffer> {
  const bytes = Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : part)));
  for (let start = 0; start < bytes.length; start += pieceBytes) yield bytes.subarray(start, start + pieceBytes);
}

async function readAll(input: AsyncIterable<Buffer>, options: Partial<RegisterCsvOptions> = {}): Promise<RegisterFileChunk[]> {
  const chunks: RegisterFileChunk[] = [];
  for await (const chunk of readRegisterCsv(input, { kind: 'situations', today: TODAY, ...options })) chunks.push(chunk);
  return chunks;
}

async function readFile(lines: (string | Buffer)[], options: Partial<RegisterCsvOptions> & { pieceBytes?: number; eol?: string } = {}) {
  const eol = options.eol ?? '\n';
  const parts = lines.flatMap((line) => [line, eol]);
  const chunks = await readAll(bytesOf(parts, options.pieceBytes), options);
  return {
    chunks,
    entries: chunks.flatMap((chunk) => chunk.entries),
    problems: chunks.flatMap((chunk) => chunk.problems),
  };
}

const summary = ({ row, field, code }: { row: number; field?: string; code: string }) => ({ row, field, code });

describe('readRegisterCsv', () => {
  it('reads every row of a good file, numbered by line', async () => {
    const { entries, problems, chunks } = await readFile([SITUATIONS_HEADER, situationRow('E1'), situationRow('E2', { action: 'change' }), situationRow('E3', { action: '' })]);

    expect(problems).toEqual([]);
    expect(chunks).toHaveLength(1);
    expect(entries.map(({ row, entryId, declaredAction }) => ({ row, entryId, declaredAction }))).toEqual([
      { row: 2, entryId: 'E1', declaredAction: 'add' },
      { row: 3, entryId: 'E2', declaredAction: 'change' },
      { row: 4, entryId: 'E3', declaredAction: 'upsert' },
    ]);
    expect(entries[0]).toMatchObject({ action: 'upsert', situation: 'COLLECTIVE_DEBT_SETTLEMENT', contact: 'Me Martin, avocat', subject: { familyName: 'Dupont' } });
  });

  it('reads a companies file with its header in another order and case', async () => {
    const { entries, problems } = await readFile([COMPANIES_HEADER, 'C1,company,BE,Acme SA,0123456789,bankrupt', 'C2,company,LU,,B12345,Dissolved'], {
      kind: 'companies',
    });

    expect(problems).toEqual([]);
    expect(entries.map((entry) => [entry.row, entry.subject.legalName ?? entry.subject.companyNumber, entry.status])).toEqual([
      [2, 'Acme SA', 'bankrupt'],
      [3, 'B12345', 'dissolved'],
    ]);
  });

  it.each<[number, RegisterKind, number]>([
    [0, 'situations', 4],
    [1, 'companies', 2],
  ])('loads example %i of the README as a %s file without a problem', async (index, kind, count) => {
    const examples = [...readFileSync(join(__dirname, 'README.md'), 'utf8').matchAll(/```csv\n([\s\S]*?)```/g)].map((match) => match[1]!);

    const { entries, problems } = await readFile([examples[index]!], { kind, eol: '' });

    expect(problems).toEqual([]);
    expect(entries).toHaveLength(count);
  });

  it('reports each bad row with its line, field and code, and still loads the good rows around them', async () => {
    // Saved as Latin-1: 'é' is the single byte 0xE9.
    const withLatin1 = Buffer.from(situationRow('E6', { family_name: 'René' }), 'latin1');
    const lines = [
      SITUATIONS_HEADER,
      situationRow('E1'),
      situationRow('E2', { birth_date: '1985-02-30' }),
      situationRow('', { effective_from: '2020-13-01' }),
      situationRow('E1'),
      situationRow('E5'),
      withLatin1,
      `${situationRow('E7')},extra`,
      'E8,add,person',
      situationRow('E9', { contact: '"unclosed' }),
      situationRow('E10'),
      situationRow('E11', { contact: '"Me "Martin""' }),
      situationRow('E12', { situation: 'BANKRUPTCY' }),
      situationRow('E13', { birth_date: '2030-01-01', effective_to: '2019-01-01' }),
      situationRow('E14'),
    ];

    const { entries, problems } = await readFile(lines);

    expect(entries.map((entry) => [entry.row, entry.entryId])).toEqual([
      [2, 'E1'],
      [6, 'E5'],
      [11, 'E10'],
      [15, 'E14'],
    ]);
    expect(problems.map(summary)).toEqual([
      { row: 3, field: 'birth_date', code: 'invalid_date' },
      { row: 4, field: 'entry_id', code: 'missing' },
      { row: 4, field: 'effective_from', code: 'invalid_date' },
      { row: 5, field: 'entry_id', code: 'duplicate_entry' },
      { row: 7, field: 'family_name', code: 'invalid_encoding' },
      { row: 8, field: undefined, code: 'column_count' },
      { row: 9, field: undefined, code: 'column_count' },
      { row: 10, field: undefined, code: 'unterminated_quote' },
      { row: 12, field: undefined, code: 'malformed_quote' },
      { row: 13, field: 'situation', code: 'situation_for_wrong_subject' },
      { row: 14, field: 'birth_date', code: 'future_date' },
      { row: 14, field: 'effective_to', code: 'date_range' },
    ]);
    expect(problems.find((problem) => problem.code === 'duplicate_entry')!.reason).toBe('entry_id is the same as on row 2');
    expect(problems.find((problem) => problem.code === 'invalid_encoding')!.reason).toContain('UTF-8');
    expect(problems.find((problem) => problem.code === 'column_count')!.reason).toBe('the row has 12 cells, the header 11');
  });

  it('rejects a later duplicate even when the first row with that id was itself rejected', async () => {
    const { entries, problems } = await readFile([SITUATIONS_HEADER, situationRow('E1', { country: 'XX' }), situationRow('E1')]);

    expect(entries).toEqual([]);
    expect(problems.map(summary)).toEqual([
      { row: 2, field: 'country', code: 'invalid_country' },
      { row: 3, field: 'entry_id', code: 'duplicate_entry' },
    ]);
  });

  it('finds a duplicate across chunks, and a long id is still matched', async () => {
    const id = 'BE.CDS.2020/0000000001-long-identifier';
    const lines = [SITUATIONS_HEADER, situationRow(id), ...Array.from({ length: 7 }, (_, i) => situationRow(`E${i}`)), situationRow(id)];

    const { problems } = await readFile(lines, { chunkSize: 3 });

    expect(problems).toEqual([{ row: 10, field: 'entry_id', code: 'duplicate_entry', reason: 'entry_id is the same as on row 2' }]);
  });

  it('skips a UTF-8 byte-order mark and reads CRLF line endings', async () => {
    const { entries, problems } = await readFile(['\uFEFF' + SITUATIONS_HEADER, situationRow('E1'), situationRow('E2', { family_name: 'Müller' })], { eol: '\r\n' });

    expect(problems).toEqual([]);
    expect(entries.map((entry) => [entry.row, entry.subject.familyName, entry.contact])).toEqual([
      [2, 'Dupont', 'Me Martin, avocat'],
      [3, 'Müller', 'Me Martin, avocat'],
    ]);
  });

  it('numbers rows by their first line when a quoted cell spans lines, and skips blank lines', async () => {
    const { entries, problems } = await readFile([SITUATIONS_HEADER, situationRow('E1', { contact: '"Me Martin\r\nRue Haute 1"' }), '', situationRow('E2'), '   ', situationRow('E3', { country: '' })]);

    expect(entries.map((entry) => [entry.row, entry.contact])).toEqual([
      [2, 'Me Martin\nRue Haute 1'],
      [5, 'Me Martin, avocat'],
    ]);
    expect(problems.map(summary)).toEqual([{ row: 7, field: 'country', code: 'missing' }]);
  });

  it('hands out chunks of the chosen size, counting rejected rows, without losing or repeating a row', async () => {
    const lines = [SITUATIONS_HEADER, ...Array.from({ length: 23 }, (_, i) => situationRow(`E${i}`, i % 4 === 0 ? { country: '' } : {}))];

    const { chunks } = await readFile(lines, { chunkSize: 5, pieceBytes: 100 });

    expect(chunks.map((chunk) => chunk.entries.length + chunk.problems.length)).toEqual([5, 5, 5, 5, 3]);
    const rows = chunks.flatMap((chunk) => [...chunk.entries.map((entry) => entry.row), ...chunk.problems.map((problem) => problem.row)]);
    expect(rows.sort((a, b) => a - b)).toEqual(Array.from({ length: 23 }, (_, i) => i + 2));
  });

  it('reads the same whatever the size of the pieces the bytes arrive in', async () => {
    const lines = ['\uFEFF' + SITUATIONS_HEADER, situationRow('E1', { family_name: 'Zoë' }), situationRow('E2', { contact: '"two\nlines"' }), situationRow('E3', { contact: '"open' })];
    const whole = await readFile(lines, { eol: '\r\n' });

    for (const pieceBytes of [1, 2, 3, 7]) expect(await readFile(lines, { eol: '\r\n', pieceBytes })).toEqual(whole);
  });

  it('reads on after a quote left open to the end of the file, from the line after it', async () => {
    const lines = [SITUATIONS_HEADER, situationRow('E1'), situationRow('E2', { contact: '"open' }), situationRow('E3', { contact: 'Me Leroy' }), situationRow('E4', { contact: '' })];

    for (const pieceBytes of [5, 64 * 1024]) {
      const { entries, problems } = await readFile(lines, { pieceBytes });

      expect(entries.map((entry) => [entry.row, entry.entryId])).toEqual([
        [2, 'E1'],
        [4, 'E3'],
        [5, 'E4'],
      ]);
      expect(problems.map(summary)).toEqual([{ row: 3, field: undefined, code: 'unterminated_quote' }]);
    }
  });

  it('reports a record longer than the limit on its first line, and reads on from the next line', async () => {
    const lines = [
      SITUATIONS_HEADER,
      situationRow('E1', { contact: 'x'.repeat(300) }),
      situationRow('E2'),
      situationRow('E3', { contact: '"opened' }),
      ...Array.from({ length: 5 }, (_, i) => situationRow(`E${i + 4}`, { contact: 'filler' })),
    ];

    for (const pieceBytes of [7, 64 * 1024]) {
      const { entries, problems } = await readFile(lines, { pieceBytes, maxRecordBytes: 250 });

      expect(problems.map(summary)).toEqual([
        { row: 2, field: undefined, code: 'record_too_large' },
        { row: 4, field: undefined, code: 'unterminated_quote' },
      ]);
      expect(entries.map((entry) => entry.row)).toEqual([3, 5, 6, 7, 8, 9]);
    }
  });

  it('rejects a quote inside a cell that is not quoted, and reads blanks around a quoted cell', async () => {
    const { entries, problems } = await readFile([
      SITUATIONS_HEADER,
      situationRow('E1', { family_name: 'O"Brien' }),
      situationRow('E2', { contact: '  "Me Martin, avocat"  ' }),
    ]);

    expect(problems.map(summary)).toEqual([{ row: 2, field: undefined, code: 'malformed_quote' }]);
    expect(entries.map((entry) => [entry.row, entry.contact])).toEqual([[3, 'Me Martin, avocat']]);
  });

  it('lets a replacement character that is really in the file through, and finds bytes that are not UTF-8 across pieces', async () => {
    const lines = [SITUATIONS_HEADER, situationRow('E1', { family_name: 'Zo\uFFFD' }), Buffer.from(situationRow('E2', { family_name: 'René' }), 'latin1'), situationRow('E3', { family_name: 'René' })];

    for (const pieceBytes of [1, 64 * 1024]) {
      const { entries, problems } = await readFile(lines, { pieceBytes });

      expect(entries.map((entry) => [entry.row, entry.subject.familyName])).toEqual([
        [2, 'Zo\uFFFD'],
        [4, 'René'],
      ]);
      expect(problems.map(summary)).toEqual([{ row: 3, field: 'family_name', code: 'invalid_encoding' }]);
    }
  });

  it('reads a Node stream', async () => {
    const stream = Readable.from(bytesOf([SITUATIONS_HEADER, '\n', situationRow('E1'), '\n'], 10));

    expect((await readAll(stream)).flatMap((chunk) => chunk.entries.map((entry) => entry.entryId))).toEqual(['E1']);
  });

  it('reads a header alone as a file with nothing to load', async () => {
    expect((await readFile([SITUATIONS_HEADER])).chunks).toEqual([]);
  });

  it.each<[string, (string | Buffer)[], RegisterKind, { row: number; field?: string; code: string }[]]>([
    ['an empty file', [], 'situations', [{ row: 1, code: 'empty_file' }]],
    ['a file of blank lines', ['', ''], 'situations', [{ row: 1, code: 'empty_file' }]],
    [
      'a file without a header',
      [situationRow('E1'), situationRow('E2')],
      'situations',
      [
        { row: 1, code: 'unknown_columns' },
        { row: 1, field: 'entry_id', code: 'missing_column' },
      ],
    ],
    ['unknown columns', ['entry_id,naam,situation', 'E1,Jan,DECEASED'], 'situations', [{ row: 1, code: 'unknown_columns' }]],
    ['no entry_id column', ['country,legal_name', 'BE,Acme'], 'companies', [{ row: 1, field: 'entry_id', code: 'missing_column' }]],
    ['a header that is not UTF-8', [Buffer.from('entry_id,pr\xe9nom', 'latin1'), 'E1,x'], 'persons', [{ row: 1, code: 'invalid_encoding' }]],
    ['a UTF-16 file', [Buffer.from('\uFEFFentry_id,country', 'utf16le'), 'E1,BE'], 'persons', [{ row: 1, code: 'invalid_encoding' }]],
    ['a header with a broken quote', ['entry_id,"country', 'E1,BE'], 'persons', [{ row: 1, code: 'unterminated_quote' }]],
  ])('refuses %s on the header row, loading nothing', async (_, lines, kind, expected) => {
    const { chunks } = await readFile(lines, { kind });

    expect(chunks).toHaveLength(1);
    expect(chunks[0]!.entries).toEqual([]);
    expect(chunks[0]!.problems).toEqual(expected.map((problem) => expect.objectContaining(problem)));
  });

  it('never throws on bytes that are not a register file', async () => {
    const noise = Buffer.from(Array.from({ length: 5_000 }, (_, i) => (i * 7919) % 256));
    const lines = [SITUATIONS_HEADER, noise, situationRow('E1'), noise, situationRow('E2')];

    const { entries, problems } = await readFile(lines, { pieceBytes: 333 });

    expect(entries.map((entry) => entry.entryId)).toEqual(expect.arrayContaining(['E1', 'E2']));
    expect(problems.length).toBeGreaterThan(0);
  });

  it.each([
    [{ chunkSize: 0 }, 'chunkSize'],
    [{ chunkSize: 2.5 }, 'chunkSize'],
    [{ today: '30/06/2025' }, 'today'],
  ])('refuses options %j', async (options, name) => {
    await expect(readAll(bytesOf([SITUATIONS_HEADER]), options)).rejects.toThrow(name);
  });
});
