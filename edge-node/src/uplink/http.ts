import type * as Http from 'node:http';
import type * as Https from 'node:https';
import { createRequire } from 'node:module';
import { EdgeError } from '../errors.js';

// Loaded with require, not import: since Node 22 the ES module facade of node:http reads every
// export, and its `WebSocket` getter loads undici, whose HTTP parser is WebAssembly, which the
// installed node does not have (it runs with --jitless, see build.mjs): every start would fail.
const load = createRequire(import.meta.url);
const { request: httpRequest } = load('node:http') as typeof Http;
const { request: httpsRequest } = load('node:https') as typeof Https;

/** A finished HTTP exchange. */
export interface HttpResponse {
  status: number;
  headers: Http.IncomingHttpHeaders;
  body: string;
}

/**
 * The largest answer the node reads. The hub's answers are small (an ingest ack with at most
 * a few queued commands is a few kB); a broken or hostile hub answering a gigabyte must not
 * exhaust a Pi's memory, so a larger answer is cut off and fails the request.
 */
const MAX_RESPONSE_BYTES = 1024 * 1024;

/** The hub answered more than {@link MAX_RESPONSE_BYTES}; the connection was closed. */
export class ResponseTooLargeError extends EdgeError {
  constructor(limit: number) {
    super('response_too_large', `answer larger than ${limit} bytes, not read`);
  }
}

/**
 * One HTTP request with node:http. Used instead of `fetch`: loading undici costs ~7 MB of RSS,
 * a tenth of the edge node's memory budget on a Pi Zero. Rejects with the socket error
 * (ECONNREFUSED …), a `TimeoutError` after `timeoutMs`, or a {@link ResponseTooLargeError}
 * as soon as the answer announces or reaches more than `maxBytes`.
 */
export function send(
  url: string,
  o: {
    method: string;
    headers: Record<string, string>;
    body?: Buffer;
    timeoutMs: number;
    maxBytes?: number;
    /** Aborts the request (the node is stopping). */
    signal?: AbortSignal;
  },
): Promise<HttpResponse> {
  const limit = o.maxBytes ?? MAX_RESPONSE_BYTES;
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const headers = {
      ...o.headers,
      ...(o.body ? { 'content-length': String(o.body.length) } : {}),
    };
    const req = (u.protocol === 'https:' ? httpsRequest : httpRequest)(
      u,
      { method: o.method, headers, ...(o.signal ? { signal: o.signal } : {}) },
      (res) => {
        const tooLarge = (): void => void req.destroy(new ResponseTooLargeError(limit));
        if (Number(res.headers['content-length'] ?? 0) > limit) return tooLarge();
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > limit) return tooLarge();
          chunks.push(c);
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.setTimeout(o.timeoutMs, () =>
      req.destroy(
        Object.assign(new Error('request timed out'), { name: 'TimeoutError', code: 'ETIMEDOUT' }),
      ),
    );
    req.on('error', reject);
    req.end(o.body);
  });
}
