import fc from 'fast-check';
import { money, sum, type Money } from '../money';
import { allocate } from './allocate';
import { ALLOCATION_ORDERS, allocationOrderFor, DEFAULT_ALLOCATION_ORDER } from './allocation-orders';
import { balanceKey, oldestInvoiceFirst, type Outstanding, type OutstandingInvoice } from './outstanding';

const eur = (amountMinor: bigint): Money => money(amountMinor, 'EUR');
const invoice = (number: string, dueDate: string, outstanding: bigint, issueDate = '2024-01-01'): OutstandingInvoice => ({
  number,
  issueDate,
  dueDate,
  outstanding: eur(outstanding),
});
function owed(parts: { interest?: bigint; costs?: bigint; charges?: bigint }, invoices: OutstandingInvoice[]): Outstanding {
  return {
    principal: sum('EUR', invoices.map((i) => i.outstanding)),
    interest: eur(parts.interest ?? 0n),
    costs: eur(parts.costs ?? 0n),
    charges: eur(parts.charges ?? 0n),
    invoices,
  };
}
const BE = allocationOrderFor('BE');

describe('allocate', () => {
  const claim = owed({ interest: 3_000n, costs: 2_000n, charges: 1_500n }, [invoice('INV-2', '2024-03-01', 50_000n), invoice('INV-1', '2024-02-01', 40_000n)]);

  it('pays costs, then charges, then interest, then the oldest invoice (Belgium)', () => {
    const result = allocate(eur(50_000n), claim, BE);
    expect(result.parts).toEqual([
      { component: 'COSTS', amount: eur(2_000n) },
      { component: 'CHARGES', amount: eur(1_500n) },
      { component: 'INTEREST', amount: eur(3_000n) },
      { component: 'PRINCIPAL', amount: eur(40_000n), invoiceNumber: 'INV-1' },
      { component: 'PRINCIPAL', amount: eur(3_500n), invoiceNumber: 'INV-2' },
    ]);
    expect(result.remaining).toEqual(owed({}, [invoice('INV-2', '2024-03-01', 46_500n), invoice('INV-1', '2024-02-01', 0n)]));
    expect(result.refund).toEqual(eur(0n));
  });

  it('stops part-way through a component when the money runs out', () => {
    const result = allocate(eur(2_500n), claim, BE);
    expect(result.parts).toEqual([
      { component: 'COSTS', amount: eur(2_000n) },
      { component: 'CHARGES', amount: eur(500n) },
    ]);
    expect(result.allocated).toEqual({ principal: eur(0n), interest: eur(0n), costs: eur(2_000n), charges: eur(500n) });
    expect(result.remaining.charges).toEqual(eur(1_000n));
  });

  it('turns what exceeds the balance into a refund, not income', () => {
    const result = allocate(eur(100_000n), claim, BE);
    expect(result.refund).toEqual(eur(3_500n));
    expect(result.remaining).toEqual(owed({}, [invoice('INV-2', '2024-03-01', 0n), invoice('INV-1', '2024-02-01', 0n)]));
  });

  it('orders invoices with the same due date by issue date, then by number read as a number', () => {
    const same = owed({}, [
      invoice('INV-10', '2024-02-01', 100n),
      invoice('INV-9', '2024-02-01', 100n),
      invoice('INV-11', '2024-02-01', 100n, '2023-12-01'),
    ]);
    expect(allocate(eur(250n), same, BE).parts.map((p) => [p.invoiceNumber, p.amount.amountMinor])).toEqual([
      ['INV-11', 100n],
      ['INV-9', 100n],
      ['INV-10', 50n],
    ]);
  });

  it('follows whatever complete order it is given', () => {
    const principalFirst = allocate(eur(1_000n), claim, ['PRINCIPAL', 'INTEREST', 'COSTS', 'CHARGES']);
    expect(principalFirst.parts).toEqual([{ component: 'PRINCIPAL', amount: eur(1_000n), invoiceNumber: 'INV-1' }]);
  });

  it('refuses a zero payment, another currency, an incomplete order and invoices that disagree with the principal', () => {
    expect(() => allocate(eur(0n), claim, BE)).toThrow(expect.objectContaining({ code: 'PAYMENTS.ALLOCATION_INPUT_INVALID', category: 'invalid' }));
    expect(() => allocate(money(100n, 'USD'), claim, BE)).toThrow(expect.objectContaining({ code: 'PAYMENTS.CURRENCY_MISMATCH' }));
    expect(() => allocate(eur(100n), claim, ['COSTS', 'INTEREST', 'PRINCIPAL'])).toThrow(expect.objectContaining({ code: 'PAYMENTS.ALLOCATION_INPUT_INVALID' }));
    expect(() => allocate(eur(100n), { ...claim, principal: eur(1n) }, BE)).toThrow(expect.objectContaining({ code: 'PAYMENTS.ALLOCATION_INPUT_INVALID' }));
    expect(() => allocate(eur(100n), { ...claim, costs: eur(-1n) }, BE)).toThrow(expect.objectContaining({ code: 'PAYMENTS.ALLOCATION_INPUT_INVALID' }));
  });

  it('has an order for every country it names, and the default for the rest', () => {
    for (const country of ['BE', 'FR', 'DE', 'ES', 'NL', 'SE', 'GB', 'US']) expect(ALLOCATION_ORDERS[country]).toEqual(['COSTS', 'CHARGES', 'INTEREST', 'PRINCIPAL']);
    expect(allocationOrderFor('pt')).toBe(DEFAULT_ALLOCATION_ORDER);
    expect(allocationOrderFor('de')).toBe(ALLOCATION_ORDERS.DE);
  });
});

