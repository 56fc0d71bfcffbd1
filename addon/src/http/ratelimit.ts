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
 * Token buckets by key. A call takes its token before it runs (`take`) and may give it back
 * afterwards (`refund`): checking the budget only after a call finished would let any number
 * of concurrent calls through while the first is still running.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private calls = 0;

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes a token for `key`: null when one was taken, else the seconds until one is free. */
  take(key: string): number | null {
    const b = this.refill(key);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return null;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.limit.perSecond));
  }

  /** Gives back a token `take` took (the call turned out not to count). */
  refund(key: string): void {
    const b = this.refill(key);
    b.tokens = Math.min(this.limit.burst, b.tokens + 1);
  }

  private refill(key: string): { tokens: number; at: number } {
    const t = this.now();
    if (++this.calls % 1000 === 0) {
      for (const [k, b] of this.buckets) if (t - b.at > IDLE_MS) this.buckets.delete(k);
    }
    const b = this.buckets.get(key) ?? { tokens: this.limit.burst, at: t };
    b.tokens = Math.min(this.limit.burst, b.tokens + ((t - b.at) / 1000) * this.limit.perSecond);
    b.at = t;
    this.buckets.set(key, b);
    return b;
  }
}

/** The 429 a refused call gets, with `Retry-After`. */
export function tooManyRequests(res: Response, waitS: number, detail?: string): HttpProblem {
  res.setHeader('Retry-After', String(waitS));
  return new HttpProblem(429, 'Too many requests', detail ?? `Slow down: try again in ${waitS} s`);
}

/**
 * Token bucket rate limiting, keyed by what `key` returns (an address, a device id). Over the
 * limit the answer is 429 problem+json with `Retry-After`, and the request does nothing.
 * With `failuresOnly`, calls answered below 400 (or 5xx, the hub's own fault) get their token
 * back: guessing pairing codes costs, a household pairing its nodes one after another does not.
 */
export function rateLimit(
  limit: RateLimit | null,
  key: (req: Request) => string,
  { failuresOnly = false, now = Date.now }: { failuresOnly?: boolean; now?: () => number } = {},
): RequestHandler {
  if (!limit) return (_req, _res, next) => next();
  const buckets = new TokenBuckets(limit, now);
  return (req: Request, res: Response, next: NextFunction) => {
    const k = key(req);
    const wait = buckets.take(k);
    if (wait !== null) return next(tooManyRequests(res, wait));
    if (failuresOnly)
      res.once('finish', () => {
        if (res.statusCode < 400 || res.statusCode >= 500) buckets.refund(k);
      });
    next();
  };
}

/** The client's address, the key for calls made before anyone is authenticated. */
export const byAddress = (req: Request): string => req.socket.remoteAddress ?? 'unknown';

/** The authenticated device, set by `requireDevice`. */
export const byDevice = (req: Request): string => req.deviceId ?? byAddress(req);
