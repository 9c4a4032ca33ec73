import { createServer, type Server } from 'node:net';

/**
 * `count` distinct ports that were free a moment ago: bind port 0 on 127.0.0.1 (all at once, so
 * they cannot coincide), read the ports, release them. Another process could grab one before the
 * broker binds it; on a test machine that window is small, and the broker would fail loudly
 * ("Address already in use" in its log) rather than silently talk to the wrong thing.
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(Array.from({ length: count }, listenOnAnyPort));
  const ports = servers.map((server) => {
    const address = server.address();
    return typeof address === 'object' && address ? address.port : 0;
  });
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  if (ports.includes(0)) throw new Error('could not read a free port');
  return ports;
}

function listenOnAnyPort(): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
