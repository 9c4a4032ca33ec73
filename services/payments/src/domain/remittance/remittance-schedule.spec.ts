import fc from 'fast-check';
import { money } from '../money';
import { plusDays } from '../plans/calendar-date';
import type { CollectedReceipt } from './collected-receipt';
import { type Remittance, buildRemittances, paymentIdsIn } from './remittance';
import { dueForRemittance, remitBy } from './remittance-schedule';
import { contractArb, receiptOf } from './remittance.test-fixtures';
import { TARGET2_RUN_DAYS } from './run-days';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 100);
const clearedOn = (...dates: string[]) => dates.map((d, i) => receiptOf({ paymentId: `p-${i}`, clearedOn: d }));
const picked = (receipts: CollectedReceipt[], today: string) => dueForRemittance(receipts, today).map((r) => r.clearedOn);

describe('remitBy', () => {
  it.each([
    ['2026-01-20', '2026-02-03', 'over a month end'],
    ['2026-02-20', '2026-03-06', 'over February of a common year'],
    ['2028-02-20', '2028-03-05', 'over February of a leap year'],
    ['2026-12-25', '2027-01-08', 'over a year end'],
  ])('%s → %s (%s)', (cleared, due) => {
    expect(remitBy(cleared)).toBe(due);
  });
});

describe('dueForRemittance', () => {
  it('takes on an ordinary Monday what would be late by Tuesday, and lets the rest wait', () => {
    // Monday 9 March 2026; next run Tuesday 10 March: remit-by 9 March (cleared 23 Feb) must go now.
    expect(picked(clearedOn('2026-02-22', '2026-02-23', '2026-02-24'), '2026-03-09')).toEqual(['2026-02-22', '2026-02-23']);
  });

  it('on a Friday, also takes what falls due over the weekend', () => {
    // Friday 13 March; next run Monday 16 March: remit-by up to Sunday 15 March goes now.
    expect(picked(clearedOn('2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02'), '2026-03-13')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
  });

  it('before Easter, takes everything falling due from Good Friday to Easter Monday', () => {
    // Thursday 2 April 2026; Good Friday 3 April and Easter Monday 6 April are closed; next run Tuesday 7 April.
    expect(picked(clearedOn('2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24'), '2026-04-02')).toEqual(['2026-03-19', '2026-03-20', '2026-03-23']);
  });

  it('before Christmas and New Year, takes what falls due over the closures', () => {
    // Thursday 24 Dec 2026; 25, 26 (Saturday) and Sunday 27 closed; next run Monday 28 Dec.
    expect(picked(clearedOn('2026-12-10', '2026-12-13', '2026-12-14'), '2026-12-24')).toEqual(['2026-12-10', '2026-12-13']);
    // Thursday 31 Dec 2026; 1 Jan is closed, then the weekend; next run Monday 4 Jan 2027.
    expect(picked(clearedOn('2026-12-17', '2026-12-20', '2026-12-21'), '2026-12-31')).toEqual(['2026-12-17', '2026-12-20']);
  });

  it('runs nothing on a day that is not a run day', () => {
    expect(dueForRemittance(clearedOn('2026-01-01'), '2026-04-03')).toEqual([]);
    expect(dueForRemittance(clearedOn('2026-01-01'), '2026-03-07')).toEqual([]);
  });

  it('leaves out uncleared, already remitted and not yet cleared receipts', () => {
    const receipts = [
      receiptOf({ paymentId: 'cheque', clearedOn: null }),
      receiptOf({ paymentId: 'done', clearedOn: '2026-01-01', remittanceId: 'rem-0' }),
      receiptOf({ paymentId: 'future', clearedOn: '2026-03-20' }),
      receiptOf({ paymentId: 'due', clearedOn: '2026-01-01' }),
    ];
    expect(dueForRemittance(receipts, '2026-03-09').map((r) => r.paymentId)).toEqual(['due']);
  });
});

describe('the daily run, over random receipts', () => {
  const creditors = ['cr-a', 'cr-b'];
  const currencies = ['EUR', 'SEK'];
  const receiptsArb = fc.array(
    fc.record({
      offset: fc.integer({ min: 0, max: 800 }),
      creditor: fc.constantFrom(...creditors),
      currency: fc.constantFrom(...currencies),
      amount: fc.bigInt({ min: 1n, max: 10_000_000n }),
      receivedBy: fc.constantFrom('AGENCY' as const, 'AGENCY' as const, 'CREDITOR' as const),
    }),
    { minLength: 1, maxLength: 60 },
  );
  const contractsArb = fc.tuple(contractArb('cr-a', 'EUR'), contractArb('cr-a', 'SEK'), contractArb('cr-b', 'EUR'), contractArb('cr-b', 'SEK'));

  it('pays every receipt once, by its remit-by date, and every remittance balances', () => {
    fc.assert(
      fc.property(receiptsArb, contractsArb, (drawn, contracts) => {
        // 2026-12-01 + up to 800 days crosses two Christmases, two Easters and a leap February.
        let receipts: CollectedReceipt[] = drawn.map((d, i) =>
          receiptOf({ paymentId: `p-${i}`, caseId: `case-${i % 7}`, creditorId: d.creditor, amount: money(d.amount, d.currency), receivedBy: d.receivedBy, clearedOn: plusDays('2026-12-01', d.offset) }),
        );
        const remittances: Remittance[] = [];
        for (let day = '2026-12-01'; day <= '2029-03-01'; day = plusDays(day, 1)) {
          // Only receipts cleared by today are known to the run.
          const known = receipts.filter((r) => r.clearedOn! <= day);
          const due = dueForRemittance(known, day, TARGET2_RUN_DAYS);
          for (const creditor of creditors) {
            const mine = due.filter((r) => r.creditorId === creditor);
            if (mine.length === 0) continue;
            const built = buildRemittances(creditor, mine, contracts, day, (currency) => `rem-${creditor}-${day}-${currency}`);
            remittances.push(...built);
            const ids = new Map(built.flatMap((rem) => paymentIdsIn(rem).map((id) => [id, rem.remittanceId] as const)));
            receipts = receipts.map((r) => (ids.has(r.paymentId) ? { ...r, remittanceId: ids.get(r.paymentId)! } : r));
          }
        }
        const paidIn = remittances.flatMap((rem) => paymentIdsIn(rem));
        expect(new Set(paidIn).size).toBe(paidIn.length);
        expect(paidIn.sort()).toEqual(receipts.map((r) => r.paymentId).sort());
        for (const receipt of receipts) {
          const remittance = remittances.find((rem) => rem.remittanceId === receipt.remittanceId)!;
          expect(remittance.paidOn <= remitBy(receipt.clearedOn!)).toBe(true);
          expect(TARGET2_RUN_DAYS.isRunDay(remittance.paidOn)).toBe(true);
        }
        for (const rem of remittances) {
          const { collected, commission, costs, paidOut } = rem.totals;
          expect(paidOut.amountMinor).toBe(collected.amountMinor - commission.amountMinor - costs.amountMinor);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
