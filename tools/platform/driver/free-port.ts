import { createServer, type AddressInfo } from 'node:net';

/** A TCP port nobody listens on right now, chosen by the OS (so parallel runs never collide on a fixed base port). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
