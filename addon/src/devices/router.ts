import { Router } from 'express';
import { PairRequest } from '@brewpit/protocol';
import type { HubContext } from '../context.js';
import { requireAdmin, requireDevice } from '../http/auth.js';
import { jsonBody } from '../http/body.js';
import type { HttpFeature } from '../http/feature.js';
import { byAddress, PAIR_LIMIT, rateLimit } from '../http/ratelimit.js';
import { IdParams } from '../http/schemas.js';
import { bodyValidator, pathValidator } from '../http/validate.js';
import { DEVICE_DOCS } from './docs.js';
import { configEtag } from './etag.js';
import { DeviceCreate, DevicePatch } from './schemas.js';

const validatePair = bodyValidator(PairRequest);
const validateCreate = bodyValidator(DeviceCreate);
const validatePatch = bodyValidator(DevicePatch);
const idParams = pathValidator(IdParams);

/** A pairing request is a code and a name: a few dozen bytes. */
const PAIR_BODY_BYTES = 1024;

/** Pairing, the device registry and each device's desired config. */
function devicesRouter(ctx: HubContext): Router {
  const admin = requireAdmin(ctx);
  const device = requireDevice(ctx);
  const { devices } = ctx.services;
  const pairLimit = rateLimit(PAIR_LIMIT, byAddress, { failuresOnly: true });
  const router = Router();

  router.post('/pairings', admin, (_req, res) => {
    res.status(201).json(devices.createPairing('admin'));
  });
  router.post('/pair', pairLimit, jsonBody(PAIR_BODY_BYTES), async (req, res) => {
    const { code, name } = validatePair(req.body);
    res.status(201).json(await devices.pair(code, name));
  });
  router.post('/devices', admin, jsonBody(), async (req, res) => {
    const { name, kind } = validateCreate(req.body);
    res.status(201).json(await devices.create(name, kind, 'admin'));
  });
  router.get('/devices', admin, (_req, res) => {
    res.json(ctx.store.devices.list());
  });
  router.get('/devices/:id', admin, (req, res) => {
    res.json(devices.get(idParams(req.params).id));
  });
  router.patch('/devices/:id', admin, jsonBody(), (req, res) => {
    const patch = validatePatch(req.body);
    res.json(devices.update(idParams(req.params).id, patch, 'admin'));
  });
  router.post('/devices/:id/token', admin, async (req, res) => {
    res.json(await devices.rotateToken(idParams(req.params).id, 'admin'));
  });
  router.delete('/devices/:id', admin, (req, res) => {
    devices.delete(idParams(req.params).id, 'admin');
    res.status(204).end();
  });
  router.get('/devices/:id/config', device, (req, res) => {
    const d = devices.get(idParams(req.params).id);
    const etag = configEtag(d.config);
    res.setHeader('ETag', etag);
    if (req.headers['if-none-match'] === etag) return void res.status(304).end();
    res.json(d.config);
  });
  return router;
}

/** Pairing and the device registry. */
export const devicesFeature: HttpFeature = {
  name: 'devices',
  router: devicesRouter,
  docs: DEVICE_DOCS,
};
