import { AssignerProtocol, Kafka, logLevel, type Admin } from 'kafkajs';
import { SERVICE_NAMES, httpJson, type Platform } from '../driver';

/**
 * The demo's "wait until the platform has reacted". Like the driver's QuietWatch (outboxes drained,
 * consumer lag at zero, nothing published for a while), but a group's lag on a topic counts only
 * when the group's members are actually assigned that topic: the topic registry lists consumers
 * that subscribe to nothing there (dunning.case-plans on notifications.deliveries.v1,
 * notifications.dispatch on screening.verdicts.v1), and their lag never goes down.
 */
export class Settler {
  private readonly admin: Admin;

  constructor(
    private readonly platform: Platform,
    brokers: string[],
  ) {
    this.admin = new Kafka({ clientId: 'collections-demo-settler', brokers, logLevel: logLevel.NOTHING }).admin();
  }

  open(): Promise<void> {
    return this.admin.connect();
  }

  async close(): Promise<void> {
    await this.admin.disconnect().catch(() => undefined);
  }

  /** Moves every service's clock forward by `by` (`1d`, `3600000ms`), then waits until the platform is quiet. */
  async advance(by: string, options: { stableForMs?: number; timeoutMs?: number } = {}): Promise<void> {
    await Promise.all(SERVICE_NAMES.map((name) => httpJson(`${this.platform.url(name)}/ops/clock/advance`, { method: 'POST', body: { by } })));
    await this.quiet(options);
  }

  async quiet({ stableForMs = 2_000, timeoutMs = 300_000, intervalMs = 250 }: { stableForMs?: number; timeoutMs?: number; intervalMs?: number } = {}): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let quietSince: number | undefined;
    let lastPublished = -1;
    for (;;) {
      const backlog = await this.platform.backlog();
      const assigned = await this.assignedTopics(Object.keys(backlog.lag).map((key) => key.split(' ')[0]!));
      const lag = Object.entries(backlog.lag).filter(([key]) => {
        const [group = '', topic = ''] = key.split(' ');
        return assigned.get(group)?.has(topic) ?? true;
      });
      const idle = lag.length === 0 && Object.keys(backlog.outbox).length === 0 && backlog.published === lastPublished;
      lastPublished = backlog.published;
      if (!idle) quietSince = undefined;
      else quietSince ??= Date.now();
      if (quietSince !== undefined && Date.now() - quietSince >= stableForMs) return;
      if (Date.now() > deadline) throw new Error(`the platform did not settle within ${timeoutMs} ms: ${JSON.stringify({ lag: Object.fromEntries(lag), outbox: backlog.outbox })}`);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }

  /** The topics each group's live members are assigned (a group with no member: unknown, so its lag counts). */
  private async assignedTopics(groups: string[]): Promise<Map<string, Set<string>>> {
    const result = new Map<string, Set<string>>();
    if (groups.length === 0) return result;
    const described = await this.admin.describeGroups([...new Set(groups)]);
    for (const group of described.groups) {
      if (group.members.length === 0) continue;
      const topics = new Set<string>();
      for (const member of group.members) {
        const assignment = AssignerProtocol.MemberAssignment.decode(member.memberAssignment);
        for (const topic of Object.keys(assignment?.assignment ?? {})) topics.add(topic);
      }
      result.set(group.groupId, topics);
    }
    return result;
  }
}
