import type { KafkaPublisher } from '../transport/kafka-publisher';
import type { DataSource } from 'typeorm';
import { retryTopic } from '@collections/contracts';
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
  // Marked 'replaying' and committed BEFORE publishing: a consumer must never see a replayed
  // message while its row still says 'parked', or it would park the key's next replay behind it.
  const chosen = await dataSource.transaction(async (manager) => {
    // Rows left 'replaying' by a replay whose publish failed are sent again (the inbox dedupes).
    const parked = [
      ...(await deadLetterStore.list(manager, { group: selection.group, status: 'parked' })),
      ...(await deadLetterStore.list(manager, { group: selection.group, status: 'replaying' })),
    ].sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
    const keys = new Set<string | null>(selection.keys ?? []);
    for (const row of parked) if (selection.ids?.includes(row.id)) keys.add(row.messageKey);
    const selected = parked.filter(
      (row) => selection.all || selection.ids?.includes(row.id) || (row.messageKey !== null && keys.has(row.messageKey)),
    );
    if (selected.length > 0) {
      await manager.query(`UPDATE dead_letters SET status = 'replaying' WHERE id = ANY($1::uuid[])`, [selected.map((row) => row.id)]);
    }
    return selected;
  });
  if (chosen.length > 0) {
    await producer.send(
      chosen.map((row) => ({
        topic: retryTopic(row.topic, row.consumerGroup),
        key: row.messageKey,
        value: row.payload,
        headers: { ...row.headers, [DEAD_LETTER_ID_HEADER]: row.id },
      })),
    );
  }
  return chosen;
}
