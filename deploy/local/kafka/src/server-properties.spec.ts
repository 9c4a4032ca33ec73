import { renderProperties, serverProperties, type NodeLayout } from './server-properties';

const voters = [
  { nodeId: 1, controllerPort: 9101 },
  { nodeId: 2, controllerPort: 9102 },
  { nodeId: 3, controllerPort: 9103 },
];
const node = (overrides: Partial<NodeLayout> = {}): NodeLayout => ({
  nodeId: 1,
  brokerPort: 9001,
  controllerPort: 9101,
  advertisedPort: 9001,
  dataDir: '/tmp/kafka/node-1/data',
  voters: voters.slice(0, 1),
  ...overrides,
});

describe('serverProperties', () => {
  it('makes a single combined broker/controller with replication 1', () => {
    const props = serverProperties(node());
    expect(props).toMatchObject({
      'process.roles': 'broker,controller',
      'node.id': '1',
      'controller.quorum.voters': '1@127.0.0.1:9101',
      listeners: 'PLAINTEXT://127.0.0.1:9001,CONTROLLER://127.0.0.1:9101',
      'advertised.listeners': 'PLAINTEXT://127.0.0.1:9001',
      'controller.listener.names': 'CONTROLLER',
      'log.dirs': '/tmp/kafka/node-1/data',
      'offsets.topic.replication.factor': '1',
      'transaction.state.log.replication.factor': '1',
      'transaction.state.log.min.isr': '1',
      'min.insync.replicas': '1',
      'auto.create.topics.enable': 'false',
      'group.initial.rebalance.delay.ms': '0',
    });
  });

  it('gives three nodes replication factor 3 and min.insync.replicas 2, as in production', () => {
    const props = serverProperties(node({ nodeId: 2, brokerPort: 9002, controllerPort: 9102, advertisedPort: 9002, voters }));
    expect(props).toMatchObject({
      'node.id': '2',
      'controller.quorum.voters': '1@127.0.0.1:9101,2@127.0.0.1:9102,3@127.0.0.1:9103',
      'default.replication.factor': '3',
      'offsets.topic.replication.factor': '3',
      'transaction.state.log.replication.factor': '3',
      'transaction.state.log.min.isr': '2',
      'min.insync.replicas': '2',
    });
  });

  it('advertises a different port than it listens on when a proxy sits in front', () => {
    const props = serverProperties(node({ advertisedPort: 7777 }));
    expect(props['listeners']).toContain('PLAINTEXT://127.0.0.1:9001');
    expect(props['advertised.listeners']).toBe('PLAINTEXT://127.0.0.1:7777');
  });

  it('keeps the dedupe buffer small enough for a 256 MB heap', () => {
    expect(Number(serverProperties(node())['log.cleaner.dedupe.buffer.size'])).toBeLessThanOrEqual(32 * 1024 * 1024);
  });
});

describe('renderProperties', () => {
  it('writes key=value lines, escaping backslashes and newlines', () => {
    expect(renderProperties({ a: '1', 'b.c': 'C:\\x', d: 'two\nlines' })).toBe('a=1\nb.c=C:\\\\x\nd=two\\nlines\n');
  });
});
