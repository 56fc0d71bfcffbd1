import type { IncomingMessage } from 'node:http';
import { gunzipSync, inflateSync, type ZlibOptions } from 'node:zlib';
import type { NextFunction, Request, RequestHandler } from 'express';
import getRawBody from 'raw-body';
import {
  IngestBatch,
  MAX_BATCH_READINGS,
  MAX_INGEST_BODY_BYTES,
  type FieldError,
} from '@brewpit/protocol';
import { jsonBody } from '../http/body.js';
import { HttpProblem } from '../http/problem.js';
import { bodyValidator, replaceNonFinite } from '../http/validate.js';

/**
 * Content-Encodings inflated here, in one piece on the event loop; any other (br among them) goes
 * the general body parser's way. A 1,000-reading gzip batch inflates in about 0.15 ms here. The
 * general parser inflates on libuv's pool in 16 KiB pieces, and handing each piece over and back
 * cost the loop more than the inflating itself: 0.7 ms a batch, an eighth of the loop's time on
 * the ingest benchmark. A gzip bomb stops at the body limit, about 5 ms of inflating. Brotli is
 * left on the pool because its worst case is four times that.
 */
const ENCODINGS = {
  gzip: gunzipSync,
  deflate: inflateSync,
};
type Encoding = 'identity' | keyof typeof ENCODINGS;

/** Output pieces of an inflate: JSON readings gzip about 5:1, so 8× the body is one piece. */
const MIN_CHUNK = 16 * 1024;
const MAX_CHUNK = 1024 * 1024;

const validateBatch = bodyValidator(IngestBatch);

/**
 * The body of `POST /ingest`, decoded and checked: `req.body` is a valid `IngestBatch` after it.
 *
 * The usual body (UTF-8 JSON, identity, gzip or deflate: what edge nodes send) is read whole and
 * inflated in one piece (see {@link ENCODINGS}). Anything else (another charset, br, an encoding
 * the hub refuses, no body) goes through the general parser, with the same answers as every
 * other route. Either way the limit counts inflated bytes, and nothing is read before the
 * device is authenticated (the router puts this after `requireDevice`).
 */
export function ingestBody(): RequestHandler {
  const general = jsonBody(MAX_INGEST_BODY_BYTES);
  return (req, res, next) => {
    const encoding = directEncoding(req);
    if (!encoding) {
      return general(req, res, (err?: unknown) => {
        if (err) return next(err);
        try {
          req.body = checkBatch(req.body);
        } catch (refused) {
          return next(refused);
        }
        next();
      });
    }
    readBatch(req, encoding).then(
      (batch) => {
        req.body = batch;
        next();
      },
      (err: unknown) => fail(req, next, err),
    );
  };
}

async function readBatch(req: Request, encoding: Encoding): Promise<IngestBatch> {
  const raw = await getRawBody(req, {
    length: req.headers['content-length'],
    limit: MAX_INGEST_BODY_BYTES,
  });
  const bytes = encoding === 'identity' ? raw : inflated(raw, encoding);
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let parsed: unknown;
  try {
    // As the general parser: an empty body is an empty object (refused by the schema).
    parsed = text.length === 0 ? {} : JSON.parse(text);
  } catch {
    throw parserError('entity.parse.failed');
  }
  // Non-finite numbers (`1e400`) become strings, as the general parser makes them, so the schema
  // names them instead of Infinity being stored.
  return checkBatch(replaceNonFinite(parsed));
}

function inflated(raw: Buffer, encoding: keyof typeof ENCODINGS): Buffer {
  const options: ZlibOptions = {
    // One byte over the limit is enough to know the body is too large.
    maxOutputLength: MAX_INGEST_BODY_BYTES + 1,
    chunkSize: Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, raw.length * 8)),
  };
  let out: Buffer;
  try {
    out = ENCODINGS[encoding](raw, options);
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      throw parserError('entity.too.large');
    // A broken stream: a 400 with zlib's reason, rendered by `problemHandler` as the general
    // parser's is.
    throw Object.assign(err as Error, { status: 400 });
  }
  if (out.length > MAX_INGEST_BODY_BYTES) throw parserError('entity.too.large');
  return out;
}

/**
 * Checks a parsed body as `POST /ingest` takes it: a JSON object, at most
 * {@link MAX_BATCH_READINGS} readings (counted before the schema, so an oversized batch gets the
 * clearer 413), then the schema.
 */
function checkBatch(parsed: unknown): IngestBatch {
  const body = parsed as { readings?: unknown } | undefined;
  if (body === undefined || typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpProblem(400, 'Invalid request', 'The body must be a JSON object', [
      { path: '/', message: 'must be object' },
    ]);
  }
  if (Array.isArray(body.readings) && body.readings.length > MAX_BATCH_READINGS) {
    const errors: FieldError[] = [
      {
        path: '/readings',
        message: `has ${body.readings.length} items, more than ${MAX_BATCH_READINGS}`,
      },
    ];
    throw new HttpProblem(
      413,
      'Batch too large',
      `A batch may carry at most ${MAX_BATCH_READINGS} readings`,
      errors,
    );
  }
  return validateBatch(body);
}

/**
 * The Content-Encoding read here, or null for a request the general parser takes: no body,
 * another encoding, or a Content-Type with parameters other than `charset=utf-8`.
 */
export function directEncoding(req: IncomingMessage): Encoding | null {
  const h = req.headers;
  if (h['transfer-encoding'] === undefined && h['content-length'] === undefined) return null;
  const encoding = (h['content-encoding'] ?? 'identity').toLowerCase();
  // hasOwn: a Content-Encoding of `constructor` is not one of them.
  if (encoding !== 'identity' && !Object.hasOwn(ENCODINGS, encoding)) return null;
  const type = h['content-type'];
  if (type !== undefined && !/^[^;]*(;\s*charset="?utf-8"?\s*)?$/i.test(type)) return null;
  return encoding as Encoding;
}

/** An error rendered as the general parser's error of that type (`problemHandler`). */
const parserError = (type: string): Error => Object.assign(new Error(type), { type });

/**
 * Passes the error on once the request is read to its end, as the general parser does, so the
 * connection stays usable for the next request. A client that went away is not waited for.
 */
function fail(req: Request, next: NextFunction, err: unknown): void {
  if (req.readableEnded || req.destroyed) return next(err);
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    next(err);
  };
  req.once('end', finish);
  req.once('close', finish);
  req.resume();
}
