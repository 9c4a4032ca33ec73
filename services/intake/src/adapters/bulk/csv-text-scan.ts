/**
 * Small scans of raw CSV text that csv-parse does not offer: the delimiter of the header line, and
 * where the last field of a record that failed to parse starts. Quotes are RFC 4180 double quotes.
 */

export type CsvDelimiter = ',' | ';';

/**
 * The delimiter of the header (its first non-empty line): `;` if it occurs more often than `,`
 * outside quotes, else `,`. Undefined while `text` does not hold the whole header line yet and
 * more text may follow (`complete` false).
 */
export function sniffDelimiter(text: string, complete: boolean): CsvDelimiter | undefined {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  let started = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === '\n' || char === '\r') {
      if (started) return semicolons > commas ? ';' : ',';
    } else if (char === ',') commas += 1;
    else if (char === ';') semicolons += 1;
    if (char !== '\n' && char !== '\r') started = true;
  }
  if (!complete) return undefined;
  return semicolons > commas ? ';' : ',';
}

/** What can still be told about a record csv-parse gave up on. */
export interface BrokenRecord {
  /** Lines between the record's first line and the line where its last (broken) field starts. */
  linesAfterStart: number;
  /** The last field is a quoted one that was never closed. */
  openQuote: boolean;
  /** The complete cells before the broken one, unquoted. */
  cellsBefore: string[];
}

/**
 * Scans the raw text of a record that failed to parse, from its start as csv-parse reports it
 * (leading line breaks of skipped empty lines are ignored), up to where parsing stopped.
 */
export function scanBrokenRecord(raw: string, delimiter: string): BrokenRecord {
  const text = raw.replace(/^[\r\n]+/, '');
  const cellsBefore: string[] = [];
  let cell = '';
  let lineBreaks = 0;
  let fieldLine = 0;
  let quoted = false;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (char === '\r' || char === '\n') {
      if (!(char === '\n' && text[i - 1] === '\r')) lineBreaks += 1;
      if (quoted) cell += char;
    } else if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += char;
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === delimiter) {
      cellsBefore.push(cell);
      cell = '';
      atFieldStart = true;
      fieldLine = lineBreaks;
    } else {
      if (char === '"' && atFieldStart) quoted = true;
      else cell += char;
      atFieldStart = false;
    }
  }
  return { linesAfterStart: fieldLine, openQuote: quoted, cellsBefore };
}
