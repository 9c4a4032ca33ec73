import { TcpProxy, TEST_DATABASE_SERVER, testBrokers } from '@collections/testing';
import { Platform } from '../driver';
import { portfolioProblems } from './support/portfolio-invariants';
import { PortfolioFlow } from './support/portfolio-flow';

const CUT_MS = 10_000;

/**
 * Every service reaches PostgreSQL through a TCP proxy (the machine's server is never touched).
 * While the day's payments are being processed, the proxy drops every open connection and refuses
 * new ones for 10 s: consumers, relays and pollers must retry rather than skip or give up (a failed
 * transaction commits nothing, so a retry applies the event once), and the services must come back
 * on their own, with no dead letter from a transient outage.
 */
describe('database connections cut for 10 seconds', () => {
  let platform: Platform;
  let proxy: TcpProxy;
  let flow: PortfolioFlow;

  beforeAll(async () => {
    const server = new URL(TEST_DATABASE_SERVER);
    proxy = await TcpProxy.start({ host: server.hostname, port: Number(server.port || 5432) });
    server.host = proxy.address;
    platform = await Platform.start({ brokers: testBrokers(), databaseServer: server.toString() });
    flow = await PortfolioFlow.open(platform, { seed: 'fault-database', cases: 24 });
  }, 300_000);

  afterAll(async () => {
    await platform?.stop();
    await proxy?.close();
  }, 120_000);

  it('recovers from the outage with every case where it would have been', async () => {
    await flow.placeCases();
    let cutWhileConnected = 0;
    await flow.run({
      afterActions: async (day) => {
        if (day !== 2) return;
        cutWhileConnected = proxy.connectionCount;
        proxy.block();
        proxy.cutConnections();
        await new Promise((resolve) => setTimeout(resolve, CUT_MS));
        proxy.unblock();
        // Each service must become ready again by itself (its pool reconnects).
        for (const service of Object.values(platform.services)) await service.waitReady(120_000);
      },
    });
    expect(cutWhileConnected).toBeGreaterThan(6);
    expect(Object.values(platform.services).every((service) => service.running)).toBe(true);
    expect(await portfolioProblems(flow)).toEqual([]);
  }, 900_000);
});
