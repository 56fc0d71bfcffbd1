import { Router } from 'express';
import { AlertRuleCreate } from '@brewpit/protocol';
import type { HubContext } from '../context.js';
import { invalid } from '../errors.js';
import { requireAdmin } from '../http/auth.js';
import { jsonBody } from '../http/body.js';
import type { HttpFeature } from '../http/feature.js';
import { bodyValidator, pathParam } from '../http/validate.js';
import { ALERT_DOCS } from './docs.js';

const validateRule = bodyValidator(AlertRuleCreate);

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

/** Alert rules and the alert log. */
function alertsRouter(ctx: HubContext): Router {
  const router = Router();
  const admin = requireAdmin(ctx);
  const { alerts } = ctx.services;

  router.get('/alerts/rules', admin, (_req, res) => {
    res.json(alerts.rules());
  });
  router.post('/alerts/rules', admin, jsonBody(), (req, res) => {
    res.status(201).json(alerts.addRule(validateRule(req.body), 'admin'));
  });
  router.delete('/alerts/rules/:id', admin, (req, res) => {
    alerts.deleteRule(pathParam(req, 'id'), 'admin');
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
      alerts.list({
        limit,
        ...(open !== undefined ? { open: open === 'true' } : {}),
        ...(session ? { session_id: session } : {}),
      }),
    );
  });
  return router;
}

/** Alert rules and raised alerts. */
export const alertsFeature: HttpFeature = {
  name: 'alerts',
  router: alertsRouter,
  docs: ALERT_DOCS,
};
