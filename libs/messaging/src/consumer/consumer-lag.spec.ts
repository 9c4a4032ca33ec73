import { register } from 'prom-client';
import type { KafkaTransport } from '../transport/kafka-transport';
import { ConsumerLagMonitor, consumerLag } from './consumer-lag';

const ends = (topic: string, ...partitions: Array<[low: number, high: number]>) => ({
  topic,
  partitions: partitions.map(([low, high], partition) => ({ partition, low: String(low), high: String(high) })),
});
const commits = (topic: string, ...offsets: number[]) => ({ topic, partitions: offsets.map((offset, partition) => ({ partition, offset: String(offset) })) });

describe('consumerLag', () => {
  it('is the end offset minus the committed offset, per partition', () => {
    expect(consumerLag([ends('cases', [0, 120], [0, 80])], [commits('cases', 100, 80)])).toEqual([
      { topic: 'cases', partition: 0, lag: 20 },
      { topic: 'cases', partition: 1, lag: 0 },
    ]);
  });

  it('counts from the earliest retained offset when the group committed nothing there, or retention removed its position', () => {
    expect(consumerLag([ends('cases', [40, 100], [0, 7])], [commits('cases', 10, -1)])).toEqual([
      { topic: 'cases', partition: 0, lag: 60 },
      { topic: 'cases', partition: 1, lag: 7 },
    ]);
    expect(consumerLag([ends('cases.payments.ledger.retry', [0, 3])], [])).toEqual([{ topic: 'cases.payments.ledger.retry', partition: 0, lag: 3 }]);
  });

  it('is never negative, and keeps offsets beyond 2^53 exact until the subtraction', () => {
    expect(consumerLag([ends('cases', [0, 5])], [commits('cases', 9)])).toEqual([{ topic: 'cases', partition: 0, lag: 0 }]);
    const huge = { topic: 'cases', partitions: [{ partition: 0, low: '0', high: '9007199254740995' }] };
    expect(consumerLag([huge], [{ topic: 'cases', partitions: [{ partition: 0, offset: '9007199254740990' }] }])).toEqual([{ topic: 'cases', partition: 0, lag: 5 }]);
  });
});

describe('ConsumerLagMonitor', () => {
  /** A broker whose end offsets grow while the group commits nothing: a stuck consumer. */
  function brokerWith(state: { high: number[]; committed: number[] }) {
    const admin = {
      connect: jest.fn(async () => undefined),
      disconnect: jest.fn(async () => undefined),
      fetchOffsets: jest.fn(async () => [{ topic: 'cases', partitions: state.committed.map((offset, partition) => ({ partition, offset: String(offset), metadata: null })) }]),
      fetchTopicOffsets: jest.fn(async () => state.high.map((high, partition) => ({ partition, offset: String(high), high: String(high), low: '0' }))),
    };
    return { admin, transport: { createAdmin: () => admin } as unknown as KafkaTransport };
  }
  const lagSeries = async (group: string) =>
    (await register.getSingleMetric('messaging_consumer_lag')!.get()).values.filter((value) => value.labels.group === group).map((value) => [value.labels.partition, value.value]);

  it('reports a stuck group\'s growing lag for every partition, forgets partitions that went away, and its series when stopped', async () => {
    const state = { high: [10, 4], committed: [10, -1] };
    const { admin, transport } = brokerWith(state);
    const monitor = new ConsumerLagMonitor(transport, { group: 'payments.ledger', topics: ['cases'], intervalMs: 60_000 });

    await monitor.refresh();
    expect(await lagSeries('payments.ledger')).toEqual([['0', 0], ['1', 4]]);

    state.high = [25];
    state.committed = [10];
    await monitor.refresh();
    expect(await lagSeries('payments.ledger')).toEqual([['0', 15]]);
    expect(admin.fetchOffsets).toHaveBeenCalledWith({ groupId: 'payments.ledger', topics: ['cases'] });

    await monitor.stop();
    expect(await lagSeries('payments.ledger')).toEqual([]);
    expect(admin.disconnect).toHaveBeenCalled();
  });

  it('refreshes on its interval, and logs a broker outage once while keeping the last values', async () => {
    jest.useFakeTimers();
    try {
      const state = { high: [3], committed: [-1] };
      const { admin, transport } = brokerWith(state);
      const logs: string[] = [];
      const monitor = new ConsumerLagMonitor(transport, { group: 'dunning.case-plans', topics: ['cases'], intervalMs: 15_000, log: (level, message) => logs.push(`${level}: ${message}`) });
      monitor.start();
      await jest.advanceTimersByTimeAsync(0);
      expect(await lagSeries('dunning.case-plans')).toEqual([['0', 3]]);

      admin.fetchTopicOffsets.mockRejectedValue(new Error('broker down'));
      await jest.advanceTimersByTimeAsync(30_000);
      expect(logs).toEqual(['warn: cannot read consumer lag from the broker: broker down']);
      expect(await lagSeries('dunning.case-plans')).toEqual([['0', 3]]);

      admin.fetchTopicOffsets.mockImplementation(async () => [{ partition: 0, offset: '9', high: '9', low: '0' }]);
      await jest.advanceTimersByTimeAsync(15_000);
      expect(logs).toEqual(['warn: cannot read consumer lag from the broker: broker down', 'info: consumer lag readable again']);
      expect(await lagSeries('dunning.case-plans')).toEqual([['0', 9]]);
      await monitor.stop();
    } finally {
      jest.useRealTimers();
    }
  });
});
