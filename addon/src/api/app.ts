import express, { type Express } from 'express';
import { API_PREFIX, MAX_INGEST_BODY_BYTES } from '@brewpit/protocol';
import type { HubContext } from '../context.js';
import { child } from '../log.js';
import { devicesRouter } from './devices.js';
import { healthRouter } from './health.js';
import { ingestRouter } from './ingest.js';
import { HttpProblem, problemHandler } from './problem.js';
import { seriesRouter } from './series.js';

/** Builds the express app: JSON bodies (gzip allowed, size-limited after inflating), routers, problem+json. */
export function createApp(ctx: HubContext, haState: () => string = () => 'disabled'): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  // body-parser counts the limit on the inflated stream, so a gzip bomb stops at the limit.
  app.use(express.json({ limit: MAX_INGEST_BODY_BYTES, inflate: true, strict: false, type: () => true }));
  const api = express.Router();
  api.use(healthRouter(ctx, haState));
  api.use(ingestRouter(ctx));
  api.use(devicesRouter(ctx));
  api.use(seriesRouter(ctx));
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
