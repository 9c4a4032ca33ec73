import { aCaseFileInput, TODAY } from '../../../test/builders/case-file-input.builder';
import type { CaseFile } from './case-file';
import { caseFileDifferences, fingerprintCaseFile } from './case-file-fingerprint';
import type { CaseFileInput } from './case-file.input';
import { validateCaseFile } from './validate-case-file';

function aCaseFile(input: CaseFileInput = aCaseFileInput()): CaseFile {
  const validation = validateCaseFile(input, TODAY);
  if (!validation.ok) throw new Error(`expected a valid case file: ${JSON.stringify(validation.errors)}`);
  return validation.caseFile;
}

/** The same content with every object's keys in reverse order, as another serialiser might write it. */
function withKeysReversed<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withKeysReversed) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).reverse().map((key) => [key, withKeysReversed((value as Record<string, unknown>)[key])])) as T;
  }
  return value;
}

const fieldsOf = (stored: CaseFile, submitted: CaseFile) => caseFileDifferences(stored, submitted).map((difference) => difference.field);

describe('fingerprintCaseFile', () => {
  it('is the same for the same content with keys in another order', () => {
    const stored = aCaseFile();
    const reordered = withKeysReversed(stored);
    expect(Object.keys(reordered)).not.toEqual(Object.keys(stored));
    expect(Object.keys(reordered.debtor)).not.toEqual(Object.keys(stored.debtor));

    expect(fingerprintCaseFile(reordered)).toBe(fingerprintCaseFile(stored));
  });

  it('is the same for two separately validated copies of the same submission', () => {
    expect(fingerprintCaseFile(aCaseFile())).toBe(fingerprintCaseFile(aCaseFile()));
  });

  it.each<[string, (file: CaseFile) => void]>([
    ['an invoice principal', (file) => (file.invoices[1].principalMinor += 1n)],
    ['the interest', (file) => (file.interestMinor = 1_521n)],
    ['the costs', (file) => (file.costsMinor = 0n)],
    ['a partial payment', (file) => (file.partialPayments[0].amountMinor = 19_999n)],
    ['the interest rate', (file) => (file.interestRateBp = 801)],
    ['an invoice due date', (file) => (file.invoices[0].dueDate = '2026-08-01')],
    ['the debtor name', (file) => file.debtor.kind === 'person' && (file.debtor.familyName = 'Dubois-Leclercq')],
    ['a postal code', (file) => (file.debtor.addresses[0].postalCode = '1040')],
    ['an e-mail address', (file) => (file.debtor.emails[0] = 'marie@example.be')],
  ])('changes when %s changes', (_label, change) => {
    const changed = aCaseFile();
    change(changed);

    expect(fingerprintCaseFile(changed)).not.toBe(fingerprintCaseFile(aCaseFile()));
  });

  it('changes when an invoice or a payment is added', () => {
    const withInvoice = aCaseFile();
    withInvoice.invoices.push({ number: 'INV-3', issueDate: '2026-09-01', dueDate: '2026-09-30', principalMinor: 10_000n });
    const withoutPayments = aCaseFile();
    withoutPayments.partialPayments = [];

    expect(fingerprintCaseFile(withInvoice)).not.toBe(fingerprintCaseFile(aCaseFile()));
    expect(fingerprintCaseFile(withoutPayments)).not.toBe(fingerprintCaseFile(aCaseFile()));
  });

  it('changes when text moves from one field to the next, even across the characters that separate fields in the hash', () => {
    // Validation refuses control characters in text, but the fingerprint must not depend on that.
    const person = (familyName: string, givenNames: string): CaseFile => {
      const file = aCaseFile();
      return { ...file, debtor: { ...file.debtor, familyName, givenNames } as CaseFile['debtor'] };
    };
    const one = person('Dubois\u0001debtor.givenNames\u0000Marie', 'Anne');
    const other = person('Dubois', 'Marie\u0001debtor.givenNames\u0000Anne');
    expect(caseFileDifferences(one, other).map((difference) => difference.field)).toEqual(['debtor.familyName', 'debtor.givenNames']);

    expect(fingerprintCaseFile(one)).not.toBe(fingerprintCaseFile(other));
  });
});

describe('caseFileDifferences', () => {
  it('finds nothing between the same content with keys in another order', () => {
    expect(caseFileDifferences(aCaseFile(), withKeysReversed(aCaseFile()))).toEqual([]);
  });

  it('names exactly the path of a changed amount, with a stable code', () => {
    const submitted = aCaseFile();
    submitted.invoices[1].principalMinor = 40_051n;

    expect(caseFileDifferences(aCaseFile(), submitted)).toEqual([{ field: 'invoices[1].principalMinor', code: 'DIFFERS', message: expect.any(String) }]);
  });

  it('names every changed path, sorted, and none of the unchanged ones', () => {
    const submitted = aCaseFile();
    submitted.costsMinor = 4_500n;
    submitted.debtor.addresses[0].locality = 'Brussel';
    submitted.partialPayments[0].reference = 'PAY-78';

    expect(fieldsOf(aCaseFile(), submitted)).toEqual(['costsMinor', 'debtor.addresses[0].locality', 'partialPayments[0].reference']);
  });

  it('reports an added invoice as a changed invoice count plus the fields of the new invoice', () => {
    const submitted = aCaseFile();
    submitted.invoices.push({ number: 'INV-3', issueDate: '2026-09-01', dueDate: '2026-09-30', principalMinor: 10_000n });

    expect(fieldsOf(aCaseFile(), submitted)).toEqual([
      'invoices.length',
      'invoices[2].dueDate',
      'invoices[2].issueDate',
      'invoices[2].number',
      'invoices[2].principalMinor',
    ]);
  });

  it('reports a removed partial payment the same way, from the stored side', () => {
    const submitted = aCaseFile();
    submitted.partialPayments = [];

    expect(fieldsOf(aCaseFile(), submitted)).toEqual([
      'partialPayments.length',
      'partialPayments[0].amountMinor',
      'partialPayments[0].paidOn',
      'partialPayments[0].reference',
    ]);
  });

  it('never repeats the values of either version', () => {
    const stored = aCaseFile();
    const submitted = aCaseFile();
    submitted.invoices[1].principalMinor = 98_765n;
    if (submitted.debtor.kind === 'person') submitted.debtor.familyName = 'Vandenberghe';
    submitted.debtor.emails[0] = 'someone.else@example.be';

    const reported = JSON.stringify(caseFileDifferences(stored, submitted));

    expect(fieldsOf(stored, submitted)).toEqual(['debtor.emails[0]', 'debtor.familyName', 'invoices[1].principalMinor']);
    for (const value of ['40050', '98765', 'Dubois', 'Vandenberghe', 'marie.dubois@example.be', 'someone.else@example.be']) {
      expect(reported).not.toContain(value);
    }
  });
});
