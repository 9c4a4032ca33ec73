import { connect, createServer, type Server, type Socket } from 'node:net';

export interface TcpProxyTarget {
  host: string;
  port: number;
}

/**
 * A TCP proxy on a free local port in front of any host:port, for fault tests: put it between a
 * client and PostgreSQL or a Kafka broker, then add latency, cut connections or refuse new ones.
 * Bytes are forwarded unchanged in both directions, so any protocol works.
 */
export class TcpProxy {
  private readonly pairs = new Set<{ client: Socket; upstream: Socket }>();
  private latencyMs = 0;
  private blocked = false;
  private droppingReplies = false;
  private droppedBytes = 0;

  private constructor(
    private readonly server: Server,
    private target: TcpProxyTarget,
    readonly host: string,
    readonly port: number,
  ) {
    server.on('connection', (client) => this.accept(client));
  }

  /** Listens on `port` (default: a free one) on 127.0.0.1 and forwards to `target`. */
  static async start(target: TcpProxyTarget, opts: { port?: number; host?: string } = {}): Promise<TcpProxy> {
    const host = opts.host ?? '127.0.0.1';
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, host, () => resolve());
    });
    const address = server.address();
    if (typeof address !== 'object' || !address) throw new Error('TcpProxy: no listening address');
    return new TcpProxy(server, target, host, address.port);
  }

  /** "host:port" clients should connect to. */
  get address(): string {
    return `${this.host}:${this.port}`;
  }

  get connectionCount(): number {
    return this.pairs.size;
  }

  /** Where new connections go (existing ones keep their upstream). Lets a test create the proxy before the target's port is known. */
  setTarget(target: TcpProxyTarget): void {
    this.target = target;
  }

  /** Delays every chunk, in both directions, by `ms` (0 = none). Order is preserved. */
  setLatency(ms: number): void {
    this.latencyMs = Math.max(0, ms);
  }

  /** Destroys every open connection (both sides see a reset); new connections are still accepted. */
  cutConnections(): void {
    for (const { client, upstream } of this.pairs) {
      client.destroy();
      upstream.destroy();
    }
    this.pairs.clear();
  }

  /**
   * Discards what the target sends, on open and new connections, until passReplies(); requests still
   * reach it. The target does the work but its answer is lost, as when a server dies after acting
   * on a request and before replying.
   */
  dropReplies(): void {
    this.droppingReplies = true;
  }

  passReplies(): void {
    this.droppingReplies = false;
  }

  /** Bytes from the target discarded by dropReplies() so far: > 0 once the target has answered. */
  get droppedReplyBytes(): number {
    return this.droppedBytes;
  }

  /** New connections are closed as soon as they arrive, until unblock(). Open ones are left alone (see cutConnections). */
  block(): void {
    this.blocked = true;
  }

  unblock(): void {
    this.blocked = false;
  }

  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.cutConnections();
    await closed;
  }

  private accept(client: Socket): void {
    if (this.blocked) {
      client.resetAndDestroy();
      return;
    }
    const upstream = connect(this.target.port, this.target.host);
    const pair = { client, upstream };
    this.pairs.add(pair);
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    const teardown = (): void => {
      this.pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    this.pipe(client, upstream, teardown, () => false);
    this.pipe(upstream, client, teardown, (chunk) => {
      if (this.droppingReplies) this.droppedBytes += chunk.length;
      return this.droppingReplies;
    });
  }

  /** Forwards from → to with the current latency, except chunks `drop` takes; `from` ending ends `to` after the delayed data. */
  private pipe(from: Socket, to: Socket, teardown: () => void, drop: (chunk: Buffer) => boolean): void {
    const later = this.delayedQueue();
    from.on('data', (chunk: Buffer) =>
      later(() => {
        if (to.destroyed || drop(chunk)) return;
        if (!to.write(chunk)) {
          from.pause();
          to.once('drain', () => from.resume());
        }
      }),
    );
    from.on('end', () => later(() => to.end()));
    from.on('error', teardown);
    from.on('close', () => later(teardown));
  }

  /**
   * Runs actions `latencyMs` after they are queued, strictly in order (a chunk never overtakes an
   * earlier one, even when the latency is lowered meanwhile); with no latency and nothing queued, at once.
   */
  private delayedQueue(): (action: () => void) => void {
    const queue: Array<{ due: number; action: () => void }> = [];
    let timer: NodeJS.Timeout | undefined;
    const drain = (): void => {
      timer = undefined;
      while (queue.length > 0 && queue[0].due <= Date.now()) queue.shift()?.action();
      if (queue.length > 0) timer = setTimeout(drain, queue[0].due - Date.now()).unref();
    };
    return (action) => {
      if (queue.length === 0 && this.latencyMs === 0) return action();
      const previousDue = queue.length > 0 ? queue[queue.length - 1].due : 0;
      queue.push({ due: Math.max(Date.now() + this.latencyMs, previousDue), action });
      timer ??= setTimeout(drain, queue[0].due - Date.now()).unref();
    };
  }
}
