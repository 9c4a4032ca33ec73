import { createServer, type AddressInfo, type Server } from 'node:net';

/**
 * `count` distinct TCP ports nobody listens on right now, chosen by the OS (so parallel runs never
 * collide on a fixed base port). All are held open until every one is chosen: asked one at a time,
 * the OS may hand the same port out twice.
 */
export async function freePorts(count: number): Promise<number[]> {
  const servers: Server[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const server = createServer();
      servers.push(server);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', resolve);
      });
    }
    return servers.map((server) => (server.address() as AddressInfo).port);
  } finally {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  }
}
