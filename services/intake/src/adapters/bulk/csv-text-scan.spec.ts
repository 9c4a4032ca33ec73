import { scanBrokenRecord, sniffDelimiter } from './csv-text-scan';

describe('sniffDelimiter', () => {
  it.each([
    ['a,b,c\n', ','],
    ['a;b;c\r\n', ';'],
    ['"x;y;z",b,c\n', ','],
    ['\n\na;b\n', ';'],
    ['a\n', ','],
  ])('reads %j as %j', (text, delimiter) => {
    expect(sniffDelimiter(text, false)).toBe(delimiter);
  });

  it('waits for the end of the header line unless the text is complete', () => {
    expect(sniffDelimiter('a;b;c', false)).toBeUndefined();
    expect(sniffDelimiter('"a\n;b";c', false)).toBeUndefined();
    expect(sniffDelimiter('a;b;c', true)).toBe(';');
  });
});

describe('scanBrokenRecord', () => {
  it('finds the line of an unclosed field after multiline cells, and the cells before it', () => {
    expect(scanBrokenRecord('\n\nA,"two\r\nlines",x,"open\nrest\n', ',')).toEqual({
      linesAfterStart: 1,
      openQuote: true,
      cellsBefore: ['A', 'two\r\nlines', 'x'],
    });
  });

  it('unescapes doubled quotes and sees a closed field as closed', () => {
    expect(scanBrokenRecord('A;"say ""hi""";"4"', ';')).toEqual({ linesAfterStart: 0, openQuote: false, cellsBefore: ['A', 'say "hi"'] });
  });
});
