import { aCaseFileInput, aCompanyCaseFileInput, TODAY } from '../../../test/builders/case-file-input.builder';
import type { CaseFileInput } from './case-file.input';
import { validateCaseFile } from './validate-case-file';

function problemsOf(input: CaseFileInput) {
  const result = validateCaseFile(input, TODAY);
  return result.ok ? [] : result.errors.map(({ field, code }) => ({ field, code }));
}

const withInvoice = (change: Record<string, unknown>, index = 0): CaseFileInput => {
  const input = aCaseFileInput();
  input.invoices[index] = { ...input.invoices[index], ...change };
  return input;
};

const withDebtor = (change: Record<string, unknown>): CaseFileInput => {
  const input = aCaseFileInput();
  return { ...input, debtor: { ...input.debtor, ...change } };
};

describe('validateCaseFile', () => {
  it('accepts a complete overdue claim and gives amounts as bigint and identifiers in canonical form', () => {
    const result = validateCaseFile(aCaseFileInput(), TODAY);

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.caseFile.invoices.map((i) => i.principalMinor)).toEqual([125_000n, 40_050n]);
    expect(result.caseFile.debtor).toMatchObject({ kind: 'person', nationalId: '85073003328', language: 'fr-BE' });
    expect(result.caseFile.partialPayments[0].amountMinor).toBe(20_000n);
  });

  it('accepts a company debtor with a valid Belgian enterprise number', () => {
    expect(problemsOf(aCompanyCaseFileInput())).toEqual([]);
  });

  it.each([
    ['zero', 0, 'AMOUNT_NOT_POSITIVE'],
    ['negative', -5, 'AMOUNT_NOT_POSITIVE'],
    ['fractional', 12.5, 'AMOUNT_NOT_INTEGER'],
    ['decimal text', '12.50', 'AMOUNT_NOT_INTEGER'],
    ['beyond a safe integer', '9007199254740993', 'AMOUNT_TOO_LARGE'],
  ])('rejects a %s principal', (_label, principalMinor, code) => {
    expect(problemsOf(withInvoice({ principalMinor }))).toEqual([{ field: 'invoices[0].principalMinor', code }]);
  });

  it('rejects an unknown currency on the case', () => {
    expect(problemsOf(aCaseFileInput({ currency: 'XYZ' }))).toEqual(
      expect.arrayContaining([{ field: 'currency', code: 'UNKNOWN_CURRENCY' }]),
    );
  });

  it('rejects an invoice in another currency than the case', () => {
    expect(problemsOf(withInvoice({ currency: 'USD' }, 1))).toEqual([{ field: 'invoices[1].currency', code: 'CURRENCY_MISMATCH' }]);
  });

  it('rejects an invoice not yet due, and one issued after its due date', () => {
    expect(problemsOf(withInvoice({ dueDate: '2026-11-23' }))).toEqual([{ field: 'invoices[0].dueDate', code: 'NOT_YET_DUE' }]);
    expect(problemsOf(withInvoice({ issueDate: '2026-08-01', dueDate: '2026-07-01' }))).toEqual([{ field: 'invoices[0].issueDate', code: 'ISSUED_AFTER_DUE' }]);
  });

  it('rejects impossible dates', () => {
    expect(problemsOf(withInvoice({ issueDate: '2026-02-30' }))).toEqual([{ field: 'invoices[0].issueDate', code: 'INVALID_DATE' }]);
  });

  it('names the second of two invoices with the same number', () => {
    expect(problemsOf(withInvoice({ number: 'INV-1' }, 1))).toEqual([{ field: 'invoices[1].number', code: 'DUPLICATE_INVOICE_NUMBER' }]);
  });

  it('rejects a national number whose check digits are wrong', () => {
    expect(problemsOf(withDebtor({ nationalId: '85.07.30-033.29' }))).toEqual([{ field: 'debtor.nationalId', code: 'INVALID_CHECK_DIGIT' }]);
  });

  it('rejects a phone that cannot be dialled and an e-mail that cannot be parsed, by position', () => {
    expect(problemsOf(withDebtor({ phones: ['+32 470 12 34 56', '12'], emails: ['marie@', 'ok@example.be'] }))).toEqual([
      { field: 'debtor.phones[1]', code: 'INVALID_PHONE' },
      { field: 'debtor.emails[0]', code: 'INVALID_EMAIL' },
    ]);
  });

  it('accepts a phone in the national format of the debtor country', () => {
    expect(problemsOf(withDebtor({ phones: ['0470 12 34 56'] }))).toEqual([]);
  });

  it('refuses control characters in any text field', () => {
    expect(problemsOf(withDebtor({ familyName: 'Dubois\u0000', givenNames: 'Marie\nAnne' }))).toEqual([
      { field: 'debtor.givenNames', code: 'INVALID_CHARACTERS' },
      { field: 'debtor.familyName', code: 'INVALID_CHARACTERS' },
    ]);
  });

  it('needs at least one way to reach the debtor', () => {
    expect(problemsOf(withDebtor({ addresses: [], phones: [], emails: [] }))).toEqual([{ field: 'debtor', code: 'NO_CONTACT' }]);
  });

  it('reports every problem at once, not only the first', () => {
    const input = withInvoice({ currency: 'USD', principalMinor: 0 });
    input.debtor = { ...input.debtor, country: 'XX', familyName: '' };

    expect(problemsOf(input)).toEqual(
      expect.arrayContaining([
        { field: 'debtor.country', code: 'UNKNOWN_COUNTRY' },
        { field: 'debtor.familyName', code: 'REQUIRED' },
        { field: 'invoices[0].currency', code: 'CURRENCY_MISMATCH' },
        { field: 'invoices[0].principalMinor', code: 'AMOUNT_NOT_POSITIVE' },
      ]),
    );
  });

  it('keeps a formula-looking reference verbatim: it is data, not something to evaluate', () => {
    const result = validateCaseFile(aCaseFileInput({ creditorReference: '=HYPERLINK("http://x.example","click")' }), TODAY);

    expect(result.ok && result.caseFile.creditorReference).toBe('=HYPERLINK("http://x.example","click")');
  });

  it('refuses a case whose partial payments already cover the claim', () => {
    const input = aCaseFileInput({ partialPayments: [{ paidOn: '2026-09-15', amountMinor: 170_570, currency: 'EUR' }] });

    expect(problemsOf(input)).toEqual([{ field: 'partialPayments', code: 'NOTHING_OUTSTANDING' }]);
  });

  it('treats a company debtor as B2B only', () => {
    expect(problemsOf(aCompanyCaseFileInput({ category: 'B2C' }))).toEqual([{ field: 'category', code: 'CATEGORY_MISMATCH' }]);
  });

  it('never repeats personal data in its messages', () => {
    const result = validateCaseFile(withDebtor({ nationalId: '85.07.30-033.29', emails: ['marie@'] }), TODAY);

    expect(JSON.stringify(result)).not.toMatch(/85\.07\.30|marie@/);
  });
});
