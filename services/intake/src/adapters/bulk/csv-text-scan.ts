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

/**
 * Where the last field of a record's raw text starts, as a number of lines after the record's
 * first line, and whether that field is a quoted one that never closed. `raw` is the record text
 * from its start, as csv-parse reports it (leading line breaks of skipped empty lines are ignored).
 */
export function lastFieldStart(raw: string, delimiter: string): { linesAfterStart: number; openQuote: boolean } {
  const text = raw.replace(/^[\r\n]+/, '');
  let lineBreaks = 0;
  let fieldLine = 0;
  let quoted = false;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (char === '\r' || char === '\n') {
      if (!(char === '\n' && text[i - 1] === '\r')) lineBreaks += 1;
      if (!quoted) {
        atFieldStart = true;
        fieldLine = lineBreaks;
      }
    } else if (quoted) {
      if (char === '"' && text[i + 1] === '"') i += 1;
      else if (char === '"') quoted = false;
    } else if (char === delimiter) {
      atFieldStart = true;
      fieldLine = lineBreaks;
    } else {
      if (char === '"' && atFieldStart) quoted = true;
      atFieldStart = false;
    }
  }
  return { linesAfterStart: fieldLine, openQuote: quoted };
}
