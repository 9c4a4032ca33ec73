/**
 * A benchmark's readers, on their own thread: GET requests over the given paths, round robin, at a
 * steady rate, with a bearer token. Posts back each request's path kind, status and latency.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

interface LoadPlan {
  port: number;
  token: string;
  rate: number;
  seconds: number;
  warmUpSeconds: number;
  /** [kind, path] pairs, used in turn. */
  paths: Array<[string, string]>;
}

async function run({ port, token, rate, seconds, warmUpSeconds, paths }: LoadPlan): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const results: Array<{ kind: string; status: number; ms: number }> = [];
  const get = (path: string) =>
    new Promise<{ status: number; ms: number }>((resolve, reject) => {
      const started = performance.now();
      const req = request({ host: '127.0.0.1', port, path, method: 'GET', agent, headers: { Authorization: `Bearer ${token}` } }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      });
      req.on('error', reject);
      req.end();
    });
  const start = performance.now();
  const measuredFrom = start + warmUpSeconds * 1000;
  const total = Math.round(rate * (seconds + warmUpSeconds));
  const inFlight: Array<Promise<void>> = [];
  for (let i = 0; i < total; i += 1) {
    const wait = start + (i * 1000) / rate - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const [kind, path] = paths[i % paths.length]!;
    const measured = performance.now() >= measuredFrom;
    inFlight.push(get(path).then((answer) => void (measured && results.push({ kind, ...answer }))));
  }
  await Promise.all(inFlight);
  agent.destroy();
  parentPort!.postMessage({ results, seconds: (performance.now() - measuredFrom) / 1000 });
}

void run(workerData as LoadPlan);
