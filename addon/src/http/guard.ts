import { createHash } from 'node:crypto';
import type { Request } from 'express';
import { isLoopbackAddress } from './host.js';
import { TokenBuckets, type RateLimit } from './ratelimit.js';

/**
 * Failed authentications one address may make: 20 at once, then one every 3 s. A device or
 * gateway token is checked with scrypt (about 85 ms of CPU on a Pi), so without a budget anyone
 * on the LAN could keep the hub busy with made-up tokens built from a leaked device id.
 */
export const AUTH_FAILURE_LIMIT: RateLimit = { perSecond: 1 / 3, burst: 20 };

/** How long a token found wrong is answered from memory, without checking it again. */
const REFUSED_TTL_MS = 60_000;
/** Tokens remembered as wrong at the most; the oldest go first. */
const REFUSED_MAX = 10_000;

/** What kind of token a check was for: a token wrong as one kind may be right as another. */
export type TokenKind = 'admin' | 'device' | 'gateway' | 'metrics' | 'backup' | 'read';

/** Outcome of a guarded check: what `verify` found, nothing (wrong token), or over the budget. */
export type Guarded<T> = { ok: T } | { ok: null } | { limited: number };

/**
 * Shared by every route that takes a token. Each check takes one failure token from the
 * caller's address before it runs and gives it back when the token was right, so concurrent
 * guesses cannot run more checks than the budget allows. A token found wrong is remembered
 * (by its SHA-256, never in clear) for a minute, so sending the same one again costs a hash.
 * This machine (loopback) has no budget: the health check and the demo live there, and
 * anything on it can read the store file anyway.
 */
export class AuthGuard {
  private readonly budget: TokenBuckets;
  private readonly refused = new Map<string, number>();

  constructor(
    limit: RateLimit = AUTH_FAILURE_LIMIT,
    private readonly now: () => number = Date.now,
  ) {
    this.budget = new TokenBuckets(limit, now);
  }

  /** Checks `token` of `kind` with `verify`, within the caller's failure budget. */
  async check<T>(
    req: Request,
    kind: TokenKind,
    token: string,
    verify: (token: string) => T | null | Promise<T | null>,
  ): Promise<Guarded<T>> {
    const address = req.socket.remoteAddress ?? 'unknown';
    const limited = !isLoopbackAddress(address);
    if (limited) {
      const wait = this.budget.take(address);
      if (wait !== null) return { limited: wait };
    }
    const key = `${kind}:${createHash('sha256').update(token).digest('base64url')}`;
    const until = this.refused.get(key);
    if (until !== undefined && until > this.now()) return { ok: null };
    const found = await verify(token);
    if (found === null) {
      this.remember(key);
      return { ok: null };
    }
    if (limited) this.budget.refund(address);
    return { ok: found };
  }

  /**
   * Counts a failure that needed no check (no token, a token of the wrong kind): answers the
   * seconds to wait when the address is over its budget, else null.
   */
  fail(req: Request): number | null {
    const address = req.socket.remoteAddress ?? 'unknown';
    return isLoopbackAddress(address) ? null : this.budget.take(address);
  }

  private remember(key: string): void {
    this.refused.delete(key);
    this.refused.set(key, this.now() + REFUSED_TTL_MS);
    if (this.refused.size > REFUSED_MAX) {
      const oldest = this.refused.keys().next().value;
      if (oldest !== undefined) this.refused.delete(oldest);
    }
  }
}
