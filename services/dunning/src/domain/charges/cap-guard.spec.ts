import fc from 'fast-check';
import { applyCapGuard } from './cap-guard';
import type { AlreadyCharged, ChargeRule, Entitlement } from './charge';

const rule: ChargeRule = { ruleId: 'XX.flat-sum@2024-01-01', kind: 'COLLECTION_COSTS', source: 'test', verified: true };
const perInvoice: Entitlement = {
  rule,
  lines: [
    { reference: 'A', amountMinor: 4_000n },
    { reference: 'B', amountMinor: 4_000n },
    { reference: 'C', amountMinor: 4_000n },
  ],
};
const charged = (amountMinor: bigint, ruleId = rule.ruleId): AlreadyCharged => ({ ruleId, kind: rule.kind, amountMinor, currency: 'EUR' });

describe('the cap guard', () => {
  it('passes the whole entitlement when nothing was charged before', () => {
    const { charges, refusals } = applyCapGuard([perInvoice], [], 'EUR');
    expect(charges.map((c) => [c.reference, c.amountMinor])).toEqual([
      ['A', 4_000n],
      ['B', 4_000n],
      ['C', 4_000n],
    ]);
    expect(refusals).toEqual([]);
  });

  it('returns only the difference still allowed, taking what was charged off the first lines', () => {
    const { charges } = applyCapGuard([perInvoice], [charged(4_000n), charged(1_000n)], 'EUR');
    expect(charges.map((c) => [c.reference, c.amountMinor, c.chargedBeforeMinor])).toEqual([
      ['B', 3_000n, 1_000n],
      ['C', 4_000n, undefined],
    ]);
  });

  it('says "already charged" when the cap was charged in full', () => {
    const { charges, refusals } = applyCapGuard([perInvoice], [charged(12_000n)], 'EUR');
    expect(charges).toEqual([]);
    expect(refusals).toEqual([expect.objectContaining({ reason: 'ALREADY_CHARGED', ruleId: rule.ruleId })]);
  });

  it('says "cap reached" with the excess when more than today’s cap was charged', () => {
    const { refusals } = applyCapGuard([perInvoice], [charged(15_000n)], 'EUR');
    expect(refusals).toEqual([expect.objectContaining({ reason: 'CAP_REACHED', excessMinor: 3_000n })]);
  });

  it('counts what an older version of the rule charged against the new one', () => {
    const { charges } = applyCapGuard([perInvoice], [charged(8_000n, 'XX.flat-sum@2013-03-16')], 'EUR');
    expect(charges.map((c) => c.amountMinor)).toEqual([4_000n]);
  });

  it('refuses "already charged" entries in another currency, of another kind, or negative', () => {
    expect(() => applyCapGuard([perInvoice], [{ ...charged(1n), currency: 'SEK' }], 'EUR')).toThrow(/currency/);
    expect(() => applyCapGuard([perInvoice], [{ ...charged(1n), kind: 'DAMAGES' }], 'EUR')).toThrow(/kind/);
    expect(() => applyCapGuard([perInvoice], [charged(-1n)], 'EUR')).toThrow(/non-negative/);
  });

  it('never lets a rule exceed its cap, whatever was charged before (property)', () => {
    const lines = fc.array(fc.bigInt({ min: 0n, max: 100_000n }), { minLength: 1, maxLength: 6 });
    const before = fc.array(fc.bigInt({ min: 0n, max: 200_000n }), { maxLength: 4 });
    fc.assert(
      fc.property(lines, before, (amounts, previous) => {
        const entitlement: Entitlement = { rule, lines: amounts.map((amountMinor) => ({ amountMinor })) };
        const cap = amounts.reduce((a, b) => a + b, 0n);
        const already = previous.reduce((a, b) => a + b, 0n);
        const { charges } = applyCapGuard([entitlement], previous.map((p) => charged(p)), 'EUR');
        const added = charges.reduce((sum, c) => sum + c.amountMinor, 0n);
        expect(added).toBe(cap > already ? cap - already : 0n);
        expect(charges.every((c) => c.amountMinor > 0n)).toBe(true);
        // and feeding the result back adds nothing
        const again = applyCapGuard([entitlement], [...previous.map((p) => charged(p)), ...charges.map((c) => charged(c.amountMinor))], 'EUR');
        expect(again.charges).toEqual([]);
      }),
    );
  });
});
