import type { IncomingMessage } from 'node:http';
import { gunzipSync, inflateSync, type ZlibOptions } from 'node:zlib';
import type { NextFunction, Request, RequestHandler } from 'express';
// The decoder alone, in plain JavaScript: the package's main entry would also load its optional
// native string extractor where one happens to be installed.
import * as msgpackr from 'msgpackr/unpack';
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

/**
 * Media types of a MessagePack body, the first the one edge nodes send. A node sends MessagePack
 * only to a hub that lists it in the `Accept-Post` of its ingest answers (older hubs do not).
 */
export const MSGPACK_TYPES = [
  'application/msgpack',
  'application/vnd.msgpack',
  'application/x-msgpack',
] as const;
const MSGPACK_TYPE = /^\s*application\/(?:x-|vnd\.)?msgpack\s*(?:;.*)?$/i;

/**
 * The `Accept-Post` of the ingest route's answers: the body formats `POST /ingest` takes.
 * MessagePack decodes in a fifth of `JSON.parse`'s time when a node sends its readings as
 * records (msgpackr's extension: the keys once, then values only), the largest single step a
 * batch takes on the event loop after SQLite's own (`bench/README.md`, "MessagePack bodies").
 */
export const ACCEPT_POST = ['application/json', ...MSGPACK_TYPES].join(', ');

/**
 * One decoder for every body: a body's record definitions are its own (decoded afresh each
 * time), so one device's body cannot change how another's is read. Maps become plain objects
 * (the schema checks them as JSON's), 64-bit integers numbers (a seq or time past 2^53 is
 * refused by the schema's bounds, not turned into a BigInt no schema names).
 */
const unpackr = new msgpackr.Unpackr({ mapsAsObjects: true, int64AsType: 'number' });

/** What 0xC1, the byte MessagePack never uses, decodes to (exported, but not in these types). */
const C1 = (msgpackr as unknown as { C1: object }).C1;

type Format = 'json' | 'msgpack';

/** Output pieces of an inflate: JSON readings gzip about 5:1, so 8× the body is one piece. */
const MIN_CHUNK = 16 * 1024;
const MAX_CHUNK = 1024 * 1024;

const validateBatch = bodyValidator(IngestBatch);

/**
 * The body of `POST /ingest`, decoded and checked: `req.body` is a valid `IngestBatch` after it.
 *
 * The usual body (UTF-8 JSON or MessagePack, identity, gzip or deflate: what edge nodes send) is
 * read whole and inflated in one piece (see {@link ENCODINGS}). Any other JSON body (another
 * charset, br, an encoding the hub refuses, no body) goes through the general parser, with the
 * same answers as every other route; MessagePack in another encoding is a 415. Either way the
 * limit counts inflated bytes, and nothing is read before the device is authenticated (the
 * router puts this after `requireDevice`).
 */
export function ingestBody(): RequestHandler {
  const general = jsonBody(MAX_INGEST_BODY_BYTES);
  return (req, res, next) => {
    const format: Format = MSGPACK_TYPE.test(req.headers['content-type'] ?? '')
      ? 'msgpack'
      : 'json';
    const encoding = format === 'msgpack' ? takenEncoding(req) : directEncoding(req);
    if (!encoding) {
      // The general parser reads JSON only: a MessagePack body in another encoding (br) gets a
      // 415 saying so, not an answer about malformed JSON.
      if (format === 'msgpack') return fail(req, next, unsupportedMsgpackEncoding());
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
    readBatch(req, encoding, format).then(
      (batch) => {
        req.body = batch;
        next();
      },
      (err: unknown) => fail(req, next, err),
    );
  };
}

async function readBatch(req: Request, encoding: Encoding, format: Format): Promise<IngestBatch> {
  const raw = await getRawBody(req, {
    length: req.headers['content-length'],
    limit: MAX_INGEST_BODY_BYTES,
  });
  const bytes = encoding === 'identity' ? raw : inflated(raw, encoding);
  // As with JSON, NaN and ±Infinity become strings so the schema names them.
  if (format === 'msgpack') return checkBatch(replaceNonFinite(decodeMsgpack(bytes)));
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

/**
 * A MessagePack body as a value. An empty body is an empty object, as with JSON. Anything that
 * is not one whole MessagePack value is a 400 saying why; extension types decode to what
 * msgpackr makes of them (a Date, a Set …), which the schema then refuses with its field's path.
 */
function decodeMsgpack(bytes: Buffer): unknown {
  if (bytes.length === 0) return {};
  let value: unknown;
  try {
    value = unpackr.unpack(bytes) as unknown;
  } catch (err) {
    throw new HttpProblem(
      400,
      'Malformed MessagePack',
      `The body is not valid MessagePack: ${msgpackReason(err)}`,
    );
  }
  // 0xC1, the byte MessagePack never uses, decodes to a marker object; deeper in the body the
  // schema refuses it at its path.
  if (value === C1)
    throw new HttpProblem(
      400,
      'Malformed MessagePack',
      'The body is not valid MessagePack: it holds a byte MessagePack does not define (0xC1)',
    );
  return value;
}

/** Why a body did not decode, in our words: msgpackr's messages may quote the decoded data. */
function msgpackReason(err: unknown): string {
  const message = (err as Error).message ?? '';
  if (err instanceof RangeError && message.includes('call stack')) return 'it is nested too deeply';
  // Read past the end: by msgpackr itself, or by a DataView it reads a number from.
  if (message.startsWith('Unexpected end') || message.includes('outside the bounds'))
    return 'it ends before its last value does';
  if (message.startsWith('Data read, but end of buffer not reached'))
    return 'bytes follow its value';
  return 'it holds a byte sequence MessagePack does not define';
}

const unsupportedMsgpackEncoding = () =>
  new HttpProblem(
    415,
    'Unsupported encoding',
    'A MessagePack body may be sent with Content-Encoding gzip, deflate or identity',
  );

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
  const type = h['content-type'];
  if (type !== undefined && !/^[^;]*(;\s*charset="?utf-8"?\s*)?$/i.test(type)) return null;
  return takenEncoding(req);
}

/** The request's Content-Encoding if it is one inflated here, else null. */
function takenEncoding(req: IncomingMessage): Encoding | null {
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  // hasOwn: a Content-Encoding of `constructor` is not one of them.
  if (encoding !== 'identity' && !Object.hasOwn(ENCODINGS, encoding)) return null;
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
