import { checkRegisterHeader, REGISTER_COLUMNS } from './register-columns';

describe('checkRegisterHeader', () => {
  it('accepts every column, in any order and case, with blanks around the names', () => {
    expect(checkRegisterHeader([...REGISTER_COLUMNS].reverse().map((name) => ` ${name.toUpperCase()} `))).toEqual([]);
  });

  it('accepts entry_id alone (a file of removals)', () => {
    expect(checkRegisterHeader(['entry_id'])).toEqual([]);
  });

  it('names every unknown column in one problem on row 1', () => {
    const problems = checkRegisterHeader(['entry_id', 'Nom', 'situation', '', 'dob']);

    expect(problems).toEqual([{ row: 1, code: 'unknown_columns', reason: expect.stringContaining('"nom", column 4 (no name), "dob"') }]);
  });

  it('reports a column given twice', () => {
    expect(checkRegisterHeader(['entry_id', 'country', 'Country'])).toEqual([
      { row: 1, field: 'country', code: 'duplicate_column', reason: 'column country appears more than once' },
    ]);
  });

  it('requires entry_id', () => {
    expect(checkRegisterHeader(['country', 'situation'])).toEqual([
      { row: 1, field: 'entry_id', code: 'missing_column', reason: 'column entry_id is required' },
    ]);
  });

  it.each([[[]], [['']], [[' ', '']]])('reports a header without names (%j) as an empty file', (columns) => {
    expect(checkRegisterHeader(columns)).toEqual([{ row: 1, code: 'empty_file', reason: expect.stringContaining('no header') }]);
  });
});
