import { textChunks } from './text-chunks';

/** One line of text, numbered from 1; `tooLong` when it passed the limit (its text is then dropped). */
export type TextLine = { line: number; text: string; tooLong?: false } | { line: number; text?: undefined; tooLong: true };

/**
 * Splits a text stream into lines (LF or CRLF), holding at most one line of `maxLineChars` in
 * memory: the rest of a longer line is skipped, and the line reported as too long.
 */
export async function* splitLines(source: AsyncIterable<unknown>, maxLineChars: number): AsyncGenerator<TextLine> {
  let line = 1;
  let pending = '';
  let skipping = false;
  for await (const chunk of textChunks(source)) {
    let start = 0;
    for (let end = chunk.indexOf('\n'); end !== -1; end = chunk.indexOf('\n', start)) {
      if (!skipping) pending += chunk.slice(start, end);
      yield finished(line, pending, skipping, maxLineChars);
      line += 1;
      pending = '';
      skipping = false;
      start = end + 1;
    }
    if (!skipping) pending += chunk.slice(start);
    if (pending.length > maxLineChars) {
      skipping = true;
      pending = '';
    }
  }
  if (pending || skipping) yield finished(line, pending, skipping, maxLineChars);
}

function finished(line: number, text: string, skipped: boolean, maxLineChars: number): TextLine {
  const withoutCr = text.endsWith('\r') ? text.slice(0, -1) : text;
  return skipped || withoutCr.length > maxLineChars ? { line, tooLong: true } : { line, text: withoutCr };
}
