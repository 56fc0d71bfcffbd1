import { promisify } from 'node:util';
import { gzip as gzipCb } from 'node:zlib';
import {
  API_PREFIX,
  DeviceConfig,
  IngestAck,
  PairResponse,
  type CommandAck,
} from '@brewpit/protocol';
import { checker, issueLines, prepareSchemas } from '../config/validate.js';
import { EdgeError, HubError, errorMessage, type HubProblem } from '../errors.js';
import { ingestJson, ingestMsgpack, type IngestParts } from './body.js';
import { ResponseTooLargeError, send, type HttpResponse } from './http.js';

const gzip = promisify(gzipCb);
// Each prepared and compiled on first use: `pair` needs only its own, and the config's is needed
// only when the hub changes the config.
const checkAck = checker(IngestAck);
const checkConfig = checker(DeviceConfig);
const checkPair = checker(PairResponse);

/** Below this many bytes gzip costs more than it saves. */
const GZIP_MIN_BYTES = 1024;

/** The MessagePack media type, sent to a hub that lists it in its `Accept-Post`. */
const MSGPACK = 'application/msgpack';

/**
 * The bytes of an ingest body, as JSON or MessagePack, and whether they were gzipped (level 1:
 * several times faster than the default 6 and only slightly larger on these bodies).
 */
export async function encodeIngest(
  parts: IngestParts,
  msgpack: boolean,
  gzipped: boolean,
): Promise<{ body: Buffer; compressed: boolean }> {
  const bytes = msgpack ? ingestMsgpack(parts) : Buffer.from(ingestJson(parts));
  const compressed = gzipped && bytes.length >= GZIP_MIN_BYTES;
  return { body: compressed ? await gzip(bytes, { level: 1 }) : bytes, compressed };
}

/** Whether an `Accept-Post` header lists MessagePack. */
function takesMsgpack(header: string | string[] | undefined): boolean {
  const list = Array.isArray(header) ? header.join(',') : (header ?? '');
  return list.split(',').some((t) => t.split(';')[0]!.trim().toLowerCase() === MSGPACK);
}

/** The hub could not be reached at all (refused, DNS, timeout, reset). */
class HubUnreachableError extends EdgeError {}

/** Answer to one ingest request, with the local times around it for clock estimation. */
export interface IngestResult {
  ack: IngestAck;
  sentAt: number;
  receivedAt: number;
  bytes: number;
}

/** Client options. */
export interface HubClientOptions {
  baseUrl: string;
  /** Returns the current device token (re-read from the token file when it changes). */
  token: () => string;
  timeoutMs: number;
  gzip: boolean;
}

/** The hub's HTTP API as the edge uses it. */
export class HubClient {
  private readonly aborts = new AbortController();
  /**
   * The hub's last ingest answer listed MessagePack in its `Accept-Post`. Off until then: an
   * older hub reads every body as JSON.
   */
  private msgpack = false;
  /** The hub refused a MessagePack body and took the same batch as JSON: JSON from then on. */
  private msgpackRefused = false;

  /** Whether the next ingest body goes as MessagePack (see {@link ingest}). */
  get takesMsgpack(): boolean {
    return this.msgpack;
  }

  constructor(private readonly o: HubClientOptions) {}

  /**
   * Aborts every request in flight and refuses new ones: a stopping node does not wait up to
   * the request timeout for a hub that hangs (the outbox keeps what was not acknowledged).
   */
  close(): void {
    this.aborts.abort();
  }

  /**
   * `POST /ingest` of a serialised `IngestBatch`: as MessagePack once the hub has said it takes
   * it, else as JSON; gzipped when large enough.
   */
  async ingest(parts: IngestParts): Promise<IngestResult> {
    const msgpack = this.msgpack;
    const { body, compressed } = await encodeIngest(parts, msgpack, this.o.gzip);
    const headers: Record<string, string> = {
      'content-type': msgpack ? MSGPACK : 'application/json',
    };
    if (compressed) headers['content-encoding'] = 'gzip';
    const sentAt = Date.now();
    let res: HttpResponse;
    try {
      res = await this.request('POST', '/ingest', 'Failed to send readings', headers, body);
    } catch (err) {
      // A hub that no longer reads MessagePack (an older one put back, a proxy in between)
      // refuses the body as malformed (400) or of the wrong type (415). The same batch goes
      // again as JSON at once, and the answer to that one is the hub's verdict on the batch.
      if (msgpack && err instanceof HubError && (err.status === 400 || err.status === 415)) {
        this.msgpack = false;
        const result = await this.ingest(parts);
        // Taken as JSON, refused as MessagePack: the hub cannot read this node's MessagePack,
        // whatever its Accept-Post says, so the node stays with JSON until it restarts.
        this.msgpackRefused = true;
        this.msgpack = false;
        return result;
      }
      throw err;
    }
    const receivedAt = Date.now();
    this.msgpack = !this.msgpackRefused && takesMsgpack(res.headers['accept-post']);
    await prepareSchemas([IngestAck]);
    const checked = checkAck(parseJson(res.body));
    if (!checked.ok)
      throw new EdgeError(
        'bad_ack',
        `Hub sent an invalid ingest answer: ${issueLines(checked.issues)}`,
      );
    return { ack: checked.value, sentAt, receivedAt, bytes: body.length };
  }

