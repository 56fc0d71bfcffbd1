import { Router } from 'express';
import { CommandAck, CommandCreate } from '@brewpit/protocol';
import type { HubContext } from '../context.js';
import { requireAdmin, requireDevice } from '../http/auth.js';
import { jsonBody } from '../http/body.js';
import type { HttpFeature } from '../http/feature.js';
import { IdParams } from '../http/schemas.js';
import { bodyValidator, pathValidator, queryValidator } from '../http/validate.js';
import { DEFAULT_COMMAND_TTL_MS } from '../store/index.js';
import { COMMAND_DOCS } from './docs.js';
import { CommandListQuery, CommandParams } from './schemas.js';

const validateCommand = bodyValidator(CommandCreate);
const validateAck = bodyValidator(CommandAck);
const idParams = pathValidator(IdParams);
const commandParams = pathValidator(CommandParams);
const commandQuery = queryValidator(CommandListQuery);

/** A device's command queue: queue (admin), list (admin), acknowledge (the device). */
function commandsRouter(ctx: HubContext): Router {
  const admin = requireAdmin(ctx);
  const device = requireDevice(ctx);
  const { commands, devices } = ctx.services;
  const router = Router();

  router.post('/devices/:id/commands', admin, jsonBody(), (req, res) => {
    const body = validateCommand(req.body);
    const { id } = idParams(req.params);
    const ttlMs = (body.ttl_s ?? DEFAULT_COMMAND_TTL_MS / 1000) * 1000;
    res.status(201).json(commands.enqueue(id, body.type, body.params ?? {}, 'admin', { ttlMs }));
  });
  router.get('/devices/:id/commands', admin, (req, res) => {
    const q = commandQuery(req.query);
    const { id } = devices.get(idParams(req.params).id);
    res.json(ctx.store.commands.list(id, q.status ?? null, q.limit ?? 100));
  });
  router.post('/devices/:id/commands/:cid/ack', device, jsonBody(), (req, res) => {
    const answer = validateAck(req.body);
    const { id, cid } = commandParams(req.params);
    res.json(commands.ack(id, cid, answer));
  });
  return router;
}

/** The command queue of edge nodes. */
export const commandsFeature: HttpFeature = {
  name: 'commands',
  router: commandsRouter,
  docs: COMMAND_DOCS,
};
