import type { IncomingMessage } from 'node:http';
import express, { type RequestHandler } from 'express';
import { replaceNonFinite } from './validate.js';

/**
 * Body limit of every route but ingest: the largest admin body (a session with 10,000 characters
 * of notes and 32 channels, a calibration with 32 points) is a few kilobytes.
 */
export const SMALL_BODY_BYTES = 64 * 1024;

const parsers = new Map<number, RequestHandler>();

/** Whether a request's body is to be read as JSON. */
type IsJson = (req: IncomingMessage) => boolean;

/**
 * JSON body of one route, whatever the Content-Type says (DIY senders often send text/plain),
 * gzip or deflate allowed. The limit counts the inflated bytes, so a gzip bomb stops there; a
 * Content-Length over it is refused before a byte is read. Routers put it after the route's
 * authentication: nobody without a token makes the hub inflate or parse anything, and a path
 * no route serves is answered without reading its body. `isJson` narrows it for a route that
 * also takes forms; such a parser is not shared.
 */
export function jsonBody(limit = SMALL_BODY_BYTES, isJson?: IsJson): RequestHandler {
  if (isJson) return parser(limit, isJson);
  let p = parsers.get(limit);
  if (!p) parsers.set(limit, (p = parser(limit, () => true)));
  return p;
}

function parser(limit: number, type: IsJson): RequestHandler {
  const parse = express.json({ limit, inflate: true, strict: false, type });
  // Non-finite numbers are replaced after parsing rather than by a JSON.parse reviver: a
  // reviver is a call per key and value, twice the parse time of a 1,000-reading batch.
  return (req, res, next) =>
    parse(req, res, (err?: unknown) => {
      if (err) return next(err);
      req.body = replaceNonFinite(req.body);
      next();
    });
}
