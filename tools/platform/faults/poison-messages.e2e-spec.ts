import { TOPICS } from '@collections/contracts';
import { testBrokers } from '@collections/testing';
import { Platform, type ServiceName } from '../driver';
import { listDeadLetters, replayDeadLetters, type ListedDeadLetter } from './support/dead-letters-cli';
import { POISON_KINDS, publishPoison, readersByTopic, type Poison } from './support/poison-messages';
import { portfolioProblems } from './support/portfolio-invariants';
import { PortfolioFlow } from './support/portfolio-flow';

const serviceOf = (group: string) => group.split('.')[0] as ServiceName;

/**
 * An undecodable payload, an unknown ce_type and a message without CloudEvents headers on every
 * topic the platform reads, while the portfolio flows: each consumer group must park each of them
 * (visible in the operator's dead-letters CLI with the reason), keep the cases flowing (the poison
 * has its own key, so no case waits behind it), and a replay of the poison must park it again with
 * the same reason rather than apply it or lose it.
 */
describe('poison messages on every topic', () => {
  let platform: Platform;
  let flow: PortfolioFlow;

  beforeAll(async () => {
    platform = await Platform.start({ brokers: testBrokers() });
    flow = await PortfolioFlow.open(platform, { seed: 'fault-poison', cases: 20 });
  }, 300_000);

  afterAll(async () => {
    await platform?.stop();
  }, 120_000);

  it('parks each poison in every group that reads its topic, keeps the flow going, and parks a replayed poison again', async () => {
    await flow.placeCases();
    const readers = await readersByTopic(platform.brokers);
    // Every topic of the registry with consumers is read by at least one running group.
    expect(TOPICS.filter((t) => t.consumers.length > 0 && !readers.has(t.name)).map((t) => t.name)).toEqual([]);
    let poisons: Poison[] = [];
    await flow.run({
      afterActions: async (day) => {
        if (day === 1) poisons = await publishPoison(platform.brokers, [...readers.keys()]);
      },
    });
    expect(poisons).toHaveLength(readers.size * 3);

    const listed = new Map<string, ListedDeadLetter[]>();
    const groups = [...new Set([...readers.values()].flat())];
    for (const group of groups) listed.set(group, await listDeadLetters(platform.services[serviceOf(group)].databaseUrl, group));
    const expected = poisons.flatMap((poison) => readers.get(poison.topic)!.map((group) => ({ group, topic: poison.topic, key: poison.key, error: POISON_KINDS[poison.kind], status: 'parked' })));
    const seen = groups.flatMap((group) => listed.get(group)!.map(({ group: g, topic, key, error, status }) => ({ group: g, topic, key, error, status })));
    const byPosition = (a: { group: string; key: string | null }, b: { group: string; key: string | null }) => `${a.group} ${a.key}`.localeCompare(`${b.group} ${b.key}`);
    // Exactly the poison, each once per reading group: no case's event was parked with it.
    expect(seen.sort(byPosition)).toEqual(expected.sort(byPosition));

    // The operator replays each group's undecodable poison: it is parked again, with the same reason.
    for (const group of groups) {
      const undecodable = listed.get(group)!.filter((row) => row.error === POISON_KINDS.undecodable);
      const answer = await replayDeadLetters(platform.services[serviceOf(group)].databaseUrl, platform.brokers, group, undecodable.map((row) => row.id));
      expect(answer).toContain(`replayed ${undecodable.length} dead letter(s)`);
    }
    await platform.waitUntilQuiet();
    for (const group of groups) {
      const after = await listDeadLetters(platform.services[serviceOf(group)].databaseUrl, group);
      const before = listed.get(group)!;
      expect(after.map(({ id, error, status }) => ({ id, error, status })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
        before.map(({ id, error }) => ({ id, error, status: 'parked' })).sort((a, b) => a.id.localeCompare(b.id)),
      );
      for (const row of after.filter((r) => r.error === POISON_KINDS.undecodable)) expect(row.attempts).toBeGreaterThan(before.find((r) => r.id === row.id)!.attempts);
    }

    expect(await portfolioProblems(flow, { deadLettersExpected: true })).toEqual([]);
  }, 900_000);
});
