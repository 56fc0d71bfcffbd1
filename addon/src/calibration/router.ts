import { Router } from 'express';
import { CalibrationUpdate } from '@brewpit/protocol';
import type { HubContext } from '../context.js';
import { requireAdmin } from '../http/auth.js';
import { jsonBody } from '../http/body.js';
import type { HttpFeature } from '../http/feature.js';
import { bodyValidator, pathParam } from '../http/validate.js';
import { CALIBRATION_DOCS } from './docs.js';

const validateUpdate = bodyValidator(CalibrationUpdate);

/**
 * `GET/PUT/DELETE /devices/{id}/calibration` (admin): a hydrometer's calibration. `GET` is the
 * export (a JSON document to back up or copy); `PUT` of that document is the import, onto the
 * same or another device.
 */
function calibrationRouter(ctx: HubContext): Router {
  const admin = requireAdmin(ctx);
  const { calibration } = ctx.services;
  const router = Router();
  router.get('/devices/:id/calibration', admin, (req, res) => {
    res.json(calibration.get(pathParam(req, 'id')));
  });
  router.put('/devices/:id/calibration', admin, jsonBody(), (req, res) => {
    const body = validateUpdate(req.body);
    res.json(calibration.put(pathParam(req, 'id'), body, 'admin'));
  });
  router.delete('/devices/:id/calibration', admin, (req, res) => {
    calibration.delete(pathParam(req, 'id'), 'admin');
    res.status(204).end();
  });
  return router;
}

/** Hydrometer calibrations. */
export const calibrationFeature: HttpFeature = {
  name: 'calibration',
  router: calibrationRouter,
  docs: CALIBRATION_DOCS,
};
