import { POLICY_COUNTRIES, STEP_KINDS } from '../steps';
import type { CollectionPolicy } from './collection-policy';
import { ALL_POLICIES, policyById, policyFor, selectPolicy } from './policy-registry';
import { PolicyArgumentInvalidError, PolicyNotFoundError } from './policy.errors';
import { validatePolicy, validatePolicyRegistry } from './validate-policy';

const policy = (id: string): CollectionPolicy => {
  const found = policyById(id);
  if (found === undefined) throw new Error(`no policy ${id}`);
  return found;
};

describe('the shipped policies', () => {
  it('cover every country for consumers and businesses, one version each', () => {
    expect(ALL_POLICIES).toHaveLength(16);
    for (const country of POLICY_COUNTRIES) {
      expect(ALL_POLICIES.filter((p) => p.country === country).map((p) => p.debtorKind).sort()).toEqual(['B2B', 'B2C']);
    }
  });

  it.each(ALL_POLICIES.map((p) => [p.id, p] as const))('%s passes validatePolicy', (_id, p) => {
    expect(validatePolicy(p)).toEqual([]);
  });

  it('pass the registry validation together', () => {
    expect(validatePolicyRegistry(ALL_POLICIES)).toEqual([]);
  });

  it('are frozen, so no caller can change the law in memory', () => {
    const be = policy('BE-B2C@2023-09-01');
    expect(Object.isFrozen(be)).toBe(true);
    expect(Object.isFrozen(be.contactWindows[0])).toBe(true);
  });

  it('stop contact on public holidays everywhere', () => {
    expect(ALL_POLICIES.every((p) => p.noContactOnPublicHolidays)).toBe(true);
  });

  it('allow home visits only in Belgium', () => {
    const visiting = ALL_POLICIES.filter((p) => !p.forbiddenSteps.includes('VISIT')).map((p) => p.id);
    expect(visiting).toEqual(['BE-B2C@2023-09-01', 'BE-B2B@2024-01-01']);
  });

  it('read Belgian consumer calls and visits between 08:00 and 22:00', () => {
    const be = policy('BE-B2C@2023-09-01');
    for (const channel of ['PHONE', 'VISIT'] as const) {
      expect(be.contactWindows.filter((w) => w.channel === channel).map((w) => [w.start, w.end])).toEqual([['08:00', '22:00']]);
    }
  });

  it('keep French and Spanish consumer contact to working days', () => {
    const fr = policy('FR-B2C@2024-01-01').contactWindows.find((w) => w.channel === 'PHONE');
    const es = policy('ES-B2C@2025-04-03').contactWindows.find((w) => w.channel === 'PHONE');
    expect(fr).toMatchObject({ weekdays: [1, 2, 3, 4, 5], start: '08:00', end: '20:00' });
    expect(es).toMatchObject({ weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '21:00' });
  });

  it('cap US consumer calls at 7 in 7 days with a 7-day pause after a conversation', () => {
    const calls = policy('US-B2C@2021-11-30').frequencyCaps.filter((cap) => cap.channel === 'PHONE');
    expect(calls).toEqual([expect.objectContaining({ max: 7, windowDays: 7, cooldownAfterConversationDays: 7 })]);
  });

  it('hold US escalation for the validation period: 30 days after receipt assumed 5 business days after sending', () => {
    const [validation] = policy('US-B2C@2021-11-30').waitingPeriods;
    expect(validation).toMatchObject({ after: 'LETTER', days: 30, unit: 'calendar', receipt: { LETTER: { days: 5, unit: 'business' } } });
    expect(validation.before).toEqual(expect.arrayContaining(['FORMAL_NOTICE', 'EVALUATION']));
    expect(validation.before).not.toContain('CALL');
  });

  it('merge letters nowhere in France or for US consumers, and never across creditors', () => {
    const none = ALL_POLICIES.filter((p) => !p.mergeAllowed).map((p) => p.id);
    expect(none).toEqual(['FR-B2C@2024-01-01', 'FR-B2B@2024-01-01', 'US-B2C@2021-11-30']);
    expect(ALL_POLICIES.every((p) => p.mergeScope !== 'any')).toBe(true);
  });

  it('give every step kind a rule: allowed with a window, forbidden with a reason, or channel-less', () => {
    for (const p of ALL_POLICIES) {
      for (const kind of STEP_KINDS) {
        const forbidden = p.forbiddenSteps.includes(kind);
        expect(forbidden ? p.forbiddenBecause[kind] : 'ok').toBeDefined();
      }
    }
  });
});

describe('policyFor', () => {
  it('returns the version in force on the day', () => {
    expect(policyFor('BE', 'B2C', '2026-07-21').id).toBe('BE-B2C@2023-09-01');
    expect(policyFor('US', 'B2C', '2021-11-30').id).toBe('US-B2C@2021-11-30');
  });

  it('throws DUNNING.POLICY_NOT_FOUND before the first version', () => {
    expect(() => policyFor('ES', 'B2C', '2025-04-02')).toThrow(PolicyNotFoundError);
    expect(() => policyFor('US', 'B2C', '2021-11-29')).toThrow(expect.objectContaining({ code: 'DUNNING.POLICY_NOT_FOUND', category: 'not_found' }));
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => policyFor('BE', 'B2C', '2026-02-30')).toThrow(PolicyArgumentInvalidError);
    expect(() => policyFor('BE', 'B2C', '21/07/2026')).toThrow(PolicyArgumentInvalidError);
  });

  it('chooses between versions by effectiveFrom and honours effectiveTo', () => {
    const v1 = policy('NL-B2C@2012-07-01');
    const v2: CollectionPolicy = { ...v1, version: 2, effectiveFrom: '2027-01-01', id: 'NL-B2C@2027-01-01', effectiveTo: '2027-12-31' };
    const registry = [v2, v1];
    expect(selectPolicy(registry, 'NL', 'B2C', '2026-12-31').id).toBe(v1.id);
    expect(selectPolicy(registry, 'NL', 'B2C', '2027-01-01').id).toBe(v2.id);
    expect(() => selectPolicy(registry, 'NL', 'B2C', '2028-01-01')).toThrow(PolicyNotFoundError);
    expect(validatePolicyRegistry([...ALL_POLICIES, v2])).toEqual([]);
  });
});
