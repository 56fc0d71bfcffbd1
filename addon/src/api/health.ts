import { Router } from 'express';
import type { HubContext } from '../context.js';

/** `GET /health`: for people, the add-on watchdog and the Docker HEALTHCHECK. */
export function healthRouter(ctx: HubContext, haState: () => string): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    res.json({
      status: 'ok',
      version: ctx.version,
      uptime_s: Math.round((Date.now() - ctx.startedAt) / 1000),
      store_bytes: ctx.store.sizeBytes(),
      devices: ctx.store.devices.list().length,
      home_assistant: haState(),
    });
  });
  return router;
}
