import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Gateway, HydrometerFormat } from '@brewpit/protocol';
import { HttpProblem } from '../http/problem.js';
import type { Store } from '../store/index.js';

/**
 * The token of a hydrometer post, from wherever its sender can put it. An iSpindel cannot set
 * headers, and the Tilt app and Brewfather-style senders take one pasted URL, so the token may
 * be a path segment (`/compat/tilt/<token>`), `?token=` (or `?id=`, the parameter of a
 * Brewfather stream URL), a Bearer header, or the body's `token` field (the iSpindel's own
 * "Token" setting). The URL wins over the body: an iSpindel's token field may hold another
 * service's token.
 */
function presentedToken(req: Request, format: HydrometerFormat): string | null {
  const fromPath = req.params.token;
  if (typeof fromPath === 'string' && fromPath) return fromPath;
  const q = req.query.token ?? (format === 'brewfather' ? req.query.id : undefined);
  if (typeof q === 'string' && q) return q;
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (m) return m[1]!;
  const body = req.body as { token?: unknown } | undefined;
  return body && typeof body === 'object' && typeof body.token === 'string' && body.token
    ? body.token
    : null;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/**
 * Hydrometer posts: a gateway token (`POST /api/v1/compat/tokens`). Sets `res.locals.gateway`.
 * Another hub token (admin, edge node) is refused with 403, saying which token to use; an
 * unknown one with 401.
 */
export function requireGateway(
  store: Store,
  adminToken: string,
  format: HydrometerFormat,
): RequestHandler {
  const admin = digest(adminToken);
  return (req: Request, res: Response, next: NextFunction) => {
    const token = presentedToken(req, format);
    if (!token) {
      return next(
        new HttpProblem(
          401,
          'Unauthorized',
          `A hydrometer gateway token is required: /api/v1/compat/${format}/<token>, ?token=, a Bearer header or the body's token field`,
        ),
      );
    }
    const check = async (): Promise<Gateway | HttpProblem> => {
      const gw = await store.hydrometers.authenticate(token);
      if (gw) return gw;
      if (timingSafeEqual(digest(token), admin) || (await store.devices.authenticate(token))) {
        return new HttpProblem(
          403,
          'Forbidden',
          'Not a hydrometer gateway token; create one with POST /api/v1/compat/tokens',
        );
      }
      return new HttpProblem(
        401,
        'Unauthorized',
        'The hydrometer gateway token is unknown or revoked',
      );
    };
    check().then((r) => {
      if (r instanceof HttpProblem) return next(r);
      res.locals.gateway = r;
      next();
    }, next);
  };
}
