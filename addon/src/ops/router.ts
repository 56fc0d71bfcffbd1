import { Router } from 'express';
import type { HubContext } from '../context.js';
import { LOOPBACK, requireAdmin } from '../http/auth.js';
import type { HttpFeature } from '../http/feature.js';
import { HttpProblem } from '../http/problem.js';
import { queryValidator } from '../http/validate.js';
import { OPS_DOCS } from './docs.js';
import { AuditQuery } from './schemas.js';

const auditQuery = queryValidator(AuditQuery);

/**
 * `GET /health` (people, the add-on watchdog, the Docker HEALTHCHECK), `GET /metrics`
 * (Prometheus text), `GET /audit` (admin), and the backup hooks the add-on's backup_pre and
 * backup_post commands call from inside the container, so only from loopback.
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
    });
  });
  router.get('/metrics', async (_req, res) => {
    const text = await registry.metrics();
    res.type(registry.contentType).send(text);
  });
  router.get('/audit', requireAdmin(ctx), (req, res) => {
    const q = auditQuery(req.query);
    res.json(ctx.store.audit.list({ action: q.action, before: q.before, limit: q.limit ?? 100 }));
  });
  router.use('/backup', (req, _res, next) => {
    if (!LOOPBACK.has(req.socket.remoteAddress ?? ''))
      return next(
        new HttpProblem(403, 'Forbidden', 'Backup hooks are only served to this machine'),
      );
    next();
  });
  router.post('/backup/pre', (_req, res) => {
    res.json({ ok: ctx.services.backup.pre() });
  });
  router.post('/backup/post', (_req, res) => {
    ctx.services.backup.post();
    res.json({ ok: true });
  });
  return router;
}

/** Health, metrics, the audit log and the backup hooks. */
export const opsFeature: HttpFeature = { name: 'ops', router: opsRouter, docs: OPS_DOCS };