describe('allocate, for any claim and receipt', () => {
  const amount = fc.bigInt({ min: 0n, max: 10_000_000n });
  const day = fc.integer({ min: 1, max: 28 }).map((d) => `2024-01-${String(d).padStart(2, '0')}`);
  const invoices = fc.uniqueArray(
    fc.record({ number: fc.stringMatching(/^INV-\d{1,3}$/), issueDate: day, dueDate: day, outstanding: amount.map(eur) }),
    { selector: (i) => i.number, maxLength: 6 },
  );
  const outstanding = fc
    .record({ interest: amount, costs: amount, charges: amount, invoices })
    .map(({ invoices: list, ...rest }) => owed(rest, list));
  const order = fc.shuffledSubarray(['PRINCIPAL', 'INTEREST', 'COSTS', 'CHARGES'] as const, { minLength: 4, maxLength: 4 });
  const payment = fc.bigInt({ min: 1n, max: 50_000_000n }).map(eur);

  it('splits the payment to the cent, never over-pays and never leaves a negative', () => {
    fc.assert(
      fc.property(payment, outstanding, order, (paid, owing, sequence) => {
        const result = allocate(paid, owing, sequence);
        expect(sum('EUR', [...result.parts.map((p) => p.amount), result.refund])).toEqual(paid);
        for (const key of ['principal', 'interest', 'costs', 'charges'] as const) {
          expect(result.allocated[key].amountMinor + result.remaining[key].amountMinor).toBe(owing[key].amountMinor);
          expect(result.remaining[key].amountMinor >= 0n).toBe(true);
          expect(result.allocated[key].amountMinor >= 0n).toBe(true);
        }
        result.remaining.invoices.forEach((left, i) => expect(left.outstanding.amountMinor >= 0n && left.outstanding.amountMinor <= owing.invoices[i].outstanding.amountMinor).toBe(true));
        expect(result.parts.every((p) => p.amount.amountMinor > 0n)).toBe(true);
        const total = sum('EUR', [owing.principal, owing.interest, owing.costs, owing.charges]).amountMinor;
        expect(result.refund.amountMinor).toBe(paid.amountMinor > total ? paid.amountMinor - total : 0n);
      }),
    );
  });

  it('pays a later component only once every earlier one is settled', () => {
    fc.assert(
      fc.property(payment, outstanding, order, (paid, owing, sequence) => {
        const result = allocate(paid, owing, sequence);
        const paidComponents = result.parts.map((p) => p.component);
        const last = paidComponents[paidComponents.length - 1];
        for (const earlier of sequence.slice(0, sequence.indexOf(last!))) {
          expect(result.remaining[balanceKey(earlier)].amountMinor).toBe(0n);
        }
      }),
    );
  });

  it('pays an invoice only once every older invoice is paid', () => {
    fc.assert(
      fc.property(payment, outstanding, order, (paid, owing, sequence) => {
        const result = allocate(paid, owing, sequence);
        const left = new Map(result.remaining.invoices.map((i) => [i.number, i]));
        for (const part of result.parts.filter((p) => p.component === 'PRINCIPAL')) {
          const target = left.get(part.invoiceNumber!)!;
          const older = result.remaining.invoices.filter((i) => oldestInvoiceFirst(i, target) < 0);
          expect(older.every((i) => i.outstanding.amountMinor === 0n)).toBe(true);
        }
      }),
    );
  });
});
