import { Logger } from '@nestjs/common';
import { InMemoryScenarioStore } from '../../../test/fakes/in-memory-scenario.store';
import { DEFAULT_SCENARIOS } from '../../domain/scenario/default-scenarios';
import type { CaseFacts, DebtorContacts } from '../../domain/case-plan/case-plan';
import { DomainPlaybook, ScenarioCatalogueStaleError } from './domain-playbook';

const small = DEFAULT_SCENARIOS.find((scenario) => scenario.id === 'nl-b2c-small')!;
const edited = { ...small, version: 2, steps: small.steps.map((step, index) => (index === 1 ? { ...step, delayDays: 21 } : step)) };
const facts = { country: 'NL', debtorKind: 'B2C', currency: 'EUR', principalMinor: 45_000n, oldestDueDate: '2026-09-01' } as CaseFacts;
const contacts = { channels: ['LETTER', 'EMAIL'] } as DebtorContacts;
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('DomainPlaybook over stored scenarios', () => {
  let store: InMemoryScenarioStore;
  let playbook: DomainPlaybook;

  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(['log', 'error', 'warn', 'debug', 'verbose']));
  beforeEach(() => {
    store = new InMemoryScenarioStore();
    playbook = new DomainPlaybook(store, 60_000);
  });
  afterEach(() => playbook.onApplicationShutdown());

  it('serves the defaults alone without a store', () => {
    const alone = new DomainPlaybook();
    expect(alone.scenarioFor(facts, contacts, '2026-11-23')).toEqual({ id: 'nl-b2c-small', version: 1 });
    expect(alone.steps({ id: 'nl-b2c-small', version: 9 }, false)).toEqual([]);
  });

  it('selects the stored version over the default once loaded, and finds both versions for running plans', async () => {
    await store.save(edited);
    await playbook.onModuleInit();
    expect(playbook.scenarioFor(facts, contacts, '2026-11-23')).toEqual({ id: 'nl-b2c-small', version: 2 });
    expect(playbook.steps({ id: 'nl-b2c-small', version: 1 }, false)[1].delayDays).toBe(19);
    expect(playbook.steps({ id: 'nl-b2c-small', version: 2 }, false)[1].delayDays).toBe(21);
  });

  it('fails start-up when the store cannot be read, but a later failed reload keeps the catalogue it has', async () => {
    store.failing = true;
    await expect(playbook.onModuleInit()).rejects.toThrow('database unavailable');

    store.failing = false;
    await store.save(edited);
    await playbook.onModuleInit();
    store.failing = true;
    await expect(playbook.reload()).resolves.toBeUndefined();
    expect(playbook.scenarioFor(facts, contacts, '2026-11-23')).toEqual({ id: 'nl-b2c-small', version: 2 });
  });

  it('asked for a version it has not loaded, reloads and asks the caller to retry; a version nobody stored counts as missing after that', async () => {
    await playbook.onModuleInit();
    await store.save(edited);
    expect(() => playbook.steps({ id: 'nl-b2c-small', version: 2 }, false)).toThrow(ScenarioCatalogueStaleError);
    await settle();
    expect(playbook.steps({ id: 'nl-b2c-small', version: 2 }, false)).toBe(edited.steps);

    expect(() => playbook.steps({ id: 'nl-b2c-small', version: 7 }, true)).toThrow(ScenarioCatalogueStaleError);
    await settle();
    expect(playbook.steps({ id: 'nl-b2c-small', version: 7 }, true)).toEqual([]);
  });

  it('retries the reload a miss started when it failed', async () => {
    await playbook.onModuleInit();
    store.failing = true;
    expect(() => playbook.steps({ id: 'nl-b2c-small', version: 2 }, false)).toThrow(ScenarioCatalogueStaleError);
    await settle();
    store.failing = false;
    await store.save(edited);
    expect(() => playbook.steps({ id: 'nl-b2c-small', version: 2 }, false)).toThrow(ScenarioCatalogueStaleError);
    await settle();
    expect(playbook.steps({ id: 'nl-b2c-small', version: 2 }, false)).toBe(edited.steps);
  });
});
