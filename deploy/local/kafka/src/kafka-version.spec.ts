import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { kafkaVersion, scalaVersion } from './kafka-version';

describe('kafkaVersion', () => {
  const pinned = JSON.parse(readFileSync(join(__dirname, '..', 'kafka-version.json'), 'utf8')) as { kafka: string; scala: string };
  const saved = process.env['LOCAL_KAFKA_VERSION'];
  afterEach(() => {
    if (saved === undefined) delete process.env['LOCAL_KAFKA_VERSION'];
    else process.env['LOCAL_KAFKA_VERSION'] = saved;
  });

  it('is pinned in kafka-version.json', () => {
    delete process.env['LOCAL_KAFKA_VERSION'];
    expect(kafkaVersion()).toBe(pinned.kafka);
    expect(kafkaVersion()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(scalaVersion()).toBe('2.13');
  });

  it('can be overridden with LOCAL_KAFKA_VERSION to try another release', () => {
    process.env['LOCAL_KAFKA_VERSION'] = '3.9.2';
    expect(kafkaVersion()).toBe('3.9.2');
  });
});
