import { Router, type Request } from 'express';
import { CommandAck, CommandCreate, PairRequest } from '@brewpit/protocol';
import type { HubContext } from '../context.js';
import { child } from '../log.js';
import { DEFAULT_COMMAND_TTL_MS } from '../store/commands.js';
import { configEtag, type DeviceRow } from '../store/devices.js';
import { requireAdmin, requireDevice } from './auth.js';
import { HttpProblem } from './problem.js';
import { byAddress, PAIR_LIMIT, rateLimit } from './ratelimit.js';
import { CommandListQuery, CommandParams, DeviceCreate, DevicePatch, IdParams } from './schemas.js';
import { bodyValidator, pathValidator, queryValidator } from './validate.js';

const validatePair = bodyValidator(PairRequest);
const validateCreate = bodyValidator(DeviceCreate);
const validatePatch = bodyValidator(DevicePatch);
const validateCommand = bodyValidator(CommandCreate);
const validateCommandAck = bodyValidator(CommandAck);
const idParams = pathValidator(IdParams);
const commandParams = pathValidator(CommandParams);
const commandQuery = queryValidator(CommandListQuery);

const notFound = (id: string) => new HttpProblem(404, 'Not found', `No device '${id}'`);

/** Pairing, the device registry, per-device config and the command queue. */
export function devicesRouter(ctx: HubContext): Router {
  const log = child(ctx.log, 'hub:devices');
  const admin = requireAdmin(ctx.adminToken, ctx.settings.loopback_reads);
  const device = requireDevice(ctx.store);
  const { devices, commands } = ctx.store;
  const router = Router();

  const load = (req: Request): DeviceRow => {
    const { id } = idParams(req.params);
    const d = devices.get(id);
    if (!d) throw notFound(id);
    return d;
  };

  router.post('/pairings', admin, (_req, res) => {
    const pairing = devices.createPairing();
    ctx.store.audit('admin', 'pairing.create', null, { expires_at: pairing.expires_at });
    res.status(201).json(pairing);
  });

  router.post('/pair', rateLimit(PAIR_LIMIT, byAddress, { failuresOnly: true }), (req, res) => {
    const { code, name } = validatePair(req.body);
    const paired = devices.pair(code, name);
    if (!paired)
      throw new HttpProblem(
        403,
        'Pairing refused',
        'The pairing code is unknown, expired or already used',
      );
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
    res.json(load(req));
  });

  router.patch('/devices/:id', admin, (req, res) => {
    const patch = validatePatch(req.body);
    const d = load(req);
    if (patch.name) devices.rename(d.id, patch.name);
    if (patch.config) devices.setConfig(d.id, { ...d.config, ...patch.config });
    ctx.store.audit('admin', 'device.update', d.id, patch);
    ctx.bus.emit('deviceChanged', { deviceId: d.id, reason: 'updated' });
    res.json(devices.get(d.id));
  });

  router.delete('/devices/:id', admin, (req, res) => {
    const { id } = load(req);
    devices.delete(id);
    ctx.store.audit('admin', 'device.delete', id);
    ctx.bus.emit('deviceChanged', { deviceId: id, reason: 'deleted' });
    res.status(204).end();
  });

  router.get('/devices/:id/config', device, (req, res) => {
    const d = load(req);
    const etag = configEtag(d.config);
    res.setHeader('ETag', etag);
    if (req.headers['if-none-match'] === etag) return void res.status(304).end();
    res.json(d.config);
  });

  router.post('/devices/:id/commands', admin, (req, res) => {
    const body = validateCommand(req.body);
    const d = load(req);
    const cmd = commands.enqueue(
      d.id,
      body.type,
      body.params ?? {},
      (body.ttl_s ?? DEFAULT_COMMAND_TTL_MS / 1000) * 1000,
    );
    if (!cmd) throw notFound(d.id);
    ctx.store.audit('admin', 'command.enqueue', d.id, {
      id: cmd.id,
      type: cmd.type,
      params: cmd.params,
    });
    res.status(201).json(cmd);
  });

  router.get('/devices/:id/commands', admin, (req, res) => {
    const q = commandQuery(req.query);
    res.json(commands.list(load(req).id, q.status ?? null, q.limit ?? 100));
  });

  router.post('/devices/:id/commands/:cid/ack', device, (req, res) => {
    const answer = validateCommandAck(req.body);
    const { id, cid } = commandParams(req.params);
    const cmd = commands.ack(id, cid, answer);
    if (!cmd) throw new HttpProblem(404, 'Not found', `No command '${cid}' for this device`);
    if (!answer.ok)
      log.warn(
        { deviceId: id, commandId: cid, type: cmd.type },
        `Command '${cmd.type}' failed on the device: ${answer.message ?? 'no reason given'}`,
      );
    res.json(cmd);
  });

  return router;
}
