import { Router, type RequestHandler } from 'express';
import { CalibrationUpdate } from '@brewpit/protocol';
import { requireAdmin } from '../api/auth.js';
import { HttpProblem } from '../api/problem.js';
import { bodyValidator, pathParam } from '../api/validate.js';
import type { CompatStore } from '../compat/store.js';
import type { HubContext } from '../context.js';
import { buildCalibration } from './calibration.js';
import { FitError } from './fit.js';

const validateUpdate = bodyValidator(CalibrationUpdate);

/**
 * `GET/PUT/DELETE /devices/{id}/calibration` (admin): a hydrometer's calibration, also what the
 * Home Assistant `brewpit.set_calibration` service calls. `GET` is the export (a JSON document
 * to back up or copy); `PUT` of that document is the import, onto the same or another device.
 * A calibration applies to readings received after it is set; raw values stay stored.
 */
export function calibrationRouter(
  ctx: HubContext,
  compat: CompatStore,
  json: RequestHandler,
): Router {
  const admin = requireAdmin(ctx.adminToken, ctx.settings.loopback_reads);
  const router = Router();

  const hydrometer = (id: string) => {
    if (!ctx.store.devices.get(id)) throw new HttpProblem(404, 'Not found', `No device '${id}'`);
    const h = compat.get(id);
    if (!h) {
      throw new HttpProblem(
        409,
        'Not a hydrometer',
        `Device '${id}' is not an iSpindel, Tilt or Brewfather-stream hydrometer; only those are calibrated on the hub`,
      );
    }
    return h;
  };

  router.get('/devices/:id/calibration', admin, (req, res) => {
    const h = hydrometer(pathParam(req, 'id'));
    const cal = compat.calibration(h.device_id);
    if (!cal)
      throw new HttpProblem(
        404,
        'Not found',
        `Device '${h.device_id}' has no calibration; readings use the sender's gravity`,
      );
    res.json(cal);
  });

  router.put('/devices/:id/calibration', admin, json, (req, res) => {
    const body = validateUpdate(req.body);
    const h = hydrometer(pathParam(req, 'id'));
    let cal;
    try {
      cal = buildCalibration(h.device_id, h.format, body);
    } catch (err) {
      if (err instanceof FitError)
        throw new HttpProblem(422, 'Unusable calibration', err.message, [
          { path: err.path, message: err.message },
        ]);
      throw err;
    }
    compat.putCalibration(cal);
    ctx.store.audit('admin', 'calibration.put', h.device_id, {
      input: cal.input,
      points: cal.points.length,
      degree: cal.degree,
    });
    ctx.bus.emit('deviceChanged', { deviceId: h.device_id, reason: 'updated' });
    res.json(cal);
  });

  router.delete('/devices/:id/calibration', admin, (req, res) => {
    const h = hydrometer(pathParam(req, 'id'));
    if (!compat.deleteCalibration(h.device_id))
      throw new HttpProblem(404, 'Not found', `Device '${h.device_id}' has no calibration`);
    ctx.store.audit('admin', 'calibration.delete', h.device_id);
    ctx.bus.emit('deviceChanged', { deviceId: h.device_id, reason: 'updated' });
    res.status(204).end();
  });

  return router;
}
