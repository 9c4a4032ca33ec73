import { testBrokers } from '@collections/testing';
import { Platform } from './platform';

/** The driver itself: six processes up, one clock for all, a quiet platform after a step. */
describe('the platform driver', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await Platform.start({ brokers: testBrokers() });
  }, 240_000);

  afterAll(async () => {
    await platform?.stop();
  }, 120_000);

  it('starts all six services, each ready on its own port and database', async () => {
    const names = Object.keys(platform.services).sort();
    expect(names).toEqual(['contact-center', 'debtor-screening', 'dunning', 'intake', 'notifications', 'payments']);
    const ports = new Set(Object.values(platform.services).map((service) => service.port));
    const databases = new Set(Object.values(platform.services).map((service) => service.databaseUrl));
    expect(ports.size).toBe(6);
    expect(databases.size).toBe(6);
    for (const service of Object.values(platform.services)) {
      expect((await fetch(`${service.url}/health/ready`)).status).toBe(200);
    }
  });

  it('advances every service clock by the same step and waits until the platform is quiet', async () => {
    const before = await platform.now();
    const after = await platform.advanceClock('3d');
    expect(after.getTime() - before.getTime()).toBeGreaterThanOrEqual(3 * 86_400_000);
    const clocks = await Promise.all(Object.values(platform.services).map(async (service) => Date.parse(((await (await fetch(`${service.url}/ops/clock`)).json()) as { now: string }).now)));
    expect(Math.max(...clocks) - Math.min(...clocks)).toBeLessThan(10_000);
    const backlog = await platform.backlog();
    expect(backlog.lag).toEqual({});
    expect(backlog.outbox).toEqual({});
  });
});
