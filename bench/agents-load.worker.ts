/**
 * The contact-center benchmark's agents, on their own thread: AGENTS agents each take the next
 * task and record its outcome, paced so that all of them together send RATE requests per second.
 * Posts back the next-task latencies, the task ids handed out and the outcomes' statuses.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

interface LoadPlan {
  port: number;
  keys: string[];
  rate: number;
  seconds: number;
  /** Seconds of load first, not measured (connections, JIT). */
  warmUpSeconds: number;
}

async function run({ port, keys, rate, seconds, warmUpSeconds }: LoadPlan): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: keys.length * 2 });
  const call = (key: string, path: string, body?: unknown) =>
    new Promise<{ status: number; ms: number; body: string }>((resolve, reject) => {
      const started = performance.now();
      const payload = body === undefined ? '' : JSON.stringify(body);
      const req = request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, body: Buffer.concat(chunks).toString() }));
      });
      req.on('error', reject);
      req.end(payload);
    });
  const nextLatencies: number[] = [];
  const handedOut: string[] = [];
  const outcomeStatuses: Record<string, number> = {};
  const start = performance.now();
  const measuredFrom = start + warmUpSeconds * 1000;
  const end = measuredFrom + seconds * 1000;
  // Each agent's two requests (next, outcome) are one slot: agents × 2 / rate seconds apart.
  const slotMs = (keys.length * 2 * 1000) / rate;
  await Promise.all(
    keys.map(async (key, index) => {
      let slot = start + (index * slotMs) / keys.length;
      while (performance.now() < end) {
        const wait = slot - performance.now();
        if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
        slot += slotMs;
        const next = await call(key, '/v1/agent/tasks/next');
        if (performance.now() >= measuredFrom) nextLatencies.push(next.ms);
        if (next.status !== 200) continue;
        const taskId = (JSON.parse(next.body) as { taskId: string }).taskId;
        handedOut.push(taskId);
        const outcome = await call(key, `/v1/agent/tasks/${taskId}/outcome`, { result: 'NO_ANSWER', minutesSpent: 1 });
        outcomeStatuses[outcome.status] = (outcomeStatuses[outcome.status] ?? 0) + 1;
      }
    }),
  );
  agent.destroy();
  parentPort!.postMessage({ nextLatencies, handedOut, outcomeStatuses, seconds: (performance.now() - measuredFrom) / 1000, allSeconds: (performance.now() - start) / 1000 });
}

void run(workerData as LoadPlan);
