import { Router } from 'express';
import type { ReadingsResponse } from '@brewpit/protocol';
import type { HubContext } from '../context.js';
import { requireAdmin } from './auth.js';
import { HttpProblem } from './problem.js';
import { pathParam } from './validate.js';

/** Largest `max_points` a client may ask for; a chart never needs more. */
export const MAX_POINTS_LIMIT = 20_000;
const DEFAULT_MAX_POINTS = 4000;

function intParam(raw: unknown, name: string, def: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return def;
  if (typeof raw !== 'string' || !/^-?\d+$/.test(raw)) {
    throw new HttpProblem(400, 'Invalid request', `'${name}' must be an integer`, [{ path: `/query/${name}`, message: 'must be an integer' }]);
  }
  const n = Number(raw);
  if (n < min || n > max) {
    throw new HttpProblem(400, 'Invalid request', `'${name}' must be between ${min} and ${max}`, [
      { path: `/query/${name}`, message: `must be between ${min} and ${max}` },
    ]);
  }
  return n;
}

/** Series listing and raw or downsampled history. */
export function seriesRouter(ctx: HubContext): Router {
  const router = Router();
  const admin = requireAdmin(ctx.adminToken, ctx.settings.loopback_reads);

  router.get('/series', admin, (_req, res) => {
    res.json(ctx.store.series.list());
  });

  router.get('/series/:id/readings', admin, (req, res) => {
    const id = intParam(pathParam(req, 'id'), 'id', 0, 1, Number.MAX_SAFE_INTEGER);
    if (!ctx.store.series.get(id)) throw new HttpProblem(404, 'Not found', `No series ${id}`);
    const now = Date.now();
    const to = intParam(req.query.to, 'to', now, 0, 8.64e15);
    const from = intParam(req.query.from, 'from', 0, 0, 8.64e15);
    if (from > to) {
      throw new HttpProblem(400, 'Invalid request', "'from' must not be after 'to'", [{ path: '/query/from', message: "must be ≤ 'to'" }]);
    }
    const maxPoints = intParam(req.query.max_points, 'max_points', DEFAULT_MAX_POINTS, 2, MAX_POINTS_LIMIT);
    const h = ctx.store.series.history(id, from, to, maxPoints);
    const body: ReadingsResponse = { series_id: id, downsampled: h.downsampled, points: h.points };
    res.json(body);
  });

  return router;
}
