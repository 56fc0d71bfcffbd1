import { Router } from 'express';
import type { ReadingsResponse } from '@brewpit/protocol';
import type { HubContext } from '../context.js';
import { requireAdmin } from './auth.js';
import { HttpProblem } from './problem.js';
import { DEFAULT_MAX_POINTS, HistoryQuery, SeriesParams } from './schemas.js';
import { pathValidator, queryValidator } from './validate.js';

export { MAX_POINTS_LIMIT } from './schemas.js';

const seriesParams = pathValidator(SeriesParams);
const historyQuery = queryValidator(HistoryQuery);

/** Series listing and raw or downsampled history. */
export function seriesRouter(ctx: HubContext): Router {
  const router = Router();
  const admin = requireAdmin(ctx.adminToken, ctx.settings.loopback_reads);

  router.get('/series', admin, (_req, res) => {
    res.json(ctx.store.series.list());
  });

  router.get('/series/:id/readings', admin, (req, res) => {
    const { id } = seriesParams(req.params);
    if (!ctx.store.series.get(id)) throw new HttpProblem(404, 'Not found', `No series ${id}`);
    const q = historyQuery(req.query);
    const to = q.to ?? Date.now();
    const from = q.from ?? 0;
    if (from > to) {
      throw new HttpProblem(400, 'Invalid request', "'from' must not be after 'to'", [
        { path: '/query/from', message: "must not be after 'to'" },
      ]);
    }
    const h = ctx.store.series.history(id, from, to, q.max_points ?? DEFAULT_MAX_POINTS);
    const body: ReadingsResponse = { series_id: id, downsampled: h.downsampled, points: h.points };
    res.json(body);
  });

  return router;
}
