import { createServer, Socket, type AddressInfo, type Server } from 'node:net';

/** What the proxy does to each new connection, chosen per connection by weight. */
export interface FaultMix {
  /** Pass bytes through untouched. */
  pass: number;
  /** Accept, then reset (RST) at once, before anything reaches the hub. */
  reset: number;
  /** Forward the request, then reset the client before the answer: the hub may have stored the batch. */
  resetAfterRequest: number;
  /** Forward only part of the request, then close: a truncated upload. */
  truncate: number;
  /** Hold every chunk for `delayMs` each way. */
  delay: number;
  /** Accept and never answer (a black hole), until the client gives up. */
  blackhole: number;
}

export interface ProxyStats {
  connections: number;
  byFault: Record<keyof FaultMix, number>;
}

/**
 * A loopback TCP proxy between an edge node and the hub that injects the faults real links
 * have: resets, truncation, delay and black holes. Deterministic for a given seed, so a
 * failing run can be replayed.
 */
export class ChaosProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  readonly stats: ProxyStats = {
    connections: 0,
    byFault: { pass: 0, reset: 0, resetAfterRequest: 0, truncate: 0, delay: 0, blackhole: 0 },
  };
  private state: number;

  constructor(
    private readonly target: { host: string; port: number },
    public mix: FaultMix,
    private readonly delayMs = 200,
    seed = 1,
  ) {
    this.state = seed >>> 0 || 1;
  }

  /** xorshift32: small, fast and reproducible. */
  private random(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state / 2 ** 32;
  }

  private pick(): keyof FaultMix {
    const entries = Object.entries(this.mix) as [keyof FaultMix, number][];
    const total = entries.reduce((s, [, w]) => s + w, 0);
    let r = this.random() * total;
    for (const [k, w] of entries) {
      if ((r -= w) < 0) return k;
    }
    return 'pass';
  }

  async start(port = 0): Promise<number> {
    this.server = createServer((client) => this.handle(client));
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    return (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
    this.server = null;
  }

  private track(s: Socket): Socket {
    this.sockets.add(s);
    s.on('close', () => this.sockets.delete(s));
    s.on('error', () => undefined);
    return s;
  }

  private handle(client: Socket): void {
    this.track(client);
    this.stats.connections++;
    const fault = this.pick();
    this.stats.byFault[fault]++;
    if (fault === 'reset') return void client.resetAndDestroy();
    if (fault === 'blackhole') return void client.on('data', () => undefined);
    const upstream = this.track(new Socket());
    upstream.connect(this.target.port, this.target.host);
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
    const later = (fn: () => void) => (fault === 'delay' ? setTimeout(fn, this.delayMs) : fn());
    let sent = 0;
    client.on('data', (chunk: Buffer) => {
      if (fault === 'truncate') {
        // Forward a prefix of the first chunk, then hang up on both sides.
        upstream.write(chunk.subarray(0, Math.max(1, Math.floor(chunk.length / 2))), () => {
          upstream.destroy();
          client.destroy();
        });
        return;
      }
      sent += chunk.length;
      later(() => upstream.write(chunk));
    });
    upstream.on('data', (chunk: Buffer) => {
      if (fault === 'resetAfterRequest' && sent > 0) {
        // The hub answered, so it processed the request; the client never learns the answer.
        client.resetAndDestroy();
        upstream.destroy();
        return;
      }
      later(() => client.write(chunk));
    });
  }
}
