/**
 * The payments benchmark's gateway: posts signed receipts at a steady rate from its own thread, so
 * the latency measured is the service's, not time spent waiting behind the load generator on one
 * event loop. Sends { latencies, outcomes, seconds } back to the parent.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { signGatewayBody } from '../services/payments/src/adapters/http/gateway-signature';

interface LoadPlan {
  port: number;
  secret: string;
  rate: number;
  bodies: string[];
}

async function run({ port, secret, rate, bodies }: LoadPlan): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const post = (body: string) =>
    new Promise<{ status: number; ms: number; body: string }>((resolve, reject) => {
      const started = performance.now();
      const req = request({ host: '127.0.0.1', port, path: '/v1/gateway-receipts/bench', method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'X-Signature': signGatewayBody(secret, Math.floor(Date.now() / 1000), body) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, body: Buffer.concat(chunks).toString() }));
      });
      req.on('error', reject);
      req.end(body);
    });
  const latencies: number[] = [];
  const outcomes: Record<string, number> = {};
  const inFlight: Array<Promise<void>> = [];
  const start = performance.now();
  for (let i = 0; i < bodies.length; i += 1) {
    const wait = start + (i * 1000) / rate - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(
      post(bodies[i]!).then((answer) => {
        latencies.push(answer.ms);
        const status = answer.status === 200 ? (JSON.parse(answer.body) as { status: string }).status : `http-${answer.status}`;
        outcomes[status] = (outcomes[status] ?? 0) + 1;
      }),
    );
  }
  await Promise.all(inFlight);
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  parentPort!.postMessage({ latencies, outcomes, seconds });
}

void run(workerData as LoadPlan);
