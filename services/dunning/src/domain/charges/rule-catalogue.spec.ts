import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allChargeRules } from './rule-catalogue';

describe('the rule catalogue', () => {
  const rules = allChargeRules();
  const readme = readFileSync(join(__dirname, 'README.md'), 'utf8');

  it('names every rule <country>.<rule>@<date>, once, with a source', () => {
    for (const rule of rules) {
      expect(rule.ruleId).toMatch(/^(BE|FR|ES|NL|DE|SE|GB|US)\.[a-z0-9-]+@\d{4}-\d{2}-\d{2}$/);
      expect(rule.source.length).toBeGreaterThan(0);
    }
    expect(new Set(rules.map((r) => r.ruleId)).size).toBe(rules.length);
  });

  it('says why wherever a rule is not verified', () => {
    for (const rule of rules.filter((r) => !r.verified)) expect(rule.note ?? '').not.toBe('');
  });

  it('documents every rule in the README table', () => {
    const missing = rules.map((r) => r.ruleId).filter((id) => !readme.includes(`\`${id}\``));
    expect(missing).toEqual([]);
  });
});
