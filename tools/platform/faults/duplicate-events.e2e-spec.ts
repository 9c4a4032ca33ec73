import { TOPICS } from '@collections/contracts';
import { collectMessages, testBrokers, type CollectedMessage } from '@collections/testing';
import { Platform } from '../driver';
import { republishShuffled } from './support/event-replay';
import { portfolioProblems } from './support/portfolio-invariants';
import { PortfolioFlow } from './support/portfolio-flow';

/**
 * A burst of duplicates, out of order: every event delivered so far on the registry's topics is
 * published again with its CloudEvents id, shuffled across and within cases, twice during the flow.
 * Each consumer's inbox must drop them all: no case opened, screened or dunned twice, no payment
 * received, allocated or remitted twice.
 */
describe('duplicate and out-of-order events', () => {
  let platform: Platform;
  let flow: PortfolioFlow;
  let wire: { received: CollectedMessage[]; stop(): Promise<void> };

  beforeAll(async () => {
    platform = await Platform.start({ brokers: testBrokers() });
    wire = await collectMessages(TOPICS.map((topic) => topic.name), platform.brokers);
    flow = await PortfolioFlow.open(platform, { seed: 'fault-duplicates', cases: 24 });
  }, 300_000);

  afterAll(async () => {
    await wire?.stop();
    await platform?.stop();
  }, 120_000);

  it('applies nothing twice when already-delivered events come again, shuffled', async () => {
    await flow.placeCases();
    const bursts: number[] = [];
    await flow.run({
      afterActions: async (day) => {
        if (day !== 2 && day !== 4) return;
        // This platform's events only (the broker may hold earlier suites' too), with their CloudEvents ids.
        const keys = new Set(flow.cases.flatMap((c) => [c.caseId, c.creditorId]));
        const delivered = wire.received.filter((item) => item.header('ce_id') !== undefined && keys.has(item.message.key?.toString() ?? ''));
        bursts.push(await republishShuffled(platform.brokers, delivered, `duplicates-day-${day}`));
      },
    });
    expect(bursts).toHaveLength(2);
    expect(Math.min(...bursts)).toBeGreaterThan(100);
    // The log now holds most events twice or three times; the invariants count distinct ids per fact.
    const keys = new Set(flow.cases.flatMap((c) => [c.caseId, c.creditorId]));
    const ids = platform.events.all().filter((event) => keys.has(event.key)).map((event) => event.id);
    expect(ids.length).toBeGreaterThan(new Set(ids).size);
    expect(await portfolioProblems(flow)).toEqual([]);
  }, 900_000);
});
