import { connect, createServer, type Server, type Socket } from 'node:net';
import { TcpProxy } from './tcp-proxy';
import { waitFor } from './wait-for';

/** An echo server that prefixes replies with its name, so a test can tell which upstream answered. */
async function echoServer(name: string): Promise<{ server: Server; port: number }> {
  const server = createServer((socket) => socket.on('data', (d) => socket.write(`${name}:${d.toString()}`)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || !address) throw new Error('no address');
  return { server, port: address.port };
}

function open(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Sends `text` and resolves with the reply (or rejects if the connection closes first). */
function ask(socket: Socket, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    socket.once('data', (d) => resolve(d.toString()));
    socket.once('close', () => reject(new Error('closed')));
    socket.write(text);
  });
}

const closed = (socket: Socket): Promise<void> => new Promise((resolve) => (socket.destroyed ? resolve() : socket.once('close', () => resolve())));

describe('TcpProxy', () => {
  let upstream: { server: Server; port: number };
  let proxy: TcpProxy;
  const sockets: Socket[] = [];
  const client = async (): Promise<Socket> => {
    const socket = await open(proxy.port);
    socket.on('error', () => undefined); // resets are what some tests provoke
    sockets.push(socket);
    return socket;
  };

  beforeEach(async () => {
    upstream = await echoServer('a');
    proxy = await TcpProxy.start({ host: '127.0.0.1', port: upstream.port });
  });

  afterEach(async () => {
    sockets.splice(0).forEach((s) => s.destroy());
    await proxy.close();
    upstream.server.close();
  });

  it('forwards bytes both ways on its own port', async () => {
    expect(proxy.port).not.toBe(upstream.port);
    expect(proxy.address).toBe(`127.0.0.1:${proxy.port}`);
    expect(await ask(await client(), 'hello')).toBe('a:hello');
    expect(proxy.connectionCount).toBe(1);
  });

  it('adds latency in each direction and keeps the order of chunks', async () => {
    const socket = await client();
    proxy.setLatency(150);
    const started = Date.now();
    expect(await ask(socket, 'slow')).toBe('a:slow');
    expect(Date.now() - started).toBeGreaterThanOrEqual(290); // request and reply are both delayed

    const replies: string[] = [];
    socket.on('data', (d) => replies.push(d.toString()));
    socket.write('1');
    await new Promise((r) => setTimeout(r, 20));
    proxy.setLatency(0); // the second chunk must not overtake the first
    socket.write('2');
    await new Promise((r) => setTimeout(r, 500));
    expect(replies.join('').replace(/a:/g, '')).toBe('12'); // the echo may see both in one chunk
  });

  it('cuts open connections but accepts new ones', async () => {
    const socket = await client();
    await ask(socket, 'x');
    proxy.cutConnections();
    await closed(socket);
    expect(proxy.connectionCount).toBe(0);
    expect(await ask(await client(), 'again')).toBe('a:again');
  });

  it('refuses new connections while blocked, leaving open ones alone', async () => {
    const before = await client();
    proxy.block();
    await expect(
      open(proxy.port).then((socket) => {
        socket.on('error', () => undefined);
        return ask(socket, 'in');
      }),
    ).rejects.toThrow(/closed|ECONNRESET/); // reset before or right after connect, depending on timing
    expect(await ask(before, 'still')).toBe('a:still');
    proxy.unblock();
    expect(await ask(await client(), 'back')).toBe('a:back');
  });

  it('drops the target\'s replies while the requests still reach it, until passReplies()', async () => {
    const received: string[] = [];
    upstream.server.on('connection', (socket) => socket.on('data', (d) => received.push(d.toString())));
    const socket = await client();
    const replies: string[] = [];
    socket.on('data', (d) => replies.push(d.toString()));
    proxy.dropReplies();
    socket.write('lost');
    await waitFor('the reply dropped', () => proxy.droppedReplyBytes > 0);
    expect(received).toEqual(['lost']);
    expect(proxy.droppedReplyBytes).toBe('a:lost'.length);
    expect(replies).toEqual([]);
    proxy.passReplies();
    expect(await ask(socket, 'kept')).toBe('a:kept');
    expect(replies).toEqual(['a:kept']);
  });

  it('sends new connections to a new target after setTarget', async () => {
    const other = await echoServer('b');
    try {
      proxy.setTarget({ host: '127.0.0.1', port: other.port });
      expect(await ask(await client(), 'hi')).toBe('b:hi');
    } finally {
      other.server.close();
    }
  });

  it('closes the client side when the target refuses', async () => {
    await new Promise((resolve) => upstream.server.close(resolve));
    const socket = await client();
    await closed(socket);
  });

  it('close() stops listening and drops connections', async () => {
    const socket = await client();
    await proxy.close();
    await closed(socket);
    await expect(open(proxy.port)).rejects.toThrow(/ECONNREFUSED/);
    proxy = await TcpProxy.start({ host: '127.0.0.1', port: upstream.port }); // for afterEach
  });
});
