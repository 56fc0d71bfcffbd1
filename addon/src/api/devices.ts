import { Router } from 'express';
import { Type } from '@sinclair/typebox';
import { DeviceConfig, DeviceName, PairRequest, CommandAck } from '@brewpit/protocol';
import type { HubContext } from '../context.js';
import { child } from '../log.js';
import { configEtag } from '../store/devices.js';
import { requireAdmin, requireDevice } from './auth.js';
import { HttpProblem } from './problem.js';
import { bodyValidator, pathParam } from './validate.js';

const validatePair = bodyValidator(PairRequest);
const validateCreate = bodyValidator(Type.Object({ name: DeviceName, kind: Type.Optional(Type.String({ maxLength: 32 })) }, { additionalProperties: false }));
const validatePatch = bodyValidator(
  Type.Object({ name: Type.Optional(DeviceName), config: Type.Optional(Type.Partial(DeviceConfig)) }, { additionalProperties: false }),
);
const validateCommandAck = bodyValidator(CommandAck);

const notFound = (id: string) => new HttpProblem(404, 'Not found', `No device '${id}'`);

/** Pairing, the device registry and per-device config. */
export function devicesRouter(ctx: HubContext): Router {
  const log = child(ctx.log, 'hub:devices');
  const admin = requireAdmin(ctx.adminToken, ctx.settings.loopback_reads);
  const device = requireDevice(ctx.store);
  const { devices } = ctx.store;
  const router = Router();

  router.post('/pairings', admin, (_req, res) => {
    const pairing = devices.createPairing();
    ctx.store.audit('admin', 'pairing.create', null, { expires_at: pairing.expires_at });
    res.status(201).json(pairing);
  });

  router.post('/pair', (req, res) => {
    const { code, name } = validatePair(req.body);
    const paired = devices.pair(code, name);
    if (!paired) throw new HttpProblem(403, 'Pairing refused', 'The pairing code is unknown, expired or already used');
    log.info({ deviceId: paired.device_id, name }, 'Device paired');
    ctx.store.audit('device', 'device.pair', paired.device_id, { name });
    ctx.bus.emit('deviceChanged', { deviceId: paired.device_id, reason: 'created' });
    res.status(201).json(paired);
  });

  router.post('/devices', admin, (req, res) => {
    const { name, kind } = validateCreate(req.body);
    const created = devices.create(name, kind);
    ctx.store.audit('admin', 'device.create', created.device_id, { name });
    ctx.bus.emit('deviceChanged', { deviceId: created.device_id, reason: 'created' });
    res.status(201).json({ ...devices.get(created.device_id), token: created.token });
  });

  router.get('/devices', admin, (_req, res) => {
    res.json(devices.list());
  });

  router.get('/devices/:id', admin, (req, res) => {
    const d = devices.get(pathParam(req, 'id'));
    if (!d) throw notFound(pathParam(req, 'id'));
    res.json(d);
  });

  router.patch('/devices/:id', admin, (req, res) => {
    const patch = validatePatch(req.body);
    const d = devices.get(pathParam(req, 'id'));
    if (!d) throw notFound(pathParam(req, 'id'));
    if (patch.name) devices.rename(d.id, patch.name);
    if (patch.config) devices.setConfig(d.id, { ...d.config, ...patch.config });
    ctx.store.audit('admin', 'device.update', d.id, patch);
    ctx.bus.emit('deviceChanged', { deviceId: d.id, reason: 'updated' });
    res.json(devices.get(d.id));
  });

  router.delete('/devices/:id', admin, (req, res) => {
    if (!devices.delete(pathParam(req, 'id'))) throw notFound(pathParam(req, 'id'));
    ctx.store.audit('admin', 'device.delete', pathParam(req, 'id'));
    ctx.bus.emit('deviceChanged', { deviceId: pathParam(req, 'id'), reason: 'deleted' });
    res.status(204).end();
  });

  router.get('/devices/:id/config', device, (req, res) => {
    const d = devices.get(pathParam(req, 'id'))!;
    const etag = configEtag(d.config);
    res.setHeader('ETag', etag);
    if (req.headers['if-none-match'] === etag) return void res.status(304).end();
    res.json(d.config);
  });

  router.post('/devices/:id/commands/:cid/ack', device, (req, res) => {
    validateCommandAck(req.body);
    // The command queue lands with the hub core; until then no command exists to acknowledge.
    throw new HttpProblem(404, 'Not found', `No command '${pathParam(req, 'cid')}' for this device`);
  });

  return router;
}
