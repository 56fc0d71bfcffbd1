import { Router } from 'express';
import type { Session } from '@brewpit/protocol';
import type { HubContext } from '../context.js';
import { Estimator, KEEP_MS, type SessionEstimates } from '../intel/estimator.js';
import type { Sample } from '../intel/fit.js';
import { requireAdmin } from '../api/auth.js';
import { HttpProblem, invalid } from '../api/problem.js';
import { bodyValidator, pathParam } from '../api/validate.js';
import { engineFor } from './engine.js';
import { AlertRuleCreate, checkRule } from './rules.js';
import './docs.js';
import { AlertStore } from './store.js';

const validateRule = bodyValidator(AlertRuleCreate);

/**
 * Estimates of a session the engine does not hold (ended, or the alerts module is off): computed
 * once from the stored readings up to the session's end. The stall is then the one visible in the
 * last hours; a running session's comes from the engine, which saw it start.
 */
function estimateFromStore(ctx: HubContext, s: Session): SessionEstimates {
  const end = s.ended_at ?? Date.now();
  const cache = new Map<number, Sample[]>();
  const load = (id: number): Sample[] => {
    let pts = cache.get(id);
    if (pts) return pts;
    const info = ctx.store.series.get(id);
    const keep = info?.kind === 'gravity' ? KEEP_MS.gravity : KEEP_MS.temperature;
    const to = Math.min(end, info?.last_ts ?? end);
    pts = ctx.store.series
      .history(id, Math.max(s.started_at, to - keep), to, 20_000)
      .points.filter((p): p is [number, number] => p[1] !== null)
      .map(([ts, v]) => [ts, v] as const);
    cache.set(id, pts);
    return pts;
  };
  const meta = (id: number) => {
    const info = ctx.store.series.get(id);
    return info ? { name: info.name, unit: info.unit, kind: info.kind } : null;
  };
  return new Estimator(load, meta).estimate(s);
}

function intQuery(raw: unknown, name: string, def: number, max: number): number {
  if (raw === undefined) return def;
  if (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    throw invalid(
      [{ path: `/query/${name}`, message: `must be an integer from 1 to ${max}` }],
      `'${name}' is invalid`,
    );
  }
  return Number(raw);
}

/** Alert rules, the alert log, and a session's estimates. */
export function alertsRouter(ctx: HubContext): Router {
  const router = Router();
  const admin = requireAdmin(ctx.adminToken, ctx.settings.loopback_reads);
  const store = () => engineFor(ctx)?.alerts ?? new AlertStore(ctx.store);

  router.get('/alerts/rules', admin, (_req, res) => {
    res.json(store().rules());
  });

  router.post('/alerts/rules', admin, (req, res) => {
    const body = validateRule(req.body);
    const errors = checkRule(body);
    if (body.session_id !== undefined && !ctx.store.sessions.get(body.session_id)) {
      errors.push({ path: '/session_id', message: `no session '${body.session_id}'` });
    }
    if (body.series_id !== undefined && !ctx.store.series.get(body.series_id)) {
      errors.push({ path: '/series_id', message: `no series ${body.series_id}` });
    }
    if (errors.length > 0)
      throw new HttpProblem(422, 'Unprocessable request', 'The rule cannot be applied', errors);
    const rule = store().addRule(body);
    engineFor(ctx)?.reloadRules();
    ctx.store.audit('admin', 'alerts.rule.create', rule.id, body);
    res.status(201).json(rule);
  });

  router.delete('/alerts/rules/:id', admin, (req, res) => {
    const id = pathParam(req, 'id');
    if (!store().deleteRule(id)) throw new HttpProblem(404, 'Not found', `No alert rule '${id}'`);
    engineFor(ctx)?.reloadRules();
    ctx.store.audit('admin', 'alerts.rule.delete', id);
    res.status(204).end();
  });

  router.get('/alerts', admin, (req, res) => {
    const limit = intQuery(req.query.limit, 'limit', 100, 1000);
    const open = req.query.open;
    if (open !== undefined && open !== 'true' && open !== 'false') {
      throw invalid(
        [{ path: '/query/open', message: 'must be true or false' }],
        "'open' is invalid",
      );
    }
    const session = typeof req.query.session_id === 'string' ? req.query.session_id : undefined;
    res.json(
      store().list({
        limit,
        ...(open !== undefined ? { open: open === 'true' } : {}),
        ...(session ? { session_id: session } : {}),
      }),
    );
  });

  router.get('/sessions/:id/estimates', admin, (req, res) => {
    const id = pathParam(req, 'id');
    const s = ctx.store.sessions.get(id);
    if (!s) throw new HttpProblem(404, 'Not found', `No session '${id}'`);
    const live = s.ended_at === null ? engineFor(ctx)?.estimates(id) : null;
    res.json(live ?? estimateFromStore(ctx, s));
  });

  return router;
}
