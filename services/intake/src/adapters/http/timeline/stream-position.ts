/** A position in one of the stream's tables: the writing transaction's id, then the row's. */
export interface Cursor {
  tx: string;
  id: string;
}

/**
 * Where a live stream stands, sent as every frame's `id` and read back from `Last-Event-ID`: the last
 * timeline entry sent and the last decision change sent, each as transaction id and row id, written
 * `<entry tx>:<entry id>:<change tx>:<change id>`. A bare number is an entry id from a client of the
 * timeline-only stream (`entryId`); anything else is no position (the stream starts from now).
 */
export interface StreamPosition {
  entry?: Cursor;
  decision?: Cursor;
  entryId?: string;
}

const TX = '(\\d{1,19})';
const ID = '(\\d{1,18})';
const POSITION = new RegExp(`^${TX}:${ID}:${TX}:${ID}$`);

export function parseStreamPosition(lastEventId: string | undefined): StreamPosition {
  const text = lastEventId?.trim() ?? '';
  if (/^\d{1,18}$/.test(text)) return { entryId: text };
  const parts = POSITION.exec(text);
  if (!parts) return {};
  return { entry: { tx: parts[1]!, id: parts[2]! }, decision: { tx: parts[3]!, id: parts[4]! } };
}

export function formatStreamPosition(entry: Cursor, decision: Cursor): string {
  return `${entry.tx}:${entry.id}:${decision.tx}:${decision.id}`;
}
