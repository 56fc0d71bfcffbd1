import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { HttpProblem } from './problem.js';

/** How fast a key may call: `perSecond` sustained, `burst` at once. */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

/**
 * Pairing is guessable by brute force only if it can be tried fast: 10 tries at once, then
 * one every 12 s per address. A pairing code has 32^6 ≈ 10^9 values and lives 10 minutes.
 */
export const PAIR_LIMIT: RateLimit = { perSecond: 1 / 12, burst: 10 };

/**
 * A device sends one batch per sample interval and, after an outage, drains its backlog
 * back to back (about 20 batches a second here); the default 50/s (setting
 * `ingest_rate_limit`) with four seconds of burst leaves that alone and stops a runaway or
 * stolen token from starving the others.
 */
export function ingestLimit(perSecond: number): RateLimit | null {
  return perSecond > 0 ? { perSecond, burst: Math.max(10, perSecond * 4) } : null;
}

/** Keys not seen for this long are forgotten, so the table stays small. */
const IDLE_MS = 10 * 60 * 1000;

/**
 * Token bucket rate limiting, keyed by what `key` returns (an address, a device id). Over the
 * limit the answer is 429 problem+json with `Retry-After`, and the request does nothing.
 * With `failuresOnly`, only calls answered 4xx spend a token (pairing: guessing costs, a
 * household pairing its nodes one after another does not).
 */
export function rateLimit(
  limit: RateLimit | null,
  key: (req: Request) => string,
  { failuresOnly = false, now = Date.now }: { failuresOnly?: boolean; now?: () => number } = {},
): RequestHandler {
  if (!limit) return (_req, _res, next) => next();
  const buckets = new Map<string, { tokens: number; at: number }>();
  let calls = 0;
  return (req: Request, res: Response, next: NextFunction) => {
    const t = now();
    if (++calls % 1000 === 0) {
      for (const [k, b] of buckets) if (t - b.at > IDLE_MS) buckets.delete(k);
    }
    const k = key(req);
    const b = buckets.get(k) ?? { tokens: limit.burst, at: t };
    b.tokens = Math.min(limit.burst, b.tokens + ((t - b.at) / 1000) * limit.perSecond);
    b.at = t;
    buckets.set(k, b);
    if (b.tokens >= 1) {
      if (!failuresOnly) b.tokens -= 1;
      else
        res.once('finish', () => res.statusCode >= 400 && res.statusCode < 500 && (b.tokens -= 1));
      return next();
    }
    const wait = Math.ceil((1 - b.tokens) / limit.perSecond);
    res.setHeader('Retry-After', String(wait));
    next(new HttpProblem(429, 'Too many requests', `Slow down: try again in ${wait} s`));
  };
}

/** The client's address, the key for calls made before anyone is authenticated. */
export const byAddress = (req: Request): string => req.socket.remoteAddress ?? 'unknown';

/** The authenticated device, set by `requireDevice`. */
export const byDevice = (req: Request): string => req.deviceId ?? byAddress(req);
