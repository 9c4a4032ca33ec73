import { createHash } from 'node:crypto';
import type { FieldError } from '../shared/field-error';
import type { CaseFile } from './case-file';

/**
 * The case file as sorted `path → value` pairs: the same content always flattens the same way,
 * whatever the key order it was stored or received in.
 */
export function flattenCaseFile(file: CaseFile): Map<string, string> {
  const flat = new Map<string, string>();
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      flat.set(`${path}.length`, String(value.length));
      value.forEach((item, i) => visit(item, `${path}[${i}]`));
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value).sort()) visit((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key);
    } else {
      flat.set(path, String(value ?? ''));
    }
  };
  visit(file, '');
  return flat;
}

/** A stable hash of the content, to recognise a resubmission without comparing field by field. */
export function fingerprintCaseFile(file: CaseFile): string {
  const pairs = [...flattenCaseFile(file)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // JSON keeps every path and value apart, whatever characters they hold.
  return createHash('sha256').update(JSON.stringify(pairs)).digest('hex');
}

/**
 * What differs between the stored case file and a resubmission under the same reference: the
 * paths only, never the values (they are personal data, and the creditor has both versions).
 */
export function caseFileDifferences(stored: CaseFile, submitted: CaseFile): FieldError[] {
  const before = flattenCaseFile(stored);
  const after = flattenCaseFile(submitted);
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort();
  return paths
    .filter((path) => before.get(path) !== after.get(path))
    .map((path) => ({ field: path, code: 'DIFFERS', message: 'differs from the case already submitted under this reference' }));
}
