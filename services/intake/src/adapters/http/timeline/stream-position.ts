/**
 * Where a live stream stands, sent as every frame's `id` and read back from `Last-Event-ID`:
 * the last timeline entry sent, then the last decision change sent (its transaction id and row id),
 * as `<entry>:<tx>:<change>`. A bare number (a client of the timeline-only stream) names the entry alone.
 */
export interface StreamPosition {
  entry?: string;
  decision?: { tx: string; id: string };
}

export function parseStreamPosition(lastEventId: string | undefined): StreamPosition {
  const text = lastEventId?.trim() ?? '';
  if (/^\d{1,18}$/.test(text)) return { entry: text };
  const parts = /^(\d{1,18}):(\d{1,19}):(\d{1,18})$/.exec(text);
  if (!parts) return {};
  return { entry: parts[1], decision: { tx: parts[2]!, id: parts[3]! } };
}

export function formatStreamPosition(entry: string, decision: { tx: string; id: string }): string {
  return `${entry}:${decision.tx}:${decision.id}`;
}
