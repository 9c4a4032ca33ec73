import type { StoredScenario } from '../ports/scenario-store.port';
import { DEFAULT_SCENARIOS } from '../../domain/scenario/default-scenarios';
import type { Scenario } from '../../domain/scenario/scenario';
import { ScenarioCatalogue } from './scenario-catalogue';

const small = DEFAULT_SCENARIOS.find((scenario) => scenario.id === 'nl-b2c-small')!;
const version = (scenario: Scenario, number: number, changes: Partial<Scenario> = {}): Scenario => ({ ...scenario, ...changes, version: number });
const stored = (scenario: Scenario, active = true, createdBy?: string): StoredScenario => ({ scenario, active, createdAt: new Date('2026-11-23T10:00:00Z'), ...(createdBy && { createdBy }) });
const inForceIds = (catalogue: ScenarioCatalogue) => catalogue.inForce.map((scenario) => `${scenario.id}@${scenario.version}`);

describe('ScenarioCatalogue', () => {
  it('holds the shipped defaults, all in force, when nothing is stored', () => {
    const catalogue = ScenarioCatalogue.of([]);
    expect(catalogue.inForce).toHaveLength(DEFAULT_SCENARIOS.length);
    expect(catalogue.find('nl-b2c-small', 1)).toBe(small);
    expect(catalogue.versionsOf('nl-b2c-small')).toEqual([{ scenario: small, source: 'default', active: true }]);
    expect(catalogue.versionsOf('no-such-id')).toEqual([]);
  });

  it('puts a stored version 2 in force over the default version 1, and still finds version 1 for the plans that run it', () => {
    const edited = version(small, 2, { name: 'edited' });
    const catalogue = ScenarioCatalogue.of([stored(edited, true, 'jane')]);
    expect(inForceIds(catalogue)).toContain('nl-b2c-small@2');
    expect(inForceIds(catalogue)).not.toContain('nl-b2c-small@1');
    expect(catalogue.find('nl-b2c-small', 1)).toBe(small);
    expect(catalogue.versionsOf('nl-b2c-small').map((entry) => [entry.scenario.version, entry.source, entry.createdBy])).toEqual([[1, 'default', undefined], [2, 'stored', 'jane']]);
  });

  it('retires an id whose latest version is inactive, a default recorded inactive included', () => {
    const retiredDefault = ScenarioCatalogue.of([stored(small, false)]);
    expect(inForceIds(retiredDefault)).not.toContain('nl-b2c-small@1');
    expect(retiredDefault.latest('nl-b2c-small')).toMatchObject({ source: 'stored', active: false });
    expect(retiredDefault.find('nl-b2c-small', 1)).toBe(small);

    const retiredEdit = ScenarioCatalogue.of([stored(version(small, 2), false)]);
    expect(inForceIds(retiredEdit).filter((id) => id.startsWith('nl-b2c-small'))).toEqual([]);
  });

  it('lets a later shipped version supersede a stored one, and lists the in-force set in id order', () => {
    const catalogue = ScenarioCatalogue.of([stored(version(small, 2))], [...DEFAULT_SCENARIOS, version(small, 3)]);
    expect(inForceIds(catalogue)).toContain('nl-b2c-small@3');
    expect(catalogue.inForce.map((scenario) => scenario.id)).toEqual([...new Set(DEFAULT_SCENARIOS.map((scenario) => scenario.id))].sort());
  });
});
