import { Router } from 'express';
import type { HubContext } from '../context.js';
import { requireAdmin, requireSecret } from '../http/auth.js';
import { isLoopbackRequest } from '../http/host.js';
import type { HttpFeature } from '../http/feature.js';
import { HttpProblem } from '../http/problem.js';
import { queryValidator } from '../http/validate.js';
import { OPS_DOCS } from './docs.js';
import { AuditQuery } from './schemas.js';

const auditQuery = queryValidator(AuditQuery);

/**
 * `GET /health` (people, the add-on watchdog, the Docker HEALTHCHECK), `GET /metrics`
 * (Prometheus text: the admin token or the metrics token), `GET /audit` (admin), and the backup
 * hooks the add-on's backup_pre and backup_post commands call from inside the container: only
 * from this machine, addressed to a loopback name, with the backup secret the add-on's start
 * script generated (or the admin token).
 */
function opsRouter(ctx: HubContext): Router {
  const router = Router();
  const { registry } = ctx.metrics;
  router.get('/health', (_req, res) => {
    res.json({
      status: 'ok',
      version: ctx.version,
      uptime_s: Math.round((Date.now() - ctx.startedAt) / 1000),
      store_bytes: ctx.store.sizeBytes(),
      devices: ctx.store.devices.list().length,
      home_assistant: ctx.ha.state,
      ...(ctx.replica.source ? { replica: ctx.replica.view() } : {}),
    });
  });
  const metricsAuth = requireSecret(
    ctx,
    'metrics',
    () => [ctx.adminToken, ctx.settings.metrics_token],
    {
      missing: 'A bearer token is required: the admin token or the metrics token',
      wrong: 'The token is neither the admin token nor the metrics token',
    },
  );
  router.get('/metrics', metricsAuth, async (_req, res) => {
    const text = await registry.metrics();
    res.type(registry.contentType).send(text);
  });
  router.get('/audit', requireAdmin(ctx), (req, res) => {
    const q = auditQuery(req.query);
    res.json(ctx.store.audit.list({ action: q.action, before: q.before, limit: q.limit ?? 100 }));
  });
  const backupAuth = requireSecret(
    ctx,
    'backup',
    () => [ctx.settings.backup_secret, ctx.adminToken],
    {
      missing: 'A bearer token is required: the backup secret or the admin token',
      wrong: 'The token is neither the backup secret nor the admin token',
    },
  );
  router.use('/backup', (req, _res, next) => {
    if (!isLoopbackRequest(req))
      return next(
        new HttpProblem(
          403,
          'Forbidden',
          'Backup hooks are only served to this machine, addressed as localhost',
        ),
      );
    next();
  });
  router.post('/backup/pre', backupAuth, (_req, res) => {
    res.json({ ok: ctx.services.backup.pre() });
  });
  router.post('/backup/post', backupAuth, (_req, res) => {
    ctx.services.backup.post();
    res.json({ ok: true });
  });
  return router;
}

/** Health, metrics, the audit log and the backup hooks. */
export const opsFeature: HttpFeature = { name: 'ops', router: opsRouter, docs: OPS_DOCS };
