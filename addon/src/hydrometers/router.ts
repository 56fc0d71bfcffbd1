import express, { Router, type RequestHandler } from 'express';
import {
  GatewayCreate,
  HydrometerSettings,
  type Gateway,
  type Hydrometer,
} from '@brewpit/protocol';
import type { HubContext } from '../context.js';
import { invalid } from '../errors.js';
import { requireAdmin } from '../http/auth.js';
import { jsonBody, SMALL_BODY_BYTES } from '../http/body.js';
import type { HttpFeature } from '../http/feature.js';
import { bodyValidator, pathParam } from '../http/validate.js';
import { child } from '../log.js';
import type { HydrometerRow } from '../store/index.js';
import { requireGateway } from './auth.js';
import { HYDROMETER_DOCS } from './docs.js';
import { checkConverted } from './format.js';
import { FORMATS } from './formats.js';
import { isTimeZone } from './timepoint.js';

/** A hydrometer post is a few hundred bytes; anything near this is not one. */
const POST_LIMIT = SMALL_BODY_BYTES;

/** JSON whatever the Content-Type says: DIY senders often send text/plain. */
const json = jsonBody(POST_LIMIT);
/** The Tilt app posts a form; TiltPi forks and bridges sometimes JSON. */
const isJson = (req: { headers: { 'content-type'?: string } }) =>
  /json/i.test(req.headers['content-type'] ?? '');
const form: RequestHandler[] = [
  jsonBody(POST_LIMIT, isJson),
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

/** A gateway with its token and, per format, the path to paste into senders. */
const withPaths = (gw: Gateway & { token: string }) => ({
  ...gw,
  paths: Object.fromEntries(
    FORMATS.map((m) => [m.format, `/api/v1/compat/${m.format}/${gw.token}`]),
  ),
});

/**
 * Third-party hydrometers: `POST /compat/{ispindel,tilt,brewfather}` (gateway token), the
 * gateway tokens and per-hydrometer settings (admin). A Tilt posts a form, the others JSON.
 */
function hydrometersRouter(ctx: HubContext): Router {
  const log = child(ctx.log, 'hub:compat');
  const { hydrometers } = ctx.services;
  const admin = requireAdmin(ctx);
  const router = Router();

  for (const m of FORMATS) {
    const validate = bodyValidator(m.schema);
    const auth = requireGateway(ctx, m.format);
    const handler: RequestHandler = (req, res) => {
      const body = validate(req.body);
      const gateway = res.locals.gateway as Gateway;
      const receivedAt = Date.now();
      const { key, name, keyField } = m.key(body);
      const parsed = {
        format: m.format,
        key,
        name,
        keyField,
        ...m.parse(body, hydrometers.state(m.format, key), { gateway, receivedAt }),
      };
      checkConverted(m, parsed);
      const recorded = hydrometers.record(gateway, parsed, receivedAt);
      log.debug(
        { deviceId: recorded.deviceId, format: m.format, stored: recorded.stored },
        'Hydrometer post stored',
      );
      res.json(m.reply(recorded, parsed));
    };
    // Two routes, not an array: the request metrics label a route by its (string) pattern.
    for (const path of [`/compat/${m.format}`, `/compat/${m.format}/:token`]) {
      router.post(path, auth.beforeBody, m.body === 'form' ? form : json, auth.afterBody, handler);
    }
  }

  router.post('/compat/tokens', admin, json, async (req, res) => {
    const body = validateGateway(req.body === undefined ? {} : req.body);
    checkZone(body.tz, '/tz');
    const gw = await hydrometers.createGateway(
      body.name ?? 'Hydrometers',
      body.tz ?? null,
      'admin',
    );
    res.status(201).json(withPaths(gw));
  });
  router.post('/compat/tokens/:id/token', admin, async (req, res) => {
    res.json(withPaths(await hydrometers.rotateGateway(pathParam(req, 'id'), 'admin')));
  });
  router.get('/compat/tokens', admin, (_req, res) => {
    res.json(ctx.store.hydrometers.gateways());
  });
  router.delete('/compat/tokens/:id', admin, (req, res) => {
    hydrometers.deleteGateway(pathParam(req, 'id'), 'admin');
    res.status(204).end();
  });
  router.get('/compat/devices', admin, (_req, res) => {
    res.json(ctx.store.hydrometers.list().map(view));
  });
  router.get('/compat/devices/:id', admin, (req, res) => {
    res.json(view(hydrometers.get(pathParam(req, 'id'))));
  });
  router.patch('/compat/devices/:id', admin, json, (req, res) => {
    const patch = validateSettings(req.body);
    checkZone(patch.tz, '/tz');
    res.json(view(hydrometers.updateSettings(pathParam(req, 'id'), patch, 'admin')));
  });
  return router;
}

/** Third-party hydrometers (iSpindel, Tilt, Brewfather streams). */
export const hydrometersFeature: HttpFeature = {
  name: 'hydrometers',
  router: hydrometersRouter,
  docs: HYDROMETER_DOCS,
};
