import { testBrokers } from '@collections/testing';
import { Platform } from '../driver';
import { portfolioProblems } from './support/portfolio-invariants';
import { PortfolioFlow } from './support/portfolio-flow';

/**
 * A service SIGKILLed while the portfolio flows — payments on day 1, notifications on day 2, dunning
 * on day 3, each just after the day's card payments came in — and restarted on its database and port: whatever it had
 * in flight — outbox rows not relayed, events applied but offsets not committed — must be neither
 * lost nor applied twice, so every case ends as a run without the fault would leave it.
 */
describe('a service killed with SIGKILL mid-flow and restarted', () => {
  let platform: Platform;
  let flow: PortfolioFlow;

  beforeAll(async () => {
    platform = await Platform.start({ brokers: testBrokers() });
    flow = await PortfolioFlow.open(platform, { seed: 'fault-kill', cases: 24 });
  }, 300_000);

  afterAll(async () => {
    await platform?.stop();
  }, 120_000);

  it('ends with every case where it would have been, nothing lost or applied twice', async () => {
    await flow.placeCases();
    const killed: string[] = [];
    await flow.run({
      afterActions: async (day) => {
        const victim = ({ 1: 'payments', 2: 'notifications', 3: 'dunning' } as const)[day];
        if (!victim) return;
        await platform.kill(victim, 'SIGKILL');
        killed.push(victim);
        await platform.restart(victim);
      },
    });
    expect(killed).toEqual(['payments', 'notifications', 'dunning']);
    expect(flow.payments.length).toBeGreaterThan(0);
    expect(await portfolioProblems(flow)).toEqual([]);
  }, 900_000);
});
