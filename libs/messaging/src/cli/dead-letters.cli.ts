import { parseArgs } from 'node:util';
import { loadKafkaSecurity } from '@collections/observability';
import { createDataSource } from '@collections/persistence';
import { deadLetterStore, type DeadLetterStatus } from '../dead-letters/dead-letter-store';
import { replayDeadLetters } from '../dead-letters/dead-letter-replay';
import { KafkaTransport } from '../transport/kafka-transport';

const USAGE = `Lists and replays a service's dead letters.

  npm run dead-letters -- list   --database-url URL [--group G] [--status parked|replaying|replayed] [--key K]
  npm run dead-letters -- replay --database-url URL --brokers HOST:PORT[,..] --group G (--id ID ... | --key K ... | --all)

DATABASE_URL and KAFKA_BROKERS are read from the environment when the flags are absent; replay
authenticates as the service does (KAFKA_SASL_MECHANISM, KAFKA_SASL_USERNAME, KAFKA_SASL_PASSWORD,
KAFKA_SSL, KAFKA_SSL_CA_FILE).`;

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      'database-url': { type: 'string' },
      brokers: { type: 'string' },
      group: { type: 'string' },
      status: { type: 'string' },
      key: { type: 'string', multiple: true },
      id: { type: 'string', multiple: true },
      all: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  const command = positionals[0];
  const url = values['database-url'] ?? process.env.DATABASE_URL;
  if (values.help || !command || !['list', 'replay'].includes(command)) return void console.log(USAGE);
  if (!url) throw new Error('--database-url (or DATABASE_URL) is required');
  const dataSource = await createDataSource({ url, poolSize: 2 }).initialize();
  try {
    if (command === 'list') {
      const rows = await deadLetterStore.list(dataSource.manager, {
        group: values.group,
        status: values.status as DeadLetterStatus | undefined,
        key: values.key?.[0],
      });
      console.table(rows.map(({ id, consumerGroup, topic, partition, offset, messageKey, eventType, errorCode, attempts, status, parkedAt }) => ({
        id, group: consumerGroup, topic, partition, offset, key: messageKey, type: eventType, error: errorCode, attempts, status,
        parkedAt: new Date(parkedAt).toISOString(),
      })));
      return;
    }
    const brokers = values.brokers ?? process.env.KAFKA_BROKERS;
    if (!brokers || !values.group) throw new Error('replay needs --brokers (or KAFKA_BROKERS) and --group');
    if (!values.all && !values.id?.length && !values.key?.length) throw new Error('replay needs --id, --key or --all');
    const security = loadKafkaSecurity(process.env);
    const producer = new KafkaTransport({ brokers: brokers.split(','), clientId: 'dead-letters-cli', security }).createProducer();
    await producer.connect();
    try {
      const replayed = await replayDeadLetters(dataSource, producer, { group: values.group, ids: values.id, keys: values.key, all: values.all });
      console.log(`replayed ${replayed.length} dead letter(s) through the retry topic of ${values.group}`);
    } finally {
      await producer.disconnect();
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: Error) => {
  console.error(`dead-letters: ${error.message}`);
  process.exit(1);
});
