import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { DeviceStore } from '../store/index.js';
import { HttpProblem } from './problem.js';

declare module 'express-serve-static-core' {
  interface Request {
    /** The device a device token authenticated, set by `requireDevice`. */
    deviceId?: string;
  }
}

function bearer(req: Request): string | null {
  const h = req.headers.authorization;
  if (!h) return null;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m ? m[1]! : null;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Addresses of this machine, as the socket reports them. */
export const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Admin calls: the admin token, compared in constant time. With `loopbackReads` (the npm start
 * demo only), a GET carrying no token at all from this machine may read; a wrong token is still
 * refused, and nothing is ever written without the token.
 */
export function requireAdmin(adminToken: string, loopbackReads = false): RequestHandler {
  const expected = digest(adminToken);
  return (req: Request, _res: Response, next: NextFunction) => {
    const token = bearer(req);
    if (
      !token &&
      loopbackReads &&
      req.method === 'GET' &&
      !req.headers.authorization &&
      LOOPBACK.has(req.socket.remoteAddress ?? '')
    ) {
      return next();
    }
    if (!token)
      return next(new HttpProblem(401, 'Unauthorized', 'An admin bearer token is required'));
    if (!timingSafeEqual(digest(token), expected)) {
      return next(new HttpProblem(403, 'Forbidden', 'The token is not the admin token'));
    }
    next();
  };
}

/**
 * Device calls: a device token. A path `:id` must be the token's own device, so one node can
 * never read another's config or acknowledge its commands.
 */
export function requireDevice(devices: DeviceStore): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    const token = bearer(req);
    if (!token)
      return next(new HttpProblem(401, 'Unauthorized', 'A device bearer token is required'));
    devices.authenticate(token).then((id) => {
      if (!id)
        return next(new HttpProblem(401, 'Unauthorized', 'The device token is unknown or revoked'));
      const pathId = req.params.id;
      if (pathId !== undefined && pathId !== id) {
        return next(new HttpProblem(403, 'Forbidden', 'The token belongs to another device'));
      }
      req.deviceId = id;
      next();
    }, next);
  };
}
