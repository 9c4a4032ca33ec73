import { checkCompanyNumber, checkNationalId } from '../../../services/intake/src/domain/case-file/identifiers';
import { validateCaseFile } from '../../../services/intake/src/domain/case-file/validate-case-file';
import { BEHAVIOUR_KINDS, instalmentPayments } from './behaviour';
import { generatePortfolio } from './portfolio';
import { DEMO_COUNTRIES } from './reference-data';

// intake's own rules decide what is valid: the demo may not place a case intake would refuse.
describe('the demo portfolio', () => {
  const options = { seed: 42, cases: 400, days: 60, startDate: '2026-11-23' };
  const portfolio = generatePortfolio(options);

  it('is the same for the same seed, and differs for another', () => {
    expect(generatePortfolio(options)).toEqual(portfolio);
    const other = generatePortfolio({ ...options, seed: 43 });
    expect(other.cases.map((c) => c.submission.creditorReference)).not.toEqual(portfolio.cases.map((c) => c.submission.creditorReference));
  });

  it('passes intake validation case by case, identifiers included', () => {
    for (const demoCase of portfolio.cases) {
      const result = validateCaseFile(demoCase.submission, options.startDate);
      expect({ reference: demoCase.submission.creditorReference, errors: result.ok ? [] : result.errors }).toEqual({
        reference: demoCase.submission.creditorReference,
        errors: [],
      });
    }
  });

  it('gives valid national and company numbers where intake checks them (BE, FR, ES, NL, SE)', () => {
    const checked = ['BE', 'FR', 'ES', 'NL', 'SE'];
    const persons = portfolio.cases.filter((c) => c.submission.debtor.kind === 'person' && checked.includes(c.country) && c.submission.debtor.nationalId);
    const companies = portfolio.cases.filter((c) => c.submission.debtor.kind === 'company' && checked.includes(c.country));
    expect(new Set(persons.map((c) => c.country))).toEqual(new Set(checked));
    expect(new Set(companies.map((c) => c.country))).toEqual(new Set(checked));
    for (const { country, submission } of persons) expect([country, checkNationalId(country, submission.debtor.nationalId!, submission.debtor.birthDate)]).toEqual([country, null]);
    for (const { country, submission } of companies) expect([country, checkCompanyNumber(country, submission.debtor.companyNumber!)]).toEqual([country, null]);
  });

  it('spreads over the eight countries, persons and companies, several creditors, every behaviour', () => {
    const countries = new Set(portfolio.cases.map((c) => c.country));
    expect([...countries].sort()).toEqual([...DEMO_COUNTRIES].sort());
    for (const country of DEMO_COUNTRIES) expect(portfolio.cases.filter((c) => c.country === country).length).toBeGreaterThanOrEqual(10);
    expect(new Set(portfolio.cases.map((c) => c.creditorKey)).size).toBe(portfolio.creditors.length);
    expect(portfolio.creditors.length).toBeGreaterThanOrEqual(4);
    const kinds = portfolio.cases.map((c) => c.submission.debtor.kind);
    expect(kinds.filter((k) => k === 'company').length).toBeGreaterThan(50);
    expect(kinds.filter((k) => k === 'person').length).toBeGreaterThan(150);
    expect(new Set(portfolio.cases.map((c) => c.behaviour.kind))).toEqual(new Set(BEHAVIOUR_KINDS));
  });

  it('uses each country’s currency, B2C for persons and B2B for companies, amounts from small to above EUR 50,000', () => {
    const currency: Record<string, string> = { BE: 'EUR', FR: 'EUR', NL: 'EUR', DE: 'EUR', ES: 'EUR', SE: 'SEK', GB: 'GBP', US: 'USD' };
    for (const { country, submission } of portfolio.cases) {
      expect(submission.currency).toBe(currency[country]);
      expect(submission.invoices.every((invoice) => invoice.currency === submission.currency && Number.isInteger(invoice.principalMinor))).toBe(true);
      expect(submission.category).toBe(submission.debtor.kind === 'person' ? 'B2C' : 'B2B');
    }
    const eur = portfolio.cases.filter((c) => c.submission.currency === 'EUR').map((c) => c.principalMinor);
    expect(Math.min(...eur)).toBeLessThan(100_00);
    expect(eur.filter((amount) => amount > 50_000_00).length).toBeGreaterThan(0);
  });

  it('includes only the eight countries, each debtor in the language of its country or region', () => {
    const languages = new Set(portfolio.cases.map((c) => `${c.country}:${c.submission.debtor.language}`));
    expect([...languages].sort()).toEqual(['BE:fr-BE', 'BE:nl-BE', 'DE:de-DE', 'ES:es-ES', 'FR:fr-FR', 'GB:en-GB', 'NL:nl-NL', 'SE:sv-SE', 'US:en-US']);
  });

  it('lists every insolvent debtor in a situations register, on the day the behaviour says', () => {
    const insolvent = portfolio.cases.filter((c) => c.behaviour.kind === 'INSOLVENT');
    const rows = portfolio.registerImports.flatMap((i) => i.rows.map((row) => ({ ...row, day: i.day })));
    expect(rows).toHaveLength(insolvent.length);
    expect(new Set(rows.map((row) => row.entry_id)).size).toBe(rows.length);
    expect(rows.some((row) => row.day === 0)).toBe(true);
    expect(rows.some((row) => row.day > 0)).toBe(true);
    for (const row of rows) expect(row.subject_type === 'person' ? Boolean(row.family_name && row.birth_date) : Boolean(row.company_number)).toBe(true);
  });

  it('gives every creditor at least one portal user with a password intake accepts (12 characters or more)', () => {
    for (const creditor of portfolio.creditors) {
      expect(creditor.users.length).toBeGreaterThan(0);
      for (const user of creditor.users) expect(user.password.length).toBeGreaterThanOrEqual(12);
    }
    expect(portfolio.cases.every((c) => c.placedOnDay >= 0 && c.placedOnDay <= options.days)).toBe(true);
  });
});

describe('instalments as the demo debtors pay them', () => {
  const plan = [
    { number: 1, dueDate: '2026-12-01', amountMinor: 10_000n },
    { number: 2, dueDate: '2026-12-15', amountMinor: 10_000n },
    { number: 3, dueDate: '2026-12-29', amountMinor: 10_000n },
    { number: 4, dueDate: '2027-01-12', amountMinor: 5_000n },
  ];

  it('misses the second and pays it with the third, then the rest on time: everything paid, one miss', () => {
    const payments = instalmentPayments(plan, true);
    expect(payments).toEqual([
      { on: '2026-12-01', amountMinor: 10_000n },
      { on: '2026-12-29', amountMinor: 20_000n },
      { on: '2027-01-12', amountMinor: 5_000n },
    ]);
    expect(payments.reduce((sum, p) => sum + p.amountMinor, 0n)).toBe(35_000n);
  });

  it('pays only the first when the plan is to break, and a missed deferral a week late', () => {
    expect(instalmentPayments(plan, false)).toEqual([{ on: '2026-12-01', amountMinor: 10_000n }]);
    expect(instalmentPayments(plan.slice(0, 2), true)).toEqual([
      { on: '2026-12-01', amountMinor: 10_000n },
      { on: '2026-12-22', amountMinor: 10_000n },
    ]);
    expect(instalmentPayments(plan.slice(0, 1), true)).toEqual([{ on: '2026-12-08', amountMinor: 10_000n }]);
    expect(instalmentPayments(plan.slice(0, 1), false)).toEqual([]);
  });
});
