import { KafkaJSConnectionError, KafkaJSNumberOfRetriesExceeded, KafkaJSProtocolError, type Admin, type Producer, type RecordMetadata } from 'kafkajs';
import { classifyError } from '../errors/error-classification';
import { IncompleteSendError, KafkaPublisher, ProducerOutOfStepError, type OutgoingKafkaMessage } from './kafka-publisher';

/** What kafkajs throws for a broker error code (see kafkajs/src/protocol/error.js). */
const brokerError = (type: string, code: number) =>
  new KafkaJSProtocolError({ type, code, retriable: false, message: `broker said ${type}` } as unknown as Error);

interface FakeProducer {
  id: number;
  connect: jest.Mock<Promise<void>, []>;
  disconnect: jest.Mock<Promise<void>, []>;
  sendBatch: jest.Mock<Promise<RecordMetadata[]>, [{ topicMessages: Array<{ topic: string; messages: Array<{ partition: number }> }> }]>;
}

let brokerDown = false;

/** Every client connects unless brokerDown, and answers for every partition it was sent, unless a test scripts it otherwise. */
function fakeProducer(id: number): FakeProducer {
  return {
    id,
    connect: jest.fn(async () => {
      if (brokerDown) throw new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092');
    }),
    disconnect: jest.fn(async () => undefined),
    sendBatch: jest.fn(async ({ topicMessages }) =>
      topicMessages.flatMap(({ topic, messages }) =>
        [...new Set(messages.map((m) => m.partition))].map((partition) => ({ topicName: topic, partition, errorCode: 0 }) as RecordMetadata),
      ),
    ),
  };
}

const message = (key: string): OutgoingKafkaMessage => ({ topic: 'cases.v1', key, value: Buffer.from(key), headers: {} });

describe('KafkaPublisher', () => {
  let clients: FakeProducer[];
  let publisher: KafkaPublisher;

  beforeEach(async () => {
    brokerDown = false;
    clients = [];
    const admin = {
      connect: jest.fn(async () => undefined),
      disconnect: jest.fn(async () => undefined),
      fetchTopicMetadata: jest.fn(async () => ({ topics: [{ name: 'cases.v1', partitions: [{}, {}, {}] }] })),
    };
    publisher = new KafkaPublisher(() => {
      const client = fakeProducer(clients.length + 1);
      clients.push(client);
      return client as unknown as Producer;
    }, admin as unknown as Admin);
    await publisher.connect();
  });

  it.each([
    ['OUT_OF_ORDER_SEQUENCE_NUMBER', 45],
    ['DUPLICATE_SEQUENCE_NUMBER', 46],
    ['INVALID_PRODUCER_EPOCH', 47],
    ['INVALID_PRODUCER_ID_MAPPING', 49],
    ['UNKNOWN_PRODUCER_ID', 59],
  ])('replaces its client when the broker refuses the producer state (%s), so the retry gets a new producer id', async (type, code) => {
    clients[0].sendBatch.mockRejectedValue(brokerError(type, code)); // kafkajs would fail the same way for ever

    const refused = await publisher.send([message('case-1'), message('case-2')]).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ProducerOutOfStepError);
    expect((refused as Error).message).toContain(type);
    expect(classifyError(refused)).toBe('transient'); // callers retry it like a broker hiccup
    expect(clients).toHaveLength(2);
    expect(clients[0].disconnect).toHaveBeenCalled();
    expect(clients[1].connect).toHaveBeenCalled();

    await publisher.send([message('case-1'), message('case-2')]);
    expect(clients[1].sendBatch).toHaveBeenCalledTimes(1);
    expect(clients[0].sendBatch).toHaveBeenCalledTimes(1);
  });

  it('recognises the refusal inside the error kafkajs wraps it in', async () => {
    // As kafkajs' retrier wraps the last error when it gives up (kafkajs/src/retry/index.js).
    const refusal = brokerError('OUT_OF_ORDER_SEQUENCE_NUMBER', 45);
    const wrapped = new KafkaJSNumberOfRetriesExceeded(refusal, { retryCount: 8, retryTime: 2_500, cause: refusal } as never);
    expect(wrapped.cause).toBe(refusal);
    clients[0].sendBatch.mockRejectedValueOnce(wrapped);
    await expect(publisher.send([message('case-1')])).rejects.toBeInstanceOf(ProducerOutOfStepError);
    expect(clients).toHaveLength(2);
  });

  it('keeps its client for other failures and passes them on unchanged', async () => {
    const unreachable = new KafkaJSConnectionError('Connection error: connect ECONNREFUSED 127.0.0.1:9092');
    clients[0].sendBatch.mockRejectedValueOnce(unreachable);
    await expect(publisher.send([message('case-1')])).rejects.toBe(unreachable);
    expect(clients).toHaveLength(1);
    await publisher.send([message('case-1')]);
    expect(clients[0].sendBatch).toHaveBeenCalledTimes(2);
  });

  it('replaces its client when a partition goes unacknowledged', async () => {
    clients[0].sendBatch.mockResolvedValueOnce([]);
    await expect(publisher.send([message('case-1')])).rejects.toBeInstanceOf(IncompleteSendError);
    expect(clients).toHaveLength(2);
    await publisher.send([message('case-1')]);
    expect(clients[1].sendBatch).toHaveBeenCalledTimes(1);
  });

  it('never sends on a replacement that could not connect: the next send connects it first', async () => {
    clients[0].sendBatch.mockRejectedValueOnce(brokerError('OUT_OF_ORDER_SEQUENCE_NUMBER', 45));
    brokerDown = true;
    await expect(publisher.send([message('case-1')])).rejects.toBeInstanceOf(ProducerOutOfStepError);
    await expect(publisher.send([message('case-1')])).rejects.toBeInstanceOf(KafkaJSConnectionError);
    expect(clients[1].sendBatch).not.toHaveBeenCalled();

    brokerDown = false;
    await publisher.send([message('case-1')]);
    expect(clients[1].connect).toHaveBeenCalledTimes(3);
    expect(clients[1].sendBatch).toHaveBeenCalledTimes(1);
    expect(clients).toHaveLength(2);
  });
});
