import type { PolicyCountry } from '../steps';
import { FEE_RULES_OF_COUNTRY } from './fee-rules';
import { feeFacts, lateInvoices } from './fee-facts.test-fixtures';

describe('EUR 40 per late invoice between businesses (Directive 2011/7 art. 6)', () => {
  it.each<PolicyCountry>(['FR', 'ES', 'BE', 'NL', 'DE'])('%s: 3 late invoices → EUR 120', (country) => {
    const outcome = FEE_RULES_OF_COUNTRY[country](feeFacts({ debtorKind: 'B2B', balance: '3,000.00', lateInvoices: lateInvoices(3) }));
    const total = outcome.entitlements.flatMap((e) => e.lines).reduce((sum, line) => sum + line.amountMinor, 0n);
    expect(total).toBe(12_000n);
    expect(outcome.entitlements.every((e) => e.rule.kind === 'COLLECTION_COSTS')).toBe(true);
  });

  it('owes nothing when no late invoice is given', () => {
    expect(FEE_RULES_OF_COUNTRY.FR(feeFacts({ debtorKind: 'B2B', balance: '3,000.00' })).entitlements).toEqual([]);
  });
});

describe('consumers who may be charged nothing', () => {
  it('FR: amicable-collection costs are never charged to a consumer (L111-8)', () => {
    const outcome = FEE_RULES_OF_COUNTRY.FR(feeFacts({ balance: '3,000.00', remindersSent: 2, waitingPeriodEndsOn: '2025-01-01' }));
    expect(outcome.entitlements).toEqual([]);
    expect(outcome.refusals).toEqual([expect.objectContaining({ ruleId: 'FR.consumer-collection-costs@2012-06-01', reason: 'NOT_ALLOWED' })]);
  });

  it.each<[PolicyCountry, string]>([
    ['ES', 'B2C'],
    ['US', 'B2C'],
    ['US', 'B2B'],
  ])('%s %s: no statutory basis, so nothing (stricter reading)', (country, kind) => {
    const outcome = FEE_RULES_OF_COUNTRY[country](feeFacts({ debtorKind: kind as 'B2C' | 'B2B', balance: '3,000.00', lateInvoices: lateInvoices(1) }));
    expect(outcome.entitlements).toEqual([]);
    expect(outcome.refusals.map((r) => r.reason)).toEqual(['NO_STATUTORY_BASIS']);
  });
});
