import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { trace } from '@opentelemetry/api';
import { startTracing } from './tracing.bootstrap';

interface Collector {
  readonly server: Server;
  readonly endpoint: string;
  readonly received: { path?: string; bytes: number }[];
}

/** A stand-in OpenTelemetry collector that records what it is sent. */
async function startCollector(): Promise<Collector> {
  const received: Collector['received'] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let bytes = 0;
    req.on('data', (chunk: Buffer) => (bytes += chunk.length));
    req.on('end', () => {
      received.push({ path: req.url, bytes });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, endpoint: `http://127.0.0.1:${port}/`, received };
}

describe('startTracing with an OTLP endpoint', () => {
  it('exports finished spans to <endpoint>/v1/traces when shut down', async () => {
    const collector = await startCollector();
    try {
      const handle = startTracing({ serviceName: 'payments', otlpEndpoint: collector.endpoint });
      trace.getTracer('test').startSpan('record payment').end();

      await handle.shutdown();

      expect(collector.received.map((r) => r.path)).toEqual(['/v1/traces']);
      expect(collector.received[0]?.bytes).toBeGreaterThan(0);
    } finally {
      await new Promise((resolve) => collector.server.close(resolve));
    }
  });
});
