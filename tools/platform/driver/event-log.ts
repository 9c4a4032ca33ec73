import { fromBinary } from '@bufbuild/protobuf';
import { TOPICS, findEventType, retryTopic, type TopicDefinition } from '@collections/contracts';
import { collectMessages, type CollectedMessage } from '@collections/testing';

/** One integration event as it went over Kafka, decoded with the contract its `ce_type` names. */
export interface PlatformEvent<T = Record<string, unknown>> {
  type: string;
  /** The short name: `CaseOpened` for `collections.v1.CaseOpened`. */
  name: string;
  topic: string;
  key: string;
  id: string;
  time: string;
  data: T;
}

/**
 * Every event published on the registry's topics since the log started (read from the beginning,
 * by a group of its own, so it takes nothing from the services). Stories read what happened to a
 * case from here: every event a case passes through is asserted on what really went over the wire.
 */
export class EventLog {
  /** Decoded once: stories look at the log many times while it grows. */
  private readonly decoded: PlatformEvent[] = [];
  /** Every message seen, retry topics included, by `topic/partition` then offset: what QuietWatch checks inboxes against. */
  private readonly positions = new Map<string, Map<number, { id: string; type: string }>>();
  private seen = 0;

  private constructor(private readonly collector: { received: CollectedMessage[]; stop(): Promise<void> }) {}

  static async start(brokers: string[]): Promise<EventLog> {
    const retries = TOPICS.flatMap((topic: TopicDefinition) => topic.consumers.map((group) => retryTopic(topic.name, group)));
    return new EventLog(await collectMessages([...TOPICS.map((topic) => topic.name), ...retries], brokers));
  }

  /** The event id and type of the message at a position, once the log has read that far. */
  at(topic: string, partition: number, offset: number): { id: string; type: string } | undefined {
    this.all();
    return this.positions.get(`${topic}/${partition}`)?.get(offset);
  }

  /** All events keyed by `key` (a case id, a creditor id), in the order they were received. */
  of<T = Record<string, unknown>>(key: string, name?: string): Array<PlatformEvent<T>> {
    return this.all<T>().filter((event) => event.key === key && (name === undefined || event.name === name));
  }

  /** Every event of the given short name (e.g. `RemittanceIssued`), whatever its key. */
  named<T = Record<string, unknown>>(name: string): Array<PlatformEvent<T>> {
    return this.all<T>().filter((event) => event.name === name);
  }

  all<T = Record<string, unknown>>(): Array<PlatformEvent<T>> {
    const fresh = this.collector.received.slice(this.seen);
    this.seen += fresh.length;
    for (const item of fresh) {
      const where = `${item.topic}/${item.partition}`;
      if (!this.positions.has(where)) this.positions.set(where, new Map());
      this.positions.get(where)!.set(Number(item.message.offset), { id: item.header('ce_id') ?? '', type: item.header('ce_type') ?? '' });
    }
    // A retry topic holds copies of events already in the log: they are not events of their own.
    this.decoded.push(...fresh.filter((item) => !item.topic.endsWith('.retry')).flatMap(decode));
    return this.decoded as Array<PlatformEvent<T>>;
  }

  stop(): Promise<void> {
    return this.collector.stop();
  }
}

function decode(item: CollectedMessage): PlatformEvent[] {
  const type = item.header('ce_type') ?? '';
  const entry = findEventType(type);
  if (!entry || !item.message.value) return [];
  let data: Record<string, unknown>;
  try {
    data = fromBinary(entry.schema, item.message.value) as unknown as Record<string, unknown>;
  } catch {
    // A poison message (fault tests publish some) is no event: the consumers park it, the log skips it.
    return [];
  }
  return [{
    type,
    name: type.replace(/^collections\.v\d+\./, ''),
    topic: item.topic,
    key: item.message.key?.toString() ?? '',
    id: item.header('ce_id') ?? '',
    time: item.header('ce_time') ?? '',
    data,
  }];
}
