// The cheapest HTTP/1.1 client this machine can run: one keep-alive connection, requests built
// whole before the clock starts and written as one buffer, answers framed by their
// Content-Length. The ingest benchmark stands in for edge nodes with it. Edge nodes are other
// machines (Raspberry Pis), so their HTTP work costs the hub nothing; on this machine the client
// shares the hub's two cores, and the lighter it is, the closer the measurement comes to a hub
// with its cores to itself.
import net from 'node:net';

export interface BareAnswer {
  status: number;
  body: string;
}

/** A request's bytes: `POST path` with these headers and body, keeping the connection open. */
export function bareRequest(url: string, headers: Record<string, string>, body: Buffer): Buffer {
  const u = new URL(url);
  const lines = [`POST ${u.pathname}${u.search} HTTP/1.1`, `Host: ${u.host}`];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  lines.push(`Content-Length: ${body.length}`, '', '');
  return Buffer.concat([Buffer.from(lines.join('\r\n'), 'latin1'), body]);
}

/** One keep-alive connection posting one request at a time. */
export class BareConnection {
  private readonly socket: net.Socket;
  private pending: Buffer = Buffer.alloc(0);
  private waiting: { resolve: (a: BareAnswer) => void; reject: (e: Error) => void } | null = null;

  private constructor(socket: net.Socket) {
    this.socket = socket;
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.received(chunk));
    socket.on('error', (err) => this.failed(err));
    socket.on('close', () => this.failed(new Error('the hub closed the connection')));
  }

  static open(url: string): Promise<BareConnection> {
    const u = new URL(url);
    return new Promise((resolve, reject) => {
      const socket = net.connect(Number(u.port), u.hostname);
      socket.once('error', reject);
      socket.once('connect', () => {
        socket.off('error', reject);
        resolve(new BareConnection(socket));
      });
    });
  }

  /** Writes a request built by {@link bareRequest} and resolves with its answer. */
  send(request: Buffer): Promise<BareAnswer> {
    if (this.waiting) throw new Error('one request at a time');
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.socket.write(request);
    });
  }

  close(): void {
    this.socket.removeAllListeners('close');
    this.socket.end();
  }

  private received(chunk: Buffer): void {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const end = this.pending.indexOf('\r\n\r\n');
    if (end < 0) return;
    const head = this.pending.subarray(0, end).toString('latin1');
    if (/^transfer-encoding:/im.test(head))
      return this.failed(new Error(`an answer without Content-Length: ${head}`));
    const length = Number(/^content-length:\s*(\d+)/im.exec(head)?.[1] ?? 0);
    if (this.pending.length < end + 4 + length) return;
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? NaN);
    const body = this.pending.subarray(end + 4, end + 4 + length).toString('utf8');
    this.pending = this.pending.subarray(end + 4 + length);
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.resolve({ status, body });
  }

  private failed(err: Error): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.reject(err);
  }
}
