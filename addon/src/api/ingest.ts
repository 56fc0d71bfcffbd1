import { Router } from 'express';
import { IngestBatch, MAX_BATCH_READINGS, type IngestAck } from '@brewpit/protocol';
import type { HubContext } from '../context.js';
import { child } from '../log.js';
import { metricsFor } from '../metrics.js';
import { configEtag } from '../store/devices.js';
import { IngestRejected } from '../store/readings.js';
import { requireDevice } from './auth.js';
import { HttpProblem } from './problem.js';
import { byDevice, ingestLimit, rateLimit } from './ratelimit.js';
import { bodyValidator } from './validate.js';

const validateBatch = bodyValidator(IngestBatch);

/**
 * `POST /ingest`: a device's batch of readings, stored in one transaction, acknowledged by seq.
 * The answer also carries the device's due commands; `command_results` in the batch acknowledge
 * earlier ones (the same as the ack endpoint, for edges that prefer one round trip).
 */
export function ingestRouter(ctx: HubContext): Router {
  const log = child(ctx.log, 'hub:ingest');
  const metrics = metricsFor(ctx);
  const router = Router();
  router.post(
    '/ingest',
    requireDevice(ctx.store),
    rateLimit(ingestLimit(ctx.settings.ingest_rate_limit), byDevice),
    (req, res) => {
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
      const batch = validateBatch(body);
      const deviceId = req.deviceId!;
      let result;
      try {
        result = ctx.store.readings.ingest(deviceId, batch);
      } catch (err) {
        if (err instanceof IngestRejected)
          throw new HttpProblem(422, 'Unprocessable batch', err.message, err.errors);
        throw err;
      }
      metrics.batches.inc();
      metrics.readings.inc(result.stored.length);
      metrics.duplicates.inc(result.duplicates);
      if (result.duplicates > 0)
        log.debug({ deviceId, duplicates: result.duplicates }, 'Resent readings skipped');
      if (result.collisions > 0)
        log.warn(
          { deviceId, collisions: result.collisions },
          'Readings with a timestamp already stored for their channel were kept once',
        );
      for (const r of batch.command_results ?? []) {
        // An answer to a command the hub no longer knows (pruned, device re-paired) is not worth refusing the readings for.
        if (!ctx.store.commands.ack(deviceId, r.id, r))
          log.debug({ deviceId, commandId: r.id }, 'Result for an unknown command ignored');
      }
      ctx.bus.emit('deviceSeen', { deviceId, status: batch.status });
      if (result.stored.length > 0) {
        ctx.bus.emit('readingsStored', {
          deviceId,
          readings: result.stored,
          channels: result.channels,
        });
      }
      const device = ctx.store.devices.get(deviceId)!;
      const ack: IngestAck = {
        ack_seq: result.ackSeq,
        server_time: Date.now(),
        config_etag: configEtag(device.config),
        commands: ctx.store.commands.deliver(deviceId),
      };
      res.json(ack);
    },
  );
  return router;
}
