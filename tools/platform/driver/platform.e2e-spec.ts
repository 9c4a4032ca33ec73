import { AssignerProtocol, Kafka, logLevel } from 'kafkajs';
import { TOPICS } from '@collections/contracts';
import { testBrokers } from '@collections/testing';
import { Platform } from './platform';
import { SERVICE_NAMES } from './service-process';

/** Per consumer group of the six services: the registry topics its members hold right now. */
async function topicsHeld(brokers: string[]): Promise<Record<string, string[]>> {
  const admin = new Kafka({ clientId: 'platform-registry-check', brokers, logLevel: logLevel.NOTHING }).admin();
  await admin.connect();
  try {
    const ours = (await admin.listGroups()).groups.map((group) => group.groupId).filter((id) => SERVICE_NAMES.some((name) => id.startsWith(`${name}.`)));
    const registryTopics = new Set<string>(TOPICS.map((topic) => topic.name));
    const held: Record<string, string[]> = {};
    for (const group of (await admin.describeGroups(ours)).groups) {
      if (group.members.length === 0) continue;
      const topics = group.members.flatMap((member) => Object.keys(AssignerProtocol.MemberAssignment.decode(member.memberAssignment)?.assignment ?? {}));
      held[group.groupId] = [...new Set(topics.filter((topic) => registryTopics.has(topic)))].sort();
    }
    return held;
  } finally {
    await admin.disconnect();
  }
}

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

  it('has each service read exactly the topics the registry lists its consumer groups under', async () => {
    // The registry drives the deployment's ACLs, lag alerts and the quiet watch: a group it lists on a
    // topic the service never reads, or one reading a topic the registry does not give it, is a lie.
    const declared: Record<string, string[]> = {};
    for (const topic of TOPICS) for (const group of topic.consumers) (declared[String(group)] ??= []).push(topic.name);
    for (const topics of Object.values(declared)) topics.sort();
    expect(await topicsHeld(platform.brokers)).toEqual(declared);
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
