import { isCalendarDate } from '../shared/calendar-date';
import type { FieldError } from '../shared/field-error';
import { isCurrencyCode } from '../shared/reference-data';
import { DEBT_CATEGORIES, type CaseFile, type DebtCategory, type Invoice, type PartialPayment } from './case-file';
import type { CaseFileInput } from './case-file.input';
import { Problems } from './problems';
import { validateDebtor } from './validate-debtor';

export type CaseFileValidation = { ok: true; caseFile: CaseFile } | { ok: false; errors: FieldError[] };

const MAX_INVOICES = 500;
/** 1,000 % a year: above that a rate is a typing error, not a contract. */
const MAX_INTEREST_RATE_BP = 100_000;

/**
 * The intake rules every route applies (API, bulk file, channel claim): a case is opened only
 * for a complete, consistent, overdue claim. Returns every problem found, not only the first.
 * `today` is the UTC calendar date the submission is checked on.
 */
export function validateCaseFile(input: CaseFileInput, today: string): CaseFileValidation {
  const problems = new Problems();
  const creditorReference = problems.text('creditorReference', input.creditorReference, { max: 64 });
  const category = String(input.category ?? '').toUpperCase() as DebtCategory;
  if (!DEBT_CATEGORIES.includes(category)) problems.add('category', 'INVALID_CHOICE', 'must be "B2C" or "B2B"');
  const currency = problems.text('currency', input.currency, { max: 3 }).toUpperCase();
  if (currency && !isCurrencyCode(currency)) problems.add('currency', 'UNKNOWN_CURRENCY', 'must be an ISO 4217 currency code');

  const debtor = validateDebtor(input.debtor, today, problems);
  if (debtor && category && debtor.kind === 'company' && category === 'B2C') {
    problems.add('category', 'CATEGORY_MISMATCH', 'a company debtor is B2B');
  }
  const invoices = validateInvoices(input, currency, today, problems);
  const interestRateBp = Number(problems.amount('interestRateBp', input.interestRateBp, { positive: false, required: false }));
  if (interestRateBp > MAX_INTEREST_RATE_BP) problems.add('interestRateBp', 'OUT_OF_RANGE', `must be at most ${MAX_INTEREST_RATE_BP} basis points`);
  const interestMinor = problems.amount('interestMinor', input.interestMinor, { positive: false, required: false });
  const costsMinor = problems.amount('costsMinor', input.costsMinor, { positive: false, required: false });
  const partialPayments = validatePartialPayments(input, currency, today, problems);

  const claimed = invoices.reduce((sum, invoice) => sum + invoice.principalMinor, 0n) + interestMinor + costsMinor;
  const paid = partialPayments.reduce((sum, payment) => sum + payment.amountMinor, 0n);
  if (invoices.length > 0 && paid >= claimed && problems.errors.length === 0) {
    problems.add('partialPayments', 'NOTHING_OUTSTANDING', 'the partial payments already cover everything claimed');
  }
  if (problems.errors.length > 0 || !debtor) return { ok: false, errors: problems.errors };
  return {
    ok: true,
    caseFile: { creditorReference, category, currency, debtor, invoices, interestRateBp, interestMinor, costsMinor, partialPayments },
  };
}

function validateInvoices(input: CaseFileInput, currency: string, today: string, problems: Problems): Invoice[] {
  if (!Array.isArray(input.invoices) || input.invoices.length === 0) {
    problems.add('invoices', 'REQUIRED', 'needs at least one invoice');
    return [];
  }
  if (input.invoices.length > MAX_INVOICES) problems.add('invoices', 'TOO_MANY', `has at most ${MAX_INVOICES} invoices`);
  const seen = new Map<string, number>();
  return input.invoices.slice(0, MAX_INVOICES).map((invoice, i) => {
    const path = `invoices[${i}]`;
    const number = problems.text(`${path}.number`, invoice?.number, { max: 64 });
    const first = seen.get(number);
    if (number && first !== undefined) problems.add(`${path}.number`, 'DUPLICATE_INVOICE_NUMBER', `repeats the number of invoices[${first}]`);
    else if (number) seen.set(number, i);
    const issueDate = date(problems, `${path}.issueDate`, invoice?.issueDate, today);
    const dueDate = date(problems, `${path}.dueDate`, invoice?.dueDate, undefined);
    if (dueDate && dueDate > today) problems.add(`${path}.dueDate`, 'NOT_YET_DUE', 'is after today: only overdue invoices can be collected');
    if (issueDate && dueDate && issueDate > dueDate) problems.add(`${path}.issueDate`, 'ISSUED_AFTER_DUE', 'is after the due date');
    sameCurrency(problems, `${path}.currency`, invoice?.currency, currency);
    return { number, issueDate, dueDate, principalMinor: problems.amount(`${path}.principalMinor`, invoice?.principalMinor, { positive: true, required: true }) };
  });
}

function validatePartialPayments(input: CaseFileInput, currency: string, today: string, problems: Problems): PartialPayment[] {
  const payments = input.partialPayments ?? [];
  if (!Array.isArray(payments)) {
    problems.add('partialPayments', 'NOT_A_LIST', 'must be a list');
    return [];
  }
  return payments.map((payment, i) => {
    const path = `partialPayments[${i}]`;
    sameCurrency(problems, `${path}.currency`, payment?.currency, currency);
    return {
      paidOn: date(problems, `${path}.paidOn`, payment?.paidOn, today),
      amountMinor: problems.amount(`${path}.amountMinor`, payment?.amountMinor, { positive: true, required: true }),
      reference: problems.text(`${path}.reference`, payment?.reference, { required: false, max: 140 }),
    };
  });
}

/** A required calendar date; with `notAfter`, one later than that date is IN_FUTURE. */
function date(problems: Problems, field: string, value: unknown, notAfter: string | undefined): string {
  const text = problems.text(field, value, { max: 10 });
  if (!text) return '';
  if (!isCalendarDate(text)) {
    problems.add(field, 'INVALID_DATE', 'must be a date YYYY-MM-DD');
    return '';
  }
  if (notAfter && text > notAfter) problems.add(field, 'IN_FUTURE', 'must not be after today');
  return text;
}

function sameCurrency(problems: Problems, field: string, value: unknown, caseCurrency: string): void {
  const currency = problems.text(field, value, { max: 3 }).toUpperCase();
  if (!currency || currency === caseCurrency) return; // the case currency is checked once, on the case
  if (!isCurrencyCode(currency)) problems.add(field, 'UNKNOWN_CURRENCY', 'must be an ISO 4217 currency code');
  else if (caseCurrency && currency !== caseCurrency) problems.add(field, 'CURRENCY_MISMATCH', 'differs from the case currency: one case is claimed in one currency');
}
