import { BatchPoller } from './batch-poller';

describe('BatchPoller', () => {
  it('drains full batches back to back and stops at the first partial one', async () => {
    const sizes = [3, 3, 1, 3];
    const poller = new BatchPoller(async () => sizes.shift() ?? 0, { intervalMs: 10_000, batchSize: 3, onError: () => undefined });

    expect(await poller.drain()).toBe(7);
    expect(sizes).toEqual([3]);
  });

  it('reports a failed pass and keeps polling, then stops cleanly', async () => {
    const errors: string[] = [];
    let passes = 0;
    const poller = new BatchPoller(
      async () => {
        passes += 1;
        if (passes === 1) throw new Error('database away');
        return 0;
      },
      { intervalMs: 5, batchSize: 10, onError: (error) => errors.push(error.message) },
    );
    poller.start();
    await new Promise((resolve) => setTimeout(resolve, 60));
    await poller.stop();
    const afterStop = passes;
    await new Promise((resolve) => setTimeout(resolve, 30));

    expect(errors).toEqual(['database away']);
    expect(afterStop).toBeGreaterThan(1);
    expect(passes).toBe(afterStop);
  });
});
