import { money } from '../money';
import type { IncomeDeclaration } from './income-declaration';
import { DEFAULT_NEGOTIATION_POLICY as policy } from './negotiation-policy';
import { heaviestMonth, validatePlanProposal, type ProposedInstalment } from './plan-proposal';

const today = '2026-03-02';
const eur = (minor: bigint) => money(minor, 'EUR');
const balance = eur(30_000n); // 300.00 EUR
const threeMonths: ProposedInstalment[] = [
  { number: 1, dueDate: '2026-03-15', amount: eur(10_000n) },
  { number: 2, dueDate: '2026-04-15', amount: eur(10_000n) },
  { number: 3, dueDate: '2026-05-15', amount: eur(10_000n) },
];
const codes = (instalments: ProposedInstalment[], extra: Partial<Parameters<typeof validatePlanProposal>[0]> = {}) =>
  validatePlanProposal({ balance, instalments, today, policy, ...extra }).map((p) => `${p.field}:${p.code}`);

describe('validatePlanProposal', () => {
  it('accepts a plan that pays the balance on time', () => {
    expect(codes(threeMonths)).toEqual([]);
  });

  it('accepts a deferral: one instalment of the whole balance, even below the minimum', () => {
    expect(codes([{ number: 1, dueDate: '2026-04-01', amount: eur(30_000n) }])).toEqual([]);
    expect(validatePlanProposal({ balance: eur(1_000n), instalments: [{ number: 1, dueDate: today, amount: eur(1_000n) }], today, policy })).toEqual([]);
  });

  it('refuses a plan without instalments', () => {
    expect(codes([])).toEqual(['instalments:NO_INSTALMENTS']);
  });

  it('refuses instalments that do not add up, saying by how much', () => {
    const short = validatePlanProposal({ balance, instalments: [threeMonths[0], threeMonths[1], { ...threeMonths[2], amount: eur(9_999n) }], today, policy });
    expect(short).toEqual([
      { field: 'instalments', code: 'TOTAL_MISMATCH', message: 'the instalments add up to 299.99 EUR, 0.01 EUR less than the balance of 300.00 EUR' },
    ]);
    const over = validatePlanProposal({ balance, instalments: [threeMonths[0], threeMonths[1], { ...threeMonths[2], amount: eur(12_500n) }], today, policy });
    expect(over[0].message).toBe('the instalments add up to 325.00 EUR, 25.00 EUR more than the balance of 300.00 EUR');
  });

  it('refuses numbers out of order', () => {
    expect(codes([threeMonths[0], { ...threeMonths[1], number: 3 }, { ...threeMonths[2], number: 2 }])).toEqual([
      'instalments[1].number:NUMBER_OUT_OF_SEQUENCE',
      'instalments[2].number:NUMBER_OUT_OF_SEQUENCE',
    ]);
    expect(codes([{ ...threeMonths[0], number: 0 }, threeMonths[1], threeMonths[2]])).toEqual(['instalments[0].number:NUMBER_OUT_OF_SEQUENCE']);
  });

  it('refuses amounts of zero or less, and amounts in another currency', () => {
    expect(
      codes([
        { ...threeMonths[0], amount: eur(0n) },
        { ...threeMonths[1], amount: money(10_000n, 'GBP') },
        { ...threeMonths[2], amount: eur(30_000n) },
      ]),
    ).toEqual(['instalments[0].amount:AMOUNT_NOT_POSITIVE', 'instalments[1].amount.currency:CURRENCY_MISMATCH']);
  });

  it('refuses dates in the past, invalid, or not strictly increasing', () => {
    expect(codes([{ ...threeMonths[0], dueDate: '2026-03-01' }, threeMonths[1], threeMonths[2]])).toEqual(['instalments[0].dueDate:DATE_IN_PAST']);
    expect(codes([threeMonths[0], { ...threeMonths[1], dueDate: '2026-02-30' }, threeMonths[2]])).toEqual(['instalments[1].dueDate:INVALID_DATE']);
    expect(codes([threeMonths[0], { ...threeMonths[1], dueDate: '2026-03-15' }, threeMonths[2]])).toEqual(['instalments[1].dueDate:DATES_NOT_INCREASING']);
    const [problem] = validatePlanProposal({ balance, instalments: [{ ...threeMonths[0], dueDate: '2025-12-31' }, threeMonths[1], threeMonths[2]], today, policy });
    expect(problem.message).toBe('instalment 1 falls due on 2025-12-31, before today (2026-03-02)');
  });

  it('accepts a first instalment due today or on the last allowed day, not later', () => {
    expect(codes([{ ...threeMonths[0], dueDate: today }, threeMonths[1], threeMonths[2]])).toEqual([]);
    expect(codes([{ ...threeMonths[0], dueDate: '2026-04-01' }, threeMonths[1], threeMonths[2]])).toEqual([]);
    expect(codes([{ ...threeMonths[0], dueDate: '2026-04-02' }, threeMonths[1], threeMonths[2]])).toEqual(['instalments[0].dueDate:FIRST_INSTALMENT_TOO_LATE']);
  });

  it('refuses a plan that ends after the maximum duration', () => {
    expect(codes([threeMonths[0], threeMonths[1], { ...threeMonths[2], dueDate: '2028-03-02' }])).toEqual([]);
    expect(codes([threeMonths[0], threeMonths[1], { ...threeMonths[2], dueDate: '2028-03-03' }])).toEqual(['instalments[2].dueDate:PLAN_TOO_LONG']);
  });

  it('refuses instalments below the minimum except the last', () => {
    const instalments = [
      { number: 1, dueDate: '2026-03-15', amount: eur(2_499n) },
      { number: 2, dueDate: '2026-04-15', amount: eur(26_501n) },
      { number: 3, dueDate: '2026-05-15', amount: eur(1_000n) },
    ];
    expect(codes(instalments)).toEqual(['instalments[0].amount:INSTALMENT_BELOW_MINIMUM']);
  });

  it('reports every problem at once', () => {
    expect(
      codes([
        { number: 1, dueDate: '2026-01-01', amount: eur(100n) },
        { number: 1, dueDate: '2026-01-01', amount: eur(-5n) },
      ]),
    ).toEqual([
      'instalments[0].amount:INSTALMENT_BELOW_MINIMUM',
      'instalments[0].dueDate:DATE_IN_PAST',
      'instalments[1].number:NUMBER_OUT_OF_SEQUENCE',
      'instalments[1].amount:AMOUNT_NOT_POSITIVE',
      'instalments[1].dueDate:DATE_IN_PAST',
      'instalments[1].dueDate:DATES_NOT_INCREASING',
      'instalments:TOTAL_MISMATCH',
    ]);
  });

  it('refuses a balance of zero and an invalid today', () => {
    expect(codes([{ number: 1, dueDate: today, amount: eur(1n) }], { balance: eur(0n) })).toEqual(['balance:BALANCE_NOT_POSITIVE', 'instalments:TOTAL_MISMATCH']);
    expect(codes(threeMonths, { today: '02/03/2026' })).toEqual(['today:INVALID_DATE']);
  });

  describe('affordability', () => {
    const declaration: IncomeDeclaration = { monthlyIncomeMinor: 150_000n, monthlyChargesMinor: 140_000n, dependants: 2, currency: 'EUR', declaredOn: '2026-02-20' };

    it('accepts a plan whose heaviest month fits the disposable income', () => {
      expect(codes(threeMonths, { declaration })).toEqual([]);
    });

    it('refuses a plan whose heaviest month exceeds it', () => {
      const twoInMarch = [
        { number: 1, dueDate: '2026-03-05', amount: eur(6_000n) },
        { number: 2, dueDate: '2026-03-25', amount: eur(6_000n) },
        { number: 3, dueDate: '2026-04-25', amount: eur(18_000n) },
      ];
      // 200.00 left: March needs 120.00 and April 180.00, each fits
      expect(codes(twoInMarch, { declaration: { ...declaration, monthlyChargesMinor: 130_000n } })).toEqual([]);
      const poorer = { ...declaration, monthlyChargesMinor: 139_000n }; // 110.00 left: the heaviest month is named
      const [refusal] = validatePlanProposal({ balance, instalments: twoInMarch, today, policy, declaration: poorer });
      expect(refusal).toEqual({
        field: 'instalments',
        code: 'NOT_AFFORDABLE',
        message: 'in 2026-04 the instalments total 180.00 EUR, more than the 110.00 EUR a month left after charges (income 1500.00 EUR, charges 1390.00 EUR)',
      });
    });

    it('treats charges above income as nothing to spare', () => {
      expect(codes(threeMonths, { declaration: { ...declaration, monthlyChargesMinor: 200_000n } })).toEqual(['instalments:NOT_AFFORDABLE']);
    });

    it('reports a bad declaration or one in another currency instead of guessing', () => {
      expect(codes(threeMonths, { declaration: { ...declaration, dependants: -1, declaredOn: '2026-03-03' } })).toEqual([
        'declaration.dependants:OUT_OF_RANGE',
        'declaration.declaredOn:DATE_IN_FUTURE',
      ]);
      expect(codes(threeMonths, { declaration: { ...declaration, currency: 'SEK' } })).toEqual(['declaration.currency:CURRENCY_MISMATCH']);
    });
  });
});

describe('heaviestMonth', () => {
  it('sums instalments of the same calendar month', () => {
    expect(
      heaviestMonth(
        [
          { number: 1, dueDate: '2026-03-01', amount: eur(100n) },
          { number: 2, dueDate: '2026-03-31', amount: eur(100n) },
          { number: 3, dueDate: '2026-04-01', amount: eur(150n) },
        ],
        'EUR',
      ),
    ).toEqual({ month: '2026-03', totalMinor: 200n });
    expect(heaviestMonth([], 'EUR')).toBeUndefined();
  });
});
