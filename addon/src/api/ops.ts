import { Router } from 'express';
import type { HubContext } from '../context.js';
import { metricsFor } from '../metrics.js';
import { openApiDocument } from '../openapi.js';

/** `GET /metrics` (Prometheus text) and `GET /openapi.json`: no token, like `/health`. */
export function opsRouter(ctx: HubContext): Router {
  const router = Router();
  const { registry } = metricsFor(ctx);
  router.get('/metrics', async (_req, res) => {
    const text = await registry.metrics();
    res.type(registry.contentType).send(text);
  });
  router.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument(ctx.version));
  });
  return router;
}
