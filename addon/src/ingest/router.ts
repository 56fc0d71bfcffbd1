import { Router } from 'express';
import type { IngestBatch } from '@brewpit/protocol';
import type { HubContext } from '../context.js';
import { requireDevice } from '../http/auth.js';
import type { HttpFeature } from '../http/feature.js';
import { byDevice, ingestLimit, rateLimit } from '../http/ratelimit.js';
import { ACCEPT_POST, ingestBody } from './body.js';
import { INGEST_DOCS } from './docs.js';

/** `POST /ingest`: a device's batch of readings (see `IngestService`). */
function ingestRouter(ctx: HubContext): Router {
  const router = Router();
  router.post(
    '/ingest',
    requireDevice(ctx),
    rateLimit(ingestLimit(ctx.settings.ingest_rate_limit), byDevice),
    (_req, res, next) => {
      // Counted from here until its batch is queued (or it fails): see `IngestService.arriving`.
      const arrived = ctx.services.ingest.arriving();
      res.locals.arrived = arrived;
      res.once('close', arrived);
      // The body formats taken, on every answer to a device (a 415 among them): a node sends
      // MessagePack only to a hub that lists it here.
      res.setHeader('Accept-Post', ACCEPT_POST);
      next();
    },
    ingestBody(),
    async (req, res) => {
      (res.locals.arrived as () => void)();
      const ack = await ctx.services.ingest.ingest(req.deviceId!, req.body as IngestBatch);
      // Written directly rather than with `res.json`: express would hash every answer into an
      // ETag nobody can use (a POST is never revalidated; the node follows the config etag in
      // the body) and parse its content type again: about 1 % of the hub's time for 1,000-reading
      // batches. The answer is the same JSON, with its length.
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.end(JSON.stringify(ack));
    },
  );
  return router;
}

/** Edge nodes' batches. */
export const ingestFeature: HttpFeature = {
  name: 'ingest',
  router: ingestRouter,
  docs: INGEST_DOCS,
};
