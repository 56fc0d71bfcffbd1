import { Router, type Response } from 'express';
import type { HubContext } from '../context.js';
import { requireAdmin } from '../http/auth.js';
import type { HttpFeature } from '../http/feature.js';
import {
  DEFAULT_MAX_POINTS,
  HistoryQuery,
  IdParams,
  RangeQuery,
  SeriesParams,
} from '../http/schemas.js';
import { pathParam, pathValidator, queryValidator } from '../http/validate.js';
import { HISTORY_DOCS } from './docs.js';
import { writeSessionCsv } from './export.js';
import { sessionRange } from './service.js';

const seriesParams = pathValidator(SeriesParams);
const idParams = pathValidator(IdParams);
const historyQuery = queryValidator(HistoryQuery);
const rangeQuery = queryValidator(RangeQuery);

/** Series, their history, a session's chart, CSV export and estimates. */
function historyRouter(ctx: HubContext): Router {
  const admin = requireAdmin(ctx);
  const { history, sessions } = ctx.services;
  const router = Router();

  router.get('/series', admin, (_req, res) => {
    res.json(ctx.store.series.list());
  });
  router.get('/series/:id/readings', admin, (req, res) => {
    const { id } = seriesParams(req.params);
    const q = historyQuery(req.query);
    res.json(history.seriesReadings(id, q, q.max_points ?? DEFAULT_MAX_POINTS));
  });
  router.get('/sessions/:id/history', admin, (req, res) => {
    const s = sessions.get(idParams(req.params).id);
    const q = historyQuery(req.query);
    timedJson(res, () => history.sessionHistory(s, q, q.max_points ?? DEFAULT_MAX_POINTS));
  });
  router.get('/sessions/:id/chart', admin, (req, res) => {
    const s = sessions.get(idParams(req.params).id);
    const q = historyQuery(req.query);
    timedJson(res, () => history.sessionChart(s, q, q.max_points ?? DEFAULT_MAX_POINTS));
  });
  router.get('/sessions/:id/export.csv', admin, async (req, res) => {
    const s = sessions.get(idParams(req.params).id);
    const { from, to } = sessionRange(s, rangeQuery(req.query));
    await writeSessionCsv(res, ctx.store, s, from, to);
  });
  router.get('/sessions/:id/estimates', admin, (req, res) => {
    res.json(ctx.estimates.estimates(sessions.get(pathParam(req, 'id'))));
  });
  return router;
}

/**
 * Sends what `read` returns as JSON with a `Server-Timing` header: `db` is the time to read and
 * shape the answer, `json` the time to serialise it, so a slow chart says where it was slow.
 */
function timedJson(res: Response, read: () => unknown): void {
  const t0 = performance.now();
  const body = read();
  const t1 = performance.now();
  const text = JSON.stringify(body);
  const t2 = performance.now();
  res.setHeader(
    'Server-Timing',
    `db;dur=${(t1 - t0).toFixed(1)}, json;dur=${(t2 - t1).toFixed(1)}`,
  );
  res.type('application/json').send(text);
}

/** History and estimates: what charts, exports and countdowns read. */
export const historyFeature: HttpFeature = {
  name: 'history',
  router: historyRouter,
  docs: HISTORY_DOCS,
};
