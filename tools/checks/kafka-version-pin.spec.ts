import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

describe('one pinned Kafka version', () => {
  it('docker-compose.yml runs the same Kafka release as the local launcher', () => {
    const pinned = JSON.parse(readFileSync(join(ROOT, 'deploy/local/kafka/kafka-version.json'), 'utf8')).kafka;
    const compose = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');
    const images = [...compose.matchAll(/image:\s*apache\/kafka:(\S+)/g)].map((match) => match[1]);
    expect(images.length).toBeGreaterThan(0);
    expect(new Set(images)).toEqual(new Set([pinned]));
  });
});
