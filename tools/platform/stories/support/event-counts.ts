import type { Platform } from '../../driver';

/**
 * How many events of each type went over Kafka for one key. Events written in one transaction (a
 * step and the scheduling of the next) may be relayed in either order, so stories compare counts
 * and check order only where one event causes the other.
 */
export function eventCounts(platform: Platform, key: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const event of platform.events.of(key)) counts[event.name] = (counts[event.name] ?? 0) + 1;
  return counts;
}
