import { DEFAULT_NEGOTIATION_POLICY, validateNegotiationPolicy } from './negotiation-policy';

describe('negotiation policy', () => {
  it('defaults to 25.00, 24 months, 70 %, 30 days to start, 90 days to settle', () => {
    expect(DEFAULT_NEGOTIATION_POLICY).toEqual({ minInstalmentMinor: 2500n, maxDurationMonths: 24, settlementFloorBp: 7000, maxFirstInstalmentDelayDays: 30, maxSettlementPayDays: 90 });
    expect(validateNegotiationPolicy(DEFAULT_NEGOTIATION_POLICY)).toEqual([]);
  });

  it('refuses policies that make no sense', () => {
    const problems = validateNegotiationPolicy({ minInstalmentMinor: -1n, maxDurationMonths: 0, settlementFloorBp: 10_001, maxFirstInstalmentDelayDays: 1.5, maxSettlementPayDays: -1 });
    expect(problems.map((p) => p.field)).toEqual(['minInstalmentMinor', 'maxDurationMonths', 'settlementFloorBp', 'maxFirstInstalmentDelayDays', 'maxSettlementPayDays']);
  });
});
