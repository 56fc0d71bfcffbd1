import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { HubContext } from '../context.js';
import type { TokenKind } from './guard.js';
import { isLoopbackRequest } from './host.js';
import { HttpProblem } from './problem.js';
import { tooManyRequests } from './ratelimit.js';

export { LOOPBACK } from './host.js';

declare module 'express-serve-static-core' {
  interface Request {
    /** The device a device token authenticated, set by `requireDevice`. */
    deviceId?: string;
  }
}

/** The bearer token of a request, or null. */
export function bearer(req: Request): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m ? m[1]! : null;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** A constant-time test of a token against fixed secrets (empty ones never match). */
export function matchesAny(token: string, secrets: readonly (string | undefined)[]): boolean {
  const d = digest(token);
  let hit = false;
  for (const s of secrets) if (s && timingSafeEqual(d, digest(s))) hit = true;
  return hit;
}

/** The 429 of an address past its failure budget. */
export const tooManyFailures = (res: Response, waitS: number): HttpProblem =>
  tooManyRequests(res, waitS, `Too many failed authentications: try again in ${waitS} s`);

/** The answer to a call without a token: 401, or 429 once the address is over its budget. */
function missing(ctx: HubContext, req: Request, res: Response, detail: string): HttpProblem {
  const wait = ctx.guard.fail(req);
  return wait === null ? new HttpProblem(401, 'Unauthorized', detail) : tooManyFailures(res, wait);
}

/**
 * A route that takes one of a few fixed secrets (the admin token; for `/metrics` also the
 * metrics token, for the backup hooks the add-on's backup secret): 401 without a token, 403
 * with another one, 429 past the address's failure budget. Runs before the body is read.
 */
export function requireSecret(
  ctx: HubContext,
  kind: TokenKind,
  secrets: () => readonly (string | undefined)[],
  say: { missing: string; wrong: string },
): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const token = bearer(req);
    if (!token) return next(missing(ctx, req, res, say.missing));
    ctx.guard
      .check(req, kind, token, (t) => (matchesAny(t, secrets()) ? true : null))
      .then((r) => {
        if ('limited' in r) return next(tooManyFailures(res, r.limited));
        if (!r.ok) return next(new HttpProblem(403, 'Forbidden', say.wrong));
        next();
      }, next);
  };
}

/**
 * Admin calls: the admin token, compared in constant time. With `loopback_reads` (the npm start
 * demo only), a GET carrying no token at all from this machine, addressed to a loopback name,
 * may read; a wrong token is still refused, and nothing is ever written without the token.
 */
export function requireAdmin(ctx: HubContext): RequestHandler {
  const check = requireSecret(ctx, 'admin', () => [ctx.adminToken], {
    missing: 'An admin bearer token is required',
    wrong: 'The token is not the admin token',
  });
  const loopbackReads = ctx.settings.loopback_reads;
  return (req, res, next) => {
    if (bearer(req)?.startsWith(READ_TOKEN_PREFIX)) return readToken(ctx, req, res, next);
    if (
      loopbackReads &&
      req.method === 'GET' &&
      !req.headers.authorization &&
      isLoopbackRequest(req)
    ) {
      return next();
    }
    check(req, res, next);
  };
}

/** How a read-only API token begins (`store/api-tokens.ts`). */
export const READ_TOKEN_PREFIX = 'bpr_';

/** Methods a read-only token may call: nothing else, whatever the route. */
const READ_METHODS = new Set(['GET', 'HEAD']);

/**
 * A read-only API token where the admin token is asked for: it reads what the admin reads and
 * is refused (403) on every call that could write, before the body is read.
 */
function readToken(ctx: HubContext, req: Request, res: Response, next: NextFunction): void {
  const token = bearer(req)!;
  ctx.guard
    .check(req, 'read', token, (t) => ctx.store.apiTokens.authenticate(t))
    .then((r) => {
      if ('limited' in r) return next(tooManyFailures(res, r.limited));
      if (!r.ok)
        return next(new HttpProblem(401, 'Unauthorized', 'The read token is unknown or revoked'));
      if (!READ_METHODS.has(req.method))
        return next(new HttpProblem(403, 'Forbidden', 'A read-only token cannot write'));
      next();
    }, next);
}

/**
 * Device calls: a device token. A path `:id` must be the token's own device, so one node can
 * never read another's config or acknowledge its commands.
 */
export function requireDevice(ctx: HubContext): RequestHandler {
  const { devices } = ctx.store;
  return (req: Request, res: Response, next: NextFunction) => {
    const token = bearer(req);
    if (!token) return next(missing(ctx, req, res, 'A device bearer token is required'));
    ctx.guard
      .check(req, 'device', token, (t) => devices.authenticate(t))
      .then((r) => {
        if ('limited' in r) return next(tooManyFailures(res, r.limited));
        const id = r.ok;
        if (!id)
          return next(
            new HttpProblem(401, 'Unauthorized', 'The device token is unknown or revoked'),
          );
        const pathId = req.params.id;
        if (pathId !== undefined && pathId !== id) {
          return next(new HttpProblem(403, 'Forbidden', 'The token belongs to another device'));
        }
        req.deviceId = id;
        next();
      }, next);
  };
}
