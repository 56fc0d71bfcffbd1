import express, { type RequestHandler } from 'express';
import { MAX_INGEST_BODY_BYTES } from '@brewpit/protocol';
import { replaceNonFinite } from './validate.js';

/**
 * Body limit of every route but ingest: the largest admin body (a session with 10,000 characters
 * of notes and 32 channels, a calibration with 32 points) is a few kilobytes.
 */
export const SMALL_BODY_BYTES = 64 * 1024;

const parsers = new Map<number, RequestHandler>();

/**
 * JSON body of one route, whatever the Content-Type says (DIY senders often send text/plain),
 * gzip or deflate allowed. The limit counts the inflated bytes, so a gzip bomb stops there; a
 * Content-Length over it is refused before a byte is read. Routers put it after the route's
 * authentication: nobody without a token makes the hub inflate or parse anything, and a path
 * no route serves is answered without reading its body.
 */
export function jsonBody(limit = SMALL_BODY_BYTES): RequestHandler {
  let parser = parsers.get(limit);
  if (!parser) {
    const parse = express.json({ limit, inflate: true, strict: false, type: () => true });
    // Non-finite numbers are replaced after parsing rather than by a JSON.parse reviver: a
    // reviver is a call per key and value, twice the parse time of a 1,000-reading batch.
    parser = (req, res, next) =>
      parse(req, res, (err?: unknown) => {
        if (err) return next(err);
        req.body = replaceNonFinite(req.body);
        next();
      });
    parsers.set(limit, parser);
  }
  return parser;
}

/** The body parser of `POST /ingest`: batches of up to 5,000 readings. */
export const ingestBody = (): RequestHandler => jsonBody(MAX_INGEST_BODY_BYTES);
