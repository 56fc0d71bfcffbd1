import { Type } from '@sinclair/typebox';
import express, { Router, type Express, type Request, type RequestHandler } from 'express';
import { API_PREFIX } from '@brewpit/protocol';
import type { HubContext } from '../context.js';
import { child } from '../log.js';
import type { HttpFeature } from './feature.js';
import { buildOpenApi, ok, type RouteDoc } from './openapi.js';
import { HttpProblem, problemHandler } from './problem.js';

/** The app's own route: the document of every route the features serve. */
const OPENAPI_DOC: RouteDoc = {
  method: 'get',
  path: '/openapi.json',
  tag: 'ops',
  auth: 'none',
  summary: 'This document',
  responses: ok('OpenAPI 3.1 document', Type.Object({}, { additionalProperties: true })),
};

/** Every route doc of an app made of `features`, the app's own included. */
export function routeDocs(features: readonly HttpFeature[]): RouteDoc[] {
  return [OPENAPI_DOC, ...features.flatMap((f) => f.docs)];
}

/**
 * Builds the express app from the features: each feature's router under `/api/v1`,
 * `GET /openapi.json` built from the features' route docs, and problem+json for every error.
 * There is no app-wide body parser: each route reads its body after it authenticated the caller
 * (`http/body.ts`), with the limit that route needs, so an unknown path or a missing or wrong
 * token costs the hub nothing but the answer.
 */
export function createApp(ctx: HubContext, features: readonly HttpFeature[]): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.use(requestMetrics(ctx));
  const api = Router();
  const doc = buildOpenApi(ctx.version, routeDocs(features));
  api.get(OPENAPI_DOC.path, (_req, res) => void res.json(doc));
  for (const f of features) api.use(f.router(ctx));
  api.use((req) => {
    throw new HttpProblem(404, 'Not found', `No route ${req.method} ${API_PREFIX}${req.path}`);
  });
  app.use(API_PREFIX, api);
  app.use((req) => {
    throw new HttpProblem(404, 'Not found', `No route ${req.method} ${req.path}`);
  });
  app.use(problemHandler(child(ctx.log, 'hub:http')));
  return app;
}

/** The matched route pattern (`/api/v1/sessions/:id`), never the raw path: ids would explode the label set. */
function routeLabel(req: Request): string {
  const pattern = (req.route as { path?: unknown } | undefined)?.path;
  return typeof pattern === 'string' ? `${API_PREFIX}${pattern}` : 'unmatched';
}

/** Times every request into the duration histogram and counts refused ingest batches by reason. */
function requestMetrics(ctx: HubContext): RequestHandler {
  const { metrics } = ctx;
  const ingestPath = `${API_PREFIX}/ingest`;
  return (req, res, next) => {
    const end = metrics.httpDuration.startTimer();
    res.once('finish', () => {
      end({ method: req.method, route: routeLabel(req), status: String(res.statusCode) });
      if (
        res.statusCode >= 400 &&
        req.method === 'POST' &&
        req.originalUrl.split('?')[0] === ingestPath
      ) {
        metrics.ingestRejected(res.statusCode);
      }
    });
    next();
  };
}
