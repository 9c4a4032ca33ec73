import type { CollectionPolicy } from './collection-policy';
import { ALL_POLICIES, policyFor } from './policy-registry';
import { validatePolicy, validatePolicyRegistry } from './validate-policy';

const base = (): CollectionPolicy => structuredClone(policyFor('BE', 'B2C', '2026-01-01'));
const problemsOf = (change: (p: CollectionPolicy) => void): string[] => {
  const p = base();
  change(p);
  return validatePolicy(p);
};

describe('validatePolicy', () => {
  it('finds nothing wrong with a shipped policy', () => {
    expect(validatePolicy(base())).toEqual([]);
  });

  it('reports an id that does not match country, kind and date', () => {
    expect(problemsOf((p) => (p.id = 'BE@1'))).toEqual([expect.stringContaining('should be BE-B2C@2023-09-01')]);
  });

  it('reports an unknown time zone and a bad date', () => {
    const problems = problemsOf((p) => {
      p.defaultTimeZone = 'Europe/Atlantis';
      p.effectiveTo = '2020-01-01';
    });
    expect(problems).toEqual(expect.arrayContaining([expect.stringContaining('IANA'), expect.stringContaining('effectiveTo')]));
  });

  it('reports a window that ends before it starts or has a bad weekday', () => {
    const problems = problemsOf((p) => {
      p.contactWindows[0] = { ...p.contactWindows[0], start: '22:00', end: '08:00', weekdays: [0, 1] };
    });
    expect(problems).toEqual(expect.arrayContaining([expect.stringContaining('must be before end'), expect.stringContaining('ISO weekdays')]));
  });

  it('reports an allowed step whose channel has no window', () => {
    expect(problemsOf((p) => (p.contactWindows = p.contactWindows.filter((w) => w.channel !== 'VISIT')))).toEqual([
      'step VISIT is allowed but channel VISIT has no contact window',
    ]);
  });

  it('reports a forbidden step without its rule', () => {
    expect(problemsOf((p) => (p.forbiddenSteps = ['SMS']))).toEqual(['forbidden step SMS has no rule in forbiddenBecause']);
  });

  it('reports a rule without a source', () => {
    expect(problemsOf((p) => (p.sources = p.sources.filter((s) => s.ruleId !== 'visit-hours')))).toEqual(['rule visit-hours has no source']);
  });

  it('reports a house rule claimed as verified, and an unverified source without a note', () => {
    const problems = problemsOf((p) => {
      p.sources = p.sources.map((s) => (s.ruleId === 'cap-phone' ? { ...s, verified: true } : s.ruleId === 'phone-hours' ? { ...s, note: undefined } : s));
    });
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringContaining('only law can be verified'), expect.stringContaining('unverified without a note')]),
    );
  });

  it('reports caps and waits that cannot work', () => {
    const problems = problemsOf((p) => {
      p.frequencyCaps[0] = { ...p.frequencyCaps[0], max: 0 };
      p.waitingPeriods[0] = { ...p.waitingPeriods[0], days: 0, before: [] };
    });
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringContaining('max must be'), expect.stringContaining('days must be'), expect.stringContaining('before must list')]),
    );
  });

  it('reports mergeAllowed contradicting mergeScope, and content keys that are not kebab-case', () => {
    const problems = problemsOf((p) => {
      p.mergeScope = 'none';
      p.firstNoticeContent = ['Amount Due'];
    });
    expect(problems).toEqual(expect.arrayContaining([expect.stringContaining('contradicts mergeScope'), expect.stringContaining('kebab-case')]));
  });

  it('insists that public holidays stop contact', () => {
    expect(problemsOf((p) => (p.noContactOnPublicHolidays = false))).toContain('public holidays must stop contact (house rule everywhere)');
  });
});

describe('validatePolicyRegistry', () => {
  it('reports a missing country × kind, duplicates and overlapping versions', () => {
    const [first, ...rest] = ALL_POLICIES;
    expect(validatePolicyRegistry(rest)).toContain(`no ${first.country} ${first.debtorKind} policy`);
    expect(validatePolicyRegistry([...ALL_POLICIES, first])).toContain(`duplicate policy id ${first.id}`);
    const ended = { ...first, effectiveTo: '2030-01-01' };
    const next = { ...first, version: 2, effectiveFrom: '2029-01-01', id: `${first.country}-${first.debtorKind}@2029-01-01` };
    expect(validatePolicyRegistry([ended, next, ...rest])).toContain(`${first.id} overlaps ${next.id}`);
  });
});