  /** `GET /devices/{id}/config`; `undefined` when unchanged (304). */
  async config(
    deviceId: string,
    etag: string | undefined,
  ): Promise<{ config: DeviceConfig; etag: string } | undefined> {
    const headers: Record<string, string> = {};
    if (etag) headers['if-none-match'] = etag;
    const res = await this.request(
      'GET',
      `/devices/${encodeURIComponent(deviceId)}/config`,
      'Failed to fetch config',
      headers,
    );
    if (res.status === 304) return undefined;
    await prepareSchemas([DeviceConfig]);
    const checked = checkConfig(parseJson(res.body));
    if (!checked.ok)
      throw new EdgeError(
        'bad_config',
        `Hub sent an invalid device config: ${issueLines(checked.issues)}`,
      );
    const tag = res.headers['etag'];
    return { config: checked.value, etag: typeof tag === 'string' ? tag : '' };
  }

  /** `POST /devices/{id}/commands/{cid}/ack`. */
  async ackCommand(deviceId: string, commandId: string, ack: CommandAck): Promise<void> {
    await this.request(
      'POST',
      `/devices/${encodeURIComponent(deviceId)}/commands/${encodeURIComponent(commandId)}/ack`,
      `Failed to acknowledge command ${commandId}`,
      { 'content-type': 'application/json' },
      Buffer.from(JSON.stringify(ack)),
    );
  }

  private async request(
    method: string,
    path: string,
    what: string,
    headers: Record<string, string>,
    body?: Buffer,
  ): Promise<HttpResponse> {
    const token = this.o.token(); // throws no_token before anything is sent
    let res: HttpResponse;
    try {
      res = await send(`${this.o.baseUrl}${API_PREFIX}${path}`, {
        method,
        headers: { ...headers, authorization: `Bearer ${token}` },
        body,
        timeoutMs: this.o.timeoutMs,
        signal: this.aborts.signal,
      });
    } catch (err) {
      throw transportError(err, what, this.o.baseUrl);
    }
    if ((res.status >= 200 && res.status < 300) || res.status === 304) return res;
    throw new HubError(res.status, parseJson(res.body) as HubProblem | undefined, what);
  }
}

/** `POST /pair`: exchanges a pairing code for the device id and token. */
export async function pairWithHub(
  baseUrl: string,
  code: string,
  name: string,
  timeoutMs = 15_000,
): Promise<PairResponse> {
  let res: HttpResponse;
  try {
    res = await send(`${baseUrl.replace(/\/+$/, '')}${API_PREFIX}/pair`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(JSON.stringify({ code: code.trim().toUpperCase(), name })),
      timeoutMs,
    });
  } catch (err) {
    throw transportError(err, 'Failed to pair', baseUrl);
  }
  if (res.status < 200 || res.status >= 300)
    throw new HubError(res.status, parseJson(res.body) as HubProblem | undefined, 'Failed to pair');
  await prepareSchemas([PairResponse]);
  const checked = checkPair(parseJson(res.body));
  if (!checked.ok)
    throw new EdgeError(
      'bad_pair',
      `Hub sent an invalid pairing answer: ${issueLines(checked.issues)}`,
    );
  return checked.value;
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A request that got no usable answer: the hub unreachable, or an answer too large to read
 * (a broken or hostile hub). Both are transient to the uplink: logged, retried with backoff.
 */
function transportError(err: unknown, what: string, baseUrl: string): EdgeError {
  if (err instanceof ResponseTooLargeError)
    return new EdgeError('hub_answer_too_large', `${what}: hub ${baseUrl} sent an ${err.message}`, {
      cause: err,
    });
  return new HubUnreachableError(
    'hub_unreachable',
    `${what}: hub ${baseUrl} unreachable: ${describeError(err)}`,
    { cause: err },
  );
}

/** Socket errors carry the useful part in `code` (ECONNREFUSED, EHOSTUNREACH …). */
function describeError(err: unknown): string {
  const e = err as { code?: string; name?: string };
  if (e.name === 'TimeoutError') return 'request timed out';
  return e.code ?? errorMessage(err);
}
