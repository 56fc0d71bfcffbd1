import { Router } from 'express';
import { IngestBatch, MAX_BATCH_READINGS } from '@brewpit/protocol';
import type { HubContext } from '../context.js';
import { requireDevice } from '../http/auth.js';
import { ingestBody } from '../http/body.js';
import type { HttpFeature } from '../http/feature.js';
import { HttpProblem } from '../http/problem.js';
import { byDevice, ingestLimit, rateLimit } from '../http/ratelimit.js';
import { bodyValidator } from '../http/validate.js';
import { INGEST_DOCS } from './docs.js';

const validateBatch = bodyValidator(IngestBatch);

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
      next();
    },
    ingestBody(),
    async (req, res) => {
      (res.locals.arrived as () => void)();
      const body = req.body as { readings?: unknown } | undefined;
      if (body === undefined || typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new HttpProblem(400, 'Invalid request', 'The body must be a JSON object', [
          { path: '/', message: 'must be object' },
        ]);
      }
      // Counted before schema validation so an oversized batch gets the clearer 413.
      if (Array.isArray(body.readings) && body.readings.length > MAX_BATCH_READINGS) {
        throw new HttpProblem(
          413,
          'Batch too large',
          `A batch may carry at most ${MAX_BATCH_READINGS} readings`,
          [
            {
              path: '/readings',
              message: `has ${body.readings.length} items, more than ${MAX_BATCH_READINGS}`,
            },
          ],
        );
      }
      res.json(await ctx.services.ingest.ingest(req.deviceId!, validateBatch(body)));
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
