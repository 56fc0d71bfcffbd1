import { Router } from 'express';
import type { HubContext } from '../context.js';
import { requireAdmin } from './auth.js';
import { AuditQuery } from './schemas.js';
import { queryValidator } from './validate.js';

const auditQuery = queryValidator(AuditQuery);

/** `GET /audit`: the admin actions, newest first, paged by `before`. */
export function auditRouter(ctx: HubContext): Router {
  const router = Router();
  router.get('/audit', requireAdmin(ctx.adminToken, ctx.settings.loopback_reads), (req, res) => {
    const q = auditQuery(req.query);
    res.json(
      ctx.store.auditLog.list({ action: q.action, before: q.before, limit: q.limit ?? 100 }),
    );
  });
  return router;
}
