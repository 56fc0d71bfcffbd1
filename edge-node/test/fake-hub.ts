import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { Unpackr } from 'msgpackr/unpack';
import type { DeviceConfig, IngestAck, IngestBatch } from '@brewpit/protocol';

const unpackr = new Unpackr({ mapsAsObjects: true });

/** What a handler answers: a status and a JSON body (a problem for 4xx/5xx), or raw bytes. */
export interface FakeAnswer {
  status: number;
  body?: unknown;
  raw?: Buffer;
  /** Writes the body itself (after the status and headers), e.g. an endless stream. */
  stream?: (res: ServerResponse) => void;
  headers?: Record<string, string>;
}

type IngestHandler = (batch: IngestBatch, auth: string) => FakeAnswer;

/**
 * A stand-in for the hub's device-facing API on 127.0.0.1 (ingest, desired config, command
 * acks), for edge unit tests that need to make a hub misbehave in ways the real one never
 * does (refuse a reading, answer 1 GB, go down). The real hub is exercised in node.test.ts
 * and test/e2e.
 */
export class FakeHub {
  readonly server: Server;
  batches: IngestBatch[] = [];
  stored = new Set<number>();
  handler: IngestHandler = (b) => this.accept(b);
  /** How long the hub takes over a batch before answering (out-of-order tests). */
  delayMs: (batch: IngestBatch) => number = () => 0;
  open = 0;
  maxOpen = 0;
  /** The desired config and its ETag, served by `GET /devices/{id}/config`. */
  config: DeviceConfig = { sample_interval_s: 5, recording: true, targets: {} };
  configEtag = '"c1"';
  configRequests = 0;
  /** Command acks received: command id and body. */
  acks: { id: string; body: unknown }[] = [];
  /** Status answered to command acks (200, or e.g. 503 to make the node queue the result). */
  ackStatus = 200;
  /**
   * Reads MessagePack ingest bodies and says so in `Accept-Post`, as the hub does. Off: an
   * older hub, which reads every body as JSON and refuses MessagePack as malformed JSON.
   */
  takesMsgpack = false;
  /** Lists MessagePack in `Accept-Post` but refuses every MessagePack body: a broken hub. */
  listsMsgpackOnly = false;
  /** The Content-Type of each ingest body, in the order received. */
  types: string[] = [];

  constructor() {
    this.server = createServer((req, res) => {
      this.maxOpen = Math.max(this.maxOpen, ++this.open);
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.route(req, Buffer.concat(chunks), res));
    });
  }

  /** Stores a batch as the hub does: ack = the highest seq below which nothing is missing. */
  accept(b: IngestBatch): FakeAnswer {
    for (const r of b.readings) this.stored.add(r.seq);
    for (const d of b.dropped ?? []) for (let s = d.from; s <= d.to; s++) this.stored.add(s);
    return { status: 200, body: this.ack() };
  }

  /** The answer to a batch: contiguous ack, the config's ETag, no commands. */
  ack(): IngestAck {
    let ack = 0;
    while (this.stored.has(ack + 1)) ack++;
    return { ack_seq: ack, server_time: Date.now(), config_etag: this.configEtag, commands: [] };
  }

  async listen(): Promise<string> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((r) => this.server.close(r));
  }

  private route(req: IncomingMessage, raw: Buffer, res: ServerResponse): void {
    const url = req.url ?? '';
    if (req.method === 'POST' && url === '/api/v1/ingest') {
      const body = req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw;
      const type = req.headers['content-type'] ?? '';
      this.types.push(type);
      const msgpack = type === 'application/msgpack';
      let batch: IngestBatch;
      try {
        batch = (
          msgpack && this.takesMsgpack && !this.listsMsgpackOnly
            ? unpackr.unpack(body)
            : JSON.parse(body.toString())
        ) as IngestBatch;
      } catch {
        return this.send(res, { status: 400, body: { title: 'Malformed JSON', status: 400 } });
      }
      if (this.takesMsgpack || this.listsMsgpackOnly)
        res.setHeader('accept-post', 'application/json, application/msgpack');
      this.batches.push(batch);
      const answer = (): void =>
        this.send(res, this.handler(batch, req.headers.authorization ?? ''));
      const delay = this.delayMs(batch);
      // No timer for no delay: tests with fake timers would otherwise have to tick each answer.
      if (delay > 0) setTimeout(answer, delay);
      else answer();
      return;
    }
    const ack = /^\/api\/v1\/devices\/[^/]+\/commands\/([^/]+)\/ack$/.exec(url);
    if (req.method === 'POST' && ack) {
      this.acks.push({ id: decodeURIComponent(ack[1]!), body: JSON.parse(raw.toString()) });
      return this.send(res, { status: this.ackStatus, body: {} });
    }
    if (req.method === 'GET' && /^\/api\/v1\/devices\/[^/]+\/config$/.test(url)) {
      this.configRequests++;
      if (req.headers['if-none-match'] === this.configEtag) return this.send(res, { status: 304 });
      return this.send(res, { status: 200, body: this.config, headers: { etag: this.configEtag } });
    }
    this.send(res, { status: 404, body: { title: 'Not found', status: 404 } });
  }

  private send(res: ServerResponse, a: FakeAnswer): void {
    this.open--;
    const type = a.status < 300 ? 'application/json' : 'application/problem+json';
    res.writeHead(a.status, { 'content-type': type, ...a.headers });
    if (a.stream) a.stream(res);
    else if (a.raw) res.end(a.raw);
    else res.end(a.body === undefined ? undefined : JSON.stringify(a.body));
  }
}
