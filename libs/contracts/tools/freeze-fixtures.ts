/**
 * Freezes a sample payload for every event type that has none yet (a new event). Existing
 * fixtures are left alone: they are the proof that old bytes still decode.
 *
 *   bash tools/proto.sh freeze-fixtures
 */
import { mkdirSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { EVENT_CATALOG } from '../src/events/event-catalog';
import { EVENT_SAMPLES } from '../src/events/samples/event-samples';
import { fixturePath, hasFixture, writeFixture } from './frozen-fixtures';

let written = 0;
for (const { type, schema } of EVENT_CATALOG) {
  if (hasFixture(type)) continue;
  const sample = EVENT_SAMPLES.get(type);
  if (!sample) throw new Error(`no sample for ${type}: add one under libs/contracts/src/events/samples/`);
  mkdirSync(dirname(fixturePath(type)), { recursive: true });
  process.stdout.write(`froze ${relative(process.cwd(), writeFixture(schema, sample))}\n`);
  written += 1;
}
process.stdout.write(`${written} new fixture(s); ${EVENT_CATALOG.length - written} already frozen\n`);
