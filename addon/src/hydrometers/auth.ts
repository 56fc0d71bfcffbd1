import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Gateway, HydrometerFormat } from '@brewpit/protocol';
import type { HubContext } from '../context.js';
import { matchesAny, tooManyFailures } from '../http/auth.js';
import { HttpProblem } from '../http/problem.js';

/**
 * The token of a hydrometer post from the URL or the headers: a path segment
 * (`/compat/tilt/<token>`), `?token=` (or `?id=`, the parameter of a Brewfather stream URL), or a
 * Bearer header. An iSpindel cannot set headers, and the Tilt app and Brewfather-style senders
 * take one pasted URL, hence the choice.
 */
function tokenOutsideBody(req: Request, format: HydrometerFormat): string | null {
  const fromPath = req.params.token;
  if (typeof fromPath === 'string' && fromPath) return fromPath;
  const q = req.query.token ?? (format === 'brewfather' ? req.query.id : undefined);
  if (typeof q === 'string' && q) return q;
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return m ? m[1]! : null;
}

/** The body's `token` field: the iSpindel's own "Token" setting. */
function tokenInBody(req: Request): string | null {
  const body = req.body as { token?: unknown } | undefined;
  return body && typeof body === 'object' && typeof body.token === 'string' && body.token
    ? body.token
    : null;
}

/** A token of the hub that is not a gateway token (admin, edge node). */
const OTHER_KIND = Symbol('other hub token');

/**
 * Hydrometer posts: a gateway token (`POST /api/v1/compat/tokens`), which sets
 * `res.locals.gateway`. Two middlewares around the route's body parser: `beforeBody` checks a
 * token in the URL or the headers before a byte of the body is read; `afterBody` checks the
 * body's `token` field when there was none elsewhere (the URL wins: an iSpindel's token field
 * may hold another service's token). Another hub token (admin, edge node) is refused with 403,
 * saying which token to use; an unknown one with 401; past the address's failure budget, 429.
 */
export function requireGateway(
  ctx: HubContext,
  format: HydrometerFormat,
): { beforeBody: RequestHandler; afterBody: RequestHandler } {
  const { store } = ctx;
  const verify = async (token: string): Promise<Gateway | typeof OTHER_KIND | null> => {
    const gw = await store.hydrometers.authenticate(token);
    if (gw) return gw;
    if (matchesAny(token, [ctx.adminToken]) || (await store.devices.authenticate(token)))
      return OTHER_KIND;
    return null;
  };
  const check = (req: Request, res: Response, next: NextFunction, token: string) => {
    ctx.guard.check(req, 'gateway', token, verify).then((r) => {
      if ('limited' in r) return next(tooManyFailures(res, r.limited));
      if (r.ok === OTHER_KIND)
        return next(
          new HttpProblem(
            403,
            'Forbidden',
            'Not a hydrometer gateway token; create one with POST /api/v1/compat/tokens',
          ),
        );
      if (!r.ok)
        return next(
          new HttpProblem(
            401,
            'Unauthorized',
            'The hydrometer gateway token is unknown or revoked',
          ),
        );
      res.locals.gateway = r.ok;
      next();
    }, next);
  };
  return {
    beforeBody(req, res, next) {
      const token = tokenOutsideBody(req, format);
      if (token) check(req, res, next, token);
      else next();
    },
    afterBody(req, res, next) {
      if (res.locals.gateway) return next();
      const token = tokenInBody(req);
      if (token) return check(req, res, next, token);
      const wait = ctx.guard.fail(req);
      if (wait !== null) return next(tooManyFailures(res, wait));
      next(
        new HttpProblem(
          401,
          'Unauthorized',
          `A hydrometer gateway token is required: /api/v1/compat/${format}/<token>, ?token=, a Bearer header or the body's token field`,
        ),
      );
    },
  };
}
