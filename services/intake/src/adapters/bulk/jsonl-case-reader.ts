import type { Readable } from 'node:stream';
import type { CaseFileInput } from '../../domain/case-file/case-file.input';
import { fieldError } from '../../domain/shared/field-error';
import { WHOLE_ROW, type BulkRow } from './bulk-row';
import { splitLines } from './split-lines';

/** A case on one line is a few KiB; a longer line is rejected without being held. */
export const DEFAULT_MAX_JSONL_LINE_CHARS = 1024 * 1024;

/**
 * Reads newline-delimited JSON (`application/x-ndjson`): every non-empty line is one case shaped
 * like CaseFileInput, not checked beyond being a JSON object (validateCaseFile does the rest).
 * Lines are numbered from 1 and every invoice and payment of a case is on its line.
 */
export async function* readJsonlCases(text: Readable, maxLineChars = DEFAULT_MAX_JSONL_LINE_CHARS): AsyncGenerator<BulkRow> {
  for await (const { line, text: json, tooLong } of splitLines(text, maxLineChars)) {
    if (tooLong) {
      yield rejected(line, 'LINE_TOO_LONG', `a line has at most ${maxLineChars} characters`);
      continue;
    }
    if (json.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      yield rejected(line, 'INVALID_JSON', 'is not valid JSON');
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield rejected(line, 'NOT_AN_OBJECT', 'must be a JSON object describing one case');
      continue;
    }
    const caseFile = value as CaseFileInput;
    const onThisLine = (list: unknown) => (Array.isArray(list) ? list.map(() => line) : []);
    yield { kind: 'case', caseFile, firstLine: line, lines: onThisLine(caseFile.invoices), paymentLines: onThisLine(caseFile.partialPayments) };
  }
}

function rejected(line: number, code: string, message: string): BulkRow {
  return { kind: 'rejected', line, errors: [fieldError(WHOLE_ROW, code, message)] };
}
