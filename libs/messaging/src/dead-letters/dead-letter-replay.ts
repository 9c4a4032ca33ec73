import type { KafkaPublisher } from '../transport/kafka-publisher';
import type { DataSource } from 'typeorm';
import { retryTopic } from '@collections/contracts';
import { sendAll } from '../transport/kafka-transport';
import { DEAD_LETTER_ID_HEADER } from './dead-letter-headers';
import { deadLetterStore, type DeadLetterRow } from './dead-letter-store';

export interface ReplaySelection {
  group: string;
  /** Replay these dead letters (and, to keep order, every earlier parked one of the same keys). */
  ids?: string[];
  /** Replay every parked dead letter of these keys. */
  keys?: string[];
  /** Replay every parked dead letter of the group. */
  all?: boolean;
}

/**
 * Sends parked messages back to their consumer group through `<topic>.<group>.retry`, in the order
 * they were parked. Only that group reads its retry topic, so other groups never see a replay.
 * A key is replayed whole: replaying one of its dead letters alone would apply it out of order.
 */
export async function replayDeadLetters(
  dataSource: DataSource,
  producer: KafkaPublisher,
  selection: ReplaySelection,
): Promise<DeadLetterRow[]> {
  return dataSource.transaction(async (manager) => {
    const parked = await deadLetterStore.list(manager, { group: selection.group, status: 'parked' });
    const keys = new Set<string | null>(selection.keys ?? []);
    for (const row of parked) if (selection.ids?.includes(row.id)) keys.add(row.messageKey);
    const chosen = parked.filter(
      (row) => selection.all || selection.ids?.includes(row.id) || (row.messageKey !== null && keys.has(row.messageKey)),
    );
    if (chosen.length === 0) return [];
    await manager.query(`UPDATE dead_letters SET status = 'replaying' WHERE id = ANY($1::uuid[])`, [chosen.map((row) => row.id)]);
    await sendAll(
      producer,
      chosen.map((row) => ({
        topic: retryTopic(row.topic, row.consumerGroup),
        key: row.messageKey,
        value: row.payload,
        headers: { ...row.headers, [DEAD_LETTER_ID_HEADER]: row.id },
      })),
    );
    return chosen;
  });
}
