import { finiteNumbers } from '../api/validate.js';
import express, { Router, type RequestHandler } from 'express';
import {
  GatewayCreate,
  HydrometerSettings,
  type Gateway,
  type Hydrometer,
} from '@brewpit/protocol';
import { requireAdmin } from '../api/auth.js';
import { HttpProblem, invalid } from '../api/problem.js';
import { bodyValidator, pathParam } from '../api/validate.js';
import { calibrationRouter } from '../calibration/router.js';
import type { HubContext } from '../context.js';
import { child } from '../log.js';
import { requireGateway } from './auth.js';
import { brewfather } from './brewfather.js';
import type { HydrometerFormatModule } from './format.js';
import { Hydrometers } from './hydrometers.js';
import { ispindel } from './ispindel.js';
import { CompatStore, type HydrometerRow } from './store.js';
import { tilt } from './tilt.js';
import { isTimeZone } from './timepoint.js';

/** A hydrometer post is a few hundred bytes; anything near this is not one. */
const POST_LIMIT = '64kb';

const FORMATS: readonly HydrometerFormatModule[] = [
  ispindel,
  tilt,
  brewfather,
] as HydrometerFormatModule[];

/** JSON whatever the Content-Type says: DIY senders often send text/plain. */
const json = express.json({ limit: POST_LIMIT, type: () => true, reviver: finiteNumbers });
/** The Tilt app posts a form; TiltPi forks and bridges sometimes JSON. */
const isJson = (req: { headers: { 'content-type'?: string } }) =>
  /json/i.test(req.headers['content-type'] ?? '');
const form: RequestHandler[] = [
  express.json({ limit: POST_LIMIT, type: isJson, reviver: finiteNumbers }),
  express.urlencoded({ limit: POST_LIMIT, extended: false, type: (req) => !isJson(req) }),
];

const validateGateway = bodyValidator(GatewayCreate);
const validateSettings = bodyValidator(HydrometerSettings);

function checkZone(tz: string | null | undefined, path: string): void {
  if (tz && !isTimeZone(tz))
    throw invalid([
      { path, message: `'${tz}' is not a time zone this hub knows (e.g. Europe/Berlin)` },
    ]);
}

const view = ({ next_seq: _seq, ...h }: HydrometerRow): Hydrometer => h;

/**
 * Third-party hydrometers: `POST /compat/{ispindel,tilt,brewfather}` (gateway token), the
 * gateway tokens and per-hydrometer settings (admin), and device calibrations. Mounted ahead of
 * the app's JSON parser, because a Tilt posts a form: each route parses its own body.
 */
export function compatRouter(ctx: HubContext): Router {
  const log = child(ctx.log, 'hub:compat');
  const compat = new CompatStore(ctx.store.db);
  const hydrometers = new Hydrometers(ctx, compat, log);
  const admin = requireAdmin(ctx.adminToken, ctx.settings.loopback_reads);
  const router = Router();

  for (const m of FORMATS) {
    const validate = bodyValidator(m.schema);
    const auth = requireGateway(compat, ctx.store, ctx.adminToken, m.format);
    const handler: RequestHandler = (req, res) => {
      const body = validate(req.body);
      const gateway = res.locals.gateway as Gateway;
      const receivedAt = Date.now();
      const { key, name } = m.key(body);
      const parsed = {
        format: m.format,
        key,
        name,
        ...m.parse(body, hydrometers.state(m.format, key), { gateway, receivedAt }),
      };
      const recorded = hydrometers.record(gateway, parsed, receivedAt);
      log.debug(
        { deviceId: recorded.deviceId, format: m.format, stored: recorded.stored },
        'Hydrometer post stored',
      );
      res.json(m.reply(recorded, parsed));
    };
    // Two routes, not an array: the request metrics label a route by its (string) pattern.
    for (const path of [`/compat/${m.format}`, `/compat/${m.format}/:token`]) {
      router.post(path, m.body === 'form' ? form : json, auth, handler);
    }
  }

  router.post('/compat/tokens', admin, json, (req, res) => {
    const body = validateGateway(req.body ?? {});
    checkZone(body.tz, '/tz');
    const gw = compat.createGateway(body.name ?? 'Hydrometers', body.tz ?? null);
    ctx.store.audit('admin', 'compat.token.create', gw.id, { name: gw.name });
    const paths = Object.fromEntries(
      FORMATS.map((m) => [m.format, `/api/v1/compat/${m.format}/${gw.token}`]),
    );
    res.status(201).json({ ...gw, paths });
  });

  router.get('/compat/tokens', admin, (_req, res) => {
    res.json(compat.gateways());
  });

  router.delete('/compat/tokens/:id', admin, (req, res) => {
    if (!compat.deleteGateway(pathParam(req, 'id')))
      throw new HttpProblem(404, 'Not found', `No gateway '${pathParam(req, 'id')}'`);
    ctx.store.audit('admin', 'compat.token.delete', pathParam(req, 'id'));
    res.status(204).end();
  });

  router.get('/compat/devices', admin, (_req, res) => {
    res.json(compat.list().map(view));
  });

  router.get('/compat/devices/:id', admin, (req, res) => {
    const h = compat.get(pathParam(req, 'id'));
    if (!h) throw new HttpProblem(404, 'Not found', `No hydrometer '${pathParam(req, 'id')}'`);
    res.json(view(h));
  });

  router.patch('/compat/devices/:id', admin, json, (req, res) => {
    const patch = validateSettings(req.body);
    checkZone(patch.tz, '/tz');
    const h = compat.get(pathParam(req, 'id'));
    if (!h) throw new HttpProblem(404, 'Not found', `No hydrometer '${pathParam(req, 'id')}'`);
    const settings = Object.fromEntries(
      Object.entries({ ...h.settings, ...patch }).filter(([, v]) => v !== null && v !== undefined),
    );
    // Choosing a unit (or auto again) restarts °Plato detection from scratch.
    const info = { ...h.info };
    if (patch.gravity_unit !== undefined) delete info.gravity_unit_seen;
    compat.setSettings(h.device_id, settings, info);
    ctx.store.audit('admin', 'compat.device.update', h.device_id, patch);
    res.json(view(compat.get(h.device_id)!));
  });

  router.use(calibrationRouter(ctx, compat, json));
  return router;
}
